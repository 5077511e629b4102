import { isDepartment, isOffice } from '../actor';
import { ConflictError, ForbiddenError } from '../errors';
import { found } from '../use-case-support';
import { completeIntent, runChange } from './change';
import { type Replacement, replacement, triggersReplacement } from './result';
import { type Cmd, getTask, type WorkflowDeps } from './workflow-deps';

export const RESERVE_KIND = 'task.replace';

interface ReserveUse {
  taskId: string;
  drawIds: string[];
  reserve: string;
  replaces: string;
  at: string;
}

/** Activates the reserve in every draw of the task (each activation is idempotent). */
export const applyReserveUse = async (deps: WorkflowDeps, change: unknown): Promise<void> => {
  const u = change as ReserveUse;
  for (const drawId of u.drawIds)
    await deps.assignments.activateReserve(drawId, u.reserve, u.replaces, u.at);
};

const RESERVE_APPLIERS = { [RESERVE_KIND]: applyReserveUse };

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
  for (let attempt = 0; ; attempt++) {
    const assignments = await deps.assignments.listByTask(task.id);
    const targetAssignments = assignments.filter((a) => a.drawId === draw.drawId);
    const done = targetAssignments.find((a) => a.replaces === cmd.targetId);
    if (done) {
      // a crash may have left the other draws' activations to do
      const open = await deps.intents.get(task.id, `reserve/${done.target}`);
      if (open && open.seq === undefined) await completeIntent(deps, RESERVE_APPLIERS, open);
      return {
        replaced: cmd.targetId,
        stratum: done.stratum,
        reserve: done.target,
        assignment: {
          target: done.target,
          members: done.members,
          leader: done.leader,
          status: done.status,
        },
      } satisfies Replacement;
    }
    const used = targetAssignments.filter((a) => a.replaces !== undefined).map((a) => a.target);
    const chosen = replacement(draw.result, cmd.targetId, used);
    const now = deps.clock.now();
    const change: ReserveUse = {
      taskId: task.id,
      drawIds: task.draws.map((d) => d.drawId),
      reserve: chosen.reserve,
      replaces: cmd.targetId,
      at: now,
    };
    const out = await runChange(deps, RESERVE_APPLIERS, {
      id: `reserve/${chosen.reserve}`,
      chain: task.id,
      kind: RESERVE_KIND,
      audit: {
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
      },
      change,
    });
    const theirs = out.intent.change as ReserveUse;
    if (out.created || theirs.replaces === cmd.targetId) return chosen;
    // the reserve went to another gone target meanwhile: choose again on the new state
    if (attempt >= 10)
      throw new ConflictError(
        'RESERVE.CONTENDED',
        `the reserves of task ${task.id} kept changing while ${cmd.targetId} was replaced; try again`,
        { field: 'targetId', rule: 'one reserve per gone target', value: cmd.targetId },
      );
  }
};
