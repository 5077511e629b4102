import { assertOffice } from '../actor';
import { advanceStage, failTask } from './task';
import type { TaskStage } from './task.schema';
import { type Cmd, getTask, moveTask, type WorkflowDeps } from './workflow-deps';

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
  return moveTask(
    deps,
    task,
    { task: next },
    {
      at: now,
      actor: cmd.actor.sub,
      action: 'task.advance',
      data: { from: task.stage, to: cmd.to },
    },
  );
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
  return moveTask(
    deps,
    task,
    { task: next },
    { at: now, actor: cmd.actor.sub, action: 'task.fail', data: next.failure },
  );
};
