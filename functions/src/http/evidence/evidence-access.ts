import {
  type Actor,
  departmentsOf,
  ForbiddenError,
  isInspector,
  isOffice,
  NotFoundError,
  type Task,
  type TaskRepository,
} from '@double-random/domain';
import type { Access } from '../middleware';

/** Evidence is uploaded by inspectors and departments: decided on the token, before the body. */
export const evidenceUploader: Access = (actor) => {
  if (!isInspector(actor) && departmentsOf(actor).length === 0)
    throw new ForbiddenError('EVIDENCE.NOT_INSPECTOR', `${actor.sub} may not upload evidence`, {
      rule: 'evidence comes from inspectors and departments',
      value: actor.sub,
    });
};

/** Evidence is checked by departments and the office. */
export const evidenceChecker: Access = (actor) => {
  if (!isOffice(actor) && departmentsOf(actor).length === 0)
    throw new ForbiddenError('EVIDENCE.NOT_CHECKER', `${actor.sub} may not check evidence`, {
      rule: 'evidence is checked by the departments of the task and the office',
      value: actor.sub,
    });
};

/** The task, for one who takes part in it: an inspector, its departments; the office reads. */
export const taskFor = async (
  tasks: TaskRepository,
  actor: Actor,
  taskId: string,
  what: 'upload' | 'verify',
): Promise<Task> => {
  const task = await tasks.get(taskId);
  if (!task)
    throw new NotFoundError('TASK.NOT_FOUND', `task ${taskId} not found`, { value: taskId });
  const departments = new Set([task.initiator, ...task.participants]);
  const member = departmentsOf(actor).some((d) => departments.has(d));
  const may = what === 'upload' ? member || isInspector(actor) : member || isOffice(actor);
  if (!may)
    throw new ForbiddenError(
      'EVIDENCE.NOT_PARTICIPANT',
      `${actor.sub} may not ${what} evidence of task ${taskId}: it takes no part in it`,
      {
        field: 'taskId',
        rule:
          what === 'upload'
            ? 'evidence comes from the inspectors and departments of the task'
            : 'evidence is checked by the departments of the task and the office',
        value: taskId,
      },
    );
  return task;
};
