import official from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { z } from 'zod';
import { IsoDateSchema, IsoDateTimeSchema } from '../codes';
import { ValidationError } from '../errors';
import { parseOrThrow } from '../validation';

/**
 * One year's State Council schedule: public holidays (weekend days inside a holiday may be
 * listed, they change nothing) and make-up working days (调休, weekend days worked).
 */
export const CalendarYearInputSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  holidays: z.array(IsoDateSchema),
  makeUpWorkdays: z.array(IsoDateSchema).default([]),
});
export type CalendarYearInput = z.input<typeof CalendarYearInputSchema>;

export const CalendarYearSchema = z.object({
  year: z.number().int(),
  holidays: z.array(IsoDateSchema),
  makeUpWorkdays: z.array(IsoDateSchema),
  source: z.enum(['chinese-days', 'office']),
  loadedAt: IsoDateTimeSchema.optional(),
  loadedBy: z.string().optional(),
});
export type CalendarYear = z.infer<typeof CalendarYearSchema>;

/** Known schedules by year; a year missing here is computed on weekdays and marked provisional. */
export interface WorkingDayCalendar {
  years: ReadonlyMap<
    number,
    { holidays: ReadonlySet<string>; makeUpWorkdays: ReadonlySet<string> }
  >;
}

const DAY_MS = 86_400_000;
const toDay = (date: string): number => {
  const ms = Date.parse(`${date}T00:00:00Z`);
  // Date.parse rolls 2026-02-30 over to 2 March: a real date survives the round trip.
  const real = !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === date;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !real)
    throw new ValidationError(
      'CALENDAR.DATE_INVALID',
      `${date} is not a calendar date YYYY-MM-DD`,
      {
        field: 'date',
        rule: 'calendar date',
        value: date,
      },
    );
  return ms / DAY_MS;
};
const fromDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const isWeekend = (day: number): boolean => {
  const dow = new Date(day * DAY_MS).getUTCDay();
  return dow === 0 || dow === 6;
};

/** Days difference b − a of two calendar dates. */
export const daysBetween = (a: string, b: string): number => toDay(b) - toDay(a);
export const addCalendarDays = (date: string, n: number): string => fromDay(toDay(date) + n);

/** The schedules shipped by chinese-days 1.5.7 (State Council notices, 2004 to 2026). */
export const officialCalendarYears = (): CalendarYear[] => {
  const byYear = new Map<number, CalendarYear>();
  const yearOf = (date: string) => {
    const year = Number(date.slice(0, 4));
    let y = byYear.get(year);
    if (!y) {
      y = { year, holidays: [], makeUpWorkdays: [], source: 'chinese-days' };
      byYear.set(year, y);
    }
    return y;
  };
  for (const date of Object.keys(official.holidays)) yearOf(date).holidays.push(date);
  for (const date of Object.keys(official.workdays)) yearOf(date).makeUpWorkdays.push(date);
  return [...byYear.values()]
    .map((y) => ({ ...y, holidays: y.holidays.sort(), makeUpWorkdays: y.makeUpWorkdays.sort() }))
    .sort((a, b) => a.year - b.year);
};

/**
 * The office loads a year's schedule when the State Council publishes it. Pure: validates
 * and returns the record to store. Every date lies in the year; no date is both a holiday
 * and a make-up working day; a make-up working day is a Saturday or Sunday.
 */
export const calendarYear = (
  input: CalendarYearInput,
  loaded: { at: string; by: string },
): CalendarYear => {
  const v = parseOrThrow(CalendarYearInputSchema, input, 'CALENDAR');
  const check = (dates: string[], field: string) =>
    dates.forEach((d, i) => {
      if (Number(d.slice(0, 4)) !== v.year)
        throw new ValidationError('CALENDAR.DATE_OUTSIDE_YEAR', `${d} is not in ${v.year}`, {
          field: `${field}.${i}`,
          rule: 'a schedule covers its own year',
          value: d,
        });
    });
  check(v.holidays, 'holidays');
  check(v.makeUpWorkdays, 'makeUpWorkdays');
  const holidays = [...new Set(v.holidays)].sort();
  const makeUp = [...new Set(v.makeUpWorkdays)].sort();
  for (const d of makeUp) {
    if (holidays.includes(d))
      throw new ValidationError(
        'CALENDAR.DAY_BOTH',
        `${d} is both a holiday and a make-up working day`,
        {
          field: 'makeUpWorkdays',
          rule: 'a day is either a holiday or a working day',
          value: d,
        },
      );
    if (!isWeekend(toDay(d)))
      throw new ValidationError(
        'CALENDAR.MAKE_UP_NOT_WEEKEND',
        `make-up working day ${d} is not a Saturday or Sunday`,
        {
          field: 'makeUpWorkdays',
          rule: '调休 moves work onto a weekend day',
          value: d,
        },
      );
  }
  return {
    year: v.year,
    holidays,
    makeUpWorkdays: makeUp,
    source: 'office',
    loadedAt: loaded.at,
    loadedBy: loaded.by,
  };
};

/**
 * The calendar from the shipped schedules, then `loaded` ones (the office's), a loaded year
 * replacing the shipped one of the same year.
 */
export const workingDayCalendar = (
  loaded: readonly CalendarYear[] = [],
  shipped: readonly CalendarYear[] = officialCalendarYears(),
): WorkingDayCalendar => {
  const years = new Map<
    number,
    { holidays: ReadonlySet<string>; makeUpWorkdays: ReadonlySet<string> }
  >();
  for (const y of [...shipped, ...loaded])
    years.set(y.year, { holidays: new Set(y.holidays), makeUpWorkdays: new Set(y.makeUpWorkdays) });
  return { years };
};

export interface WorkingDayAnswer {
  working: boolean;
  /** the year has no known schedule: weekdays were assumed */
  provisional: boolean;
}

export const isWorkingDay = (date: string, calendar: WorkingDayCalendar): WorkingDayAnswer => {
  const day = toDay(date);
  const schedule = calendar.years.get(Number(date.slice(0, 4)));
  if (!schedule) return { working: !isWeekend(day), provisional: true };
  if (schedule.makeUpWorkdays.has(date)) return { working: true, provisional: false };
  return { working: !isWeekend(day) && !schedule.holidays.has(date), provisional: false };
};

export interface DeadlineDate {
  date: string;
  /** some day counted lies in a year without a known schedule */
  provisional: boolean;
}

/**
 * The n-th working day after `date`: the period starts the day after the event, the day of
 * the event does not count (n ≥ 1).
 */
export const addWorkingDays = (
  date: string,
  n: number,
  calendar: WorkingDayCalendar,
): DeadlineDate => {
  if (!Number.isInteger(n) || n < 1)
    throw new ValidationError(
      'CALENDAR.DAYS_INVALID',
      `working days must be a whole number ≥ 1, got ${n}`,
      {
        field: 'n',
        rule: 'a period of working days',
        value: n,
      },
    );
  let day = toDay(date);
  let left = n;
  let provisional = false;
  while (left > 0) {
    day += 1;
    const answer = isWorkingDay(fromDay(day), calendar);
    provisional ||= answer.provisional;
    if (answer.working) left -= 1;
  }
  return { date: fromDay(day), provisional };
};

/** 《企业信息公示暂行条例》第6条: results within 20 working days of the inspection's completion. */
export const RESULT_PUBLICATION_WORKING_DAYS = 20;
/** 台政发〔2019〕12号 二(六): penalty decisions within 7 working days of the decision. */
export const PENALTY_PUBLICATION_WORKING_DAYS = 7;

export const resultPublicationDeadline = (
  completedOn: string,
  calendar: WorkingDayCalendar,
): DeadlineDate => addWorkingDays(completedOn, RESULT_PUBLICATION_WORKING_DAYS, calendar);

/** Warning-only penalties are not published, so they have no deadline. */
export const penaltyPublicationDeadline = (
  penalty: { decisionDate: string; warningOnly: boolean; procedure?: string | undefined },
  calendar: WorkingDayCalendar,
): DeadlineDate | undefined =>
  // nothing to publish: warning-only, or 简易程序 (《市场监督管理行政处罚信息公示规定》第二条)
  penalty.warningOnly || penalty.procedure === 'simplified'
    ? undefined
    : addWorkingDays(penalty.decisionDate, PENALTY_PUBLICATION_WORKING_DAYS, calendar);

export type DeadlineStatus = 'on-time' | 'due-soon' | 'overdue';

/**
 * 亮灯: `overdue` (red) once `today` is past the due date; `due-soon` when at most
 * `dueSoonDays` calendar days are left (the due day itself included); else `on-time`.
 */
export const deadlineStatus = (dueBy: string, today: string, dueSoonDays = 3): DeadlineStatus => {
  const left = daysBetween(today, dueBy);
  if (left < 0) return 'overdue';
  return left <= dueSoonDays ? 'due-soon' : 'on-time';
};
