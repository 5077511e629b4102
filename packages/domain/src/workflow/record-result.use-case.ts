import { ValidationError } from '../errors';
import type { TaskAssignment } from './ports';
import {
  assertCanRecordResult,
  inspectingDepartment,
  newResult,
  requiredHandoffs,
  triggersReplacement,
} from './result';
import type { RecordResultInput } from './result.schema';
import { assertStage } from './task';
import { type Cmd, getTask, loadCalendar, recordAudit, type WorkflowDeps } from './workflow-deps';

/** The targets a department inspects: its selected ones and the reserves in use. */
export const inPlay = (a: TaskAssignment): boolean =>
  a.role === 'selected' || a.replaces !== undefined;

/** 6. Record a result (谁检查、谁录入): deadlines from the working-day calendar. */
export const recordResult = async (deps: WorkflowDeps, cmd: Cmd<{ input: RecordResultInput }>) => {
  const task = await getTask(deps, cmd.input.taskId);
  assertStage(task, ['Notified', 'Inspecting', 'Publishing'], 'recording results');
  const department = inspectingDepartment(task, cmd.input.item);
  const assignment = (await deps.assignments.listByTask(task.id)).find(
    (a) => a.department === department && a.target === cmd.input.targetId && inPlay(a),
  );
  if (!assignment)
    throw new ValidationError(
      'RESULT.TARGET_NOT_ASSIGNED',
      `${cmd.input.targetId} is not a target ${department} inspects in task ${task.id}`,
      { field: 'targetId', rule: 'results for drawn targets only', value: cmd.input.targetId },
    );
  assertCanRecordResult(cmd.actor, task, cmd.input.item, assignment.members);
  const now = deps.clock.now();
  const result = newResult(task, cmd.input, department, await loadCalendar(deps), {
    actor: cmd.actor.sub,
    now,
  });
  await deps.results.create(result);
  await recordAudit(deps.audit, task.id, {
    at: now,
    actor: cmd.actor.sub,
    action: 'result.record',
    subject: `${task.id}/${result.targetId}/${result.item}`,
    data: {
      wording: result.wording,
      method: result.method,
      evidence: result.evidence,
      dueBy: result.publication.dueBy,
    },
  });
  return {
    result,
    replacementDue: triggersReplacement(result.wording),
    handoffsDue: requiredHandoffs(result),
  };
};
