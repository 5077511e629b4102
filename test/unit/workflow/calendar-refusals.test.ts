import {
  addWorkingDays,
  calendarYear,
  type DomainError,
  daysBetween,
  officialCalendarYears,
  workingDayCalendar,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';

const loaded = { at: '2026-11-20T02:00:00Z', by: 'office-1' };

const refusal = (f: () => unknown): DomainError => {
  try {
    f();
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('expected a refusal');
};

const described = (e: DomainError) => ({ code: e.code, message: e.message, details: e.details });

describe('calendar refusals name the field, the rule and the value', () => {
  it('refuses a date that is not exactly YYYY-MM-DD, or not on the calendar', () => {
    for (const date of ['x2026-01-01', '2026-01-01x', '2026-02-30', '2026-1-1'])
      expect(described(refusal(() => daysBetween('2026-01-01', date)))).toEqual({
        code: 'CALENDAR.DATE_INVALID',
        message: `${date} is not a calendar date YYYY-MM-DD`,
        details: { field: 'date', rule: 'calendar date', value: date },
      });
  });

  it('refuses a schedule date outside its year, naming its place in the list', () => {
    expect(
      described(
        refusal(() => calendarYear({ year: 2027, holidays: ['2027-01-01', '2028-01-01'] }, loaded)),
      ),
    ).toEqual({
      code: 'CALENDAR.DATE_OUTSIDE_YEAR',
      message: '2028-01-01 is not in 2027',
      details: { field: 'holidays.1', rule: 'a schedule covers its own year', value: '2028-01-01' },
    });
    expect(
      refusal(() =>
        calendarYear({ year: 2027, holidays: [], makeUpWorkdays: ['2026-12-26'] }, loaded),
      ).details,
    ).toMatchObject({ field: 'makeUpWorkdays.0' });
  });

  it('refuses a day that is both a holiday and a make-up working day', () => {
    expect(
      described(
        refusal(() =>
          calendarYear(
            { year: 2027, holidays: ['2027-02-06'], makeUpWorkdays: ['2027-02-06'] },
            loaded,
          ),
        ),
      ),
    ).toEqual({
      code: 'CALENDAR.DAY_BOTH',
      message: '2027-02-06 is both a holiday and a make-up working day',
      details: {
        field: 'makeUpWorkdays',
        rule: 'a day is either a holiday or a working day',
        value: '2027-02-06',
      },
    });
  });

  it('refuses a make-up working day on a weekday, and takes one on a Saturday or Sunday', () => {
    expect(
      described(
        refusal(() =>
          calendarYear({ year: 2027, holidays: [], makeUpWorkdays: ['2027-02-08'] }, loaded),
        ),
      ),
    ).toEqual({
      code: 'CALENDAR.MAKE_UP_NOT_WEEKEND',
      message: 'make-up working day 2027-02-08 is not a Saturday or Sunday',
      details: {
        field: 'makeUpWorkdays',
        rule: '调休 moves work onto a weekend day',
        value: '2027-02-08',
      },
    });
    // 6 February 2027 is a Saturday, 7 February a Sunday
    expect(
      calendarYear(
        { year: 2027, holidays: [], makeUpWorkdays: ['2027-02-07', '2027-02-06'] },
        loaded,
      ).makeUpWorkdays,
    ).toEqual(['2027-02-06', '2027-02-07']);
  });

  it('refuses a malformed schedule with the calendar code prefix', () => {
    const e = refusal(() => calendarYear({ year: 1999, holidays: [] }, loaded));
    expect(e.code.startsWith('CALENDAR.')).toBe(true);
  });

  it('refuses a period that is not a whole number of working days ≥ 1', () => {
    for (const n of [0, 1.5, -3])
      expect(
        described(refusal(() => addWorkingDays('2027-03-01', n, workingDayCalendar()))),
      ).toEqual({
        code: 'CALENDAR.DAYS_INVALID',
        message: `working days must be a whole number ≥ 1, got ${n}`,
        details: { field: 'n', rule: 'a period of working days', value: n },
      });
  });
});

describe('shipped schedules', () => {
  it('come one per year in year order, each list sorted, from chinese-days, dates of their year', () => {
    const years = officialCalendarYears();
    expect(years.map((y) => y.year)).toEqual([...years.map((y) => y.year)].sort((a, b) => a - b));
    expect(new Set(years.map((y) => y.year)).size).toBe(years.length);
    for (const y of years) {
      expect(y.source).toBe('chinese-days');
      expect(y.holidays).toEqual([...y.holidays].sort());
      expect(y.makeUpWorkdays).toEqual([...y.makeUpWorkdays].sort());
      for (const d of [...y.holidays, ...y.makeUpWorkdays])
        expect(d).toMatch(new RegExp(`^${y.year}-\\d\\d-\\d\\d$`));
    }
  });
});
