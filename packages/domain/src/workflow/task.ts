import { ConflictError, ValidationError } from '../errors';
import type { Item } from '../item.schema';
import { taskId } from '../plan';
import type { Plan } from '../plan.schema';
import { parseOrThrow } from '../validation';
import { ceremonyRetired, parseEntropySource } from './commitment';
import {
  type CreateTaskInput,
  CreateTaskInputSchema,
  type Task,
  type TaskDraw,
  type TaskItem,
  type TaskStage,
} from './task.schema';

/**
 * Legal moves between stages. Every stage but the terminal ones may also fail: the
 * catch state records the failure instead of retrying into a different outcome.
 */
export const STAGE_TRANSITIONS: Readonly<Record<TaskStage, readonly TaskStage[]>> = {
  Created: ['Frozen', 'Failed'],
  Frozen: ['Committed', 'Failed'],
  Committed: ['AwaitingEntropy', 'Failed'],
  AwaitingEntropy: ['Drawn', 'Failed'],
  Drawn: ['Notified', 'Failed'],
  Notified: ['Inspecting', 'Failed'],
  Inspecting: ['Publishing', 'Failed'],
  Publishing: ['HandingOff', 'Failed'],
  HandingOff: ['Done', 'Failed'],
  Done: [],
  Failed: [],
};

export const canAdvance = (from: TaskStage, to: TaskStage): boolean =>
  STAGE_TRANSITIONS[from].includes(to);

/** The task at its next stage; refuses a move the workflow does not allow. */
export const advanceStage = (task: Task, to: TaskStage, now: string): Task => {
  if (!canAdvance(task.stage, to))
    throw new ConflictError(
      'TASK.ILLEGAL_TRANSITION',
      `task ${task.id} cannot move from ${task.stage} to ${to}; allowed: ${
        STAGE_TRANSITIONS[task.stage].join(', ') || 'none (terminal stage)'
      }`,
      { field: 'stage', rule: 'task stage order', value: to, current: task.stage },
    );
  return { ...task, stage: to, updatedAt: now, version: task.version + 1 };
};

/** Moves a task to Failed, keeping the stage it failed in and why. */
export const failTask = (task: Task, code: string, message: string, now: string): Task => ({
  ...advanceStage(task, 'Failed', now),
  failure: { stage: task.stage, code, message },
});

/** Refuses work on a task that is not in one of the expected stages. */
export const assertStage = (task: Task, expected: readonly TaskStage[], what: string): void => {
  if (!expected.includes(task.stage))
    throw new ConflictError(
      'TASK.WRONG_STAGE',
      `task ${task.id} is ${task.stage}; ${what} needs stage ${expected.join(' or ')}`,
      { field: 'stage', rule: 'task stage order', value: task.stage, expected },
    );
};

export const participantDrawId = (taskId: string, department: string): string =>
  `${taskId}.${department}`;

/**
 * Resolves the planned task's item codes against the item lists of the initiator and the
 * participants (清单之外无检查): the initiator's own list first, then the participants'
 * in their order; every item must be listed and active now, not only when the plan was filed.
 */
const resolveItems = (codes: readonly string[], departments: readonly string[], items: Item[]) =>
  codes.map((code, i): TaskItem => {
    const listed = departments
      .map((d) => items.find((it) => it.department === d && it.code === code))
      .filter((it): it is Item => it !== undefined);
    const active = listed.find((it) => it.status === 'active');
    if (!active)
      throw new ValidationError(
        listed.length === 0 ? 'TASK.ITEM_NOT_LISTED' : 'TASK.ITEM_INACTIVE',
        listed.length === 0
          ? `item ${code} is on no item list of ${departments.join(', ')}: nothing is inspected outside the list (清单之外无检查)`
          : `item ${code} is inactive on the list of ${listed[0]!.department}; a task needs active items`,
        { field: `items.${i}`, rule: '清单之外无检查 (台政发〔2019〕12号 二(七))', value: code },
      );
    return {
      code,
      department: active.department,
      qualification: active.qualification,
      ...(active.expertise?.length ? { expertise: [...active.expertise] } : {}),
    };
  });

/**
 * A task (抽查任务) from the planned task `seq` of an approved plan. `items` holds the item
 * lists of the initiator and the participants (any order). Pure: the caller passes `now`.
 */
export const newTask = (plan: Plan, items: Item[], input: CreateTaskInput, now: string): Task => {
  const v = parseOrThrow(CreateTaskInputSchema, input, 'TASK');
  // a new task takes entropy nobody can choose: a beacon round or witnesses (spec §7.1)
  if (parseEntropySource(v.entropySource).kind === 'ceremony')
    throw ceremonyRetired('entropySource', v.entropySource);
  if (plan.status !== 'approved' && plan.status !== 'published')
    throw new ConflictError(
      'TASK.PLAN_NOT_APPROVED',
      `plan ${plan.id} is ${plan.status}; tasks are created from approved plans only`,
      { field: 'plan', rule: 'tasks come from approved plans', value: plan.status },
    );
  const planned = plan.tasks.find((t) => t.id === taskId(plan.year, plan.department, v.seq));
  if (!planned)
    throw new ValidationError(
      'TASK.NOT_PLANNED',
      `plan ${plan.id} has no task ${v.seq}; planned: ${plan.tasks.map((t) => t.id).join(', ')}`,
      { field: 'seq', rule: 'a task executes a planned task', value: v.seq },
    );
  if (planned.teamSize < 2)
    throw new ValidationError(
      'TASK.TEAM_TOO_SMALL',
      `team size ${planned.teamSize} is below 2 enforcement officers (《行政处罚法》第42条)`,
      { field: 'teamSize', rule: '≥ 2 enforcement officers', value: planned.teamSize },
    );
  const keys = planned.strata.map((s) => s.key);
  for (const key of Object.keys(v.reserves))
    if (!keys.includes(key as (typeof keys)[number]))
      throw new ValidationError(
        'TASK.RESERVE_UNKNOWN_STRATUM',
        `reserve given for stratum ${key}, which the planned task does not have (${keys.join(', ')})`,
        { field: `reserves.${key}`, rule: 'reserves per planned stratum', value: key },
      );
  const departments = [planned.initiator, ...planned.participants];
  for (const d of Object.keys(v.qualifications))
    if (!departments.includes(d))
      throw new ValidationError(
        'TASK.QUALIFICATION_UNKNOWN_DEPARTMENT',
        `qualification given for ${d}, which takes no part in task ${planned.id}`,
        { field: `qualifications.${d}`, rule: 'initiator or participants only', value: d },
      );
  const taskItems = resolveItems(planned.items, departments, items);
  // 专项检查: a task opened on cases names where the problem is (towns or industries)
  if (v.caseRefs.length > 0 && planned.scope.towns.length + planned.scope.industries.length === 0)
    throw new ValidationError(
      'TASK.SPECIAL_SCOPE',
      `task ${planned.id} is linked to cases but its scope names no town or industry`,
      {
        field: 'caseRefs',
        rule: '专项检查: the scope names the towns or industries concerned (台政发〔2019〕12号 二(七))',
        value: v.caseRefs,
      },
    );
  const draws = departments.map((department, i): TaskDraw => {
    const own = taskItems.filter((it) => it.department === department);
    const chosen = v.qualifications[department];
    const allowed = own.map((it) => it.qualification);
    // Each department inspects its own items, so its inspectors are drawn on one of them.
    if (chosen !== undefined && !allowed.includes(chosen))
      throw new ValidationError(
        'TASK.QUALIFICATION_NOT_OF_ITEMS',
        `qualification ${chosen} for ${department} is not required by any of its items in the task (${allowed.join(', ') || 'none'})`,
        {
          field: `qualifications.${department}`,
          rule: 'drawn on an item qualification',
          value: chosen,
        },
      );
    const qualification = chosen ?? allowed[0];
    if (qualification === undefined)
      throw new ValidationError(
        'TASK.DEPARTMENT_WITHOUT_ITEM',
        `${department} takes part in task ${planned.id} but none of its items is in it`,
        { field: 'items', rule: 'every department inspects its own items', value: department },
      );
    return {
      drawId: i === 0 ? planned.id : participantDrawId(planned.id, department),
      department,
      role: i === 0 ? 'targets' : 'participant',
      qualification,
    };
  });
  return {
    id: planned.id,
    year: plan.year,
    planId: plan.id,
    name: planned.name,
    category: planned.category,
    items: taskItems,
    initiator: planned.initiator,
    participants: planned.participants,
    joint: planned.joint,
    scope: planned.scope,
    strata: planned.strata.map((s) => ({ ...s, reserve: v.reserves[s.key] ?? 0 })),
    teamSize: planned.teamSize,
    cap: v.cap,
    crossUnit: v.crossUnit,
    draws,
    window: planned.window,
    ...(planned.excludeInspectedWithinDays === undefined
      ? {}
      : { excludeInspectedWithinDays: planned.excludeInspectedWithinDays }),
    entropySource: v.entropySource,
    ...(v.caseRefs.length > 0 ? { caseRefs: [...new Set(v.caseRefs)] } : {}),
    stage: 'Created',
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
};
