import { type Handoff, workflowUseCases as uc } from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { NOW } from './fixtures';
import { entriesOf, office, refusalOf, result, scjg, TASK, told, withTask } from './stored-task';

const handoffOf = (targetId: string, kind: Handoff['kind']): Handoff =>
  ({
    id: `${targetId}-${kind}`,
    taskId: TASK,
    targetId,
    item: 'SCJG-FOOD',
    kind,
    receiverName: '区公安分局',
    reason: '涉嫌犯罪',
    date: '2026-04-05',
  }) as Handoff;

describe('advanceTask: the plain moves of the state machine', () => {
  it('moves the task one stage on and records from where to where', async () => {
    const deps = await withTask('Drawn');
    const moved = await uc.advanceTask(deps, { actor: office, taskId: TASK, to: 'Notified' });
    expect(moved).toMatchObject({ stage: 'Notified', version: 2, updatedAt: NOW });
    expect(await deps.tasks.get(TASK)).toEqual(moved);
    const [entry] = entriesOf(deps, TASK);
    expect(entry).toMatchObject({
      seq: 1,
      actor: 'office-1',
      action: 'task.advance',
      subject: TASK,
      at: NOW,
      data: { from: 'Drawn', to: 'Notified', intent: 'task/v2' },
    });
  });

  it('answers a move to the stage the task is at with the task, writing nothing', async () => {
    const deps = await withTask('Notified');
    expect(await uc.advanceTask(deps, { actor: office, taskId: TASK, to: 'Notified' })).toEqual(
      deps.task,
    );
    expect(await deps.tasks.get(TASK)).toEqual(deps.task);
    expect(entriesOf(deps, TASK)).toEqual([]);
  });

  it('is the office’s: a department is refused, told what it asked', async () => {
    const deps = await withTask('Drawn');
    expect(
      told(await refusalOf(uc.advanceTask(deps, { actor: scjg, taskId: TASK, to: 'Notified' }))),
    ).toEqual({
      code: 'AUTH.NOT_OFFICE',
      kind: 'forbidden',
      message:
        'scjg-1 may not move tasks through the workflow: only the joint-meeting office (联席会议办公室) may',
      details: { rule: 'office only' },
    });
  });

  it('ends a task whose results need no handoff, or whose handoffs are all made', async () => {
    const none = await withTask('HandingOff');
    expect((await uc.advanceTask(none, { actor: office, taskId: TASK, to: 'Done' })).stage).toBe(
      'Done',
    );
    const made = await withTask('HandingOff');
    await made.results.put(result({ targetId: 'T01', wording: 'no-problem' }));
    await made.results.put(result({ targetId: 'T02', wording: 'pending-follow-up' }));
    await made.handoffs.create(handoffOf('T02', 'department-in-charge'));
    expect(await uc.outstandingHandoffs(made, TASK)).toEqual([]);
    expect((await uc.advanceTask(made, { actor: office, taskId: TASK, to: 'Done' })).stage).toBe(
      'Done',
    );
  });

  it('refuses to end a task with a handoff missing, naming each one and the rule (二(六))', async () => {
    const deps = await withTask('HandingOff');
    await deps.results.put(
      result({ targetId: 'T01', wording: 'pending-follow-up', suspectedCrime: true }),
    );
    await deps.results.put(result({ targetId: 'T02', wording: 'obstruction-serious' }));
    await deps.results.put(result({ targetId: 'T03', suspectedCrime: true }));
    await deps.handoffs.create(handoffOf('T03', 'judicial'));
    const missing = [
      { targetId: 'T01', item: 'SCJG-FOOD', kind: 'department-in-charge' },
      { targetId: 'T01', item: 'SCJG-FOOD', kind: 'judicial' },
      { targetId: 'T02', item: 'SCJG-FOOD', kind: 'department-in-charge' },
    ];
    expect(await uc.outstandingHandoffs(deps, TASK)).toEqual(missing);
    expect(
      told(await refusalOf(uc.advanceTask(deps, { actor: office, taskId: TASK, to: 'Done' }))),
    ).toEqual({
      code: 'TASK.HANDOFFS_MISSING',
      kind: 'conflict',
      message: `task ${TASK} cannot be done: 3 handoff(s) its results require are missing (T01/SCJG-FOOD department-in-charge; T01/SCJG-FOOD judicial; T02/SCJG-FOOD department-in-charge)`,
      details: {
        field: 'handoffs',
        rule: '二(六) 后续监管衔接: every problem found is handed on before the task is done',
        value: missing,
      },
    });
    expect((await deps.tasks.get(TASK))?.stage).toBe('HandingOff');
    expect(entriesOf(deps, TASK)).toEqual([]);
  });
});

describe('recordFailure: the catch state', () => {
  it('moves the task to Failed, keeping the stage, code and message, in its entry too', async () => {
    const deps = await withTask('Frozen');
    const failed = await uc.recordFailure(deps, {
      actor: office,
      taskId: TASK,
      code: 'COMMIT.BUNDLE_MISSING',
      message: 'no bundle',
    });
    const failure = { stage: 'Frozen', code: 'COMMIT.BUNDLE_MISSING', message: 'no bundle' };
    expect(failed).toMatchObject({ stage: 'Failed', version: 2, failure });
    expect(entriesOf(deps, TASK)).toEqual([
      expect.objectContaining({
        actor: 'office-1',
        action: 'task.fail',
        subject: TASK,
        data: { ...failure, intent: 'task/v2' },
      }),
    ]);
  });

  it('answers a failed task with itself: the first failure stays, nothing is written', async () => {
    const deps = await withTask('Failed', {
      failure: { stage: 'Created', code: 'FREEZE.EMPTY', message: 'no targets' },
    });
    expect(
      await uc.recordFailure(deps, { actor: office, taskId: TASK, code: 'X', message: 'again' }),
    ).toEqual(deps.task);
    expect(entriesOf(deps, TASK)).toEqual([]);
  });

  it('is the office’s', async () => {
    const deps = await withTask('Frozen');
    expect(
      (
        await refusalOf(
          uc.recordFailure(deps, { actor: scjg, taskId: TASK, code: 'X', message: 'x' }),
        )
      ).message,
    ).toBe(
      'scjg-1 may not record task failures: only the joint-meeting office (联席会议办公室) may',
    );
  });
});
