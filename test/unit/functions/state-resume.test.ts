import type { ChangeIntent, WaitingToken } from '@double-random/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { STATE_HANDLERS, setWorkflowRuntime } from '../../../functions/src/workflow';
import { fakeWorkflowDeps } from '../workflow/fakes';
import { task } from '../workflow/fixtures';

/**
 * Every state first completes the changes left open on its task, but the waiting states,
 * which run while the API writes and move nothing themselves.
 */
const NOW = '2026-04-10T02:00:00.000Z';
const ago = (ms: number) => new Date(Date.parse(NOW) - ms).toISOString();

const note = (id: string, at: string, chain: string): ChangeIntent => ({
  id: `note/${id}`,
  chain,
  kind: 'note',
  since: 0,
  audit: { at, actor: 'scjg-1', action: 'test.note', subject: chain, data: { id } },
  change: null,
});

const world = async () => {
  const deps = fakeWorkflowDeps(NOW);
  const t = { ...task(), stage: 'Inspecting' as const };
  deps.tasks.rows.set(t.id, t);
  await deps.intents.open(note('under-way', ago(59_000), t.id));
  await deps.intents.open(note('left', ago(61_000), t.id));
  const tokens: WaitingToken[] = [];
  setWorkflowRuntime({
    deps,
    tokens: {
      put: async (w) => void tokens.push(w),
      get: async () => undefined,
      listByTask: async () => tokens,
      remove: async () => {},
    },
    engine: {
      start: async () => ({ executionId: 'x' }),
      resume: async () => {},
      fail: async () => {},
    },
  });
  const open = async () =>
    (await deps.intents.listOpen({ limit: 10 }, t.id)).items.map((i) => i.id).sort();
  return { t, open };
};

afterEach(() => setWorkflowRuntime(undefined));

describe('the changes a state completes before it runs', () => {
  it('a waiting state completes none: they are left to the task’s API writes and other states', async () => {
    const { t, open } = await world();
    const drawId = t.draws[0]!.drawId;
    await STATE_HANDLERS.awaitResult(
      { taskId: t.id, drawId, target: 'T01', timeoutSeconds: 60, token: 'tk' },
      {} as never,
    );
    expect(await open()).toEqual(['note/left', 'note/under-way']);
  });

  it('any other state completes every open change of its task', async () => {
    const { t, open } = await world();
    await STATE_HANDLERS.loadTask({ taskId: t.id }, {} as never);
    expect(await open()).toEqual([]);
  });
});
