import {
  buildBundles,
  type Commitment,
  commitment,
  type Task,
  workflowUseCases as uc,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { inspectors, NOW, targets, task } from './fixtures';
import {
  type Deps,
  entriesOf,
  office,
  refusalOf,
  scjg,
  sthj,
  TASK,
  told,
  withTask,
} from './stored-task';

/** drand's public vector of quicknet (spec §7.1): round 657413, published 15 September 2023. */
const ROUND = 657413;
const SIGNATURE =
  'b713718a38ae728dfd477991af2822e08d2f305e47718cef9f7848ce4050e7be41076862b98fad56e91a6b85b89cd97b';
const SOURCE = `drand:quicknet:${ROUND}`;
const ENTROPY = `${SOURCE}:${SIGNATURE}`;
/** The commitment, made before the round existed. */
const COMMITTED_AT = '2023-09-01T00:00:00.000Z';

const drandTask = (): Task => task({}, { entropySource: SOURCE });

const committed = (t: Task): Commitment => {
  const f = buildBundles(t, {
    freezeDate: '2023-09-01',
    targets,
    inspectors,
    recentInspections: [],
  });
  return commitment(t, { target: f.target.digests, participants: [] }, SOURCE, COMMITTED_AT);
};

/** A drand task at `stage` (version 3) with its commitment stored. */
const atStage = async (
  stage: Task['stage'],
  over: Partial<Task> = {},
): Promise<Deps & { task: Task }> => {
  const t = drandTask();
  const deps = await withTask(stage, { version: 3, ...over }, t);
  await deps.commitments.putOnce(committed(t));
  return deps;
};

describe('acceptEntropy: the drand round’s signature arrives', () => {
  it('moves a committed task to AwaitingEntropy with the entropy, who entered it, and an entry', async () => {
    const deps = await atStage('Committed');
    const out = await uc.acceptEntropy(deps, { actor: scjg, taskId: TASK, entropy: ENTROPY });
    const entropyBy = { by: 'scjg-1', as: 'SCJG' };
    expect(out).toEqual({
      ...deps.task,
      stage: 'AwaitingEntropy',
      entropy: ENTROPY,
      entropyBy,
      updatedAt: NOW,
      version: 4,
    });
    expect(await deps.tasks.get(TASK)).toEqual(out);
    expect(entriesOf(deps, TASK)).toEqual([
      expect.objectContaining({
        actor: 'scjg-1',
        action: 'task.entropy',
        subject: TASK,
        at: NOW,
        data: { taskId: TASK, entropy: ENTROPY, receivedAt: NOW, entropyBy, intent: 'task/v4' },
      }),
    ]);
  });

  it('takes the entropy of a task already awaiting it, which stays there', async () => {
    const deps = await atStage('AwaitingEntropy');
    const out = await uc.acceptEntropy(deps, { actor: office, taskId: TASK, entropy: ENTROPY });
    expect(out).toMatchObject({
      stage: 'AwaitingEntropy',
      entropy: ENTROPY,
      entropyBy: { by: 'office-1', as: 'office' },
      version: 4,
    });
    expect(await deps.tasks.get(TASK)).toEqual(out);
  });

  it('answers the same entropy again with the task, writing nothing', async () => {
    const deps = await atStage('Committed');
    const first = await uc.acceptEntropy(deps, { actor: office, taskId: TASK, entropy: ENTROPY });
    expect(await uc.acceptEntropy(deps, { actor: office, taskId: TASK, entropy: ENTROPY })).toEqual(
      first,
    );
    expect(entriesOf(deps, TASK)).toHaveLength(1);
  });

  it('refuses another value once the task holds entropy: no re-draw', async () => {
    const held = `${SOURCE}:${'0'.repeat(96)}`;
    const deps = await atStage('AwaitingEntropy', { entropy: held });
    expect(
      told(
        await refusalOf(uc.acceptEntropy(deps, { actor: office, taskId: TASK, entropy: ENTROPY })),
      ),
    ).toEqual({
      code: 'ENTROPY.ALREADY_ACCEPTED',
      kind: 'conflict',
      message: `task ${TASK} already has entropy ${held}; a different value is refused`,
      details: { field: 'entropy', rule: 'one entropy per draw, no re-draw', value: ENTROPY },
    });
    expect((await deps.tasks.get(TASK))?.entropy).toBe(held);
    expect(entriesOf(deps, TASK)).toEqual([]);
  });

  it('refuses a task before its commitment or past the draw, naming the stages it needs', async () => {
    for (const stage of ['Frozen', 'Drawn'] as const) {
      const deps = await atStage(stage);
      expect(
        told(
          await refusalOf(
            uc.acceptEntropy(deps, { actor: office, taskId: TASK, entropy: ENTROPY }),
          ),
        ),
      ).toEqual({
        code: 'TASK.WRONG_STAGE',
        kind: 'conflict',
        message: `task ${TASK} is ${stage}; accepting entropy needs stage Committed or AwaitingEntropy`,
        details: {
          field: 'stage',
          rule: 'task stage order',
          value: stage,
          expected: ['Committed', 'AwaitingEntropy'],
        },
      });
    }
  });

  it('refuses a committed task whose commitment is missing', async () => {
    const deps = await withTask('Committed', { version: 3 }, drandTask());
    expect(
      told(
        await refusalOf(uc.acceptEntropy(deps, { actor: office, taskId: TASK, entropy: ENTROPY })),
      ),
    ).toEqual({
      code: 'COMMITMENT.NOT_FOUND',
      kind: 'not-found',
      message: `commitment of ${TASK} not found`,
      details: { value: `commitment of ${TASK}` },
    });
  });

  it('refuses a department other than the initiator: the initiator or the office enters it', async () => {
    const deps = await atStage('Committed');
    const e = await refusalOf(
      uc.acceptEntropy(deps, { actor: sthj, taskId: TASK, entropy: ENTROPY }),
    );
    expect(e.code).toBe('TASK.NOT_DRAW_RUNNER');
    expect(e.message).toBe(
      "sthj-1 may not enter draw entropy: only the initiating department SCJG (抽查发起部门) or the office runs this task's draw",
    );
    expect((await deps.tasks.get(TASK))?.stage).toBe('Committed');
  });
});
