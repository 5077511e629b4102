import { type Commitment, workflowUseCases as uc } from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { fakeWorkflowDeps } from './fakes';
import { createInput, inspectors, items, NOW, plan, plannedTask, targets } from './fixtures';
import { type Deps, entriesOf, office, refusalOf, scjg, TASK, told, withTask } from './stored-task';

const LATER = '2026-03-02T04:00:00.000Z';
/** A drand round months after the clock: unknown at the commitment. */
const SOURCE = 'drand:quicknet:30000000';

/** A joint task of SCJG with STHJ, created and frozen on 2 March 2026. */
const frozen = async (): Promise<Deps> => {
  const deps = fakeWorkflowDeps(NOW);
  await deps.plans.create(
    plan([
      plannedTask({
        items: ['SCJG-FOOD', 'STHJ-EMIT'],
        participants: ['STHJ'],
        joint: true,
        window: { start: '2026-03-01', end: '2026-12-31' },
      }),
    ]),
  );
  for (const i of items) await deps.items.create(i);
  for (const t of targets) await deps.targets.create(t);
  for (const i of inspectors) await deps.inspectors.create(i);
  await uc.createTask(deps, { actor: office, input: createInput({ entropySource: SOURCE }) });
  await uc.freezeTask(deps, { actor: office, taskId: TASK });
  return deps;
};

/** The next append of the audit log fails once: a crash before the entry. */
const crashNextAppend = (deps: Deps) => {
  const append = deps.audit.append.bind(deps.audit);
  let crash = true;
  deps.audit.append = async (chain, e) => {
    if (crash) {
      crash = false;
      throw new Error('crash before the entry');
    }
    return append(chain, e);
  };
};

describe('commitTask', () => {
  it('moves a frozen task to Committed with its commitment, written with the entry', async () => {
    const deps = await frozen();
    const out = await uc.commitTask(deps, { actor: office, taskId: TASK });
    expect(out.task).toMatchObject({ stage: 'Committed', version: 3 });
    expect(await deps.tasks.get(TASK)).toEqual(out.task);
    expect(out.commitment).toMatchObject({ taskId: TASK, entropySource: SOURCE, at: NOW });
    expect(await deps.commitments.get(TASK)).toEqual(out.commitment);
    expect(entriesOf(deps, TASK).at(-1)).toMatchObject({
      action: 'task.commit',
      actor: 'office-1',
      data: { ...out.commitment, intent: 'task/v3' },
    });
  });

  it('answers a committed task with it and its stored commitment, writing nothing', async () => {
    const deps = await frozen();
    const first = await uc.commitTask(deps, { actor: office, taskId: TASK });
    const entries = entriesOf(deps, TASK).length;
    deps.clock.instant = LATER;
    expect(await uc.commitTask(deps, { actor: office, taskId: TASK })).toEqual(first);
    expect(entriesOf(deps, TASK)).toHaveLength(entries);
  });

  it('resumes a commit that stored its commitment but crashed before the header moved', async () => {
    const deps = await frozen();
    const update = deps.tasks.update.bind(deps.tasks);
    let crash = true;
    deps.tasks.update = async (t, v) => {
      if (crash) {
        crash = false;
        throw new Error('crash before the header');
      }
      return update(t, v);
    };
    await expect(uc.commitTask(deps, { actor: office, taskId: TASK })).rejects.toThrow(
      'crash before the header',
    );
    const kept = (await deps.commitments.get(TASK)) as Commitment;
    expect((await deps.tasks.get(TASK))?.stage).toBe('Frozen');
    deps.clock.instant = LATER;
    const out = await uc.commitTask(deps, { actor: office, taskId: TASK });
    expect(out.task.stage).toBe('Committed');
    expect(out.commitment).toEqual(kept);
    expect(kept.at).toBe(NOW);
    expect(entriesOf(deps, TASK).filter((e) => e.action === 'task.commit')).toHaveLength(1);
  });

  it('answers a retry after a crash with the commitment first asked for, as stored', async () => {
    const deps = await frozen();
    crashNextAppend(deps);
    await expect(uc.commitTask(deps, { actor: office, taskId: TASK })).rejects.toThrow('crash');
    expect(await deps.commitments.get(TASK)).toBeUndefined();
    deps.clock.instant = LATER;
    const out = await uc.commitTask(deps, { actor: office, taskId: TASK });
    // the crashed request's intent is completed: its commitment (at NOW) is the one published
    expect(out.commitment.at).toBe(NOW);
    expect(out.commitment).toEqual(await deps.commitments.get(TASK));
    expect(out.task.stage).toBe('Committed');
  });

  it('refuses a task that is not frozen, naming its stage', async () => {
    const deps = await withTask('Created');
    expect(told(await refusalOf(uc.commitTask(deps, { actor: office, taskId: TASK })))).toEqual({
      code: 'TASK.WRONG_STAGE',
      kind: 'conflict',
      message: `task ${TASK} is Created; committing needs stage Frozen`,
      details: { field: 'stage', rule: 'task stage order', value: 'Created', expected: ['Frozen'] },
    });
  });

  it('refuses a frozen task whose bundle is missing, naming the draw', async () => {
    const deps = await withTask('Frozen');
    expect(told(await refusalOf(uc.commitTask(deps, { actor: office, taskId: TASK })))).toEqual({
      code: 'BUNDLE.NOT_FOUND',
      kind: 'not-found',
      message: `bundle ${TASK} not found`,
      details: { value: `bundle ${TASK}` },
    });
  });

  it('is the office’s', async () => {
    const deps = await frozen();
    expect(told(await refusalOf(uc.commitTask(deps, { actor: scjg, taskId: TASK })))).toEqual({
      code: 'AUTH.NOT_OFFICE',
      kind: 'forbidden',
      message: 'scjg-1 may not commit draws: only the joint-meeting office (联席会议办公室) may',
      details: { rule: 'office only' },
    });
    expect((await deps.tasks.get(TASK))?.stage).toBe('Frozen');
  });
});
