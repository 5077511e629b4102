import {
  type CalendarYearInput,
  type ChangeIntent,
  ConflictError,
  calendarYear,
  type InspectionResult,
  workflowUseCases as uc,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { fakeWorkflowDeps } from './fakes';
import { NOW } from './fixtures';
import { type Deps, entriesOf, office, refusalOf, result, scjg, TASK, told } from './stored-task';

const LATER = '2026-03-05T02:00:00.000Z';
const load = (deps: Deps, input: CalendarYearInput) =>
  uc.loadCalendarYear(deps, { actor: office, input });
const stored = async (deps: Deps, targetId: string) =>
  (await deps.results.get(TASK, targetId, 'SCJG-FOOD'))?.publication;

/**
 * Three results: T01 inspected 15 December 2026 (its 20 working days reach into 2027, whose
 * schedule is not shipped), T02 on 15 December 2027 (into 2028), T03 in April 2026 (known).
 */
const seeded = async () => {
  const deps = fakeWorkflowDeps(NOW);
  const put = (over: Partial<InspectionResult>) => deps.results.put(result(over));
  await put({
    targetId: 'T01',
    inspectionDate: '2026-12-15',
    publication: { dueBy: '2027-01-12', provisional: true },
  });
  await put({
    targetId: 'T02',
    inspectionDate: '2027-12-15',
    publication: { dueBy: '2028-01-12', provisional: true },
  });
  await put({ targetId: 'T03' });
  return deps;
};

describe('loadCalendarYear', () => {
  it('stores the schedule, stamped, and recomputes the provisional deadlines it moves', async () => {
    const deps = await seeded();
    const year = {
      year: 2027,
      holidays: ['2027-01-01'],
      makeUpWorkdays: [],
      source: 'office',
      loadedAt: NOW,
      loadedBy: 'office-1',
    };
    expect(await load(deps, { year: 2027, holidays: ['2027-01-01'] })).toEqual({
      year,
      recomputed: 1,
    });
    expect(await deps.calendars.list()).toEqual([year]);
    expect(await stored(deps, 'T01')).toEqual({ dueBy: '2027-01-13', provisional: false });
    // 2028 is still unknown: T02's deadline does not move
    expect(await stored(deps, 'T02')).toEqual({ dueBy: '2028-01-12', provisional: true });
    expect(await stored(deps, 'T03')).toEqual({ dueBy: '2026-04-30', provisional: false });
    expect(entriesOf(deps, 'calendar')).toEqual([
      expect.objectContaining({
        seq: 1,
        at: NOW,
        actor: 'office-1',
        action: 'calendar.load',
        subject: '2027',
        data: {
          holidays: ['2027-01-01'],
          makeUpWorkdays: [],
          recomputed: 1,
          intent: 'calendar/2027/after-0',
        },
      }),
    ]);
  });

  it('recomputes on every year loaded, not only the one loaded now', async () => {
    const deps = await seeded();
    expect((await load(deps, { year: 2028, holidays: ['2028-01-03'] })).recomputed).toBe(1);
    expect(await stored(deps, 'T02')).toEqual({ dueBy: '2028-01-13', provisional: true });
    expect((await load(deps, { year: 2027, holidays: ['2027-01-01'] })).recomputed).toBe(2);
    expect(await stored(deps, 'T01')).toEqual({ dueBy: '2027-01-13', provisional: false });
    expect(await stored(deps, 'T02')).toEqual({ dueBy: '2028-01-13', provisional: false });
    expect((await deps.calendars.list()).map((y) => y.year).sort()).toEqual([2027, 2028]);
  });

  it('takes the same schedule again as a retry: the stored one, nothing recomputed or recorded', async () => {
    const deps = await seeded();
    const first = await load(deps, { year: 2027, holidays: ['2027-01-01', '2027-02-11'] });
    deps.clock.instant = LATER;
    expect(
      await load(deps, { year: 2027, holidays: ['2027-02-11', '2027-01-01', '2027-01-01'] }),
    ).toEqual({
      year: first.year,
      recomputed: 0,
    });
    expect(entriesOf(deps, 'calendar')).toHaveLength(1);
  });

  it('records a changed schedule of the same year after the last load', async () => {
    const deps = await seeded();
    await load(deps, { year: 2027, holidays: ['2027-01-01'] });
    deps.clock.instant = LATER;
    const out = await load(deps, {
      year: 2027,
      holidays: ['2027-01-01'],
      makeUpWorkdays: ['2027-02-06'],
    });
    expect(out.year).toMatchObject({ makeUpWorkdays: ['2027-02-06'], loadedAt: LATER });
    expect(await deps.calendars.list()).toEqual([out.year]);
    expect(
      entriesOf(deps, 'calendar').map((e) => [e.seq, (e.data as { intent: string }).intent]),
    ).toEqual([
      [1, 'calendar/2027/after-0'],
      [2, 'calendar/2027/after-1'],
    ]);
  });

  it('does not take another year’s equal schedule for a retry', async () => {
    const deps = await seeded();
    await load(deps, { year: 2028, holidays: [] });
    const out = await load(deps, { year: 2027, holidays: [] });
    expect(out.year.year).toBe(2027);
    expect((await deps.calendars.list()).map((y) => y.year).sort()).toEqual([2027, 2028]);
    expect(entriesOf(deps, 'calendar').map((e) => e.subject)).toEqual(['2028', '2027']);
  });

  it('leaves a published result’s deadline alone, and recomputes the others', async () => {
    const deps = await seeded();
    await deps.results.put(
      result({
        targetId: 'T04',
        inspectionDate: '2026-12-15',
        publication: { dueBy: '2027-01-12', provisional: true },
      }),
    );
    const put = deps.results.put.bind(deps.results);
    deps.results.put = async (r) => {
      if (r.targetId === 'T01') throw new ConflictError('RESULT.PUBLISHED', 'published meanwhile');
      return put(r);
    };
    await load(deps, { year: 2027, holidays: ['2027-01-01'] });
    expect(await stored(deps, 'T01')).toEqual({ dueBy: '2027-01-12', provisional: true });
    expect(await stored(deps, 'T04')).toEqual({ dueBy: '2027-01-13', provisional: false });
  });

  it('passes on any other failure to store a recomputed deadline', async () => {
    for (const failure of [
      new ConflictError('RESULT.LOCKED', 'locked'),
      Object.assign(new Error('not a domain error'), { code: 'RESULT.PUBLISHED' }),
    ]) {
      const deps = await seeded();
      deps.results.put = async () => {
        throw failure;
      };
      await expect(load(deps, { year: 2027, holidays: ['2027-01-01'] })).rejects.toBe(failure);
    }
  });

  it('completes a load a crash left, then loads this one after it', async () => {
    const deps = await seeded();
    const append = deps.audit.append.bind(deps.audit);
    let crash = true;
    deps.audit.append = async (chain, e) => {
      if (crash) {
        crash = false;
        throw new Error('crash');
      }
      return append(chain, e);
    };
    await expect(load(deps, { year: 2027, holidays: ['2027-01-01'] })).rejects.toThrow('crash');
    deps.clock.instant = LATER;
    const out = await load(deps, { year: 2027, holidays: ['2027-01-04'] });
    expect(out.year.holidays).toEqual(['2027-01-04']);
    expect(await deps.calendars.list()).toEqual([out.year]);
    expect(
      entriesOf(deps, 'calendar').map((e) => (e.data as { holidays: string[] }).holidays),
    ).toEqual([['2027-01-01'], ['2027-01-04']]);
  });

  it('gives up after 11 loads of others came first, naming the year', async () => {
    const deps = await seeded();
    const open = deps.intents.open.bind(deps.intents);
    let rivals = 0;
    deps.intents.open = async (intent: ChangeIntent) => {
      if (intent.audit.actor !== 'rival') {
        rivals++;
        const theirs = calendarYear(
          { year: 2027, holidays: [`2027-02-${String(rivals).padStart(2, '0')}`] },
          { at: NOW, by: 'rival' },
        );
        await open({ ...intent, audit: { ...intent.audit, actor: 'rival' }, change: theirs });
      }
      return open(intent);
    };
    expect(told(await refusalOf(load(deps, { year: 2027, holidays: ['2027-01-01'] })))).toEqual({
      code: 'CALENDAR.CONTENDED',
      kind: 'conflict',
      message: 'other schedule loads kept coming in meanwhile; load it again',
      details: { field: 'year', rule: 'one load at a time', value: 2027 },
    });
    expect(rivals).toBe(11);
    expect(entriesOf(deps, 'calendar')).toHaveLength(11);
  });

  it('is the office’s', async () => {
    const deps = await seeded();
    expect(
      told(
        await refusalOf(
          uc.loadCalendarYear(deps, { actor: scjg, input: { year: 2027, holidays: [] } }),
        ),
      ),
    ).toEqual({
      code: 'AUTH.NOT_OFFICE',
      kind: 'forbidden',
      message:
        'scjg-1 may not load holiday schedules: only the joint-meeting office (联席会议办公室) may',
      details: { rule: 'office only' },
    });
    expect(await deps.calendars.list()).toEqual([]);
  });
});
