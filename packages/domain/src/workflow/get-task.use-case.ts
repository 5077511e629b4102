import { isDepartment, isOffice } from '../actor';
import { NotFoundError } from '../errors';
import { type Cmd, getTask, type WorkflowDeps } from './workflow-deps';

export const getTaskView = async (deps: WorkflowDeps, cmd: Cmd<{ taskId: string }>) => {
  const task = await getTask(deps, cmd.taskId);
  if (!isOffice(cmd.actor) && !task.draws.some((d) => isDepartment(cmd.actor, d.department)))
    throw new NotFoundError('TASK.NOT_FOUND', `task ${cmd.taskId} not found`, {
      value: cmd.taskId,
    });
  return task;
};
