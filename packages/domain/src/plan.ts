import type { z } from 'zod';
import { type DepartmentCode, shanghaiDate } from './codes';
import { ConflictError, ValidationError } from './errors';
import { type ChangeContext, firstEntry, type HistoryEntry } from './history';
import type { Item, ItemCategory } from './item.schema';
import { plannedTargets } from './item-quota';
import {
  type Plan,
  type PlanStatus,
  type PlanTask,
  type PlanTaskInput,
  PlanTaskInputSchema,
  PlanYearSchema,
  type TaskCategory,
} from './plan.schema';
import { overallRatio, type RiskClassCounts, ratioFloorBp } from './ratio';
import { parseOrThrow } from './validation';

export const planId = (department: string, year: number): string => `${department}-${year}`;
export const taskId = (year: number, department: string, seq: number): string =>
  `${year}-${department}-${String(seq).padStart(3, '0')}`;

/** 每年1月底前报送 (二(四)): on time when filed on or before 31 January, Asia/Shanghai. */
export const isLateFiling = (year: number, filedAt: string): boolean =>
  shanghaiDate(filedAt) > `${year}-01-31`;

const filingLate = (year: number, filedAt: string, filedOn?: string): boolean =>
  filedOn ? filedOn > `${year}-01-31` : isLateFiling(year, filedAt);

/**
 * A filing day claimed for a plan filed outside the system (on paper) and entered later:
 * never in the future, never before the year before the plan's. The claim is stored beside
 * the instant it was entered, so both show.
 */
export const checkFiledOn = (year: number, filedOn: string, now: string): void => {
  const today = shanghaiDate(now);
  if (filedOn > today)
    throw fail(
      'PLAN.FILED_ON_INVALID',
      'filedOn',
      `filedOn ${filedOn} is after today (${today})`,
      'a plan cannot have been filed in the future',
      filedOn,
    );
  if (filedOn < `${year - 1}-01-01`)
    throw fail(
      'PLAN.FILED_ON_INVALID',
      'filedOn',
      `filedOn ${filedOn} is before ${year - 1}-01-01`,
      'a plan is filed in its year or the year before',
      filedOn,
    );
};

/** What a plan's tasks are checked against: the item list and the directory's counts. */
export interface PlanCheckContext {
  /** items of the initiating department and of every participating department */
  items: readonly Item[];
  /** active targets per risk class within each task's scope, by task `seq` */
  counts: ReadonlyMap<number, RiskClassCounts>;
}

const fail = (code: string, field: string, message: string, rule: string, value?: unknown) =>
  new ValidationError(code, message, { field, rule, value });

/** A task as the schema parses it: its scope and participants defaulted. */
type ParsedTaskInput = z.output<typeof PlanTaskInputSchema>;

const checkStrata = (task: ParsedTaskInput, f: string): void => {
  const keys = task.strata.map((s) => s.key);
  if (new Set(keys).size !== keys.length)
    throw fail(
      'PLAN.STRATA_INVALID',
      `${f}.strata`,
      `${f}.strata: duplicate stratum key`,
      'one ratio per stratum',
      keys,
    );
  if (keys.includes('all') && keys.length > 1)
    throw fail(
      'PLAN.STRATA_INVALID',
      `${f}.strata`,
      `${f}.strata: "all" is a single plain ratio and cannot be combined with risk strata`,
      'strata are either `all` or by risk class',
      keys,
    );
  const riskClasses = task.scope.riskClasses;
  if (!keys.includes('all') && riskClasses.length > 0) {
    const stratified = keys.map((k) => k.slice(5)).sort();
    if (JSON.stringify(stratified) !== JSON.stringify([...new Set(riskClasses)].sort()))
      throw fail(
        'PLAN.STRATA_INVALID',
        `${f}.scope.riskClasses`,
        `${f}: scope risk classes ${riskClasses.join(',')} differ from strata ${keys.join(',')}`,
        'risk strata define the risk classes in the pool',
        riskClasses,
      );
  }
};

/**
 * Check one task against 台政发〔2019〕12号 and 《行政处罚法》, and compute what is
 * stored with it: id, joint flag, category, the targets it plans to select and its own
 * overall ratio. The ratio bands are checked per item over the year (`checkPlannedQuotas`).
 */
export const checkPlanTask = (
  department: DepartmentCode,
  year: number,
  input: PlanTaskInput,
  index: number,
  ctx: PlanCheckContext,
): PlanTask => {
  const f = `tasks.${index}`;
  const task = parseOrThrow(PlanTaskInputSchema, input, 'PLAN');

  if (task.teamSize < 2)
    throw fail(
      'PLAN.TEAM_TOO_SMALL',
      `${f}.teamSize`,
      `${f}.teamSize: ${task.teamSize} inspector(s); an inspection needs at least 2 enforcement officers (《行政处罚法》第42条)`,
      '《行政处罚法》第42条: team ≥ 2',
      task.teamSize,
    );

  const { start, end } = task.window;
  if (start > end)
    throw fail(
      'PLAN.WINDOW_INVALID',
      `${f}.window`,
      `${f}.window: start ${start} is after end ${end}`,
      'start ≤ end',
      task.window,
    );
  if (!start.startsWith(`${year}-`) || !end.startsWith(`${year}-`))
    throw fail(
      'PLAN.WINDOW_OUTSIDE_YEAR',
      `${f}.window`,
      `${f}.window: ${start}…${end} is not within the plan year ${year}`,
      'the window lies within the plan year',
      task.window,
    );

  const participants = task.participants;
  if (participants.includes(department) || new Set(participants).size !== participants.length)
    throw fail(
      'PLAN.PARTICIPANTS_INVALID',
      `${f}.participants`,
      `${f}.participants: ${participants.join(',')} must be distinct and exclude the initiating department ${department}`,
      '发起部门 and 参与部门 are different departments',
      participants,
    );

  if (new Set(task.items).size !== task.items.length)
    throw fail(
      'PLAN.ITEM_DUPLICATE',
      `${f}.items`,
      `${f}.items: an item is named twice`,
      'items are distinct',
      task.items,
    );

  const departments = new Set([department, ...participants]);
  const categories: ItemCategory[] = [];
  task.items.forEach((code, i) => {
    const listed = ctx.items.filter((it) => it.code === code && departments.has(it.department));
    if (listed.length === 0)
      throw fail(
        'PLAN.ITEM_NOT_LISTED',
        `${f}.items.${i}`,
        `${f}.items.${i}: ${code} is not on the item list of ${[...departments].join(', ')}; 清单之外无检查 (台政发〔2019〕12号 二(七))`,
        '清单之外无检查: nothing outside the item list is inspected',
        code,
      );
    const active = listed.find((it) => it.status === 'active');
    if (!active)
      throw fail(
        'PLAN.ITEM_INACTIVE',
        `${f}.items.${i}`,
        `${f}.items.${i}: ${code} has been taken off the item list; 清单之外无检查`,
        '清单之外无检查: only active items may be planned',
        code,
      );
    categories.push(active.category);
  });

  checkStrata(task, f);

  const counts = ctx.counts.get(task.seq);
  if (!counts) throw new RangeError(`no directory counts given for task ${task.seq}`);
  // The task's own ratio is kept for the record; the bands are per item (see item-quota.ts).
  const ratio = overallRatio(task.strata, counts);
  const category: TaskCategory = categories.every((c) => c === 'key')
    ? 'key'
    : categories.every((c) => c === 'general')
      ? 'general'
      : 'mixed';

  return {
    ...task,
    id: taskId(year, department, task.seq),
    initiator: department,
    joint: participants.length > 0,
    category,
    planned: plannedTargets(task.strata, counts),
    ratio: { ...ratio, bp: ratioFloorBp(ratio) },
  };
};

export const checkPlanTasks = (
  department: DepartmentCode,
  year: number,
  tasks: readonly PlanTaskInput[],
  ctx: PlanCheckContext,
): PlanTask[] => {
  const y = parseOrThrow(PlanYearSchema, year, 'PLAN');
  const seqs = tasks.map((t) => t.seq);
  const dup = seqs.find((s, i) => seqs.indexOf(s) !== i);
  if (dup !== undefined)
    throw fail(
      'PLAN.TASK_SEQ_DUPLICATE',
      'tasks',
      `tasks: task number ${dup} appears twice`,
      'task numbers are unique in a plan',
      dup,
    );
  return tasks.map((t, i) => checkPlanTask(department, y, t, i, ctx));
};

/** Plan history records which tasks changed, not whole task lists, to keep the plan small. */
const taskChanges = (before: readonly PlanTask[], after: readonly PlanTask[]) => {
  const b = new Map(before.map((t) => [t.seq, JSON.stringify(t)]));
  const a = new Map(after.map((t) => [t.seq, JSON.stringify(t)]));
  const added = [...a.keys()].filter((s) => !b.has(s));
  const removed = [...b.keys()].filter((s) => !a.has(s));
  const changed = [...a.keys()].filter((s) => b.has(s) && b.get(s) !== a.get(s));
  return added.length + removed.length + changed.length === 0
    ? []
    : [{ field: 'tasks', from: { removed }, to: { added, changed } }];
};

const transition = (
  current: Plan,
  patch: Partial<Plan>,
  ctx: ChangeContext,
  action: string,
  why: string,
): { plan: Plan; entry: HistoryEntry } => {
  const version = current.version + 1;
  const changes: HistoryEntry['changes'] = [];
  if (patch.status && patch.status !== current.status)
    changes.push({ field: 'status', from: current.status, to: patch.status });
  if (patch.tasks) changes.push(...taskChanges(current.tasks, patch.tasks));
  const entry: HistoryEntry = { version, action, by: ctx.actor, at: ctx.now, why, changes };
  return {
    plan: {
      ...current,
      ...patch,
      updatedAt: ctx.now,
      version,
      history: [...current.history, entry],
    },
    entry,
  };
};

const refuse = (current: Plan, action: string, allowed: PlanStatus[], code: string, why: string) =>
  new ConflictError(
    code,
    `plan ${current.id} is ${current.status}: it cannot be ${action} (${why}); allowed from ${allowed.join(', ')}`,
    { field: 'status', rule: why, value: current.status },
  );

/** A new plan, saved as a draft or filed at once. Tasks must have passed `checkPlanTasks`. */
export const newPlan = (
  input: {
    department: DepartmentCode;
    year: number;
    tasks: PlanTask[];
    draft?: boolean;
    reason?: string;
    /** filed on paper on this day, entered now */
    filedOn?: string;
  },
  ctx: ChangeContext,
): { plan: Plan; entry: HistoryEntry } => {
  const filed = !input.draft;
  const filedOn = filed ? input.filedOn : undefined;
  if (filedOn) checkFiledOn(input.year, filedOn, ctx.now);
  const entry = { ...firstEntry(ctx, input.reason ?? ''), action: filed ? 'file' : 'create' };
  const plan: Plan = {
    id: planId(input.department, input.year),
    department: input.department,
    year: input.year,
    status: filed ? 'filed' : 'draft',
    tasks: input.tasks,
    ...(filed ? { firstFiledAt: ctx.now, filedAt: ctx.now } : {}),
    ...(filedOn ? { filedOn } : {}),
    late: filed ? filingLate(input.year, ctx.now, filedOn) : false,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    version: 1,
    history: [entry],
  };
  return { plan, entry };
};

/**
 * File a draft, or re-file a returned plan. Lateness is judged on the first filing:
 * a plan filed in time and returned by the office is not late when re-filed.
 */
export const refilePlan = (
  current: Plan,
  tasks: PlanTask[],
  ctx: ChangeContext,
  reason = '',
  filedOn?: string,
): { plan: Plan; entry: HistoryEntry } => {
  const allowed: PlanStatus[] = ['draft', 'returned'];
  if (!allowed.includes(current.status))
    throw refuse(
      current,
      'filed again',
      allowed,
      'PLAN.ALREADY_FILED',
      'a filed plan is amended, not filed twice',
    );
  const firstFiledAt = current.firstFiledAt ?? ctx.now;
  // a paper filing day counts for the first filing only, like lateness itself
  const paper = current.firstFiledAt ? current.filedOn : filedOn;
  if (paper && !current.firstFiledAt) checkFiledOn(current.year, paper, ctx.now);
  return transition(
    current,
    {
      status: 'filed',
      tasks,
      firstFiledAt,
      filedAt: ctx.now,
      ...(paper ? { filedOn: paper } : {}),
      late: filingLate(current.year, firstFiledAt, paper),
    },
    ctx,
    current.status === 'returned' ? 'refile' : 'file',
    reason,
  );
};

/** Amendments are allowed until the office approves the plan. */
export const amendPlan = (
  current: Plan,
  tasks: PlanTask[],
  ctx: ChangeContext,
  reason = '',
): { plan: Plan; entry: HistoryEntry } => {
  const allowed: PlanStatus[] = ['draft', 'filed', 'returned'];
  if (!allowed.includes(current.status))
    throw refuse(
      current,
      'amended',
      allowed,
      'PLAN.NOT_AMENDABLE',
      'a plan is amended only before approval',
    );
  return transition(current, { tasks }, ctx, 'amend', reason);
};

export const approvePlan = (
  current: Plan,
  ctx: ChangeContext,
): { plan: Plan; entry: HistoryEntry } => {
  if (current.status !== 'filed')
    throw refuse(current, 'approved', ['filed'], 'PLAN.NOT_FILED', 'only a filed plan is approved');
  return transition(
    current,
    { status: 'approved', approved: { by: ctx.actor, at: ctx.now } },
    ctx,
    'approve',
    '',
  );
};

export const returnPlan = (
  current: Plan,
  reason: string,
  ctx: ChangeContext,
): { plan: Plan; entry: HistoryEntry } => {
  if (!reason.trim())
    throw fail(
      'PLAN.REASON_REQUIRED',
      'reason',
      'reason: a returned plan needs a reason',
      'the office says why it returns a plan',
    );
  if (current.status !== 'filed')
    throw refuse(current, 'returned', ['filed'], 'PLAN.NOT_FILED', 'only a filed plan is returned');
  return transition(
    current,
    { status: 'returned', returned: { by: ctx.actor, at: ctx.now, reason } },
    ctx,
    'return',
    reason,
  );
};

/**
 * 台政发〔2019〕12号 二(四): "每年1月底前报送区联席会议办公室备案，并通过门户网站、公示系统
 * （山东）向社会公开". The plan is filed with the office for the record (备案), not for its
 * permission: once on record (filed, or approved by the office) the department publishes it.
 * The office's review stays: it returns a filed plan that breaks a rule, with the reason.
 */
export const publishPlan = (
  current: Plan,
  ctx: ChangeContext,
): { plan: Plan; entry: HistoryEntry } => {
  if (current.status !== 'filed' && current.status !== 'approved')
    throw refuse(
      current,
      'published',
      ['filed', 'approved'],
      'PLAN.NOT_ON_RECORD',
      'a plan is published once it is on record with the office (备案)',
    );
  return transition(
    current,
    { status: 'published', published: { by: ctx.actor, at: ctx.now } },
    ctx,
    'publish',
    '',
  );
};

/** The public view of a plan: without its internal history. */
export const publicPlanView = (plan: Plan): Omit<Plan, 'history'> => {
  const { history: _h, ...rest } = plan;
  return rest;
};
