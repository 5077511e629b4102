import { ConflictError } from '../errors';
import { found } from '../use-case-support';
import { acceptEntropy as acceptEntropyValue } from './commitment';
import { drawRunner } from './draw-runner';
import { advanceStage, assertStage } from './task';
import { type Cmd, getTask, moveTask, type WorkflowDeps } from './workflow-deps';

/**
 * 4. The entropy arrives: the committed drand round's signature, pasted or fetched, checked
 * against the pinned quicknet key (a witnessed task gets its entropy from its reveals,
 * `revealWitness`; docs/entropy.md).
 */
export const acceptEntropy = async (
  deps: WorkflowDeps,
  cmd: Cmd<{ taskId: string; entropy: string }>,
) => {
  const task = await getTask(deps, cmd.taskId);
  const entropyBy = drawRunner(cmd.actor, task.initiator, 'enter draw entropy');
  assertStage(task, ['Committed', 'AwaitingEntropy'], 'accepting entropy');
  const c = found(
    await deps.commitments.get(task.id),
    'COMMITMENT.NOT_FOUND',
    `commitment of ${task.id}`,
  );
  const now = deps.clock.now();
  const accepted = acceptEntropyValue(c, cmd.entropy, now);
  if (task.entropy !== undefined) {
    if (task.entropy === accepted.entropy) return task;
    throw new ConflictError(
      'ENTROPY.ALREADY_ACCEPTED',
      `task ${task.id} already has entropy ${task.entropy}; a different value is refused`,
      { field: 'entropy', rule: 'one entropy per draw, no re-draw', value: cmd.entropy },
    );
  }
  const moved = task.stage === 'Committed' ? advanceStage(task, 'AwaitingEntropy', now) : task;
  const next = {
    ...moved,
    entropy: accepted.entropy,
    entropyBy,
    updatedAt: now,
    version: task.version + 1,
  };
  return moveTask(
    deps,
    task,
    { task: next },
    { at: now, actor: cmd.actor.sub, action: 'task.entropy', data: { ...accepted, entropyBy } },
  );
};
