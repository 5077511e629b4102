import { assertOffice } from '../actor';
import { ConflictError, isDomainError } from '../errors';
import {
  type CalendarYear,
  type CalendarYearInput,
  calendarYear,
  workingDayCalendar,
} from './calendar';
import { runChange } from './change';
import { recomputeDeadlines } from './result';
import type { Cmd, WorkflowDeps } from './workflow-deps';

export const CALENDAR_KIND = 'calendar.load';

/** The provisional deadlines the calendar `loaded` moves, recomputed on it. */
const recomputedOn = async (deps: WorkflowDeps, loaded: readonly CalendarYear[]) => {
  const calendar = workingDayCalendar(loaded);
  const out = [];
  for (const r of await deps.results.listProvisional()) {
    const next = recomputeDeadlines(r, calendar);
    if (JSON.stringify(next) !== JSON.stringify(r)) out.push(next);
  }
  return out;
};

const withYear = async (deps: WorkflowDeps, year: CalendarYear) => [
  ...(await deps.calendars.list()).filter((y) => y.year !== year.year),
  year,
];

/**
 * Stores the schedule and recomputes on it the deadlines it moves; a result published
 * meanwhile keeps its deadline (the store refuses to unpublish it, and it is skipped).
 */
export const applyCalendar = async (deps: WorkflowDeps, change: unknown): Promise<void> => {
  const year = change as CalendarYear;
  await deps.calendars.put(year);
  for (const next of await recomputedOn(deps, await withYear(deps, year))) {
    try {
      await deps.results.put(next);
    } catch (e) {
      if (!(isDomainError(e) && e.code === 'RESULT.PUBLISHED')) throw e;
    }
  }
};

const sameSchedule = (a: CalendarYear, b: CalendarYear): boolean =>
  JSON.stringify([a.holidays, a.makeUpWorkdays]) === JSON.stringify([b.holidays, b.makeUpWorkdays]);

const CALENDAR_APPLIERS = { [CALENDAR_KIND]: applyCalendar };

/**
 * 10. The office loads a year's State Council schedule; provisional deadlines of
 * unpublished results are recomputed on it. Loads are serialised on the calendar chain: the
 * intent `calendar/<year>/after-<seq>` names the entry it follows.
 */
export const loadCalendarYear = async (
  deps: WorkflowDeps,
  cmd: Cmd<{ input: CalendarYearInput }>,
) => {
  assertOffice(cmd.actor, 'load holiday schedules');
  const now = deps.clock.now();
  const year: CalendarYear = calendarYear(cmd.input, { at: now, by: cmd.actor.sub });
  for (let attempt = 0; ; attempt++) {
    // the same schedule again changes nothing (a retry), and records nothing
    const stored = (await deps.calendars.list()).find((y) => y.year === year.year);
    if (stored && sameSchedule(stored, year)) return { year: stored, recomputed: 0 };
    const head = (await deps.audit.head('calendar'))?.seq ?? 0;
    const recomputed = (await recomputedOn(deps, await withYear(deps, year))).length;
    const out = await runChange(deps, CALENDAR_APPLIERS, {
      id: `calendar/${year.year}/after-${head}`,
      chain: 'calendar',
      kind: CALENDAR_KIND,
      audit: {
        at: now,
        actor: cmd.actor.sub,
        action: 'calendar.load',
        subject: String(year.year),
        data: { holidays: year.holidays, makeUpWorkdays: year.makeUpWorkdays, recomputed },
      },
      change: year,
    });
    if (out.created) return { year, recomputed };
    if (attempt >= 10)
      throw new ConflictError(
        'CALENDAR.CONTENDED',
        'other schedule loads kept coming in meanwhile; load it again',
        { field: 'year', rule: 'one load at a time', value: year.year },
      );
  }
};
