import type { RosterMember } from '@double-random/draw';
import { isDepartment, isOffice } from '../actor';
import { NotFoundError } from '../errors';
import { drawRunner } from './draw-runner';
import { assertMayLeadGroup, type JointGroup, jointGroups } from './joint-group';
import { assertStage } from './task';
import type { Task } from './task.schema';
import { type Cmd, getTask, moveTask, storedBundle, type WorkflowDeps } from './workflow-deps';

const groupsOf = async (deps: WorkflowDeps, task: Task): Promise<JointGroup[]> => {
  const rosters = new Map<string, readonly RosterMember[]>();
  for (const d of task.draws) rosters.set(d.drawId, (await storedBundle(deps, d.drawId)).roster);
  return jointGroups(task, await deps.assignments.listByTask(task.id), rosters);
};

const DRAWN: readonly Task['stage'][] = [
  'Drawn',
  'Notified',
  'Inspecting',
  'Publishing',
  'HandingOff',
  'Done',
];

/** The groups of a drawn task, for the office and the task's departments. */
export const listGroups = async (deps: WorkflowDeps, cmd: Cmd<{ taskId: string }>) => {
  const task = await getTask(deps, cmd.taskId);
  if (!isOffice(cmd.actor) && !task.draws.some((d) => isDepartment(cmd.actor, d.department)))
    throw new NotFoundError('TASK.NOT_FOUND', `task ${cmd.taskId} not found`, {
      value: cmd.taskId,
    });
  if (!DRAWN.includes(task.stage)) return [];
  return groupsOf(deps, task);
};

/**
 * The initiating department (or the office) appoints the leader of a target's group from
 * its drawn members who may lead; recorded on the task and in the `group.appoint` entry.
 */
export const appointLeader = async (
  deps: WorkflowDeps,
  cmd: Cmd<{ taskId: string; targetId: string; inspectorId: string }>,
): Promise<JointGroup> => {
  const task = await getTask(deps, cmd.taskId);
  const by = drawRunner(cmd.actor, task.initiator, 'appoint a joint group leader');
  assertStage(task, ['Drawn', 'Notified', 'Inspecting'], 'appointing a group leader');
  const group = (await groupsOf(deps, task)).find((g) => g.target === cmd.targetId);
  if (!group)
    throw new NotFoundError(
      'GROUP.NOT_FOUND',
      `${cmd.targetId} is not a target inspected in task ${task.id}`,
      { field: 'targetId', value: cmd.targetId },
    );
  assertMayLeadGroup(group, cmd.inspectorId);
  if (group.appointed?.leader === cmd.inspectorId) return group;
  const now = deps.clock.now();
  const appointed = { leader: cmd.inspectorId, ...by, at: now };
  await moveTask(
    deps,
    task,
    {
      task: {
        ...task,
        leaders: { ...(task.leaders ?? {}), [cmd.targetId]: appointed },
        updatedAt: now,
        version: task.version + 1,
      },
    },
    {
      at: now,
      actor: cmd.actor.sub,
      action: 'group.appoint',
      data: {
        target: cmd.targetId,
        leader: cmd.inspectorId,
        suggested: group.suggestedLeader,
        as: by.as,
        ...(group.appointed ? { replaces: group.appointed.leader } : {}),
      },
    },
  );
  return { ...group, appointed };
};
