import { assertOffice } from '../actor';
import { ConflictError } from '../errors';
import { missingHandoffs } from './handoff';
import { advanceStage, failTask } from './task';
import type { TaskStage } from './task.schema';
import { type Cmd, getTask, moveTask, type WorkflowDeps } from './workflow-deps';

/**
 * The handoffs a task's results require and nobody has made (台政发〔2019〕12号 二(六):
 * "对抽查发现的问题…做好后续监管衔接，及时移交相关部门，涉嫌犯罪的移送司法机关").
 */
export const outstandingHandoffs = async (
  deps: Pick<WorkflowDeps, 'results' | 'handoffs'>,
  taskId: string,
) => {
  const made = await deps.handoffs.listByTask(taskId);
  return (await deps.results.listByTask(taskId)).flatMap((r) =>
    missingHandoffs(r, made).map((kind) => ({ targetId: r.targetId, item: r.item, kind })),
  );
};

/** A task is not done while a handoff its results require is missing. */
export const assertHandedOff = async (
  deps: Pick<WorkflowDeps, 'results' | 'handoffs'>,
  taskId: string,
) => {
  const missing = await outstandingHandoffs(deps, taskId);
  if (missing.length > 0)
    throw new ConflictError(
      'TASK.HANDOFFS_MISSING',
      `task ${taskId} cannot be done: ${missing.length} handoff(s) its results require are missing (${missing
        .map((m) => `${m.targetId}/${m.item} ${m.kind}`)
        .join('; ')})`,
      {
        field: 'handoffs',
        rule: '二(六) 后续监管衔接: every problem found is handed on before the task is done',
        value: missing,
      },
    );
};

/** The state machine's plain moves (AwaitEntropy, Notify, Inspect, Publish, Handoff, Done). */
export const advanceTask = async (
  deps: WorkflowDeps,
  cmd: Cmd<{ taskId: string; to: TaskStage }>,
) => {
  assertOffice(cmd.actor, 'move tasks through the workflow');
  const task = await getTask(deps, cmd.taskId);
  if (task.stage === cmd.to) return task;
  if (cmd.to === 'Done') await assertHandedOff(deps, task.id);
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
