import { assertOffice } from '../actor';
import { advanceStage, failTask } from './task';
import type { TaskStage } from './task.schema';
import { type Cmd, getTask, recordAudit, save, type WorkflowDeps } from './workflow-deps';

/** The state machine's plain moves (AwaitEntropy, Notify, Inspect, Publish, Handoff, Done). */
export const advanceTask = async (
  deps: WorkflowDeps,
  cmd: Cmd<{ taskId: string; to: TaskStage }>,
) => {
  assertOffice(cmd.actor, 'move tasks through the workflow');
  const task = await getTask(deps, cmd.taskId);
  if (task.stage === cmd.to) return task;
  const now = deps.clock.now();
  const next = advanceStage(task, cmd.to, now);
  await save(deps, task, next);
  await recordAudit(deps.audit, task.id, {
    at: now,
    actor: cmd.actor.sub,
    action: 'task.advance',
    subject: task.id,
    data: { from: task.stage, to: cmd.to },
  });
  return next;
};

/** The catch state: records why the task failed, in the stage it failed. */
export const recordFailure = async (
  deps: WorkflowDeps,
  cmd: Cmd<{ taskId: string; code: string; message: string }>,
) => {
  assertOffice(cmd.actor, 'record task failures');
  const task = await getTask(deps, cmd.taskId);
  if (task.stage === 'Failed') return task;
  const now = deps.clock.now();
  const next = failTask(task, cmd.code, cmd.message, now);
  await save(deps, task, next);
  await recordAudit(deps.audit, task.id, {
    at: now,
    actor: cmd.actor.sub,
    action: 'task.fail',
    subject: task.id,
    data: next.failure,
  });
  return next;
};
