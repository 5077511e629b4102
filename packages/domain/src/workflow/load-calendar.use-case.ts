import { assertOffice } from '../actor';
import { type CalendarYear, type CalendarYearInput, calendarYear } from './calendar';
import { recomputeDeadlines } from './result';
import { type Cmd, loadCalendar, recordAudit, type WorkflowDeps } from './workflow-deps';

/**
 * 10. The office loads a year's State Council schedule; provisional deadlines of
 * unpublished results are recomputed on it.
 */
export const loadCalendarYear = async (
  deps: WorkflowDeps,
  cmd: Cmd<{ input: CalendarYearInput }>,
) => {
  assertOffice(cmd.actor, 'load holiday schedules');
  const now = deps.clock.now();
  const year: CalendarYear = calendarYear(cmd.input, { at: now, by: cmd.actor.sub });
  await deps.calendars.put(year);
  const calendar = await loadCalendar(deps);
  let recomputed = 0;
  for (const r of await deps.results.listProvisional()) {
    const next = recomputeDeadlines(r, calendar);
    if (JSON.stringify(next) !== JSON.stringify(r)) {
      await deps.results.put(next);
      recomputed++;
    }
  }
  await recordAudit(deps.audit, 'calendar', {
    at: now,
    actor: cmd.actor.sub,
    action: 'calendar.load',
    subject: String(year.year),
    data: { holidays: year.holidays, makeUpWorkdays: year.makeUpWorkdays, recomputed },
  });
  return { year, recomputed };
};
