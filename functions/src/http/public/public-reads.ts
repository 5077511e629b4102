import {
  type AssignmentsOfTarget,
  type BulkAccess,
  buildParticipantBundle,
  crossCheckTask,
  type DrawRecord,
  departmentName,
  type InspectionResult,
  NotFoundError,
  officialCalendarYears,
  type Page,
  type PublicResultIndex,
  type PublishedResultEntry,
  parseEntropySource,
  shanghaiDate,
  type Target,
  type Task,
  type TaskAssignment,
  verifyChain,
  type WitnessView,
  type WorkflowDeps,
  witnessView,
} from '@double-random/domain';
import type { DrawBundle } from '@double-random/draw';
import type { PublicDraw, PublicResult, PublicTask, PublicTaskSummary } from './public.schemas';

/**
 * The public read side (docs/public-api.md). Everything here is built from published or
 * write-once records, and only from fields that carry no personal data: no ID or phone
 * numbers, no conflict reasons, no notes, evidence, recorders, or warning-only penalties.
 */

export interface Paged<T> {
  items: T[];
  cursor?: string;
}

const allPages = async <T>(
  read: (page: { limit: number; cursor?: string }) => Promise<{ items: T[]; cursor?: string }>,
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

/** The target directory's batch read names the targets of a whole draw in a few calls. */
export type PublicDeps = WorkflowDeps & {
  targets: BulkAccess<Target>;
  assignments: WorkflowDeps['assignments'] & AssignmentsOfTarget;
};
type Deps = PublicDeps;

const taskOrHidden = async (deps: Deps, taskId: string): Promise<Task> => {
  const task = await deps.tasks.get(taskId);
  if (!task)
    throw new NotFoundError('TASK.NOT_FOUND', `task ${taskId} not found`, { value: taskId });
  return task;
};

const itemViews = async (deps: Deps, task: Task) =>
  Promise.all(
    task.items.map(async (it) => {
      const item = await deps.items.get(it.department, it.code);
      return {
        code: it.code,
        name: item?.name ?? it.code,
        // a mixed task says nothing of one item: an item no longer listed reads as general
        category: item?.category ?? (task.category === 'key' ? 'key' : 'general'),
      };
    }),
  );

const summary = async (deps: Deps, task: Task): Promise<PublicTaskSummary> => {
  const [items, commitment, draw] = await Promise.all([
    itemViews(deps, task),
    deps.commitments.get(task.id),
    deps.draws.get(task.draws[0]!.drawId),
  ]);
  return {
    id: task.id,
    year: task.year,
    name: task.name,
    initiatingDepartment: task.initiator,
    initiatingDepartmentName: departmentName(task.initiator),
    participatingDepartments: task.participants,
    participatingDepartmentNames: task.participants.map(departmentName),
    joint: task.joint,
    items,
    stage: task.stage,
    window: task.window,
    ...(commitment ? { committedAt: commitment.at } : {}),
    ...(draw ? { drawnAt: draw.at } : {}),
  };
};

/**
 * GET /tasks?year=: one index Query per page, by task id descending (ids are
 * `<year>-<department>-<seq>`, so within a department the newest task comes first). The
 * cursor is the index's own: the store refuses one that does not continue this listing.
 */
export const listTasks = async (
  deps: Deps,
  q: { year: number; limit: number; cursor?: string },
): Promise<Paged<PublicTaskSummary>> => {
  const page = await deps.tasks.listByYear(
    q.year,
    q.cursor === undefined ? { limit: q.limit } : { limit: q.limit, cursor: q.cursor },
    { descending: true },
  );
  const items = await Promise.all(page.items.map((t) => summary(deps, t)));
  return page.cursor ? { items, cursor: page.cursor } : { items };
};

const targetNames = async (deps: Deps, department: string, ids: readonly string[]) => {
  const unique = [...new Set(ids)];
  const found = new Map<string, Target>();
  for (let i = 0; i < unique.length; i += 100) {
    const batch = await deps.targets.getMany(department, unique.slice(i, i + 100));
    for (const [id, t] of batch) found.set(id, t);
  }
  return found;
};

const inspectorNames = async (deps: Deps, department: string, ids: readonly string[]) => {
  const names = new Map<string, string>();
  const unique = [...new Set(ids)];
  const { getMany } = deps.inspectors;
  if (getMany) {
    // a draw's teams at once, a hundred a batch read
    for (let i = 0; i < unique.length; i += 100) {
      const batch = await getMany.call(deps.inspectors, department, unique.slice(i, i + 100));
      for (const id of unique.slice(i, i + 100)) names.set(id, batch.get(id)?.name ?? id);
    }
    return names;
  }
  await Promise.all(
    unique.map(async (id) => {
      const inspector = await deps.inspectors.get(department, id);
      names.set(id, inspector?.name ?? id);
    }),
  );
  return names;
};

const publicDraw = async (
  deps: Deps,
  task: Task,
  record: DrawRecord,
  assignments: readonly TaskAssignment[],
): Promise<PublicDraw> => {
  const r = record.result;
  const all = [...r.assignments, ...r.reserveAssignments];
  const targetIds = r.strata.flatMap((s) => [...s.selected, ...s.reserve]);
  const [targets, inspectors] = await Promise.all([
    targetNames(deps, task.initiator, targetIds),
    inspectorNames(
      deps,
      record.department,
      all.flatMap((a) => a.members),
    ),
  ]);
  const nameOf = (id: string) => ({ id, name: targets.get(id)?.name ?? id });
  const mine = assignments.filter((a) => a.drawId === record.drawId);
  const replacing = new Map(mine.filter((a) => a.replaces).map((a) => [a.target, a.replaces!]));
  const replacedBy = new Map([...replacing].map(([reserve, gone]) => [gone, reserve]));
  // Reserve teams are public from the draw on, but only listed once a reserve is in use.
  const shown = [...r.assignments, ...r.reserveAssignments.filter((a) => replacing.has(a.target))];
  return {
    drawId: record.drawId,
    department: record.department,
    departmentName: departmentName(record.department),
    entropy: record.entropy,
    seed: r.seed,
    resultDigest: r.resultDigest,
    drawnAt: record.at,
    strata: r.strata.map((s) => ({
      key: s.key,
      population: s.population,
      size: s.size,
      selected: s.selected.map(nameOf),
      reserve: s.reserve.map(nameOf),
    })),
    assignments: shown.map((a) => ({
      target: a.target,
      targetName: targets.get(a.target)?.name ?? a.target,
      members: a.members.map((id) => ({ id, name: inspectors.get(id) ?? id })),
      leader: a.leader,
      status: a.status,
      ...(replacedBy.has(a.target) ? { replacedBy: replacedBy.get(a.target)! } : {}),
      ...(replacing.has(a.target) ? { replaces: replacing.get(a.target)! } : {}),
    })),
  };
};

/** A witnessed task's witnesses: hashes, reveals received or withheld (docs/entropy.md). */
const witnessesOf = async (deps: Deps, task: Task): Promise<WitnessView | undefined> => {
  const source = parseEntropySource(task.entropySource);
  if (source.kind !== 'witness') return undefined;
  const [commitments, reveals] = await Promise.all([
    deps.witnesses.listCommitments(task.id),
    deps.witnesses.listReveals(task.id),
  ]);
  return witnessView(source, commitments, reveals, deps.clock.now());
};

/** GET /tasks/{taskId}: the commitment as soon as it exists, the draws after them. */
export const getTask = async (deps: Deps, taskId: string): Promise<PublicTask> => {
  const task = await taskOrHidden(deps, taskId);
  const [base, commitment, records, witnesses] = await Promise.all([
    summary(deps, task),
    deps.commitments.get(task.id),
    deps.draws.listByTask(task.id),
    witnessesOf(deps, task),
  ]);
  const order = new Map(task.draws.map((d, i) => [d.drawId, i]));
  records.sort((a, b) => (order.get(a.drawId) ?? 99) - (order.get(b.drawId) ?? 99));
  const assignments = records.length > 0 ? await deps.assignments.listByTask(task.id) : [];
  const draws = await Promise.all(records.map((r) => publicDraw(deps, task, r, assignments)));
  const participantPool = new Map(
    records
      .filter((r) => r.drawId !== task.draws[0]!.drawId)
      .map((r) => [r.drawId, r.result.poolDigest]),
  );
  return {
    ...base,
    strata: task.strata.map((s) => ({ key: s.key, ratioBp: s.ratioBp, reserve: s.reserve })),
    team: task.teamSize,
    ...(commitment
      ? {
          commitment: {
            poolDigest: commitment.poolDigest,
            paramsDigest: commitment.paramsDigest,
            rosterDigest: commitment.rosterDigest,
            entropySource: commitment.entropySource,
            committedAt: commitment.at,
            participants: commitment.participants.map((p) => {
              const pool = participantPool.get(p.drawId);
              return {
                department: p.department,
                departmentName: departmentName(p.department),
                drawId: p.drawId,
                ...(pool ? { poolDigest: pool } : {}),
                paramsDigest: p.paramsDigest,
                rosterDigest: p.rosterDigest,
              };
            }),
          },
        }
      : {}),
    ...(witnesses ? { witnesses } : {}),
    ...(draws.length > 0 ? { draws } : {}),
    ...(task.runBy ? { drawRunBy: runnerName(task.runBy.as) } : {}),
    ...(task.caseRefs?.length ? { caseRefs: task.caseRefs } : {}),
    ...(task.leaders && Object.keys(task.leaders).length > 0
      ? {
          leaders: Object.entries(task.leaders).map(([target, a]) => ({
            target,
            leader: a.leader,
            appointedBy: runnerName(a.as),
            appointedAt: a.at,
          })),
        }
      : {}),
  };
};

const runnerName = (as: string) => (as === 'office' ? '联席会议办公室' : departmentName(as));

const drawRecord = async (deps: Deps, drawId: string): Promise<DrawRecord> => {
  const record = await deps.draws.get(drawId);
  if (!record)
    throw new NotFoundError('DRAW.NOT_FOUND', `draw ${drawId} has not been run`, {
      value: drawId,
    });
  return record;
};

/**
 * GET /draws/{drawId}/bundle: the bundle exactly as drawn. A participant's pool is the
 * target draw's selected and reserve targets, rebuilt as the draw step built it.
 */
export const drawBundle = async (
  deps: Deps,
  drawId: string,
): Promise<DrawBundle & { witnesses?: { id: string; commitment: string; reveal: string }[] }> => {
  const record = await drawRecord(deps, drawId);
  const frozen = await deps.bundles.get(drawId);
  if (!frozen)
    throw new NotFoundError('BUNDLE.NOT_FOUND', `bundle of draw ${drawId} not found`, {
      value: drawId,
    });
  const task = await taskOrHidden(deps, record.taskId);
  // a witnessed entropy travels with its reveals, in committed order, so anyone recomputes it
  const witnesses = record.entropy.startsWith('witness:')
    ? ((await witnessesOf(deps, task))?.witnesses ?? []).map((w) => ({
        id: w.id,
        commitment: w.commitment ?? '',
        reveal: w.reveal ?? '',
      }))
    : undefined;
  const evidence = witnesses ? { witnesses } : {};
  if (drawId === task.draws[0]!.drawId) return { ...frozen, entropy: record.entropy, ...evidence };
  const target = await drawRecord(deps, task.draws[0]!.drawId);
  const pool = target.result.strata.flatMap((s) => [...s.selected, ...s.reserve]);
  const bundle = buildParticipantBundle(task, record.department, pool, frozen.roster);
  return { ...bundle, entropy: record.entropy, ...evidence };
};

/** GET /draws/{drawId}/result */
export const drawResult = async (deps: Deps, drawId: string) =>
  (await drawRecord(deps, drawId)).result;

const METHOD_NAMES: Record<InspectionResult['method'], string> = {
  'desk-review': '书面检查',
  'on-site': '实地核查',
  'online-monitoring': '网络监测',
  'third-party': '委托第三方',
};

/** The national publication record in the shape of docs/public-api.md. */
export const publicResultView = (e: PublishedResultEntry): PublicResult => {
  const r = e.result;
  return {
    taskId: r.taskId,
    taskName: r.taskName,
    planId: r.planId,
    planName: r.planName,
    department: e.department,
    departmentName: r.authority,
    kind: r.inspectionType,
    ...(r.caseSource ? { source: r.caseSource } : {}),
    joint: r.joint,
    target: {
      id: r.targetId,
      name: r.targetName,
      ...(r.uscc ? { uscc: r.uscc } : {}),
      town: e.town ?? '',
    },
    item: { code: e.item, name: r.item },
    method: METHOD_NAMES[e.method as InspectionResult['method']] ?? e.method,
    // a result records one date, the day the inspection was completed
    inspectedOn: r.completedOn,
    completedOn: r.completedOn,
    publishedOn: shanghaiDate(e.publishedAt),
    wording: r.result,
    ...(r.penalty
      ? {
          penalty: {
            decisionNumber: r.penalty.decisionNo,
            decidedOn: r.penalty.decisionDate,
            summary: r.penalty.kind,
          },
        }
      : {}),
    ...(r.substitutions?.length ? { substitutions: r.substitutions } : {}),
    ...(r.evidenceCount !== undefined ? { evidenceCount: r.evidenceCount } : {}),
    ...(r.followUps?.length
      ? {
          followUps: r.followUps.map((f) => ({
            date: f.date,
            ...(f.outcome ? { outcome: f.outcome } : {}),
            ...(f.penalty
              ? {
                  penalty: {
                    decisionNumber: f.penalty.decisionNo,
                    decidedOn: f.penalty.decisionDate,
                    summary: f.penalty.kind,
                  },
                }
              : {}),
            ...(f.rectifiedOn ? { rectifiedOn: f.rectifiedOn } : {}),
          })),
        }
      : {}),
  };
};

/**
 * One page of the index as the public sees it. The publication record was written with
 * everything the shape needs (names, town, method, date), so a page is the index's one Query
 * and no read per item: its cost follows the page size only in bytes.
 */
const viewPage = (page: Page<PublishedResultEntry>): Paged<PublicResult> => {
  const items = page.items.map(publicResultView);
  return page.cursor ? { items, cursor: page.cursor } : { items };
};

/** GET /results?q=: a 统一社会信用代码 matches exactly, anything else is a name prefix. */
export const searchResults = async (
  index: PublicResultIndex,
  q: { q?: string; limit: number; cursor?: string },
): Promise<Paged<PublicResult>> => viewPage(await index.search(q));

export interface TargetDraw {
  drawId: string;
  taskId: string;
  stratum: string;
  role: 'selected' | 'reserve';
  drawnAt: string;
}

/**
 * The target draws a target was selected or held in reserve by, newest first. Its
 * assignments are indexed by target when the draw writes them, so this reads the target's
 * own index partition (one Query per thousand assignments) and one draw record per draw,
 * never the year's tasks. A participant draw of a joint task assigns teams to the same
 * targets; it is left out, as the target draw is the one that chose the target.
 */
const drawsOfTarget = async (deps: Deps, targetId: string): Promise<TargetDraw[]> => {
  const assignments = (await allPages((p) => deps.assignments.listByTarget(targetId, p))).filter(
    (a) => a.drawId === a.taskId,
  );
  const records = await Promise.all(assignments.map((a) => deps.draws.get(a.drawId)));
  const drawn: TargetDraw[] = [];
  for (const [i, a] of assignments.entries()) {
    const record = records[i];
    if (!record) continue;
    drawn.push({
      drawId: a.drawId,
      taskId: a.taskId,
      stratum: a.stratum,
      role: a.role,
      drawnAt: record.at,
    });
  }
  return drawn.sort((a, b) =>
    a.drawnAt < b.drawnAt ? 1 : a.drawnAt > b.drawnAt ? -1 : a.taskId < b.taskId ? 1 : -1,
  );
};

/**
 * GET /targets/{targetId}/results: its published results page by page; the draws it was in
 * come with the first page only (they are few, and the same on every page).
 */
export const targetResults = async (
  deps: Deps,
  index: PublicResultIndex,
  q: { targetId: string; limit: number; cursor?: string },
) => {
  const page = viewPage(
    await index.listByTarget(
      q.targetId,
      q.cursor ? { limit: q.limit, cursor: q.cursor } : { limit: q.limit },
    ),
  );
  const draws = q.cursor ? [] : await drawsOfTarget(deps, q.targetId);
  return { ...page, draws };
};

/** GET /tasks/{taskId}/audit/verify: the chain re-hashed, shown without actors or data. */
export const verifyAudit = async (deps: Deps, taskId: string) => {
  const task = await taskOrHidden(deps, taskId);
  const entries = await allPages((p) => deps.audit.read(taskId, p));
  const check = verifyChain(entries);
  // every stored result, publication, handoff and header version against its entry
  const [results, handoffs, assignments, open] = await Promise.all([
    deps.results.listByTask(taskId),
    deps.handoffs.listByTask(taskId),
    deps.assignments.listByTask(taskId),
    allPages((p) => deps.intents.listOpen(p, taskId)),
  ]);
  const crossCheck = crossCheckTask({ task, results, handoffs, assignments, entries, open });
  return {
    taskId,
    ok: check.ok,
    length: entries.length,
    crossCheck,
    ...(check.ok
      ? { head: check.head }
      : { broken: { seq: check.seq, reason: check.reason, message: check.message } }),
    entries: entries.map((e) => ({
      seq: e.seq,
      at: e.at,
      action: e.action,
      prevHash: e.prevHash,
      hash: e.hash,
    })),
  };
};

/** GET /calendar/{year}: the schedule in force; a year nobody published is weekdays only. */
export const calendarOf = async (deps: Deps, year: number) => {
  const loaded = (await deps.calendars.list()).find((y) => y.year === year);
  const known = loaded ?? officialCalendarYears().find((y) => y.year === year);
  if (!known)
    return {
      year,
      status: 'provisional' as const,
      source: 'weekdays' as const,
      holidays: [],
      makeUpWorkdays: [],
    };
  return {
    year,
    status: 'official' as const,
    source: known.source,
    holidays: known.holidays,
    makeUpWorkdays: known.makeUpWorkdays,
    ...(known.loadedAt ? { loadedAt: known.loadedAt } : {}),
  };
};
