import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Actor,
  type AuditEntry,
  type Clock,
  type TaskAssignment,
  type TaskStage,
  workflowUseCases as uc,
  type WorkflowDeps,
} from '@double-random/domain';
import { witnessCommitment } from '@double-random/draw';
import {
  createFileBlobStore,
  createOutbox,
  outboxChannel,
  type TableRef,
  workflowRepositoriesOn,
} from '@double-random/store';
import { afterAll, beforeAll, vi } from 'vitest';
import {
  createWorkflowTokenStore,
  settleWaits,
  type WorkflowRuntime,
} from '../../functions/src/workflow';
import { repositoriesOn, useEmbeddedStore } from '../integration/support/embedded-store';
import {
  certificatesOf,
  inspectors,
  items,
  plan,
  plannedTask,
  targets,
} from '../unit/workflow/fixtures';

export const office: Actor = { sub: 'office-1', roles: ['office'] };
export const scjg: Actor = { sub: 'scjg-1', roles: ['dept:SCJG'] };
export const sthj: Actor = { sub: 'sthj-1', roles: ['dept:STHJ'] };
/** The witnesses of every scenario: a participating department and 纪检监察 (docs/entropy.md). */
export const jjjc: Actor = { sub: 'jjjc-1', roles: ['witness:JJJC'] };
export const WITNESS_SOURCE = 'witness:2026-03-03:STHJ,JJJC';
/** Deterministic witness secrets per task (tests only: real witnesses draw 32 random bytes). */
export const secretOf = (taskId: string, witness: 'STHJ' | 'JJJC') =>
  witnessCommitment(`${taskId}/${witness}`);
const witnessActor = (w: 'STHJ' | 'JJJC') => (w === 'STHJ' ? sthj : jjjc);

/** A clock the test moves: the entropy arrives after the commitment, overdue after the window. */
export class MovableClock implements Clock {
  constructor(public instant: string) {}
  now = () => this.instant;
}

export const COMMIT_DAY = '2026-03-02T01:00:00.000Z';
export const CEREMONY_DAY = '2026-03-03T02:00:00.000Z';

/** Planned tasks, one per scenario, so one table holds every scenario's task. */
export const SCENARIOS = {
  single: 7,
  joint: 8,
  replacement: 9,
  overdue: 10,
  failure: 11,
  restart: 12,
  cancelled: 13,
  withheld: 14,
  withheldSettled: 15,
} as const;
export const taskIdOf = (seq: number) => `2026-SCJG-${String(seq).padStart(3, '0')}`;

export interface WorkflowWorld {
  runtime: Omit<WorkflowRuntime, 'engine'>;
  deps: WorkflowDeps & { clock: MovableClock };
  table: TableRef;
  blobDir: string;
}

/** The real store on an in-memory dynalite, blobs in a temporary folder, the plan seeded. */
export const useWorkflowWorld = (): WorkflowWorld => {
  const store = useEmbeddedStore();
  const world = {} as WorkflowWorld;
  beforeAll(async () => {
    vi.stubEnv('LOG_LEVEL', 'silent');
    world.table = store.table;
    world.blobDir = await mkdtemp(join(tmpdir(), 'dr-workflow-'));
    const blobs = createFileBlobStore(world.blobDir);
    const clock = new MovableClock(COMMIT_DAY);
    world.deps = {
      ...repositoriesOn(store.table),
      ...workflowRepositoriesOn(store.table, blobs),
      // the Notify state tells each drawn member through the outbox, as the local server does
      outbox: createOutbox(store.table),
      notificationChannel: outboxChannel,
      clock,
    };
    world.runtime = { deps: world.deps, tokens: createWorkflowTokenStore(store.table) };
    const planned = Object.entries(SCENARIOS).map(([name, seq]) =>
      plannedTask({
        seq,
        id: taskIdOf(seq),
        ...(name === 'joint'
          ? { items: ['SCJG-FOOD', 'STHJ-EMIT'], participants: ['STHJ'], joint: true }
          : {}),
      }),
    );
    await world.deps.plans.create(plan(planned));
    for (const i of items) await world.deps.items.create(i);
    for (const t of targets) await world.deps.targets.create(t);
    for (const i of inspectors) await world.deps.inspectors.create(i);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    if (world.blobDir)
      await rm(world.blobDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  });
  return world;
};

export const createTask = async (world: WorkflowWorld, seq: number) => {
  world.deps.clock.instant = COMMIT_DAY;
  const taskId = taskIdOf(seq);
  // the witnesses publish their SHA-256 before the task exists, so before its freeze
  for (const w of ['STHJ', 'JJJC'] as const)
    await uc.commitWitness(world.deps, {
      actor: witnessActor(w),
      taskId,
      witness: w,
      input: { commitment: witnessCommitment(secretOf(taskId, w)) },
    });
  return uc.createTask(world.deps, {
    actor: office,
    input: {
      department: 'SCJG',
      year: 2026,
      seq,
      reserves: { 'risk:A': 2, 'risk:D': 1 },
      entropySource: WITNESS_SOURCE,
    },
  });
};

/** One witness reveals its secret (the clock as it stands). */
export const reveal = (world: WorkflowWorld, taskId: string, w: 'STHJ' | 'JJJC') =>
  uc.revealWitness(world.deps, {
    actor: witnessActor(w),
    taskId,
    witness: w,
    input: { reveal: secretOf(taskId, w) },
  });

/** Polls until `check` returns a value (the engine runs on its own; tests wait on state). */
export const until = async <T>(
  what: string,
  check: () => Promise<T | undefined | false>,
  timeoutMs = 15_000,
): Promise<T> => {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

/** What an API call does after accepting entropy or recording a result. */
export const settle = (world: WorkflowWorld, engine: WorkflowRuntime['engine'], taskId: string) =>
  settleWaits({ ...world.runtime, engine }, taskId);

/** What the API does after recording a result on `target`: that target's waits only. */
export const settleTarget = (
  world: WorkflowWorld,
  engine: WorkflowRuntime['engine'],
  taskId: string,
  target: string,
) => settleWaits({ ...world.runtime, engine }, taskId, { target });

/**
 * The witnesses reveal on the reveal day (the last reveal sets the entropy), the clock moves
 * to `then` (the instant the rest of the run sees) and the wait is settled.
 */
export const acceptEntropy = async (
  world: WorkflowWorld,
  engine: WorkflowRuntime['engine'],
  taskId: string,
  then = CEREMONY_DAY,
) => {
  await until('the entropy wait', () => world.runtime.tokens.get(taskId, 'entropy'));
  world.deps.clock.instant = CEREMONY_DAY;
  await reveal(world, taskId, 'STHJ');
  await reveal(world, taskId, 'JJJC');
  world.deps.clock.instant = then;
  return settle(world, engine, taskId);
};

/** Waits until the task stands at `stage` (the engine runs on its own). */
export const reaches = (world: WorkflowWorld, taskId: string, stage: TaskStage) =>
  until(`${taskId} at ${stage}`, async () => (await world.deps.tasks.get(taskId))?.stage === stage);

/** The inspections the Inspect map waits on: one token per department and target. */
export const waitingInspections = async (world: WorkflowWorld, taskId: string, count: number) =>
  until(`${count} inspection waits`, async () => {
    const waits = (await world.runtime.tokens.listByTask(taskId)).filter((w) =>
      w.slot.startsWith('result:'),
    );
    return waits.length === count ? waits : undefined;
  });

export const selected = async (world: WorkflowWorld, taskId: string): Promise<TaskAssignment[]> =>
  (await world.deps.assignments.listByTask(taskId)).filter((a) => a.role === 'selected');

/** The day the inspections are dated: after the draws (3 March), recorded the day after. */
export const INSPECTION_DAY = '2026-04-01';

export const recordResult = async (
  world: WorkflowWorld,
  a: TaskAssignment,
  over: Record<string, unknown> = {},
) => {
  // an inspection is recorded once done, never before the day it happened (Asia/Shanghai)
  const recordedFrom = '2026-04-01T17:00:00.000Z';
  if (world.deps.clock.instant < recordedFrom) world.deps.clock.instant = recordedFrom;
  const team = (over.team as string[] | undefined) ?? a.members.slice(0, 2);
  return uc.recordResult(world.deps, {
    actor: a.department === 'STHJ' ? sthj : scjg,
    input: {
      taskId: a.taskId,
      targetId: a.target,
      item: a.department === 'STHJ' ? 'STHJ-EMIT' : 'SCJG-FOOD',
      method: 'on-site',
      inspectionDate: INSPECTION_DAY,
      wording: 'no-problem',
      team,
      // the team showed its 执法证 (《行政处罚法》第55条)
      certificatesShown: certificatesOf(team),
      ...over,
    },
  });
};

export const auditOf = async (world: WorkflowWorld, taskId: string): Promise<AuditEntry[]> =>
  (await world.deps.audit.read(taskId, { limit: 1000 })).items;

/** Overwrites every stored blob: frozen bundles no longer read back (run such a test last). */
export const spoilBlobs = async (world: WorkflowWorld) => {
  for (const e of await readdir(world.blobDir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) await writeFile(join(e.parentPath, e.name), 'spoilt');
};
