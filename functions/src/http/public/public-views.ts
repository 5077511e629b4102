import {
  parseEntropySource,
  TASK_STAGES,
  type WitnessCommitmentRecord,
  type WitnessRevealRecord,
  witnessView,
} from '@double-random/domain';
import type { PublicViewStore, StoredTaskView } from '@double-random/store';
import { logger } from '../middleware/logger';
import type { PublicTask, PublicTaskSummary } from './public.schemas';
import { getTask, type PublicDeps } from './public-reads';

/**
 * The public read model (docs/public-views.md). A task's public view and its summary are
 * assembled from the source records — task, commitment, draws, assignments, names — when the
 * task changes (after every workflow state and every task route that writes), and stored as
 * one item each: GET /tasks/{id} reads its view beside the task header, GET /tasks?year= the
 * year's list of summaries beside the year's task versions. Views are derived: one built from an
 * older task version (a refresh lost to a crash, a change made outside the routes and
 * states) is rebuilt when read, and `pnpm dr views rebuild` rebuilds them all.
 */

/** Witnesses are kept as records: whether a reveal is late depends on the hour of reading. */
interface StoredWitnesses {
  commitments: WitnessCommitmentRecord[];
  reveals: WitnessRevealRecord[];
}

/** Beside a witnessed task's detail: what its witness state is computed from when read. */
interface Overlay {
  entropySource: string;
  drawn: boolean;
  witnessRecords: StoredWitnesses;
}

const SUMMARY_FIELDS = [
  'id',
  'year',
  'name',
  'initiatingDepartment',
  'initiatingDepartmentName',
  'participatingDepartments',
  'participatingDepartmentNames',
  'joint',
  'items',
  'stage',
  'window',
  'committedAt',
  'drawnAt',
] as const satisfies readonly (keyof PublicTaskSummary)[];

const summaryOf = (task: PublicTask): PublicTaskSummary => {
  const out: Record<string, unknown> = {};
  for (const f of SUMMARY_FIELDS) if (task[f] !== undefined) out[f] = task[f];
  return out as PublicTaskSummary;
};

/** Builds a task's view from the source records, as the public reads assemble it. */
export const buildTaskView = async (deps: PublicDeps, taskId: string): Promise<StoredTaskView> => {
  const [task, header] = await Promise.all([getTask(deps, taskId), deps.tasks.get(taskId)]);
  const { witnesses: _computed, ...detail } = task;
  const source = parseEntropySource(header!.entropySource);
  const overlay: Overlay | undefined =
    source.kind === 'witness'
      ? {
          entropySource: header!.entropySource,
          drawn: (task.draws?.length ?? 0) > 0,
          witnessRecords: {
            commitments: await deps.witnesses.listCommitments(taskId),
            reveals: await deps.witnesses.listReveals(taskId),
          },
        }
      : undefined;
  return {
    taskId,
    year: header!.year,
    sourceVersion: header!.version,
    builtAt: deps.clock.now(),
    summary: summaryOf(task) as unknown as Record<string, unknown>,
    detail: detail as unknown as Record<string, unknown>,
    ...(overlay ? { overlay: overlay as unknown as Record<string, unknown> } : {}),
  };
};

/**
 * One rebuild per task version at a time: ten readers arriving after a change wait for the
 * same rebuild rather than each assembling the task again.
 */
const rebuilding = new Map<string, Promise<StoredTaskView>>();

const rebuildOnce = (
  deps: PublicDeps,
  views: PublicViewStore,
  taskId: string,
  version: number,
): Promise<StoredTaskView> => {
  const key = `${taskId}@${version}`;
  let pending = rebuilding.get(key);
  if (!pending) {
    pending = (async () => {
      const built = await buildTaskView(deps, taskId);
      // A reader without write access (the public function in AWS reads only) still answers
      // with the view it built; the workflow's states store it when the task comes to rest.
      await views.put(built).catch((error: unknown) =>
        logger.warn('public view built but not stored', {
          taskId,
          error: error instanceof Error ? error.message : String(error),
        }),
      );
      return built;
    })().finally(() => rebuilding.delete(key));
    rebuilding.set(key, pending);
  }
  return pending;
};

/** Builds and stores a task's view. */
export const refreshTaskView = async (
  deps: PublicDeps,
  views: PublicViewStore,
  taskId: string,
): Promise<void> => {
  await views.put(await buildTaskView(deps, taskId));
};

/**
 * The workflow states after which a task rests — waiting for its entropy, inspected for
 * weeks, done or failed — and its view is worth storing at once. After the others, the task
 * moves on within seconds and its next version would make the view stale again.
 */
export const RESTING_STATES: ReadonlySet<string> = new Set([
  'AwaitEntropy',
  'PrepareInspection',
  'Finish',
  'RecordFailure',
]);

/** A refresh after a stored change: a failure is logged; the view is rebuilt when read. */
export const refreshAfterChange = async (
  deps: PublicDeps,
  views: PublicViewStore | undefined,
  taskId: string,
): Promise<void> => {
  if (!views) return;
  try {
    await refreshTaskView(deps, views, taskId);
  } catch (error) {
    logger.warn('public view not refreshed', {
      taskId,
      correlationId: taskId,
      error: error instanceof Error ? error.message : String(error),
    });
  }
};

/**
 * GET /tasks/{taskId}: the stored view, read with the task header's version in one batch
 * read. A view built from an
 * older version of the task (a change whose refresh was lost) or none at all is rebuilt now,
 * so a reader never sees a stage the task has left.
 */
export const publicTask = async (
  deps: PublicDeps,
  views: PublicViewStore,
  taskId: string,
): Promise<PublicTask | string> => {
  const { view, version } = await views.readTask(taskId);
  if (version === undefined) return getTask(deps, taskId); // refuses with TASK.NOT_FOUND
  if (view && view.sourceVersion === version) {
    // served as stored: a detail of a large draw is parsed and written again by no one
    const overlay = view.overlay as Overlay | undefined;
    if (!overlay) return view.detailText;
    const witnesses = await witnessesNow(deps, taskId, overlay);
    return `${view.detailText.slice(0, -1)},"witnesses":${JSON.stringify(witnesses)}}`;
  }
  const built = await rebuildOnce(deps, views, taskId, version);
  const task = built.detail as unknown as PublicTask;
  const overlay = built.overlay as Overlay | undefined;
  return overlay ? { ...task, witnesses: await witnessesNow(deps, taskId, overlay) } : task;
};

/** Until the draw, reveals arrive without touching the task header: they are read live then. */
const witnessesNow = async (deps: PublicDeps, taskId: string, overlay: Overlay) => {
  const records = overlay.drawn
    ? overlay.witnessRecords
    : {
        commitments: await deps.witnesses.listCommitments(taskId),
        reveals: await deps.witnesses.listReveals(taskId),
      };
  const source = parseEntropySource(overlay.entropySource);
  if (source.kind !== 'witness') throw new Error(`task ${taskId}: no witness entropy`);
  return witnessView(source, records.commitments, records.reveals, deps.clock.now());
};

/**
 * GET /tasks?year=: a page of the year's tasks with their stored summaries (from the year's
 * list and task versions, else the task index: docs/public-views.md), answered as JSON text
 * put together from the summaries' stored texts; a summary missing or built from an older
 * task version is rebuilt.
 */
export const publicTaskList = async (
  deps: PublicDeps,
  views: PublicViewStore,
  q: { year: number; limit: number; cursor?: string },
): Promise<string> => {
  const page = await views.readYear(
    q.year,
    q.cursor === undefined ? { limit: q.limit } : { limit: q.limit, cursor: q.cursor },
  );
  const items = await Promise.all(
    page.items.map(async ({ taskId, version, stored }) =>
      stored && stored.sourceVersion === version
        ? stored.summaryText
        : JSON.stringify((await rebuildOnce(deps, views, taskId, version)).summary),
    ),
  );
  const cursor = page.cursor === undefined ? '' : `,"cursor":${JSON.stringify(page.cursor)}`;
  return `{"items":[${items.join(',')}]${cursor}}`;
};

/**
 * Rebuilds every task's view from the source records (every stage's tasks, so every year's),
 * for views a crash left stale or a store that had none. Returns the tasks rebuilt.
 */
export const rebuildTaskViews = async (
  deps: PublicDeps,
  views: PublicViewStore,
  options: { year?: number } = {},
): Promise<string[]> => {
  const rebuilt: string[] = [];
  const years = new Set<number>(options.year === undefined ? [] : [options.year]);
  for (const stage of TASK_STAGES) {
    let cursor: string | undefined;
    do {
      const page = await deps.tasks.listByStage(
        stage,
        cursor === undefined ? { limit: 100 } : { limit: 100, cursor },
      );
      for (const task of page.items) {
        if (options.year !== undefined && task.year !== options.year) continue;
        await refreshTaskView(deps, views, task.id);
        rebuilt.push(task.id);
        years.add(task.year);
      }
      cursor = page.cursor;
    } while (cursor !== undefined);
  }
  // tasks written before their versions were announced: the year's list is then read whole
  for (const year of years) await views.completeYear(year);
  return rebuilt.sort();
};
