import {
  type AuditEntry,
  appendEntry,
  type ChangeIntent,
  crossCheckTask,
  type Handoff,
  type InspectionResult,
  type Task,
  type TaskAssignment,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';

/**
 * The cross-check's findings as an auditor reads them (docs/consistency.md): each problem's
 * kind, change, message and the entries concerned, and what was counted.
 */
const TASK = '2026-SCJG-001';
const AT = '2026-04-02T02:00:00.000Z';

const chainOf = (inputs: { action: string; subject?: string; data: unknown }[]): AuditEntry[] => {
  const out: AuditEntry[] = [];
  for (const i of inputs)
    out.push(
      appendEntry(out.at(-1), {
        at: AT,
        actor: 'x',
        action: i.action,
        subject: i.subject ?? TASK,
        data: i.data,
      }),
    );
  return out;
};
const intent = (action: string, id: string, more: Record<string, unknown> = {}) => ({
  action,
  data: { intent: id, ...more },
});

const task = (version: number) => ({ id: TASK, version }) as Task;
const result = (targetId: string, publishedAt?: string, department = 'SCJG') =>
  ({
    taskId: TASK,
    targetId,
    item: 'FOOD-01',
    department,
    publication: {
      dueBy: '2026-04-30',
      provisional: false,
      ...(publishedAt ? { publishedAt } : {}),
    },
  }) as InspectionResult;
const handoff = (id: string, acknowledged = false) =>
  ({
    id,
    taskId: TASK,
    ...(acknowledged ? { acknowledgement: { at: AT, by: 'zjj-1' } } : {}),
  }) as Handoff;
const reserveUse = (target: string, replaces?: string) =>
  ({ taskId: TASK, target, ...(replaces ? { replaces } : {}) }) as TaskAssignment;

const check = (over: Partial<Parameters<typeof crossCheckTask>[0]>) =>
  crossCheckTask({ task: task(0), results: [], handoffs: [], entries: [], ...over });

describe('the problems the cross-check names', () => {
  it('a duplicate: how many entries, and which', () => {
    const entries = chainOf([
      intent('result.record', 'result/T1/FOOD-01'),
      intent('result.record', 'result/T1/FOOD-01'),
    ]);
    expect(check({ results: [result('T1')], entries }).problems).toEqual([
      {
        kind: 'duplicate-entry',
        change: 'result/T1/FOOD-01',
        message: '2 entries record the change result/T1/FOOD-01',
        seqs: [entries[0]!.seq, entries[1]!.seq],
      },
    ]);
  });

  it('a change without its entry, for each kind of change', () => {
    const out = check({
      task: task(3),
      results: [result('T1', AT)],
      handoffs: [handoff('H1', true)],
      assignments: [reserveUse('R1', 'T9')],
      entries: chainOf([intent('task.advance', 'task/v2')]),
    });
    expect(out.problems).toEqual(
      [
        'the result T1/FOOD-01',
        'the publication of T1/FOOD-01',
        'the handoff H1',
        'the acknowledgement of H1',
        `version 3 of task ${TASK}`,
        'the use of reserve R1',
      ].map((what, i) => ({
        kind: 'change-without-entry',
        change: [
          'result/T1/FOOD-01',
          'publish/T1/FOOD-01',
          'handoff/H1',
          'ack/H1',
          'task/v3',
          'reserve/R1',
        ][i],
        message: `${what} has no audit entry`,
      })),
    );
    expect(out.checked).toEqual({
      results: 1,
      publications: 1,
      handoffs: 1,
      acknowledgements: 1,
      versions: 2,
      reserves: 1,
    });
    expect(out.ok).toBe(false);
  });

  it('an entry without its change, for every kind a change is stored for', () => {
    const entries = chainOf([
      intent('task.advance', 'task/v1'),
      intent('result.record', 'result/T1/FOOD-01'),
      intent('result.publish', 'publish/T1/FOOD-01', { publishedAt: AT }),
      intent('handoff.create', 'handoff/H1'),
      intent('handoff.acknowledge', 'ack/H1'),
      intent('task.advance', 'task/v9'),
      intent('reserve.use', 'reserve/R1'),
    ]);
    const out = check({ task: task(1), assignments: [], entries });
    expect(out.problems).toEqual(
      entries.slice(1).map((e) => {
        const change = (e.data as { intent: string }).intent;
        return {
          kind: 'entry-without-change',
          change,
          message: `the entry of ${change} has no stored change`,
          seqs: [e.seq],
        };
      }),
    );
  });

  it('leaves notes and changes of other kinds alone, and reserves when the assignments were not given', () => {
    const entries = chainOf([
      intent('task.note', 'note/1'),
      intent('witness.commit', 'witness/STHJ'),
      intent('reserve.use', 'reserve/R1'),
    ]);
    expect(check({ entries })).toMatchObject({ ok: true, problems: [] });
    expect(check({ entries, assignments: [reserveUse('R2')] }).problems).toEqual([
      expect.objectContaining({ kind: 'entry-without-change', change: 'reserve/R1' }),
    ]);
  });

  it('an intent not complete yet', () => {
    const open = [{ id: 'result/T1/FOOD-01' }] as ChangeIntent[];
    expect(check({ open }).problems).toEqual([
      {
        kind: 'open-intent',
        change: 'result/T1/FOOD-01',
        message: 'the change result/T1/FOOD-01 is under way (its intent is not complete)',
      },
    ]);
  });

  it('stops listing at 200 problems, still saying the task does not pass', () => {
    const results = Array.from({ length: 201 }, (_, i) => result(`T${i}`));
    const out = check({ results });
    expect(out.problems).toHaveLength(200);
    expect(out.ok).toBe(false);
    expect(check({ results: results.slice(0, 200) }).problems).toHaveLength(200);
  });
});

describe('publications', () => {
  it('names the date its entry records against the stored one', () => {
    const entries = chainOf([
      intent('result.record', 'result/T1/FOOD-01'),
      intent('result.publish', 'publish/T1/FOOD-01', { publishedAt: AT }),
    ]);
    const later = '2026-05-01T00:00:00.000Z';
    expect(check({ results: [result('T1', later)], entries }).problems).toEqual([
      {
        kind: 'entry-without-change',
        change: 'publish/T1/FOOD-01',
        message: `the entry publishes T1/FOOD-01 at ${AT}, the result says ${later}`,
        seqs: [entries[1]!.seq],
      },
    ]);
  });

  it('takes an entry that does not say the date as the publication’s', () => {
    const entries = chainOf([
      intent('result.record', 'result/T1/FOOD-01'),
      intent('result.publish', 'publish/T1/FOOD-01'),
    ]);
    expect(check({ results: [result('T1', AT)], entries })).toMatchObject({ ok: true });
  });

  it('matches a publication before intents only by its department and its instant', () => {
    const legacy = (data: unknown) =>
      chainOf([
        { action: 'result.record', subject: `${TASK}/T1/FOOD-01`, data: {} },
        { action: 'result.publish', data },
      ]);
    const ok = legacy({ department: 'SCJG', count: 1 });
    expect(check({ results: [result('T1', AT)], entries: ok })).toMatchObject({
      ok: true,
      checked: { publications: 1 },
    });
    for (const entries of [
      legacy({ department: 'STHJ', count: 1 }),
      legacy(null),
      chainOf([
        { action: 'result.record', subject: `${TASK}/T1/FOOD-01`, data: {} },
        { action: 'result.publish', data: { department: 'SCJG' } },
      ]).map((e) => ({ ...e, at: '2026-04-03T00:00:00.000Z' })),
    ])
      expect(check({ results: [result('T1', AT)], entries }).problems).toEqual([
        expect.objectContaining({ kind: 'change-without-entry', change: 'publish/T1/FOOD-01' }),
      ]);
  });

  it('checks an entry with an intent even where a department-wide entry before intents matches', () => {
    const entries = chainOf([
      { action: 'result.record', subject: `${TASK}/T1/FOOD-01`, data: {} },
      { action: 'result.publish', data: { department: 'SCJG' } },
      intent('result.publish', 'publish/T1/FOOD-01', { publishedAt: '2026-01-01T00:00:00.000Z' }),
    ]);
    expect(check({ results: [result('T1', AT)], entries }).problems).toEqual([
      expect.objectContaining({ kind: 'entry-without-change', change: 'publish/T1/FOOD-01' }),
    ]);
  });
});

describe('handoffs and header versions', () => {
  it('matches handoffs and acknowledgements before intents by action and subject', () => {
    const entries = chainOf([
      { action: 'handoff.create', subject: `${TASK}/H1`, data: {} },
      { action: 'handoff.acknowledge', subject: `${TASK}/H1`, data: {} },
    ]);
    expect(check({ handoffs: [handoff('H1', true)], entries })).toMatchObject({
      ok: true,
      checked: { handoffs: 1, acknowledgements: 1 },
    });
    expect(check({ handoffs: [handoff('H1')], entries: entries.slice(0, 1) })).toMatchObject({
      ok: true,
      checked: { acknowledgements: 0 },
    });
  });

  it('checks versions only from the first one named, with ids of the form task/v<n>', () => {
    expect(check({ task: task(4) }).checked.versions).toBe(0);
    const named = (ids: string[], version: number) =>
      check({
        task: task(version),
        entries: chainOf(ids.map((id) => intent('task.advance', id))),
      });
    expect(named(['task/v11', 'task/v12'], 12)).toMatchObject({
      ok: true,
      checked: { versions: 2 },
    });
    // ids that only look like versions are not versions: none is named, so none is expected
    for (const id of ['xtask/v3', 'task/v3x']) expect(named([id], 4).checked.versions).toBe(0);
  });
});
