import {
  type AuditEntry,
  type AuditInput,
  appendEntry,
  crossCheckTask,
  type Handoff,
  type InspectionResult,
  type Task,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';

const TASK = '2026-SCJG-001';
const AT = '2026-04-02T02:00:00.000Z';

const chainOf = (inputs: { action: string; subject?: string; data: unknown }[]): AuditEntry[] => {
  const out: AuditEntry[] = [];
  for (const i of inputs) {
    const input: AuditInput = {
      at: AT,
      actor: 'x',
      action: i.action,
      subject: i.subject ?? TASK,
      data: i.data,
    };
    out.push(appendEntry(out.at(-1), input));
  }
  return out;
};

const task = { id: TASK, version: 2 } as Task;
const result = (targetId: string, publishedAt?: string) =>
  ({
    taskId: TASK,
    targetId,
    item: 'FOOD-01',
    publication: {
      dueBy: '2026-04-30',
      provisional: false,
      ...(publishedAt ? { publishedAt } : {}),
    },
  }) as InspectionResult;
const handoff = { id: 'T1.FOOD-01.judicial', taskId: TASK } as Handoff;

const base = [
  { action: 'task.create', data: { intent: 'task/v1' } },
  { action: 'task.advance', data: { intent: 'task/v2' } },
  { action: 'result.record', data: { intent: 'result/T1/FOOD-01' } },
  { action: 'result.publish', data: { intent: 'publish/T1/FOOD-01', publishedAt: AT } },
  { action: 'handoff.create', data: { intent: 'handoff/T1.FOOD-01.judicial' } },
];

describe('crossCheckTask', () => {
  it('passes when every change has one entry and every entry its change', () => {
    const check = crossCheckTask({
      task,
      results: [result('T1', AT)],
      handoffs: [handoff],
      entries: chainOf(base),
    });

    expect(check).toMatchObject({
      ok: true,
      checked: { results: 1, publications: 1, handoffs: 1, versions: 2 },
    });
  });

  it('names a change without its entry, an entry without its change, and a duplicate', () => {
    const check = crossCheckTask({
      task,
      results: [result('T1', AT), result('T2')],
      handoffs: [],
      entries: chainOf([
        ...base,
        { action: 'result.record', data: { intent: 'result/T1/FOOD-01' } },
      ]),
    });

    expect(check.ok).toBe(false);
    expect(check.problems.map((p) => [p.kind, p.change])).toEqual([
      ['duplicate-entry', 'result/T1/FOOD-01'],
      ['change-without-entry', 'result/T2/FOOD-01'],
      ['entry-without-change', 'handoff/T1.FOOD-01.judicial'],
    ]);
  });

  it('finds a publication whose stored date is not the one its entry records', () => {
    const check = crossCheckTask({
      task,
      results: [result('T1', '2026-05-01T00:00:00.000Z')],
      handoffs: [handoff],
      entries: chainOf(base),
    });

    expect(check.problems).toEqual([
      expect.objectContaining({ kind: 'entry-without-change', change: 'publish/T1/FOOD-01' }),
    ]);
  });

  it('matches entries written before intents by action and subject', () => {
    const check = crossCheckTask({
      task: { ...task, version: 1 },
      results: [{ ...result('T1', AT), department: 'SCJG' }],
      handoffs: [],
      entries: chainOf([
        { action: 'task.create', data: {} },
        { action: 'result.record', subject: `${TASK}/T1/FOOD-01`, data: {} },
        { action: 'result.publish', data: { department: 'SCJG', count: 1, late: [] } },
      ]),
    });

    expect(check).toMatchObject({ ok: true, checked: { results: 1, publications: 1 } });
  });
});
