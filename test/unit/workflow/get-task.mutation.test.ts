import { workflowUseCases as uc } from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { fakeWorkflowDeps } from './fakes';
import { jointTask, NOW } from './fixtures';
import { office, refusalOf, scjg, sthj, TASK, told, withTask, zjj } from './stored-task';

describe('getTask: the task view', () => {
  it('shows the task to the office and to each department taking part', async () => {
    const deps = await withTask('Created', {}, jointTask());
    for (const actor of [office, scjg, sthj])
      expect(await uc.getTask(deps, { actor, taskId: TASK })).toEqual(deps.task);
  });

  it('answers another department as if the task did not exist, naming the task asked for', async () => {
    const deps = await withTask('Created', {}, jointTask());
    expect(told(await refusalOf(uc.getTask(deps, { actor: zjj, taskId: TASK })))).toEqual({
      code: 'TASK.NOT_FOUND',
      kind: 'not-found',
      message: `task ${TASK} not found`,
      details: { value: TASK },
    });
  });

  it('names the missing task', async () => {
    const deps = fakeWorkflowDeps(NOW);
    expect(told(await refusalOf(uc.getTask(deps, { actor: office, taskId: 'X-1' })))).toEqual({
      code: 'TASK.NOT_FOUND',
      kind: 'not-found',
      message: 'task X-1 not found',
      details: { value: 'task X-1' },
    });
  });
});
