/**
 * Shared set-up of the consistency tests (docs/consistency.md): one dynalite per file, a fresh
 * table per scenario, a task seeded in Inspecting with its draw and 20 + 14 assignments, and a
 * document client that crashes at its n-th write.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Actor,
  crossCheckTask,
  type Inspector,
  moveTask,
  resumeWorkflowChanges,
  type Task,
  type TaskAssignment,
  verifyChain,
  type WorkflowDeps,
} from '@double-random/domain';
import {
  createDocumentClient,
  createFileBlobStore,
  type DocumentClient,
  ensureTable,
} from '@double-random/store';
import { type EmbeddedDynamo, startEmbeddedDynamo } from '@double-random/store/embedded';
import { afterAll, beforeAll, expect } from 'vitest';
import { certificatesOf, inspector } from '../../unit/workflow/fixtures';
import { drawRecordOf, exampleResult, task } from '../store/workflow-fixtures';
import { repositoriesOn } from '../support/embedded-store';

export const TASK = exampleResult.drawId;

const allPagesOf = async <T>(
  read: (p: { limit: number; cursor?: string }) => Promise<{ items: T[]; cursor?: string }>,
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
export const office: Actor = { sub: 'office-1', roles: ['office'] };
export const scjg: Actor = { sub: 'scjg-1', roles: ['dept:SCJG'] };
export const MEMBERS = ['INS-001', 'INS-002'];

/** The inspectors of the example draw's teams, each with the 执法证 a result says they showed. */
export const DIRECTORY: Inspector[] = [
  ...new Set(
    [...exampleResult.assignments, ...exampleResult.reserveAssignments].flatMap((a) => a.members),
  ),
]
  .sort()
  .map((id) => inspector(id, { certificateNo: `ZJ-${id}` }));

/** 20 targets of the task's own (beside the example draw's 10 selected and 4 reserves). */
export const TWENTY = Array.from({ length: 20 }, (_, i) => `T${String(i + 1).padStart(2, '0')}`);

export class Crash extends Error {
  override readonly name = 'Crash';
}

const WRITES = new Set([
  'PutCommand',
  'UpdateCommand',
  'DeleteCommand',
  'BatchWriteCommand',
  'TransactWriteCommand',
]);

/**
 * The client of a process that dies right after its n-th write reached the store: that write
 * is stored, its caller gets a Crash, and every later call fails too (the process is gone).
 */
export const crashingClient = (client: DocumentClient, n: number) => {
  let writes = 0;
  let dead = false;
  const send = async (command: { constructor: { name: string } }, ...rest: unknown[]) => {
    if (dead) throw new Crash('the process is gone');
    const out = await (client.send as (...a: unknown[]) => Promise<unknown>)(command, ...rest);
    if (WRITES.has(command.constructor.name) && ++writes === n) {
      dead = true;
      throw new Crash(`crashed after write ${n}`);
    }
    return out;
  };
  const proxy = new Proxy(client, {
    get: (target, key, receiver) => {
      if (key === 'send') return send;
      const v = Reflect.get(target, key, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  return { client: proxy as DocumentClient, writes: () => writes };
};

export class MovableClock {
  constructor(public instant: string) {}
  now = () => this.instant;
}

export interface Scenario {
  tableName: string;
  /** the good client (the restarted process's) */
  client: DocumentClient;
  deps: (client?: DocumentClient) => WorkflowDeps;
  clock: MovableClock;
}

/** One dynalite for the file; `scenario()` makes a fresh table with its own repositories. */
export const useScenarios = () => {
  let dynamo: EmbeddedDynamo;
  let client: DocumentClient;
  let blobDir: string;
  let tables = 0;
  beforeAll(async () => {
    dynamo = await startEmbeddedDynamo();
    client = createDocumentClient({ endpoint: dynamo.endpoint, region: 'local' });
    blobDir = await mkdtemp(join(tmpdir(), 'dr-consistency-'));
  });
  afterAll(async () => {
    client?.destroy();
    await dynamo?.close();
    if (blobDir) await rm(blobDir, { recursive: true, force: true });
  });
  return async (): Promise<Scenario> => {
    const tableName = `consistency-${process.pid}-${++tables}`;
    await ensureTable(client, tableName);
    const clock = new MovableClock('2026-04-02T02:00:00.000Z');
    const blobs = createFileBlobStore(blobDir);
    const deps = (c: DocumentClient = client): WorkflowDeps =>
      ({
        ...repositoriesOn({ client: c, tableName }, blobs),
        clock,
        backoff: (attempt: number) =>
          new Promise((r) => setTimeout(r, Math.random() * Math.min(200, 5 * 2 ** attempt))),
      }) as unknown as WorkflowDeps;
    return { tableName, client, deps, clock };
  };
};

const assignmentOf = (
  target: string,
  role: 'selected' | 'reserve',
  stratum: string,
  members: string[],
  leader: string | null,
): TaskAssignment => ({
  taskId: TASK,
  drawId: TASK,
  department: 'SCJG',
  target,
  stratum,
  role,
  members,
  leader,
  status: 'filled',
});

/**
 * The task in Inspecting (its creation on its chain as version 1), the example draw record,
 * its 10 selected and 4 reserve assignments, and 20 more selected targets.
 */
export const seedInspecting = async (deps: WorkflowDeps) => {
  await deps.draws.putOnce(drawRecordOf(TASK));
  const t = task(TASK, { stage: 'Inspecting', version: 1 });
  await moveTask(
    deps,
    { version: 0 },
    { task: t },
    { at: t.createdAt, actor: office.sub, action: 'task.create', data: {} },
  );
  const roleOf = new Map<string, { role: 'selected' | 'reserve'; stratum: string }>();
  for (const s of exampleResult.strata) {
    for (const id of s.selected) roleOf.set(id, { role: 'selected', stratum: s.key });
    for (const id of s.reserve) roleOf.set(id, { role: 'reserve', stratum: s.key });
  }
  const drawn = [...exampleResult.assignments, ...exampleResult.reserveAssignments].map((a) => {
    const where = roleOf.get(a.target)!;
    return assignmentOf(a.target, where.role, where.stratum, a.members, a.leader);
  });
  await deps.assignments.putAll([
    ...drawn,
    ...TWENTY.map((id) => assignmentOf(id, 'selected', 'risk:B', MEMBERS, MEMBERS[0]!)),
  ]);
  for (const i of DIRECTORY) await deps.inspectors.create(i);
  return t;
};

/** A result of the drawn team, who showed their 执法证 (《行政处罚法》第55条). */
export const resultInput = (targetId: string, over: Record<string, unknown> = {}) => {
  const team = (over.team as string[] | undefined) ?? MEMBERS;
  return {
    taskId: TASK,
    targetId,
    item: 'FOOD-01',
    method: 'on-site' as const,
    inspectionDate: '2026-04-01',
    wording: 'no-problem' as const,
    team,
    certificatesShown: certificatesOf(team, DIRECTORY),
    ...over,
  };
};

/** The task's chain and stored changes compared (docs/consistency.md), and the chain's hashes. */
export const consistency = async (deps: WorkflowDeps, taskId = TASK) => {
  // a task not created (yet): its chain may hold no header entry either
  const t = (await deps.tasks.get(taskId)) ?? ({ id: taskId, version: 0 } as Task);
  const entries = await allPagesOf((p) => deps.audit.read(taskId, p));
  const open = await allPagesOf((p) => deps.intents.listOpen(p));
  const check = crossCheckTask({
    task: t,
    results: await deps.results.listByTask(taskId),
    handoffs: await deps.handoffs.listByTask(taskId),
    assignments: await deps.assignments.listByTask(taskId),
    entries,
    open,
  });
  return { check, chain: verifyChain(entries), entries, open };
};

/** Writes the seed of a scenario makes before the use case under test runs. */
export type Seed = (deps: WorkflowDeps) => Promise<void>;
/** The use case under test; its second run is a client's retry after the crash. */
export type Act = (deps: WorkflowDeps) => Promise<unknown>;

/** Refusals a retry may answer after the first attempt's change was completed by the restart. */
const settledRefusals = new Set([
  'RESULT.EXISTS',
  'HANDOFF.ALREADY_ACKNOWLEDGED',
  // a versioned step the restart completed: the retry holds the version before it
  'PLAN.STALE',
  'TASK.EXISTS',
  // a stage move the restart completed: the task has moved on
  'TASK.WRONG_STAGE',
]);

/**
 * For n = 1, 2, …: a fresh table with the seed, the use case on a client that dies right
 * after its n-th write, a restart (resume of open changes), then the check that every stored
 * change has exactly one entry and every entry its change; then the client's retry, and the
 * same check. Ends with the first n the use case finishes under. Returns the writes it makes.
 */
export const everyCrash = async (
  scenario: () => Promise<Scenario>,
  seed: Seed,
  act: Act,
  check?: (deps: WorkflowDeps) => Promise<void>,
  taskId = TASK,
): Promise<number> => {
  for (let n = 1; n < 400; n++) {
    const s = await scenario();
    const good = s.deps();
    await seed(good);
    const crashing = crashingClient(s.client, n);
    const outcome = await act(s.deps(crashing.client)).then(
      () => 'done' as const,
      (e: unknown) => e,
    );
    if (outcome === 'done') {
      const after = await consistency(good, taskId);
      expect(after.check.problems, `no crash (${n - 1} writes)`).toEqual([]);
      if (check) await check(good);
      return n - 1;
    }
    expect(outcome, `crash after write ${n}`).toBeInstanceOf(Crash);
    await resumeWorkflowChanges(good);
    const resumed = await consistency(good, taskId);
    expect(resumed.chain.ok, `chain after crash ${n}`).toBe(true);
    expect(resumed.check.problems, `after crash ${n} and restart`).toEqual([]);
    expect(resumed.open).toEqual([]);
    await act(good).catch((e: { code?: string }) => {
      if (!settledRefusals.has(e.code ?? '')) throw e;
    });
    const retried = await consistency(good, taskId);
    expect(retried.check.problems, `after crash ${n}, restart and retry`).toEqual([]);
    if (check) await check(good);
  }
  throw new Error('the use case never finished');
};
