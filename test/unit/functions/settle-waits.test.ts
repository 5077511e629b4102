import type { InspectionResult, Task, WaitingToken } from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { resultSlot, settleWaits, type WorkflowRuntime } from '../../../functions/src/workflow';
import { inspectedTask } from '../../../functions/src/workflow/waits';
import { fakeWorkflowDeps } from '../workflow/fakes';
import { jointTask, task } from '../workflow/fixtures';
import { recorded } from '../workflow/result-scenario';

/** Settling after a result reads what the result can have changed, and no more. */
const NOW = '2026-04-10T02:00:00.000Z';

const runtime = async (t: Task, stored: InspectionResult[]) => {
  const deps = fakeWorkflowDeps(NOW);
  deps.tasks.rows.set(t.id, t);
  for (const r of stored) await deps.results.create(r);
  const tokens = new Map<string, WaitingToken>();
  for (const d of t.draws) {
    const slot = resultSlot(d.drawId, 'T01');
    tokens.set(slot, { taskId: t.id, slot, token: `tk-${d.drawId}`, at: NOW });
  }
  const read = { tokens: [] as string[], results: 0 };
  const resumed: [string, Record<string, unknown>][] = [];
  const listByTarget = deps.results.listByTarget.bind(deps.results);
  deps.results.listByTarget = async (taskId, target) => {
    read.results++;
    return listByTarget(taskId, target);
  };
  const rt: WorkflowRuntime = {
    deps,
    tokens: {
      put: async (w) => void tokens.set(w.slot, w),
      get: async (_taskId, slot) => {
        read.tokens.push(slot);
        return tokens.get(slot);
      },
      listByTask: async () => [...tokens.values()],
      remove: async (_taskId, slot) => void tokens.delete(slot),
    },
    engine: {
      start: async () => ({ executionId: 'x' }),
      resume: async (token, output) => void resumed.push([token, output]),
      fail: async () => {},
    },
  };
  return { rt, read, resumed };
};

describe('settling the waits after a result', () => {
  it('a task of one department and one item: the result alone settles its inspection', async () => {
    const t = { ...task(), stage: 'Inspecting' as const };
    const r = recorded({ taskId: t.id, wording: 'no-problem' });
    const { rt, read, resumed } = await runtime(t, [r]);
    const slots = await settleWaits(rt, t.id, { target: 'T01', task: t, result: r });
    expect(slots).toEqual([resultSlot(t.draws[0]!.drawId, 'T01')]);
    expect(read.results).toBe(0);
    expect(resumed).toEqual([[`tk-${t.draws[0]!.drawId}`, { settled: true, gone: false }]]);
  });

  it('a gone finding reads the target’s results and settles it as gone', async () => {
    const t = { ...task(), stage: 'Inspecting' as const };
    const r = recorded({ taskId: t.id, wording: 'deregistered' });
    const { rt, read, resumed } = await runtime(t, [r]);
    await settleWaits(rt, t.id, { target: 'T01', task: t, result: r });
    expect(read.results).toBe(1);
    expect(resumed).toEqual([[`tk-${t.draws[0]!.drawId}`, { settled: true, gone: true }]]);
  });

  it('in a joint task a finding that is not gone touches only its department’s inspection', async () => {
    const t = { ...jointTask(), stage: 'Inspecting' as const };
    const r = recorded({ taskId: t.id, wording: 'no-problem' });
    const { rt, read, resumed } = await runtime(t, [r]);
    const scjg = t.draws.find((d) => d.department === 'SCJG')!.drawId;
    await settleWaits(rt, t.id, { target: 'T01', task: t, result: r });
    expect(read.tokens).toEqual([resultSlot(scjg, 'T01')]);
    expect(read.results).toBe(1);
    expect(resumed).toEqual([[`tk-${scjg}`, { settled: true, gone: false }]]);
  });

  it('a gone finding in a joint task settles every department’s inspection', async () => {
    const t = { ...jointTask(), stage: 'Inspecting' as const };
    const r = recorded({ taskId: t.id, wording: 'deregistered' });
    const { rt, resumed } = await runtime(t, [r]);
    await settleWaits(rt, t.id, { target: 'T01', task: t, result: r });
    expect(resumed.map(([, o]) => o)).toEqual(t.draws.map(() => ({ settled: true, gone: true })));
  });
});

describe('what a wait reads of its task', () => {
  it('reads the task’s draws and items once per task store, fixed since its creation', async () => {
    const t = { ...task(), stage: 'Inspecting' as const };
    const { rt } = await runtime(t, []);
    const reads: string[] = [];
    const read = async (id: string) => {
      reads.push(id);
      return t;
    };
    // waits starting together share the read
    const [first, again] = await Promise.all([
      inspectedTask(rt, t.id, read),
      inspectedTask(rt, t.id, read),
    ]);
    expect(again).toEqual(first);
    expect(await inspectedTask(rt, t.id, read)).toEqual(first);
    expect(first).toEqual({ id: t.id, draws: t.draws, items: t.items });
    expect(reads).toEqual([t.id]);
    // a read that failed is not kept
    const failing = await runtime(t, []);
    await expect(
      inspectedTask(failing.rt, t.id, async () => {
        throw new Error('store down');
      }),
    ).rejects.toThrow('store down');
    expect(await inspectedTask(failing.rt, t.id, read)).toEqual(first);
    // another store's task of the same id is its own
    const other = await runtime(t, []);
    await inspectedTask(other.rt, t.id, read);
    expect(reads).toEqual([t.id, t.id, t.id]);
  });
});
