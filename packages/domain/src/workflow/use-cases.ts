/**
 * The workflow's use cases, one module per step of an inspection task:
 * create → freeze → commit → entropy → draw → results (replacement from reserve) →
 * publish → handoff, plus the deadline report (亮灯), the calendar and the task view.
 */
import { acceptEntropy } from './accept-entropy.use-case';
import { advanceTask, recordFailure } from './advance-task.use-case';
import { commitTask } from './commit-task.use-case';
import { createTask } from './create-task.use-case';
import { deadlineReport } from './deadline-report.use-case';
import { drawTask } from './draw-task.use-case';
import { freezeTask } from './freeze-task.use-case';
import { getTaskView } from './get-task.use-case';
import { commitWitness, revealWitness } from './witness.use-case';
import { acknowledge, handoff } from './handoff.use-case';
import { loadCalendarYear } from './load-calendar.use-case';
import { publishResults } from './publish-results.use-case';
import { recordResult } from './record-result.use-case';
import { replaceFromReserve } from './replace-from-reserve.use-case';

export type { DeadlineLight } from './deadline-report.use-case';
export { recordAudit, type WorkflowDeps } from './workflow-deps';

export const workflowUseCases = {
  createTask,
  freezeTask,
  commitTask,
  advanceTask,
  recordFailure,
  acceptEntropy,
  drawTask,
  recordResult,
  replaceFromReserve,
  publishResults,
  deadlineReport,
  handoff,
  acknowledge,
  loadCalendarYear,
  getTask: getTaskView,
  commitWitness,
  revealWitness,
};
