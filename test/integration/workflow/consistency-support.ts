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
  moveTask,
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
import { afterAll, beforeAll } from 'vitest';
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
  return t;
};

export const resultInput = (targetId: string, over: Record<string, unknown> = {}) => ({
  taskId: TASK,
  targetId,
  item: 'FOOD-01',
  method: 'on-site' as const,
  inspectionDate: '2026-04-01',
  wording: 'no-problem' as const,
  team: MEMBERS,
  ...over,
});

/** The task's chain and stored changes compared (docs/consistency.md), and the chain's hashes. */
export const consistency = async (deps: WorkflowDeps) => {
  const t = (await deps.tasks.get(TASK))!;
  const entries = await allPagesOf((p) => deps.audit.read(TASK, p));
  const open = await allPagesOf((p) => deps.intents.listOpen(p));
  const check = crossCheckTask({
    task: t,
    results: await deps.results.listByTask(TASK),
    handoffs: await deps.handoffs.listByTask(TASK),
    assignments: await deps.assignments.listByTask(TASK),
    entries,
    open,
  });
  return { check, chain: verifyChain(entries), entries, open };
};
