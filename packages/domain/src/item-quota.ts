import { z } from 'zod';
import { DepartmentCodeSchema, RISK_CLASSES } from './codes';
import { ValidationError } from './errors';
import {
  type Item,
  type ItemCategory,
  ItemCategorySchema,
  type ItemPopulation,
} from './item.schema';
import { type RiskClassCounts, ratioBand, type StratumRatio, stratumPopulation } from './ratio';

/**
 * 抽查比例 per 抽查事项 per year (台政发〔2019〕12号 二(二)): "重点检查事项抽查比例不得低于
 * 20%，一般检查事项抽查比例不得低于3%、不高于10%". Read as a court would: the ratio of an
 * item is the number of objects inspected on it in a year over ALL objects in the directory
 * that the item applies to (its population, kept with the item), not over the towns,
 * industries or strata a task happens to choose. A task's strata and scope decide how its
 * draw is spread; whether the quota is met is decided per item, summing every task of the
 * year that names the item, joint tasks of other departments included.
 */

/** An item's population when none was recorded: the department's whole directory. */
export const populationOf = (item: Pick<Item, 'population'>): ItemPopulation =>
  item.population ?? { kinds: [], industries: [] };

/** The scope the store counts an item's population with (towns and risk classes: any). */
export const populationScope = (item: Pick<Item, 'population'>) => {
  const p = populationOf(item);
  return { kinds: [...p.kinds], industries: [...p.industries], towns: [], riskClasses: [] };
};

export const countAll = (c: RiskClassCounts): number => c.A + c.B + c.C + c.D;

/**
 * An item's population counted over its department's active targets already in hand (the
 * freeze reads them for its pool): the same count as the store's
 * `countByStratum(department, populationScope(item))`, without reading the directory again.
 */
export const countPopulation = (
  item: Pick<Item, 'population'>,
  activeTargets: readonly { kind: string; industry: string; riskClass: string }[],
): number => {
  const { kinds, industries } = populationOf(item);
  const k = new Set<string>(kinds);
  const ind = new Set<string>(industries);
  let n = 0;
  for (const t of activeTargets)
    if (
      (RISK_CLASSES as readonly string[]).includes(t.riskClass) &&
      (k.size === 0 || k.has(t.kind)) &&
      (ind.size === 0 || ind.has(t.industry))
    )
      n++;
  return n;
};

/** dr-draw/1 §3: a stratum of N draws n = min(N, ⌈N × ratioBp / 10000⌉), in integers. */
export const stratumDrawCount = (population: number, ratioBp: number): number =>
  Math.min(population, Math.floor((population * ratioBp + 9999) / 10000));

/** How many targets a task's strata select from the counts of its scope (reserves not counted). */
export const plannedTargets = (strata: readonly StratumRatio[], counts: RiskClassCounts): number =>
  strata.reduce((n, s) => n + stratumDrawCount(stratumPopulation(s.key, counts), s.ratioBp), 0);

/**
 * The band of one item in whole objects. Rounding is per item, never per task:
 * - at least ⌈P × min⌉ objects (20 % of 7 key objects is 1.4: 2 are inspected);
 * - at most ⌊P × max⌋ objects (10 % of 25 general objects is 2.5: 2 at most), but never
 *   fewer than the minimum: where 3 % and 10 % of a small population fall between the same
 *   two whole numbers (P = 5: 0.15 to 0.5), one object is the least that meets 3 % and is
 *   allowed;
 * - a population of 0 asks for nothing and allows nothing.
 */
export interface ItemBand {
  minTargets: number;
  /** undefined: no ceiling (key items) */
  maxTargets?: number;
  minBp: number;
  maxBp?: number;
  rule: string;
}

export const itemBand = (category: ItemCategory, population: number): ItemBand => {
  const band = ratioBand(category);
  const minTargets = Math.floor((population * band.minBp + 9999) / 10000);
  if (band.maxBp === undefined) return { minTargets, minBp: band.minBp, rule: band.rule };
  const floorMax = Math.floor((population * band.maxBp) / 10000);
  return {
    minTargets,
    maxTargets: Math.max(floorMax, minTargets),
    minBp: band.minBp,
    maxBp: band.maxBp,
    rule: band.rule,
  };
};

export const withinItemBand = (count: number, band: ItemBand): boolean =>
  count >= band.minTargets && (band.maxTargets === undefined || count <= band.maxTargets);

/** count / population in whole basis points, rounded down; 0 for an empty population. */
export const shareBp = (count: number, population: number): number =>
  population > 0 ? Math.floor((count * 10000) / population) : 0;

const pct = (bp: number) => `${(bp / 100).toFixed(2)} %`;

const bounds = (b: ItemBand) =>
  b.maxTargets === undefined
    ? `at least ${b.minTargets}`
    : b.minTargets === b.maxTargets
      ? `exactly ${b.minTargets}`
      : `${b.minTargets} to ${b.maxTargets}`;

/** One task's share in an item's year: what it plans and, once drawn, what it drew. */
export interface ItemContribution {
  taskId: string;
  /** targets the task plans to select (from the directory counts at filing) */
  planned: number;
  /** targets its target draw selected; undefined until it is drawn */
  drawn?: number;
}

export const LightSchema = z.enum(['green', 'red', 'pending']).meta({
  description:
    'green: inside the band; red: outside it (drawn above the ceiling, or every task drawn and still below the floor); pending: tasks still to draw and no breach yet',
});

export const ItemQuotaSchema = z.object({
  department: DepartmentCodeSchema,
  item: z.string(),
  name: z.string(),
  category: ItemCategorySchema,
  population: z
    .number()
    .int()
    .meta({ description: 'objects in the directory the item applies to' }),
  minTargets: z.number().int(),
  maxTargets: z.number().int().nullable().meta({ description: 'null: no ceiling (key items)' }),
  tasks: z.array(z.string()).meta({ description: 'tasks of the year that name the item' }),
  planned: z.number().int().meta({ description: 'targets the year’s plans select on the item' }),
  plannedBp: z.number().int().meta({ description: 'planned / population, bp rounded down' }),
  plannedWithin: z.boolean(),
  drawn: z.number().int().meta({ description: 'targets selected by the draws so far' }),
  drawnBp: z.number().int(),
  drawnTasks: z.number().int().meta({ description: 'tasks of the item already drawn' }),
  light: LightSchema,
  rule: z.string(),
});
export type ItemQuota = z.infer<typeof ItemQuotaSchema>;

/** The quota line of one item: the plan-time check and, after the draws, the red light. */
export const itemQuota = (
  item: Pick<Item, 'code' | 'department' | 'name' | 'category'>,
  population: number,
  contributions: readonly ItemContribution[],
): ItemQuota => {
  const band = itemBand(item.category, population);
  const planned = contributions.reduce((n, c) => n + c.planned, 0);
  const drawnOnes = contributions.filter((c) => c.drawn !== undefined);
  const drawn = drawnOnes.reduce((n, c) => n + (c.drawn ?? 0), 0);
  const over = band.maxTargets !== undefined && drawn > band.maxTargets;
  const allDrawn = drawnOnes.length === contributions.length;
  const light =
    over || (allDrawn && drawn < band.minTargets) ? 'red' : allDrawn ? 'green' : 'pending';
  return {
    department: item.department,
    item: item.code,
    name: item.name,
    category: item.category,
    population,
    minTargets: band.minTargets,
    maxTargets: band.maxTargets ?? null,
    tasks: contributions.map((c) => c.taskId),
    planned,
    plannedBp: shareBp(planned, population),
    plannedWithin: withinItemBand(planned, band),
    drawn,
    drawnBp: shareBp(drawn, population),
    drawnTasks: drawnOnes.length,
    light,
    rule: band.rule,
  };
};

/**
 * Refuses a count outside an item's band, naming the item, the rule, the numbers and the
 * field to change. `checkMinimum` false checks only the ceiling (see `checkPlannedQuotas`).
 */
export const assertItemQuota = (
  code: string,
  quota: ItemQuota,
  count: number,
  where: { field: string; what: string; checkMinimum: boolean },
): void => {
  const band: ItemBand = {
    minTargets: quota.minTargets,
    ...(quota.maxTargets === null ? {} : { maxTargets: quota.maxTargets }),
    minBp: 0,
    rule: quota.rule,
  };
  const over = band.maxTargets !== undefined && count > band.maxTargets;
  const under = where.checkMinimum && count < band.minTargets;
  if (!over && !under) return;
  const cat = quota.category === 'key' ? '重点检查事项 key item' : '一般检查事项 general item';
  throw new ValidationError(
    code,
    `${where.field}: ${cat} ${quota.item} would be inspected on ${count} of the ${quota.population} objects it applies to this year (${pct(shareBp(count, quota.population))}) ${where.what}; ${quota.rule} asks for ${bounds(band)} (rounded per item)`,
    {
      field: where.field,
      rule: quota.rule,
      value: count,
      item: quota.item,
      department: quota.department,
      category: quota.category,
      population: quota.population,
      minTargets: quota.minTargets,
      maxTargets: quota.maxTargets,
      minBp: ratioBand(quota.category).minBp,
      maxBp: ratioBand(quota.category).maxBp,
      tasks: quota.tasks,
    },
  );
};

/** A planned task as the quota check sees it. */
export interface QuotaTask {
  id: string;
  initiator: string;
  participants: readonly string[];
  items: readonly string[];
  /** absent on tasks filed before plans kept it: counted as 0 */
  planned?: number | undefined;
}

/**
 * The item a task names, as `newTask` resolves it: the initiator's list first, then the
 * participants' in their order.
 */
export const ownerOf = (
  task: Pick<QuotaTask, 'initiator' | 'participants'>,
  code: string,
  items: readonly Item[],
): Item | undefined => {
  for (const d of [task.initiator, ...task.participants]) {
    const it = items.find((i) => i.department === d && i.code === code && i.status === 'active');
    if (it) return it;
  }
  return undefined;
};

export const itemKey = (department: string, code: string) => `${department}/${code}`;

export interface PlannedQuotaContext {
  /** active items of every department the tasks name */
  items: readonly Item[];
  /** population per item, by `itemKey(department, code)` */
  populations: ReadonlyMap<string, number>;
  /** the year's tasks already on file in other plans (filed, approved or published) */
  otherTasks: readonly QuotaTask[];
}

/**
 * The plan-time check of 二(二), per item and year, over the items a plan names:
 * - the ceiling (general items ≤ 10 %) holds for every item, counting this plan's tasks and
 *   every other plan on file that names the item (a joint task of another department too);
 * - the floor (key ≥ 20 %, general ≥ 3 %) is the owning department's to meet: it is checked
 *   when the item's own department files, on its tasks and the others on file. A joint task
 *   filed by another department later only adds to it.
 * Refused with `PLAN.RATIO_OUT_OF_RANGE`, naming the first task of the plan that names the item.
 */
export const checkPlannedQuotas = (
  department: string,
  tasks: readonly QuotaTask[],
  ctx: PlannedQuotaContext,
): ItemQuota[] => {
  const out: ItemQuota[] = [];
  const seen = new Set<string>();
  tasks.forEach((task, index) => {
    for (const code of task.items) {
      const item = ownerOf(task, code, ctx.items);
      if (!item) continue; // an unlisted item is refused by checkPlanTask
      const key = itemKey(item.department, code);
      if (seen.has(key)) continue;
      seen.add(key);
      const naming = [...tasks, ...ctx.otherTasks].filter(
        (t) => t.items.includes(code) && [t.initiator, ...t.participants].includes(item.department),
      );
      const quota = itemQuota(
        item,
        ctx.populations.get(key) ?? 0,
        naming.map((t) => ({ taskId: t.id, planned: t.planned ?? 0 })),
      );
      assertItemQuota('PLAN.RATIO_OUT_OF_RANGE', quota, quota.planned, {
        field: `tasks.${index}.strata`,
        what: 'as planned',
        checkMinimum: item.department === department,
      });
      out.push(quota);
    }
  });
  return out;
};

/** What a frozen target pool will select: n = min(N, ⌈N × ratio⌉) per stratum of the pool. */
export const frozenTargets = (
  strata: readonly { key: string; ratioBp: number }[],
  pool: readonly { stratum: string }[],
): number =>
  strata.reduce(
    (n, s) => n + stratumDrawCount(pool.filter((p) => p.stratum === s.key).length, s.ratioBp),
    0,
  );

/**
 * The re-check at freeze (二(二)): the directory may have moved since the plan was filed, so
 * each item of the task is checked again on its population today, counting what this
 * frozen pool will select and what the year's other planned tasks select on the item.
 * Both ends of the band hold here: a draw that would break it is not run
 * (`FREEZE.RATIO_OUT_OF_RANGE`); the office then amends the plan through its department.
 */
export const checkFrozenQuotas = (task: QuotaTask, ctx: PlannedQuotaContext): ItemQuota[] =>
  task.items.flatMap((code) => {
    const item = ownerOf(task, code, ctx.items);
    if (!item) return [];
    const others = ctx.otherTasks.filter(
      (t) =>
        t.id !== task.id &&
        t.items.includes(code) &&
        [t.initiator, ...t.participants].includes(item.department),
    );
    const quota = itemQuota(
      item,
      ctx.populations.get(itemKey(item.department, code)) ?? 0,
      [task, ...others].map((t) => ({ taskId: t.id, planned: t.planned ?? 0 })),
    );
    assertItemQuota('FREEZE.RATIO_OUT_OF_RANGE', quota, quota.planned, {
      field: 'pool',
      what: `with this frozen pool (${task.planned ?? 0} selected) and the year's other tasks`,
      checkMinimum: true,
    });
    return [quota];
  });
