import { z } from 'zod';
import { shanghaiDate } from '../codes';
import { ConflictError, isDomainError, ValidationError } from '../errors';
import type { Inspector } from '../inspector.schema';
import { found } from '../use-case-support';
import { canonicalJson } from './audit';
import { runChange } from './change';
import type { TaskAssignment } from './ports';
import {
  type AccompanyingStaff,
  assertCanRecordResult,
  inspectingDepartment,
  newResult,
  type ResultFacts,
  requiredHandoffs,
  triggersReplacement,
} from './result';
import type { InspectionResult, RecordResultInput } from './result.schema';
import { SubstitutionInputSchema, substituteTeam } from './substitution';
import { assertStage } from './task';
import { type Cmd, getTask, loadCalendar, storedBundle, type WorkflowDeps } from './workflow-deps';

export const RESULT_KIND = 'result.record';
export const resultChangeId = (targetId: string, item: string) => `result/${targetId}/${item}`;

const resultExists = (r: { taskId: string; targetId: string; item: string }) =>
  new ConflictError(
    'RESULT.EXISTS',
    `a result of ${r.item} on ${r.targetId} is recorded already in task ${r.taskId}`,
    { field: 'targetId', rule: 'one result per target and item', value: r.targetId },
  );

/** The same result asked again (a retry): equal but for when and by whom it was recorded. */
const sameResult = (a: InspectionResult, b: InspectionResult): boolean =>
  canonicalJson({ ...a, recordedAt: null, recordedBy: null }) ===
  canonicalJson({ ...b, recordedAt: null, recordedBy: null });

/** Stores the result; it exists already only when this same intent stored it. */
export const applyResult = async (deps: WorkflowDeps, change: unknown): Promise<void> => {
  try {
    await deps.results.create(change as InspectionResult);
  } catch (e) {
    if (!(isDomainError(e) && e.code === 'RESULT.EXISTS')) throw e;
  }
};

const RESULT_APPLIERS = { [RESULT_KIND]: applyResult };

/** The department's inspectors among `ids`: one batch read where the store has one. */
const inspectorsOf = async (
  deps: Pick<WorkflowDeps, 'inspectors'>,
  department: string,
  ids: readonly string[],
): Promise<Map<string, Inspector>> => {
  if (ids.length === 0) return new Map();
  if (deps.inspectors.getMany) return deps.inspectors.getMany(department, ids);
  const out = new Map<string, Inspector>();
  for (const id of ids) {
    const inspector = await deps.inspectors.get(department, id);
    if (inspector) out.set(id, inspector);
  }
  return out;
};

/**
 * What the draw says of a target's inspection: the day it was drawn and the team that goes,
 * with any substitution drawn by dr-substitute/1 from the draw's published seed and roster.
 */
const resultFacts = async (
  deps: WorkflowDeps,
  a: TaskAssignment,
  input: RecordResultInput,
): Promise<ResultFacts> => {
  const record = found(await deps.draws.get(a.drawId), 'DRAW.NOT_FOUND', `draw ${a.drawId}`);
  const requested = z.array(SubstitutionInputSchema).safeParse(input.substitutions ?? []);
  // malformed substitutions are refused by newResult with their field paths
  const asked = requested.success ? requested.data : [];
  const { team, substitutions } =
    asked.length === 0
      ? { team: a.members, substitutions: [] }
      : substituteTeam(
          await storedBundle(deps, a.drawId),
          record.result,
          a.target,
          a.members,
          asked,
        );
  const item = await deps.items.get(a.department, input.item);
  const named = Array.isArray(input.accompanying) ? input.accompanying : [];
  const others = [...new Set(named.filter((x): x is string => typeof x === 'string').slice(0, 10))];
  // the team and the staff named with it, read at once
  const people = await inspectorsOf(deps, a.department, [...new Set([...team, ...others])]);
  const certificates = new Map<string, string>();
  for (const id of team) {
    const inspector = people.get(id);
    if (inspector?.certificateNo) certificates.set(id, inspector.certificateNo);
  }
  const accompanying = new Map<string, AccompanyingStaff>();
  for (const id of others) {
    const staff = people.get(id);
    if (staff) accompanying.set(id, staff);
  }
  return {
    drawnOn: shanghaiDate(record.at),
    team,
    substitutions,
    checklist: item?.checklist ?? [],
    certificates,
    accompanying,
  };
};

/** The targets a department inspects: its selected ones and the reserves in use. */
export const inPlay = (a: TaskAssignment): boolean =>
  a.role === 'selected' || a.replaces !== undefined;

/** 6. Record a result (谁检查、谁录入): deadlines from the working-day calendar. */
export const recordResult = async (deps: WorkflowDeps, cmd: Cmd<{ input: RecordResultInput }>) => {
  const task = await getTask(deps, cmd.input.taskId);
  assertStage(task, ['Notified', 'Inspecting', 'Publishing'], 'recording results');
  const department = inspectingDepartment(task, cmd.input.item);
  // the department's draw holds the target's assignment: one read, not the task's thousands
  const drawId = task.draws.find((d) => d.department === department)?.drawId;
  const found = drawId && (await deps.assignments.get(task.id, drawId, cmd.input.targetId));
  const assignment = found && inPlay(found) ? found : undefined;
  if (!assignment)
    throw new ValidationError(
      'RESULT.TARGET_NOT_ASSIGNED',
      `${cmd.input.targetId} is not a target ${department} inspects in task ${task.id}`,
      { field: 'targetId', rule: 'results for drawn targets only', value: cmd.input.targetId },
    );
  assertCanRecordResult(cmd.actor, task, cmd.input.item, assignment.members);
  if (await deps.results.get(task.id, cmd.input.targetId, cmd.input.item))
    throw resultExists(cmd.input);
  const now = deps.clock.now();
  const facts = await resultFacts(deps, assignment, cmd.input);
  const result = newResult(
    task,
    cmd.input,
    department,
    await loadCalendar(deps),
    { actor: cmd.actor.sub, now },
    facts,
  );
  const id = resultChangeId(result.targetId, result.item);
  const out = await runChange(deps, RESULT_APPLIERS, {
    id,
    chain: task.id,
    kind: RESULT_KIND,
    audit: {
      at: now,
      actor: cmd.actor.sub,
      action: 'result.record',
      subject: `${task.id}/${result.targetId}/${result.item}`,
      data: {
        wording: result.wording,
        method: result.method,
        evidence: result.evidence,
        dueBy: result.publication.dueBy,
        inspectionDate: result.inspectionDate,
        team: result.team,
        // what the team showed and answered is part of the record, not only of the stored result
        ...(result.certificatesShown ? { certificatesShown: result.certificatesShown } : {}),
        ...(result.checklist ? { checklist: result.checklist } : {}),
        ...(result.accompanying ? { accompanying: result.accompanying } : {}),
        ...(result.substitutions ? { substitutions: result.substitutions } : {}),
      },
    },
    change: result,
  });
  if (!out.created && !sameResult(out.intent.change as InspectionResult, result))
    throw resultExists(result);
  const stored = out.intent.change as InspectionResult;
  return {
    result: stored,
    replacementDue: triggersReplacement(stored.wording),
    handoffsDue: requiredHandoffs(stored),
    /** the task as this call read it: its draws and items, which the draw fixed */
    task,
  };
};
