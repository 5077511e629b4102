import {
  type Actor,
  assertCanReadDepartment,
  departmentName,
  departmentsOf,
  ForbiddenError,
  isDepartment,
  isOffice,
  type Page,
  type Plan,
  type PublicResult,
  type PublicResultIndex,
  type Task,
} from '@double-random/domain';
import {
  type DrawRow,
  drawTable,
  type FullResultRow,
  fullResultsTable,
  nationalTable,
  plansTable,
} from '../../exports/layouts';
import { getTask, type PublicDeps } from '../public/public-reads';

/**
 * What the office and the departments download. The office reads everything; a department
 * reads its own plan, the draws of tasks it initiates or joins, and the results it recorded
 * (谁检查、谁录入). Only the office may ask for all departments at once.
 */

export type ExportDeps = PublicDeps & { publicResults: PublicResultIndex };

const allPages = async <T>(
  read: (page: { limit: number; cursor?: string }) => Promise<Page<T>>,
): Promise<T[]> => {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor === undefined ? { limit: 1000 } : { limit: 1000, cursor });
    out.push(...page.items);
    cursor = page.cursor;
  } while (cursor !== undefined);
  return out;
};

/** The department a request is limited to: the office may name any or none; a department only itself. */
const scopeOf = (actor: Actor, dept: string | undefined): string | undefined => {
  if (isOffice(actor)) return dept;
  if (dept !== undefined) {
    assertCanReadDepartment(actor, dept);
    return dept;
  }
  const own = departmentsOf(actor);
  if (own.length === 1) return own[0];
  throw new ForbiddenError(
    'EXPORT.NOT_ALLOWED',
    `${actor.sub} may not export all departments' data: name one department (dept=) you belong to`,
    { field: 'dept', rule: 'the office exports all departments; a department its own' },
  );
};

const itemNameReader = async (deps: ExportDeps, plans: readonly Plan[]) => {
  const wanted = new Set<string>();
  for (const p of plans)
    for (const t of p.tasks)
      for (const d of [t.initiator, ...t.participants])
        for (const code of t.items) wanted.add(`${d}\u0000${code}`);
  const names = new Map<string, string>();
  await Promise.all(
    [...wanted].map(async (key) => {
      const [dept, code] = key.split('\u0000') as [string, string];
      const item = await deps.items.get(dept, code);
      if (item) names.set(key, item.name);
    }),
  );
  return (dept: string, code: string) => names.get(`${dept}\u0000${code}`) ?? code;
};

/** GET /exports/plans/{year}: one row per planned task, every status (an internal view). */
export const plansExport = async (
  deps: ExportDeps,
  q: { actor: Actor; year: number; dept?: string },
) => {
  const dept = scopeOf(q.actor, q.dept);
  const plans = (await allPages((p) => deps.plans.listByYear(q.year, {}, p))).filter(
    (p) => dept === undefined || p.department === dept,
  );
  return plansTable(plans, await itemNameReader(deps, plans));
};

const mayReadTask = (actor: Actor, task: Task): boolean =>
  isOffice(actor) || [task.initiator, ...task.participants].some((d) => isDepartment(actor, d));

/** GET /exports/tasks/{taskId}/draw: every drawn target of every draw of the task, in draw order. */
export const drawExport = async (deps: ExportDeps, q: { actor: Actor; taskId: string }) => {
  if (!isOffice(q.actor) && departmentsOf(q.actor).length === 0)
    throw new ForbiddenError(
      'EXPORT.NOT_ALLOWED',
      `${q.actor.sub} may not export draws: only the office and departments may`,
      { rule: 'the office and the departments of the task' },
    );
  const task = await deps.tasks.get(q.taskId);
  if (task && !mayReadTask(q.actor, task))
    throw new ForbiddenError(
      'EXPORT.NOT_ALLOWED',
      `${q.actor.sub} may not export task ${q.taskId}: only the office and the task's departments may`,
      { field: 'taskId', rule: 'the office and the departments of the task', value: q.taskId },
    );
  const view = await getTask(deps, q.taskId);
  const rows: DrawRow[] = [];
  for (const draw of view.draws ?? []) {
    const teams = new Map(draw.assignments.map((a) => [a.target, a]));
    for (const stratum of draw.strata)
      for (const role of ['selected', 'reserve'] as const)
        stratum[role].forEach((target, i) => {
          const a = teams.get(target.id);
          const leader = a?.members.find((m) => m.id === a.leader);
          rows.push({
            taskId: view.id,
            taskName: view.name,
            drawId: draw.drawId,
            department: draw.department,
            stratum: stratum.key,
            role,
            order: i + 1,
            targetId: target.id,
            targetName: target.name,
            members: a ? a.members.map((m) => `${m.name}(${m.id})`) : [],
            leader: leader ? `${leader.name}(${leader.id})` : '',
            status: a?.status ?? '',
            ...(a?.replaces ? { replaces: a.replaces } : {}),
            ...(a?.replacedBy ? { replacedBy: a.replacedBy } : {}),
            entropy: draw.entropy,
            resultDigest: draw.resultDigest,
          });
        });
  }
  return { task: view, table: drawTable(rows) };
};

const byCompletion = (a: PublicResult, b: PublicResult) =>
  a.completedOn.localeCompare(b.completedOn) ||
  a.taskId.localeCompare(b.taskId) ||
  a.targetId.localeCompare(b.targetId) ||
  a.item.localeCompare(b.item);

/**
 * The published results exactly as the public index holds them (the national publication's
 * fields), so the download and the public search can never disagree.
 */
const nationalRows = async (deps: ExportDeps, year: number, dept: string | undefined) =>
  (await allPages((p) => deps.publicResults.search(p)))
    .filter((e) => e.year === year && (dept === undefined || e.department === dept))
    .map((e) => e.result)
    .sort(byCompletion);

/** The plan name the publication shows, as the publish use case names it. */
const planName = (year: number, department: string): string =>
  `${year}年度${departmentName(department)}双随机抽查计划`;

const fullRows = async (deps: ExportDeps, year: number, dept: string | undefined) => {
  const tasks = await allPages((p) => deps.tasks.listByYear(year, p));
  const rows: FullResultRow[] = [];
  for (const task of tasks) {
    const results = (await deps.results.listByTask(task.id)).filter(
      (r) => dept === undefined || r.department === dept,
    );
    if (results.length === 0) continue;
    const targets = await deps.targets.getMany(task.initiator, [
      ...new Set(results.map((r) => r.targetId)),
    ]);
    const names = new Map<string, string>();
    const itemNames = new Map<string, string>();
    for (const r of results) {
      for (const id of r.team)
        if (!names.has(`${r.department}/${id}`))
          names.set(
            `${r.department}/${id}`,
            (await deps.inspectors.get(r.department, id))?.name ?? id,
          );
      if (!itemNames.has(`${r.department}/${r.item}`))
        itemNames.set(
          `${r.department}/${r.item}`,
          (await deps.items.get(r.department, r.item))?.name ?? r.item,
        );
      const target = targets.get(r.targetId);
      rows.push({
        task,
        result: r,
        planName: planName(task.year, task.initiator),
        itemName: itemNames.get(`${r.department}/${r.item}`)!,
        targetName: target?.name ?? r.targetId,
        ...(target?.uscc ? { uscc: target.uscc } : {}),
        teamNames: r.team.map((id) => `${names.get(`${r.department}/${id}`)}(${id})`),
      });
    }
  }
  return rows.sort(
    (a, b) =>
      a.result.inspectionDate.localeCompare(b.result.inspectionDate) ||
      a.task.id.localeCompare(b.task.id) ||
      a.result.targetId.localeCompare(b.result.targetId) ||
      a.result.item.localeCompare(b.result.item),
  );
};

/** GET /exports/results?year=&dept=&layout=national|full */
export const resultsExport = async (
  deps: ExportDeps,
  q: { actor: Actor; year: number; dept?: string; layout: 'national' | 'full' },
) => {
  const dept = scopeOf(q.actor, q.dept);
  return q.layout === 'national'
    ? nationalTable(await nationalRows(deps, q.year, dept))
    : fullResultsTable(await fullRows(deps, q.year, dept));
};
