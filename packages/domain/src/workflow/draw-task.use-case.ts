import {
  type DrawBundle,
  DrawError,
  type DrawOptions,
  type DrawResult,
  parseBundle,
  runDraw,
} from '@double-random/draw';
import { assertOffice } from '../actor';
import { ConflictError, ValidationError } from '../errors';
import { found } from '../use-case-support';
import type { Commitment } from './commitment';
import { buildParticipantBundle, bundleDigests, type FrozenBundle } from './freeze';
import type { DrawRecord, TaskAssignment } from './ports';
import { advanceStage, assertStage } from './task';
import type { Task, TaskStage } from './task.schema';
import {
  applyTaskMove,
  type Cmd,
  getTask,
  moveTask,
  storedBundle,
  type TaskMove,
  type WorkflowDeps,
} from './workflow-deps';

const digestMismatch = (drawId: string, what: string, committed: string, actual: string) =>
  new ConflictError(
    'DRAW.DIGEST_MISMATCH',
    `${what} of draw ${drawId} is ${actual}, the commitment says ${committed}: the frozen bundle changed`,
    {
      field: what,
      rule: 'the draw runs on the committed inputs (spec §7)',
      value: actual,
      committed,
    },
  );

const DIGESTS = ['poolDigest', 'paramsDigest', 'rosterDigest'] as const;

const compareDigests = (
  drawId: string,
  actual: Pick<DrawResult, (typeof DIGESTS)[number]>,
  expected: Partial<Commitment>,
) => {
  for (const key of DIGESTS) {
    const committed = expected[key];
    if (committed !== undefined && committed !== actual[key])
      throw digestMismatch(drawId, key, committed, actual[key]);
  }
};

/** Runs dr-draw/1; a bundle the engine refuses becomes a domain refusal with the same code. */
const run = (bundle: DrawBundle, options?: DrawOptions): DrawResult => {
  try {
    return runDraw(parseBundle(bundle), options);
  } catch (e) {
    if (e instanceof DrawError) throw new ValidationError(e.code, e.message, e.details);
    throw e;
  }
};

/**
 * Runs dr-draw/1 on a frozen bundle and checks its inputs against the commitment. The engine
 * computes the three digests of its inputs anyway (sorting and hashing the whole pool), so
 * they are compared on its result, before anything is written, rather than computed twice.
 * A bundle the engine refuses (or a hash that fails) is first checked on its own: a bundle
 * changed since the commitment is named as such, whatever else is wrong with it.
 */
const runCommitted = (
  drawId: string,
  bundle: FrozenBundle,
  entropy: string,
  expected: Partial<Commitment>,
  options?: DrawOptions,
): DrawResult => {
  let result: DrawResult;
  try {
    result = run({ ...bundle, entropy }, options);
  } catch (e) {
    // a bundle whose digests cannot even be computed is refused as the engine refused it
    let digests: ReturnType<typeof bundleDigests>;
    try {
      digests = bundleDigests(bundle, options);
    } catch {
      throw e;
    }
    compareDigests(drawId, digests, expected);
    throw e;
  }
  compareDigests(drawId, result, expected);
  return result;
};

const DRAWN_STAGES: readonly TaskStage[] = [
  'Drawn',
  'Notified',
  'Inspecting',
  'Publishing',
  'HandingOff',
  'Done',
];

interface Drawn {
  records: DrawRecord[];
  assignments: TaskAssignment[];
}

/** The task's draws on the committed bundles and the accepted entropy (deterministic). */
const computeDraws = async (
  deps: WorkflowDeps,
  task: Task,
  entropy: string,
  c: Commitment,
  at: string,
): Promise<Drawn> => {
  const targetDraw = task.draws[0]!;
  const frozen = await storedBundle(deps, targetDraw.drawId);
  const result = runCommitted(targetDraw.drawId, frozen, entropy, c, deps.drawOptions);
  const records: DrawRecord[] = [
    {
      drawId: targetDraw.drawId,
      taskId: task.id,
      department: targetDraw.department,
      entropy,
      result,
      at,
    },
  ];
  const stratumOf = new Map<string, { stratum: string; role: 'selected' | 'reserve' }>();
  for (const s of result.strata) {
    for (const id of s.selected) stratumOf.set(id, { stratum: s.key, role: 'selected' });
    for (const id of s.reserve) stratumOf.set(id, { stratum: s.key, role: 'reserve' });
  }
  const participantPool = result.strata.flatMap((s) => [...s.selected, ...s.reserve]);
  for (const d of task.draws.slice(1)) {
    const committed = c.participants.find((p) => p.drawId === d.drawId);
    if (!committed)
      throw new ConflictError(
        'DRAW.NOT_COMMITTED',
        `draw ${d.drawId} of task ${task.id} is not in its commitment: it is not drawn`,
        {
          field: 'drawId',
          rule: 'the draw runs on the committed inputs (spec §7)',
          value: d.drawId,
        },
      );
    const roster = (await storedBundle(deps, d.drawId)).roster;
    const bundle = buildParticipantBundle(task, d.department, participantPool, roster);
    const r = runCommitted(d.drawId, bundle, entropy, committed, deps.drawOptions);
    records.push({
      drawId: d.drawId,
      taskId: task.id,
      department: d.department,
      entropy,
      result: r,
      at,
    });
  }
  const assignments: TaskAssignment[] = records.flatMap((rec) =>
    [...rec.result.assignments, ...rec.result.reserveAssignments].map((a) => {
      const where = stratumOf.get(a.target)!;
      return {
        taskId: task.id,
        drawId: rec.drawId,
        department: rec.department,
        target: a.target,
        stratum: where.stratum,
        role: where.role,
        members: a.members,
        leader: a.leader,
        status: a.status,
      };
    }),
  );
  return { records, assignments };
};

/**
 * Draws computed by the use case, so its applier does not run them a second time: kept per
 * store (two stores in one process never share a task's draws) and by task, with the entropy
 * they were drawn with.
 */
const computed = new WeakMap<WorkflowDeps, Map<string, Drawn & { entropy: string }>>();

const computedIn = (deps: WorkflowDeps): Map<string, Drawn & { entropy: string }> => {
  let kept = computed.get(deps);
  if (!kept) {
    kept = new Map();
    computed.set(deps, kept);
  }
  return kept;
};

const commitmentOf = async (deps: WorkflowDeps, taskId: string) =>
  found(await deps.commitments.get(taskId), 'COMMITMENT.NOT_FOUND', `commitment of ${taskId}`);

/**
 * The draw's change: write-once draw records, the assignments (idempotent), the header last.
 * After a crash it runs the draws again on the same committed inputs: the same records.
 */
export const applyDraw = async (deps: WorkflowDeps, change: unknown): Promise<void> => {
  const move = change as TaskMove;
  const { task } = move;
  const kept = computedIn(deps).get(task.id);
  const drawn =
    (kept?.entropy === task.entropy ? kept : undefined) ??
    (await computeDraws(
      deps,
      task,
      task.entropy!,
      await commitmentOf(deps, task.id),
      task.updatedAt,
    ));
  // records and assignments are each idempotent and independent: written at once, both
  // before the header flips. The assignments first: their thousands of writes keep the store
  // busy while the records are written canonically (megabytes), not after.
  await Promise.all([
    deps.assignments.putAll(drawn.assignments),
    ...drawn.records.map((r) => deps.draws.putOnce(r)),
  ]);
  await applyTaskMove(deps, move);
  computedIn(deps).delete(task.id);
};

export const DRAW_KIND = 'task.draw';

/**
 * 5. Draw: run dr-draw/1 once per draw of the task on the committed bundles and the
 * accepted entropy; write-once draw records; assignments (idempotent); header flips last.
 */
export const drawTask = async (deps: WorkflowDeps, cmd: Cmd<{ taskId: string }>) => {
  assertOffice(cmd.actor, 'run draws');
  const task = await getTask(deps, cmd.taskId);
  // A retried Draw step after the header flipped returns the stored draw: nobody re-draws.
  if (DRAWN_STAGES.includes(task.stage))
    return { task, records: await deps.draws.listByTask(task.id) };
  assertStage(task, ['AwaitingEntropy'], 'drawing');
  const entropy = task.entropy;
  if (entropy === undefined)
    throw new ConflictError('DRAW.NO_ENTROPY', `task ${task.id} has no accepted entropy yet`, {
      field: 'entropy',
      rule: 'draw after the entropy is known (spec §7)',
    });
  const c = await commitmentOf(deps, task.id);
  const now = deps.clock.now();
  const drawn = await computeDraws(deps, task, entropy, c, now);
  const next = advanceStage(task, 'Drawn', now);
  computedIn(deps).set(task.id, { ...drawn, entropy });
  try {
    const moved = await moveTask(
      deps,
      task,
      { task: next },
      {
        at: now,
        actor: cmd.actor.sub,
        action: 'task.draw',
        data: {
          draws: drawn.records.map((r) => ({
            drawId: r.drawId,
            seed: r.result.seed,
            resultDigest: r.result.resultDigest,
          })),
        },
      },
      { name: DRAW_KIND, apply: applyDraw },
    );
    return { task: moved, records: await deps.draws.listByTask(task.id) };
  } finally {
    computedIn(deps).delete(task.id);
  }
};
