/**
 * The workflow's use cases, one module per step of an inspection task:
 * create → freeze → commit → entropy → draw → results (replacement from reserve) →
 * publish → handoff, plus the deadline report (亮灯), the calendar and the task view.
 */
import {
  applyCasePublication,
  applyCaseRecord,
  CASE_PUBLISH_KIND,
  CASE_RECORD_KIND,
  type CaseDeps,
} from '../case/case.use-cases';
import { applyPlanVersion, PLAN_KIND } from '../plan.use-cases';
import { acceptEntropy } from './accept-entropy.use-case';
import { advanceTask, outstandingHandoffs, recordFailure } from './advance-task.use-case';
import { type ChangeApplier, NOTE_KIND, noteApplier, resumeChanges } from './change';
import { commitTask } from './commit-task.use-case';
import { createTask } from './create-task.use-case';
import { deadlineReport } from './deadline-report.use-case';
import { applyDraw, DRAW_KIND, drawTask } from './draw-task.use-case';
import { applyFollowUp, FOLLOW_UP_KIND, recordFollowUp } from './follow-up.use-case';
import { freezeTask } from './freeze-task.use-case';
import { getTaskView } from './get-task.use-case';
import {
  ACKNOWLEDGE_KIND,
  acknowledge,
  applyAcknowledgement,
  applyHandoff,
  HANDOFF_KIND,
  handoff,
} from './handoff.use-case';
import { appointLeader, listGroups } from './joint-group.use-case';
import { applyCalendar, CALENDAR_KIND, loadCalendarYear } from './load-calendar.use-case';
import { applyPublication, PUBLISH_KIND, publishResults } from './publish-results.use-case';
import { applyResult, RESULT_KIND, recordResult } from './record-result.use-case';
import { applyReserveUse, RESERVE_KIND, replaceFromReserve } from './replace-from-reserve.use-case';
import { targetTeams } from './target-teams.use-case';
import {
  applyWitnessCommitment,
  applyWitnessReveal,
  commitWitness,
  revealWitness,
  WITNESS_COMMIT_KIND,
  WITNESS_REVEAL_KIND,
} from './witness.use-case';
import { applyTaskMove, TASK_MOVE_KIND, type WorkflowDeps } from './workflow-deps';

export { type DeadlineLight, deadlineLights } from './deadline-report.use-case';
export {
  moveTask,
  noteOnce,
  recordAudit,
  TASK_MOVE_KIND,
  type WorkflowDeps,
} from './workflow-deps';

const casesOf = (deps: WorkflowDeps): CaseDeps => {
  if (!deps.cases) throw new Error('a case change needs the case store (deps.cases)');
  return deps as CaseDeps;
};

/** Every kind of change and its applier: what a restart completes (docs/consistency.md). */
export const changeAppliers: Readonly<Record<string, ChangeApplier<WorkflowDeps>>> = {
  [TASK_MOVE_KIND]: applyTaskMove,
  [DRAW_KIND]: applyDraw,
  [RESULT_KIND]: applyResult,
  [FOLLOW_UP_KIND]: applyFollowUp,
  [PUBLISH_KIND]: applyPublication,
  [HANDOFF_KIND]: applyHandoff,
  [ACKNOWLEDGE_KIND]: applyAcknowledgement,
  [RESERVE_KIND]: applyReserveUse,
  [CALENDAR_KIND]: applyCalendar,
  [WITNESS_COMMIT_KIND]: applyWitnessCommitment,
  [WITNESS_REVEAL_KIND]: applyWitnessReveal,
  [PLAN_KIND]: applyPlanVersion,
  [NOTE_KIND]: noteApplier,
  // a case's chain (case:<id>): completed at start with the rest; needs the case store
  [CASE_RECORD_KIND]: (deps, change) => applyCaseRecord(casesOf(deps), change),
  [CASE_PUBLISH_KIND]: (deps, change) => applyCasePublication(casesOf(deps), change),
};

/**
 * Completes the changes a crash left open (of one chain, or all): run at start locally, and
 * by the workflow when it next touches a task. Returns how many it completed.
 */
export const resumeWorkflowChanges = (deps: WorkflowDeps, chain?: string): Promise<number> =>
  resumeChanges(deps, changeAppliers, chain);

/** How long a change may take before a later request on its chain completes it instead. */
export const LEFT_CHANGE_MS = 60_000;

/**
 * The next touch of a chain in AWS (an API write on the task): completes the changes a crash
 * left on it, older than a minute, so none waits for the workflow to come by.
 */
export const completeLeftChanges = (deps: WorkflowDeps, chain: string): Promise<number> =>
  resumeChanges(deps, changeAppliers, chain, {
    askedBefore: new Date(Date.parse(deps.clock.now()) - LEFT_CHANGE_MS).toISOString(),
  });

/**
 * The scheduled sweep in AWS, where nothing starts up: completes every change a crash left
 * on any chain, asked for more than a minute before (younger ones are under way).
 */
export const completeAllLeftChanges = (deps: WorkflowDeps): Promise<number> =>
  resumeChanges(deps, changeAppliers, undefined, {
    askedBefore: new Date(Date.parse(deps.clock.now()) - LEFT_CHANGE_MS).toISOString(),
  });

export const workflowUseCases = {
  createTask,
  freezeTask,
  commitTask,
  advanceTask,
  outstandingHandoffs,
  recordFailure,
  acceptEntropy,
  drawTask,
  recordResult,
  recordFollowUp,
  targetTeams,
  listGroups,
  appointLeader,
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
