import {
  addWorkingDays,
  calendarYear,
  deadlineStatus,
  isWorkingDay,
  officialCalendarYears,
  penaltyPublicationDeadline,
  resultPublicationDeadline,
  workingDayCalendar,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';

const calendar = workingDayCalendar();
const loaded = { at: '2026-11-20T02:00:00Z', by: 'office-1' };

describe('shipped schedules (chinese-days)', () => {
  it('hold the 2025 National Day holiday and its make-up days', () => {
    const y2025 = officialCalendarYears().find((y) => y.year === 2025)!;
    for (let d = 1; d <= 8; d++) expect(y2025.holidays).toContain(`2025-10-0${d}`);
    expect(y2025.makeUpWorkdays).toEqual(expect.arrayContaining(['2025-09-28', '2025-10-11']));
  });

  it('hold the 2026 Spring Festival (15–23 Feb) with make-up days 14 and 28 Feb', () => {
    const y2026 = officialCalendarYears().find((y) => y.year === 2026)!;
    for (let d = 15; d <= 23; d++) expect(y2026.holidays).toContain(`2026-02-${d}`);
    expect(y2026.makeUpWorkdays).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
  });

  it('end with 2026', () => {
    expect(Math.max(...officialCalendarYears().map((y) => y.year))).toBe(2026);
  });
});

describe('isWorkingDay', () => {
  it('counts a make-up Sunday as working and a holiday weekday as not', () => {
    expect(isWorkingDay('2025-09-28', calendar)).toEqual({ working: true, provisional: false });
    expect(isWorkingDay('2025-10-08', calendar)).toEqual({ working: false, provisional: false });
    expect(isWorkingDay('2025-10-04', calendar).working).toBe(false);
  });

  it('falls back to Monday–Friday, provisionally, for a year without schedule', () => {
    expect(isWorkingDay('2027-01-01', calendar)).toEqual({ working: true, provisional: true });
    expect(isWorkingDay('2027-01-02', calendar)).toEqual({ working: false, provisional: true });
  });
});

describe('addWorkingDays', () => {
  it('does not count the day of the event', () => {
    expect(addWorkingDays('2026-03-02', 1, calendar).date).toBe('2026-03-03');
  });

  it('jumps the National Day holiday 2025', () => {
    expect(addWorkingDays('2025-09-30', 1, calendar)).toEqual({
      date: '2025-10-09',
      provisional: false,
    });
  });

  it('counts the make-up Sunday 2025-09-28 and Saturday 2025-10-11', () => {
    expect(addWorkingDays('2025-09-26', 1, calendar).date).toBe('2025-09-28');
    expect(addWorkingDays('2025-10-10', 1, calendar).date).toBe('2025-10-11');
  });

  it('gives 20 working days after completion on 2025-09-30: 2025-11-04', () => {
    expect(resultPublicationDeadline('2025-09-30', calendar)).toEqual({
      date: '2025-11-04',
      provisional: false,
    });
  });

  it('gives 7 working days after a decision of 2025-09-29: 2025-10-15', () => {
    expect(
      penaltyPublicationDeadline({ decisionDate: '2025-09-29', warningOnly: false }, calendar)
        ?.date,
    ).toBe('2025-10-15');
  });

  it('has no deadline for a warning-only penalty (not published)', () => {
    expect(
      penaltyPublicationDeadline({ decisionDate: '2025-09-29', warningOnly: true }, calendar),
    ).toBeUndefined();
  });

  it('crosses the 2026 Spring Festival with its make-up Saturdays', () => {
    expect(addWorkingDays('2026-02-13', 1, calendar).date).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-14', 1, calendar).date).toBe('2026-02-24');
    expect(addWorkingDays('2026-02-12', 7, calendar).date).toBe('2026-02-28');
  });

  it('marks a deadline provisional when it runs into a year without schedule', () => {
    expect(addWorkingDays('2026-12-28', 5, calendar)).toEqual({
      date: '2027-01-04',
      provisional: true,
    });
  });

  it('recomputes on a loaded schedule: 2027-01-01 a holiday, no longer provisional', () => {
    const y2027 = calendarYear({ year: 2027, holidays: ['2027-01-01'] }, loaded);
    const next = workingDayCalendar([y2027]);
    expect(addWorkingDays('2026-12-28', 5, next)).toEqual({
      date: '2027-01-05',
      provisional: false,
    });
  });

  it('lets a loaded schedule replace the shipped one of the same year', () => {
    const y2026 = calendarYear({ year: 2026, holidays: ['2026-03-03'] }, loaded);
    expect(addWorkingDays('2026-03-02', 1, workingDayCalendar([y2026])).date).toBe('2026-03-04');
  });

  it('refuses zero or fractional periods', () => {
    expect(() => addWorkingDays('2026-03-02', 0, calendar)).toThrow(
      expect.objectContaining({ code: 'CALENDAR.DAYS_INVALID' }),
    );
    expect(() => addWorkingDays('2026-03-02', 1.5, calendar)).toThrow(
      expect.objectContaining({ code: 'CALENDAR.DAYS_INVALID' }),
    );
  });

  it('refuses a date that does not exist', () => {
    expect(() => addWorkingDays('2026-02-30', 1, calendar)).toThrow(
      expect.objectContaining({ code: 'CALENDAR.DATE_INVALID' }),
    );
  });
});

describe('calendarYear (office load)', () => {
  it('sorts and de-duplicates, and stamps who loaded it', () => {
    expect(
      calendarYear(
        { year: 2027, holidays: ['2027-02-08', '2027-02-06', '2027-02-08'], makeUpWorkdays: [] },
        loaded,
      ),
    ).toEqual({
      year: 2027,
      holidays: ['2027-02-06', '2027-02-08'],
      makeUpWorkdays: [],
      source: 'office',
      loadedAt: loaded.at,
      loadedBy: loaded.by,
    });
  });

  it('refuses a date of another year', () => {
    expect(() => calendarYear({ year: 2027, holidays: ['2026-12-31'] }, loaded)).toThrow(
      expect.objectContaining({ code: 'CALENDAR.DATE_OUTSIDE_YEAR' }),
    );
  });

  it('refuses a day that is both a holiday and a make-up day', () => {
    expect(() =>
      calendarYear(
        { year: 2027, holidays: ['2027-02-06'], makeUpWorkdays: ['2027-02-06'] },
        loaded,
      ),
    ).toThrow(expect.objectContaining({ code: 'CALENDAR.DAY_BOTH' }));
  });

  it('refuses a make-up working day on a weekday', () => {
    expect(() =>
      calendarYear({ year: 2027, holidays: [], makeUpWorkdays: ['2027-02-08'] }, loaded),
    ).toThrow(expect.objectContaining({ code: 'CALENDAR.MAKE_UP_NOT_WEEKEND' }));
  });
});

describe('deadlineStatus (亮灯)', () => {
  it('is overdue the day after the due date', () => {
    expect(deadlineStatus('2026-03-10', '2026-03-11')).toBe('overdue');
  });
  it('is due soon on the due date and up to 3 days before', () => {
    expect(deadlineStatus('2026-03-10', '2026-03-10')).toBe('due-soon');
    expect(deadlineStatus('2026-03-10', '2026-03-07')).toBe('due-soon');
  });
  it('is on time 4 days before', () => {
    expect(deadlineStatus('2026-03-10', '2026-03-06')).toBe('on-time');
  });
});
