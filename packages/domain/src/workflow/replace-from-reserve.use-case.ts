import { isDepartment, isOffice } from '../actor';
import { ConflictError, ForbiddenError } from '../errors';
import { found } from '../use-case-support';
import { type Replacement, replacement, triggersReplacement } from './result';
import { type Cmd, getTask, recordAudit, type WorkflowDeps } from './workflow-deps';

/**
 * 7. Replace a gone target by the next reserve of its stratum and the teams drawn for it
 * (every draw of a joint task holds one). Never a re-draw; repeated calls return the same.
 */
export const replaceFromReserve = async (
  deps: WorkflowDeps,
  cmd: Cmd<{ taskId: string; targetId: string }>,
) => {
  const task = await getTask(deps, cmd.taskId);
  if (!isOffice(cmd.actor) && !isDepartment(cmd.actor, task.initiator))
    throw new ForbiddenError(
      'RESERVE.NOT_INITIATOR',
      `${cmd.actor.sub} may not replace targets of task ${task.id}: the office or ${task.initiator} may`,
      { field: 'taskId', rule: 'the initiator or the office', value: task.id },
    );
  const results = await deps.results.listByTask(task.id);
  const gone = results.find((r) => r.targetId === cmd.targetId && triggersReplacement(r.wording));
  if (!gone)
    throw new ConflictError(
      'RESERVE.NO_GONE_RESULT',
      `no result records ${cmd.targetId} as unreachable or gone; replacement needs one`,
      {
        field: 'targetId',
        rule: 'replacement only for unreachable or gone targets (spec §4)',
        value: cmd.targetId,
      },
    );
  const draw = found(
    await deps.draws.get(task.draws[0]!.drawId),
    'DRAW.NOT_FOUND',
    `draw ${task.id}`,
  );
  const assignments = await deps.assignments.listByTask(task.id);
  const targetAssignments = assignments.filter((a) => a.drawId === draw.drawId);
  const done = targetAssignments.find((a) => a.replaces === cmd.targetId);
  const used = targetAssignments.filter((a) => a.replaces !== undefined).map((a) => a.target);
  const chosen: Replacement = done
    ? {
        replaced: cmd.targetId,
        stratum: done.stratum,
        reserve: done.target,
        assignment: {
          target: done.target,
          members: done.members,
          leader: done.leader,
          status: done.status,
        },
      }
    : replacement(draw.result, cmd.targetId, used);
  const now = deps.clock.now();
  for (const d of task.draws)
    await deps.assignments.activateReserve(d.drawId, chosen.reserve, cmd.targetId, now);
  await recordAudit(deps.audit, task.id, {
    at: now,
    actor: cmd.actor.sub,
    action: 'task.replace',
    subject: `${task.id}/${cmd.targetId}`,
    data: {
      replaced: cmd.targetId,
      reserve: chosen.reserve,
      stratum: chosen.stratum,
      wording: gone.wording,
    },
  });
  return chosen;
};
