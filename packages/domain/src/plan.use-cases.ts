import {
  type Actor,
  assertCanWriteDepartment,
  assertOffice,
  isDepartment,
  isOffice,
} from './actor';
import type { Case } from './case/case';
import { type CaseReport, caseReport } from './case/case-report';
import type { CaseRepository } from './case/ports';
import { DEPARTMENTS, type DepartmentCode } from './codes';
import {
  approveDistrictPlanReport,
  COUNTED_STATUSES,
  consolidateDistrictPlan,
  type DistrictPlan,
  type DistrictReport,
} from './district';
import { ConflictError, isDomainError, NotFoundError } from './errors';
import type { Item } from './item.schema';
import {
  checkPlannedQuotas,
  countAll,
  type ItemQuota,
  itemKey,
  itemQuota,
  ownerOf,
  populationScope,
} from './item-quota';
import {
  amendPlan as amendPlanRule,
  approvePlan as approvePlanRule,
  checkPlanTasks,
  newPlan,
  publishPlan as publishPlanRule,
  refilePlan,
  returnPlan as returnPlanRule,
} from './plan';
import {
  type FilePlanInput,
  FilePlanInputSchema,
  type Plan,
  type PlanInput,
  PlanInputSchema,
  type PlanTask,
  type PlanTaskInput,
  PlanTaskInputSchema,
} from './plan.schema';
import type {
  Clock,
  DistrictPlanRepository,
  ItemRepository,
  Page,
  PageRequest,
  PlanFilter,
  PlanRepository,
  TargetRepository,
} from './ports';
import type { RiskClassCounts } from './ratio';
import { assertVersion, contextOf, found, pageOf } from './use-case-support';
import { parseOrThrow } from './validation';
import { canonicalJson } from './workflow/audit';
import { type ChangeDeps, runChange } from './workflow/change';
import type { DrawStore, TaskRepository } from './workflow/ports';
import type { TaskStage } from './workflow/task.schema';
import { allPages } from './workflow/workflow-deps';

export type PlanDeps = {
  plans: PlanRepository;
  items: ItemRepository;
  targets: TargetRepository;
  clock: Clock;
} & ChangeDeps;

/** The audit chain of one department's plan for a year. */
export const planChain = (department: string, year: number): string => `plan:${year}:${department}`;
export const PLAN_KIND = 'plan.version';

interface PlanVersion {
  plan: Plan;
  /** 0: a new plan */
  expectedVersion: number;
}

/**
 * Writes a plan version idempotently: a stored version at or past it means it was written
 * (only the intent `plan/v<n>` of its chain ever writes version n).
 */
export const applyPlanVersion = async (
  deps: Pick<PlanDeps, 'plans'>,
  change: unknown,
): Promise<void> => {
  const { plan, expectedVersion } = change as PlanVersion;
  try {
    if (expectedVersion === 0) await deps.plans.create(plan);
    else await deps.plans.update(plan, expectedVersion);
  } catch (e) {
    if (!(isDomainError(e) && (e.code === 'PLAN.EXISTS' || e.code === 'PLAN.STALE'))) throw e;
    const stored = await deps.plans.get(plan.department, plan.year);
    if (!stored || stored.version < plan.version) throw e;
  }
};

/**
 * Stores a plan step with its entry, through the intent `plan/v<version>` of the plan's chain
 * (docs/consistency.md): of two steps from the same version one stands, the other is
 * `PLAN.STALE` (or, for a first filing, `PLAN.EXISTS`).
 */
const storePlan = async (
  deps: Pick<PlanDeps, 'plans'> & ChangeDeps,
  plan: Plan,
  expectedVersion: number,
  audit: { actor: string; action: string; data?: Record<string, unknown> },
): Promise<Plan> => {
  const out = await runChange(
    deps,
    { [PLAN_KIND]: applyPlanVersion },
    {
      id: `plan/v${plan.version}`,
      chain: planChain(plan.department, plan.year),
      kind: PLAN_KIND,
      audit: {
        at: plan.updatedAt,
        actor: audit.actor,
        action: audit.action,
        subject: plan.id,
        data: {
          status: plan.status,
          version: plan.version,
          tasks: plan.tasks.length,
          ...audit.data,
        },
      },
      change: { plan, expectedVersion } satisfies PlanVersion,
    },
  );
  if (out.created) return plan;
  const theirs = (out.intent.change as PlanVersion).plan;
  const same = (p: Plan) =>
    canonicalJson({ ...p, updatedAt: null, createdAt: null, history: null });
  if (same(theirs) === same(plan)) return theirs;
  throw expectedVersion === 0
    ? new ConflictError(
        'PLAN.EXISTS',
        `plan ${plan.id} was filed meanwhile; read it and give its version`,
        {
          field: 'expectedVersion',
          rule: 'optimistic concurrency',
        },
      )
    : new ConflictError(
        'PLAN.STALE',
        `plan ${plan.id} changed since version ${expectedVersion}; read it again`,
        {
          field: 'expectedVersion',
          rule: 'optimistic concurrency',
          value: expectedVersion,
        },
      );
};

interface PlanRef {
  actor: Actor;
  department: DepartmentCode;
  year: number;
}
interface PlanChange extends PlanRef {
  expectedVersion: number;
}

const loadPlan = async (deps: Pick<PlanDeps, 'plans'>, department: string, year: number) =>
  found(await deps.plans.get(department, year), 'PLAN.NOT_FOUND', `plan ${department}-${year}`);

/**
 * Check tasks against the current item lists and directory counts:
 * 1. look up every named item in the initiating and participating departments' lists;
 * 2. count the department's active targets per risk class within each task's scope, and
 *    each named item's population in its own department's directory;
 * 3. apply the rules per task (清单之外无检查, team ≥ 2, strata) and compute what each plans;
 * 4. check every named item's ratio for the year (二(二)) with the other plans on file.
 */
const checkedTasks = async (
  deps: PlanDeps,
  department: DepartmentCode,
  year: number,
  tasks: readonly PlanTaskInput[],
): Promise<PlanTask[]> => {
  const items: Item[] = [];
  const counts = new Map<number, RiskClassCounts>();
  const seen = new Set<string>();
  for (const raw of tasks) {
    const t = PlanTaskInputSchema.safeParse(raw);
    // malformed tasks are reported by checkPlanTasks with their field paths
    if (!t.success) continue;
    for (const dept of [department, ...t.data.participants]) {
      for (const code of t.data.items) {
        const key = `${dept}\u0000${code}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const item = await deps.items.get(dept, code);
        if (item) items.push(item);
      }
    }
    const stratified = t.data.strata.every((s) => s.key !== 'all');
    const scope = stratified
      ? {
          ...t.data.scope,
          riskClasses: t.data.strata.map((s) => s.key.slice(5) as 'A' | 'B' | 'C' | 'D'),
        }
      : t.data.scope;
    counts.set(t.data.seq, await deps.targets.countByStratum(department, scope));
  }
  const checked = checkPlanTasks(department, year, tasks, { items, counts });
  const populations = new Map<string, number>();
  for (const it of items)
    if (it.status === 'active')
      populations.set(
        itemKey(it.department, it.code),
        countAll(await deps.targets.countByStratum(it.department, populationScope(it))),
      );
  const otherTasks = (await allPlansOfYear(deps.plans, year))
    .filter((p) => p.department !== department)
    .filter((p) => (COUNTED_STATUSES as readonly string[]).includes(p.status))
    .flatMap((p) => p.tasks);
  checkPlannedQuotas(department, checked, { items, populations, otherTasks });
  return checked;
};

export const planUseCases = {
  /**
   * File an annual plan (or save it as a draft). A new plan is created; a draft or a
   * returned plan is filed again (then `expectedVersion` is required); an existing
   * draft saved as a draft again is amended.
   */
  async file(
    deps: PlanDeps,
    cmd: PlanRef & { input: FilePlanInput; expectedVersion?: number },
  ): Promise<Plan> {
    assertCanWriteDepartment(cmd.actor, cmd.department);
    const input = parseOrThrow(FilePlanInputSchema, cmd.input, 'PLAN');
    const tasks = await checkedTasks(deps, cmd.department, cmd.year, input.tasks);
    const ctx = contextOf(cmd.actor, deps.clock);
    const current = await deps.plans.get(cmd.department, cmd.year);
    if (!current) {
      const { plan } = newPlan(
        {
          department: cmd.department,
          year: cmd.year,
          tasks,
          draft: input.draft,
          reason: input.reason ?? '',
          ...(input.filedOn ? { filedOn: input.filedOn } : {}),
        },
        ctx,
      );
      return storePlan(deps, plan, 0, { actor: cmd.actor.sub, action: 'plan.file' });
    }
    if (cmd.expectedVersion === undefined)
      throw new ConflictError(
        'PLAN.EXISTS',
        `plan ${current.id} exists (${current.status}, version ${current.version}); give the version you read to change it`,
        { field: 'expectedVersion', rule: 'optimistic concurrency', current: current.version },
      );
    assertVersion(current, cmd.expectedVersion, 'PLAN.STALE', `plan ${current.id}`);
    const { plan } =
      input.draft && current.status === 'draft'
        ? amendPlanRule(current, tasks, ctx, input.reason)
        : refilePlan(current, tasks, ctx, input.reason, input.filedOn);
    return storePlan(deps, plan, cmd.expectedVersion, {
      actor: cmd.actor.sub,
      action: input.draft && current.status === 'draft' ? 'plan.amend' : 'plan.file',
    });
  },

  async amend(deps: PlanDeps, cmd: PlanChange & { input: PlanInput }): Promise<Plan> {
    assertCanWriteDepartment(cmd.actor, cmd.department);
    const input = parseOrThrow(PlanInputSchema, cmd.input, 'PLAN');
    const current = await loadPlan(deps, cmd.department, cmd.year);
    assertVersion(current, cmd.expectedVersion, 'PLAN.STALE', `plan ${current.id}`);
    const tasks = await checkedTasks(deps, cmd.department, cmd.year, input.tasks);
    const { plan } = amendPlanRule(current, tasks, contextOf(cmd.actor, deps.clock), input.reason);
    return storePlan(deps, plan, cmd.expectedVersion, {
      actor: cmd.actor.sub,
      action: 'plan.amend',
    });
  },

  async approve(
    deps: Pick<PlanDeps, 'plans' | 'clock'> & ChangeDeps,
    cmd: PlanChange,
  ): Promise<Plan> {
    assertOffice(cmd.actor, 'approve a department plan');
    const current = await loadPlan(deps, cmd.department, cmd.year);
    assertVersion(current, cmd.expectedVersion, 'PLAN.STALE', `plan ${current.id}`);
    const { plan } = approvePlanRule(current, contextOf(cmd.actor, deps.clock));
    return storePlan(deps, plan, cmd.expectedVersion, {
      actor: cmd.actor.sub,
      action: 'plan.approve',
    });
  },

  async return(
    deps: Pick<PlanDeps, 'plans' | 'clock'> & ChangeDeps,
    cmd: PlanChange & { reason: string },
  ): Promise<Plan> {
    assertOffice(cmd.actor, 'return a department plan');
    const current = await loadPlan(deps, cmd.department, cmd.year);
    assertVersion(current, cmd.expectedVersion, 'PLAN.STALE', `plan ${current.id}`);
    const { plan } = returnPlanRule(current, cmd.reason, contextOf(cmd.actor, deps.clock));
    return storePlan(deps, plan, cmd.expectedVersion, {
      actor: cmd.actor.sub,
      action: 'plan.return',
      data: { reason: cmd.reason },
    });
  },

  /** The department publishes its approved plan; the office may do it for the department. */
  async publish(
    deps: Pick<PlanDeps, 'plans' | 'clock'> & ChangeDeps,
    cmd: PlanChange,
  ): Promise<Plan> {
    if (!isOffice(cmd.actor)) assertCanWriteDepartment(cmd.actor, cmd.department);
    const current = await loadPlan(deps, cmd.department, cmd.year);
    assertVersion(current, cmd.expectedVersion, 'PLAN.STALE', `plan ${current.id}`);
    const { plan } = publishPlanRule(current, contextOf(cmd.actor, deps.clock));
    return storePlan(deps, plan, cmd.expectedVersion, {
      actor: cmd.actor.sub,
      action: 'plan.publish',
    });
  },

  /**
   * The department and the office see any state; anyone else (actor undefined = the
   * public) sees published plans only, and an unpublished plan is "not found" to them.
   */
  async get(
    deps: Pick<PlanDeps, 'plans'>,
    q: { actor?: Actor; department: DepartmentCode; year: number },
  ): Promise<Plan> {
    const plan = await loadPlan(deps, q.department, q.year);
    const insider = q.actor && (isOffice(q.actor) || isDepartment(q.actor, q.department));
    if (!insider && plan.status !== 'published')
      throw new NotFoundError('PLAN.NOT_FOUND', `plan ${plan.id} not found`, { value: plan.id });
    return plan;
  },

  /** The office lists every plan of a year; others list published plans only. */
  async listByYear(
    deps: Pick<PlanDeps, 'plans'>,
    q: { actor?: Actor; year: number; filter?: PlanFilter; page?: Partial<PageRequest> },
  ): Promise<Page<Plan>> {
    const filter: PlanFilter =
      q.actor && isOffice(q.actor) ? (q.filter ?? {}) : { status: 'published' };
    return deps.plans.listByYear(q.year, filter, pageOf(q.page));
  },
};

const allPlansOfYear = async (plans: PlanRepository, year: number): Promise<Plan[]> => {
  const all: Plan[] = [];
  let cursor: string | undefined;
  do {
    const page = await plans.listByYear(
      year,
      {},
      cursor ? { limit: 1000, cursor } : { limit: 1000 },
    );
    all.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return all;
};

/**
 * The year's cases of every department, apart from the draws. Drawn inspections are the
 * quota report's drawn targets per item: a task's items are items of the plan's lists, so
 * each is on the list. A case's item was checked when it was recorded; here it must still be
 * an entry of its department's list (entries are deactivated, never deleted), so a case
 * stored past the rule shows in `fromListShareBp`.
 */
const casesOfYear = async (
  deps: Pick<DistrictDeps, 'items'>,
  cases: Pick<CaseRepository, 'listByDepartment'>,
  year: number,
  quotas: readonly ItemQuota[],
): Promise<CaseReport> => {
  const all: Case[] = [];
  for (const { code } of DEPARTMENTS) {
    let cursor: string | undefined;
    do {
      const page = await cases.listByDepartment(code, year, {
        limit: 1000,
        ...(cursor === undefined ? {} : { cursor }),
      });
      all.push(...page.items);
      cursor = page.cursor;
    } while (cursor !== undefined);
  }
  const listed = new Map<string, boolean>();
  for (const c of all) {
    const key = itemKey(c.department, c.item);
    if (!listed.has(key))
      listed.set(key, (await deps.items.get(c.department, c.item)) !== undefined);
  }
  const drawn = quotas.reduce((n, q) => n + q.drawn, 0);
  return caseReport(
    all.map((c) => ({
      source: c.source,
      onList: listed.get(itemKey(c.department, c.item)) ?? false,
      ...(c.publishedAt ? { publishedAt: c.publishedAt } : {}),
    })),
    { inspections: drawn, onList: drawn },
  );
};

export type DistrictDeps = {
  plans: PlanRepository;
  districtPlans: DistrictPlanRepository;
  items: ItemRepository;
  targets: TargetRepository;
  /** with both, the quota report counts what the draws selected; without, nothing is drawn */
  tasks?: Pick<TaskRepository, 'listByYear'>;
  draws?: Pick<DrawStore, 'get'>;
  /** with it, the report shows the year's case inspections apart (个案, docs/cases.md) */
  cases?: Pick<CaseRepository, 'listByDepartment'>;
  clock: Clock;
};

const DRAWN_STAGES: readonly TaskStage[] = [
  'Drawn',
  'Notified',
  'Inspecting',
  'Publishing',
  'HandingOff',
  'Done',
];

/**
 * The quota report of a year (二(二)), one line per active item of every department that
 * files or takes part: its population now, the targets the plans on file select on it, and
 * the targets the draws selected (a task that failed before its draw selected none).
 */
export const itemQuotas = async (
  deps: Pick<DistrictDeps, 'items' | 'targets' | 'tasks' | 'draws'>,
  year: number,
  plans: readonly Plan[],
): Promise<ItemQuota[]> => {
  const counted = plans.filter(
    (p) => p.year === year && (COUNTED_STATUSES as readonly string[]).includes(p.status),
  );
  const tasks = counted.flatMap((p) => p.tasks);
  const departments = [
    ...new Set([...counted.map((p) => p.department), ...tasks.flatMap((t) => t.participants)]),
  ].sort();
  const items: Item[] = [];
  for (const d of departments)
    items.push(...(await allPages((page) => deps.items.list(d, { status: 'active' }, page))));
  const drawn = new Map<string, number>();
  if (deps.tasks && deps.draws) {
    const { tasks: taskRepo, draws } = deps;
    for (const t of await allPages((page) => taskRepo.listByYear(year, page))) {
      if (t.stage === 'Failed' && t.failure && !DRAWN_STAGES.includes(t.failure.stage))
        drawn.set(t.id, 0);
      if (!DRAWN_STAGES.includes(t.stage) && t.stage !== 'Failed') continue;
      const target = t.draws.find((d) => d.role === 'targets');
      const record = target && (await draws.get(target.drawId));
      if (record)
        drawn.set(
          t.id,
          record.result.strata.reduce((n, s) => n + s.selected.length, 0),
        );
    }
  }
  const out: ItemQuota[] = [];
  for (const it of items) {
    const population = countAll(
      await deps.targets.countByStratum(it.department, populationScope(it)),
    );
    const naming = tasks.filter(
      (t) => t.items.includes(it.code) && ownerOf(t, it.code, items)?.department === it.department,
    );
    out.push(
      itemQuota(
        it,
        population,
        naming.map((t) => ({
          taskId: t.id,
          planned: t.planned ?? 0,
          ...(drawn.has(t.id) ? { drawn: drawn.get(t.id) } : {}),
        })),
      ),
    );
  }
  return out;
};

export const districtUseCases = {
  async consolidate(
    deps: Pick<DistrictDeps, 'plans' | 'items' | 'targets' | 'tasks' | 'draws' | 'cases'>,
    q: { actor: Actor; year: number },
  ): Promise<DistrictReport> {
    assertOffice(q.actor, 'consolidate the district plan');
    const plans = await allPlansOfYear(deps.plans, q.year);
    const quotas = await itemQuotas(deps, q.year, plans);
    const report = consolidateDistrictPlan(q.year, plans, quotas);
    if (!deps.cases) return report;
    return { ...report, cases: await casesOfYear(deps, deps.cases, q.year, quotas) };
  },

  /** Approve the district plan of a year: once, and only when joint draws reach 10 %. */
  async approve(deps: DistrictDeps, cmd: { actor: Actor; year: number }): Promise<DistrictPlan> {
    assertOffice(cmd.actor, 'approve the district plan');
    const existing = await deps.districtPlans.get(cmd.year);
    if (existing)
      throw new ConflictError(
        'DISTRICT.EXISTS',
        `the district plan ${cmd.year} was approved on ${existing.approved.at}`,
        {
          value: cmd.year,
        },
      );
    const plans = await allPlansOfYear(deps.plans, cmd.year);
    const report = consolidateDistrictPlan(
      cmd.year,
      plans,
      await itemQuotas(deps, cmd.year, plans),
    );
    const district = approveDistrictPlanReport(report, contextOf(cmd.actor, deps.clock));
    await deps.districtPlans.create(district);
    return district;
  },

  async get(deps: Pick<DistrictDeps, 'districtPlans'>, q: { year: number }): Promise<DistrictPlan> {
    return found(
      await deps.districtPlans.get(q.year),
      'DISTRICT.NOT_FOUND',
      `district plan ${q.year}`,
    );
  },
};
