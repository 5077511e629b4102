/**
 * Freeze and draw of one task over a department of 100,000 active targets, on an
 * in-memory dynalite in a process of its own, against a baseline measured in the same process on the same table:
 *
 * - baseline: one raw paged Query of the department's active targets (gsi1), projecting
 *   only the attributes a freeze reads, plus a raw `batchWriteAll` of as many assignment
 *   items as the draw writes, with the same key shape (another task's folder);
 * - workflow: `freezeTask` (directory reads, bundle, digests, blob, header, audit) and
 *   `drawTask` (bundle read, digest check, dr-draw/1, draw record blob, assignments, audit).
 *
 * Commit and entropy run between them, untimed. Setup (bulk write of the directory through
 * the repositories' `putMany`, plan, items, tasks) is not timed either.
 *
 * Both sides run in three rounds, one task each, and the best time of each phase counts (as
 * the draw benchmark takes the best of three). One round's figures swing by a tenth either
 * way: the database's own garbage collection lands on whichever phase is running.
 * `BENCH_WORKFLOW_TARGETS=20000` for a quick run; default 100,000. `BENCH_WORKFLOW_ROUNDS`
 * sets the rounds.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Actor,
  type Inspector,
  newInspector,
  newItem,
  newTarget,
  type Plan,
  type PlanTask,
  type Target,
  type TaskAssignment,
  workflowUseCases as uc,
  usccCheckChar,
  type WorkflowDeps,
} from '@double-random/domain';
import { type DrawResult, witnessCommitment } from '@double-random/draw';
import { nodeDrawOptions } from '@double-random/draw/node';
import {
  batchWriteAll,
  createDocumentClient,
  createFileBlobStore,
  createInspectorRepository,
  createItemRepository,
  createPlanRepository,
  createTargetRepository,
  ensureTable,
  indexKeys,
  indexPartitions,
  keys,
  queryAll,
  type StoredItem,
  type TableRef,
  workflowRepositoriesOn,
} from '@double-random/store';
import { startEmbeddedDynamo } from '@double-random/store/embedded';

process.env.LOG_LEVEL = 'silent';
const N = Number(process.env.BENCH_WORKFLOW_TARGETS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_WORKFLOW_ROUNDS ?? 3);
const INSPECTORS = 300;
const NOW = '2027-01-15T02:00:00.000Z';
const YEAR = 2027;
const DEPT = 'SCJG';
const ITEM = 'SCJG-FOOD';
const RISK = ['A', 'B', 'C', 'D'] as const;
const TOWNS = ['运河街道', '涧头集镇', '马兰屯镇', '泥沟镇'];
const UNITS = Array.from({ length: 12 }, (_, i) => `U${String(i + 1).padStart(2, '0')}`);
const RESERVE = 50;
const SETUP_SLICE = 10_000;
/** issue goals: the workflow within 1.1× the raw reads and writes, under 600 MB */
const AIM_RATIO = 1.1;
const AIM_RSS_MB = 600;
const office: Actor = { sub: 'office-bench', roles: ['office'] };
/** the draw's witnesses (docs/entropy.md), with fixed bench secrets */
const WITNESSES = ['JJJC', 'GZC'].map((id) => ({
  id,
  actor: { sub: `${id.toLowerCase()}-bench`, roles: [`witness:${id}`] } as Actor,
  secret: witnessCommitment(`bench witness ${id}`),
}));

const usccOf = (n: number): string => {
  const first17 = `91331002${String(n).padStart(8, '0')}X`;
  return first17 + usccCheckChar(first17);
};

const targetOf = (i: number): Target =>
  newTarget(
    {
      uscc: usccOf(i),
      name: `台州市椒江区第${i}号食品店`,
      kind: 'enterprise',
      town: TOWNS[i % TOWNS.length]!,
      industry: i % 3 === 0 ? '餐饮' : '食品销售',
      riskClass: RISK[i % RISK.length]!,
      unit: UNITS[i % UNITS.length]!,
      department: DEPT,
    },
    { actor: 'bench', now: NOW },
  ).target;

const inspectorOf = (i: number, targetIds: readonly string[]): Inspector => {
  const inspector = newInspector(
    {
      id: `INS-${String(i).padStart(4, '0')}`,
      department: DEPT,
      unit: UNITS[i % UNITS.length]!,
      name: `检查员${i}`,
      certificateNo: `Z${String(i).padStart(6, '0')}`,
      certificateExpiry: `${YEAR + 1}-12-31`,
      qualifications: [ITEM],
      mayLead: i % 4 === 0,
    },
    { actor: 'bench', now: NOW },
  ).inspector;
  // a few declared conflicts (回避), as a real roster has
  const conflicts = Array.from({ length: i % 3 }, (_, c) => ({
    targetId: targetIds[(i * 7919 + c * 104729) % targetIds.length]!,
    reason: '近亲属任职',
    declaredBy: 'inspector' as const,
    at: NOW,
  }));
  return { ...inspector, conflicts };
};

const taskIdOf = (seq: number) => `${YEAR}-${DEPT}-${String(seq).padStart(3, '0')}`;

const plannedTask = (seq: number): PlanTask => ({
  seq,
  id: taskIdOf(seq),
  name: '食品经营者监督检查',
  items: [ITEM],
  scope: { kinds: [], towns: [], industries: [], riskClasses: [] },
  strata: RISK.map((r) => ({ key: `risk:${r}`, ratioBp: 1000 })),
  window: { start: `${YEAR}-01-01`, end: `${YEAR}-11-30` },
  participants: [],
  teamSize: 2,
  initiator: DEPT,
  joint: false,
  category: 'general',
  ratio: { numerator: 0, denominator: 0, weighted: false, bp: 1000 },
});

const plan: Plan = {
  id: `${DEPT}-${YEAR}`,
  department: DEPT,
  year: YEAR,
  status: 'approved',
  tasks: Array.from({ length: ROUNDS }, (_, i) => plannedTask(i + 1)),
  late: false,
  createdAt: NOW,
  updatedAt: NOW,
  version: 1,
  history: [],
};

/** The least any freeze must read: every active target's id, stratum and scope fields. */
const POOL_ATTRIBUTES = [
  'id',
  'department',
  'status',
  'kind',
  'town',
  'industry',
  'riskClass',
  'unit',
];
const rawQueryTargets = async (table: TableRef): Promise<number> =>
  (
    await queryAll(table, {
      index: 'gsi1',
      partition: indexPartitions.directoryByStatus('target', DEPT, 'active'),
      attributes: POOL_ATTRIBUTES,
    })
  ).length;

/**
 * The least any draw must write: one item per assignment, same keys and attributes, of the
 * same lengths (a task's draw id is its task id, as the draw's).
 */
const rawWriteAssignments = async (
  table: TableRef,
  like: readonly TaskAssignment[],
  round: number,
) => {
  const taskId = taskIdOf(900 + round);
  const drawId = taskId;
  const items: StoredItem[] = like.map((a) => ({
    ...a,
    taskId,
    drawId,
    ...keys.drawAssignment(taskId, drawId, a.target),
    ...indexKeys.drawsOfTarget(a.target, taskId, drawId),
  }));
  await batchWriteAll(table, items);
};

/**
 * `BENCH_WORKFLOW_DETAIL=1`: time spent in each port method, to tell the store's share of
 * a phase from the use case's own (draw engine, digests, canonical JSON).
 */
const spent = new Map<string, number>();
const metered = <T extends object>(name: string, port: T): T =>
  new Proxy(port, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const start = performance.now();
        try {
          return await value.apply(target, args);
        } finally {
          const key = `${name}.${String(prop)}`;
          spent.set(key, (spent.get(key) ?? 0) + performance.now() - start);
        }
      };
    },
  });
const detail = (phase: string) => {
  if (!process.env.BENCH_WORKFLOW_DETAIL) return;
  process.stdout.write(
    `  ${phase}: peak RSS so far ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`,
  );
  for (const [key, ms] of [...spent].sort((a, b) => b[1] - a[1]))
    process.stdout.write(`  ${phase}: ${key} ${(ms / 1000).toFixed(2)} s\n`);
  spent.clear();
};

/** A process's peak resident memory from /proc (Linux), in MB; '?' elsewhere. */
const databasePeakMb = (pid: number | undefined): string => {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
    return Number.isFinite(kb) ? String(Math.round(kb / 1024)) : '?';
  } catch {
    return '?';
  }
};

/** A process's CPU time so far (user + system) from /proc (Linux), in seconds; NaN elsewhere. */
const processCpuSeconds = (pid: number | undefined): number => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
};

/** CPU seconds spent in this process and in the database's while each side ran. */
const cpu = { baseline: { own: 0, database: 0 }, workflow: { own: 0, database: 0 } };

const time = async <T>(
  side: keyof typeof cpu,
  databasePid: number | undefined,
  fn: () => Promise<T>,
): Promise<[T, number]> => {
  const own = process.cpuUsage();
  const database = processCpuSeconds(databasePid);
  const start = performance.now();
  const value = await fn();
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(own);
  cpu[side].own += (used.user + used.system) / 1e6;
  cpu[side].database += processCpuSeconds(databasePid) - database;
  return [value, seconds];
};

const main = async () => {
  // the database in a process of its own, as DynamoDB is beside a Lambda: the memory and CPU
  // measured here are the workflow's (and the baseline's client side), not the store's
  const dynamo = await startEmbeddedDynamo({ ownProcess: true });
  const blobDir = await mkdtemp(join(tmpdir(), 'workflow-bench-'));
  const client = createDocumentClient({ endpoint: dynamo.endpoint, region: 'local' });
  try {
    const table: TableRef = { client, tableName: 'workflow-bench' };
    await ensureTable(client, table.tableName);
    const ports = {
      targets: createTargetRepository(table),
      inspectors: createInspectorRepository(table),
      items: createItemRepository(table),
      plans: createPlanRepository(table),
      ...workflowRepositoriesOn(table, createFileBlobStore(blobDir)),
      clock: { now: () => NOW },
      // as the functions compose it (functions/src/composition.ts)
      drawOptions: nodeDrawOptions,
    } satisfies WorkflowDeps;
    const deps: typeof ports = process.env.BENCH_WORKFLOW_DETAIL
      ? (Object.fromEntries(
          // the stores only: the clock and the engine's hash are no ports and stay synchronous
          Object.entries(ports).map(([k, v]) => [
            k,
            k === 'clock' || k === 'drawOptions' ? v : metered(k, v),
          ]),
        ) as typeof ports)
      : ports;

    const setupStart = performance.now();
    {
      // written in slices, so the bench's own setup does not set the process's peak memory
      const ids: string[] = [];
      for (let from = 0; from < N; from += SETUP_SLICE) {
        const slice = Array.from({ length: Math.min(SETUP_SLICE, N - from) }, (_, i) =>
          targetOf(from + i),
        );
        await deps.targets.putMany(slice);
        for (const t of slice) ids.push(t.id);
      }
      await deps.inspectors.putMany(
        Array.from({ length: INSPECTORS }, (_, i) => inspectorOf(i, ids)),
      );
      await deps.items.create(
        newItem(
          {
            department: DEPT,
            code: ITEM,
            name: '食品安全监督检查',
            legalBasis: '《中华人民共和国食品安全法》第一百一十条',
            category: 'general',
            methods: ['on-site'],
            qualification: ITEM,
          },
          { actor: 'bench', now: NOW },
        ).item,
      );
      await deps.plans.create(plan);
    }
    const setupSeconds = (performance.now() - setupStart) / 1000;

    detail('setup');
    // once untimed, so neither side pays for the first Query's compilation and caches
    await rawQueryTargets(table);

    const rounds: { query: number; freeze: number; draw: number; write: number }[] = [];
    let result: DrawResult | undefined;
    let written = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const taskId = taskIdOf(round);
      for (const w of WITNESSES)
        await uc.commitWitness(deps, {
          actor: w.actor,
          taskId,
          witness: w.id,
          input: { commitment: witnessCommitment(w.secret) },
        });
      const task = await uc.createTask(deps, {
        actor: office,
        input: {
          department: DEPT,
          year: YEAR,
          seq: round,
          reserves: Object.fromEntries(RISK.map((r) => [`risk:${r}`, RESERVE])),
          entropySource: `witness:2027-01-15:${WITNESSES.map((w) => w.id).join(',')}`,
        },
      });

      const [queried, querySeconds] = await time('baseline', dynamo.pid, () =>
        rawQueryTargets(table),
      );
      if (queried !== N) throw new Error(`the raw Query read ${queried} of ${N} targets`);
      detail('baseline query');
      spent.clear();

      const [frozen, freezeSeconds] = await time('workflow', dynamo.pid, () =>
        uc.freezeTask(deps, { actor: office, taskId: task.id }),
      );
      if (frozen.frozen.target.bundle.pool.length !== N)
        throw new Error(`the frozen pool holds ${frozen.frozen.target.bundle.pool.length} of ${N}`);
      detail('freeze');

      await uc.commitTask(deps, { actor: office, taskId: task.id });
      for (const w of WITNESSES)
        await uc.revealWitness(deps, {
          actor: w.actor,
          taskId: task.id,
          witness: w.id,
          input: { reveal: w.secret },
        });
      spent.clear();

      const [drawn, drawSeconds] = await time('workflow', dynamo.pid, () =>
        uc.drawTask(deps, { actor: office, taskId: task.id }),
      );
      detail('draw');
      const assignments = await deps.assignments.listByTask(task.id);
      result = drawn.records[0]!.result;
      const expected = result.assignments.length + result.reserveAssignments.length;
      if (assignments.length !== expected)
        throw new Error(`${assignments.length} assignments stored, the draw made ${expected}`);
      written = assignments.length;

      const [, writeSeconds] = await time('baseline', dynamo.pid, () =>
        rawWriteAssignments(table, assignments, round),
      );
      rounds.push({
        query: querySeconds,
        freeze: freezeSeconds,
        draw: drawSeconds,
        write: writeSeconds,
      });
    }
    if (result === undefined) throw new Error('BENCH_WORKFLOW_ROUNDS must be at least 1');

    const best = (phase: keyof (typeof rounds)[number]) => Math.min(...rounds.map((r) => r[phase]));
    const querySeconds = best('query');
    const writeSeconds = best('write');
    const freezeSeconds = best('freeze');
    const drawSeconds = best('draw');
    const baseline = querySeconds + writeSeconds;
    const workflow = freezeSeconds + drawSeconds;
    const ratio = workflow / baseline;
    const selected = result.strata.reduce((n, s) => n + s.size, 0);
    const each = (phase: keyof (typeof rounds)[number]) =>
      `(${rounds.map((r) => r[phase].toFixed(2)).join(', ')})`;
    const rss = Math.round(process.resourceUsage().maxRSS / 1024);
    const s = (x: number) => `${x.toFixed(2)} s`;
    process.stdout.write(
      [
        `targets: ${N.toLocaleString('en')} active, ${INSPECTORS} inspectors; ${selected.toLocaleString('en')} selected + ${result.reserveAssignments.length} reserves = ${written.toLocaleString('en')} assignments; best of ${ROUNDS} rounds (each round's in brackets)`,
        `setup (bulk write, not timed): ${s(setupSeconds)}`,
        `baseline  raw Query of ${N.toLocaleString('en')} targets (projected): ${s(querySeconds)} ${each('query')}`,
        `baseline  raw batch write of ${written.toLocaleString('en')} assignments: ${s(writeSeconds)} ${each('write')}`,
        `baseline  total: ${s(baseline)}`,
        `workflow  freeze: ${s(freezeSeconds)} ${each('freeze')}`,
        `workflow  draw: ${s(drawSeconds)} ${each('draw')}`,
        `workflow  total: ${s(workflow)}`,
        `workflow / baseline: ${ratio.toFixed(2)}x (aim ≤ ${AIM_RATIO})${ratio <= AIM_RATIO ? '' : '  ABOVE AIM'}`,
        // CPU is less at the mercy of other work on the machine than elapsed time (no aim)
        `CPU seconds over all rounds (this process + database): baseline ${s(cpu.baseline.own)} + ${s(cpu.baseline.database)}, workflow ${s(cpu.workflow.own)} + ${s(cpu.workflow.database)}; workflow / baseline ${(
          (cpu.workflow.own + cpu.workflow.database) / (cpu.baseline.own + cpu.baseline.database)
        ).toFixed(2)}x`,
        `database process (dynalite, not the workflow's): peak RSS ${databasePeakMb(dynamo.pid)} MB`,
        `peak RSS ${rss} MB (aim < ${AIM_RSS_MB})${rss < AIM_RSS_MB ? '' : '  ABOVE AIM'}; load average ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} cores`,
        '',
      ].join('\n'),
    );
  } finally {
    client.destroy();
    await dynamo.close();
    await rm(blobDir, { recursive: true, force: true });
  }
};

await main();
