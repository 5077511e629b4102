import { workflowUseCases as uc } from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { jointTask } from './fixtures';
import { office, refusalOf, result, scjg, sthj, TASK, told, withTask, zjj } from './stored-task';

const penalty = {
  decisionNo: '罚〔2026〕1号',
  decisionDate: '2026-04-10',
  kind: '罚款',
  warningOnly: false,
};

/** A joint task with its results, read on 2 March 2026 (Shanghai). */
const seeded = async () => {
  const deps = await withTask('Inspecting', {}, jointTask());
  // due in 3 days: due soon; the due day passed: overdue; far: on time
  await deps.results.put(
    result({ targetId: 'T01', publication: { dueBy: '2026-03-05', provisional: false } }),
  );
  await deps.results.put(
    result({
      targetId: 'T02',
      publication: { dueBy: '2026-03-01', provisional: true },
      penalty,
      penaltyPublication: { dueBy: '2026-04-30', provisional: false },
    }),
  );
  // published: neither the result nor its penalty shows
  await deps.results.put(
    result({
      targetId: 'T03',
      publication: {
        dueBy: '2026-03-01',
        provisional: false,
        publishedAt: '2026-02-27T02:00:00.000Z',
      },
      penalty,
      penaltyPublication: {
        dueBy: '2026-03-01',
        provisional: false,
        publishedAt: '2026-02-28T02:00:00.000Z',
      },
    }),
  );
  // the result published, its penalty not yet
  await deps.results.put(
    result({
      targetId: 'T04',
      item: 'STHJ-EMIT',
      department: 'STHJ',
      publication: {
        dueBy: '2026-03-01',
        provisional: false,
        publishedAt: '2026-02-27T02:00:00.000Z',
      },
      penalty,
      penaltyPublication: { dueBy: '2026-03-06', provisional: false },
    }),
  );
  // another task's result is not this task's
  await deps.results.put(result({ taskId: '2026-SCJG-008', targetId: 'T05' }));
  return deps;
};

describe('deadlineReport (亮灯)', () => {
  it('lists each unpublished result and penalty with its due day and light', async () => {
    const deps = await seeded();
    expect(await uc.deadlineReport(deps, { actor: office, taskId: TASK })).toEqual([
      {
        targetId: 'T01',
        item: 'SCJG-FOOD',
        kind: 'result',
        dueBy: '2026-03-05',
        provisional: false,
        status: 'due-soon',
      },
      {
        targetId: 'T02',
        item: 'SCJG-FOOD',
        kind: 'result',
        dueBy: '2026-03-01',
        provisional: true,
        status: 'overdue',
      },
      {
        targetId: 'T02',
        item: 'SCJG-FOOD',
        kind: 'penalty',
        dueBy: '2026-04-30',
        provisional: false,
        status: 'on-time',
      },
      {
        targetId: 'T04',
        item: 'STHJ-EMIT',
        kind: 'penalty',
        dueBy: '2026-03-06',
        provisional: false,
        status: 'on-time',
      },
    ]);
  });

  it('is read by every department of the task, the participant too', async () => {
    const deps = await seeded();
    const all = await uc.deadlineReport(deps, { actor: office, taskId: TASK });
    expect(await uc.deadlineReport(deps, { actor: scjg, taskId: TASK })).toEqual(all);
    expect(await uc.deadlineReport(deps, { actor: sthj, taskId: TASK })).toEqual(all);
  });

  it('refuses a department outside the task, naming it, the task and the rule', async () => {
    const deps = await seeded();
    expect(told(await refusalOf(uc.deadlineReport(deps, { actor: zjj, taskId: TASK })))).toEqual({
      code: 'TASK.NOT_PARTICIPANT',
      kind: 'forbidden',
      message: `zjj-1 takes no part in task ${TASK}`,
      details: {
        field: 'taskId',
        rule: 'task data is read by its departments and the office',
        value: TASK,
      },
    });
  });
});
