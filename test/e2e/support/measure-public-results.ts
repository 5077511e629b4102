/**
 * The public result search (`GET /results`, `GET /targets/{id}/results`) over many published
 * results, through the local gateway. Run: `npx tsx test/e2e/support/measure-public-results.ts 10000`.
 * Seeds one task, n targets and n published results through the store (the publication
 * index is written by `ResultRepository.put`), then times each query shape over HTTP.
 *
 * Measured 2026-11-26 on the shared 2-core machine (Node 20, 10,000 published results, 5
 * runs each, median). Before: by USCC 9 ms; target's results 32 ms; name prefix 39 hits
 * 51 ms, 100 hits 150 ms; all, newest first, 100 per page 519 ms, 1,000 per page 1.9 s, when
 * every page also read each result (method, date) and its targets (town), about 1 ms per item.
 * After the publication record carried all of them (a page is its one index Query, no other
 * read): by USCC 6 ms; target's results 28 ms; name prefix 39 hits 11 ms, 100 hits 17 ms;
 * all, 100 per page 17 ms, 1,000 per page 87 ms. Seeding took 123 s.
 */
import { type InspectionResult, newTarget, type Target, type Task } from '@double-random/domain';
import { dependencies } from '../../../functions/src/composition';
import { workflowDeps } from '../../../functions/src/http/tasks/workflow-deps';
import { startLocalServer } from '../../../packages/local/src/server';
import { usccOf } from './fixtures';

process.env.LOG_LEVEL = 'silent';
const n = Number(process.argv[2] ?? 10_000);
const YEAR = 2027;
const TASK = `${YEAR}-SCJG-001`;
const server = await startLocalServer({ port: 0, timeoutMs: 600_000 });
const at = '2027-01-05T02:00:00.000Z';

try {
  const deps = dependencies();
  const seeded = performance.now();
  const targets: Target[] = Array.from(
    { length: n },
    (_, i) =>
      newTarget(
        {
          department: 'SCJG',
          name: `${['椒江', '黄岩', '路桥'][i % 3]}商行${i}`,
          kind: 'enterprise',
          uscc: usccOf(i),
          town: '海门街道',
          industry: '零售',
          riskClass: 'B',
        },
        { actor: 'seed', now: at },
      ).target,
  );
  await deps.targets.putMany(targets);
  const item = { code: 'SC-G1', qualification: 'SCJG-GEN' };
  const task: Task = {
    id: TASK,
    year: YEAR,
    planId: `SCJG-${YEAR}`,
    name: '测量任务',
    category: 'general',
    items: [{ code: item.code, department: 'SCJG', qualification: item.qualification }],
    initiator: 'SCJG',
    participants: [],
    joint: false,
    scope: { kinds: [], towns: [], industries: [], riskClasses: [] },
    strata: [{ key: 'all', ratioBp: 1000, reserve: 0 }],
    teamSize: 2,
    cap: 0,
    crossUnit: true,
    draws: [
      { drawId: TASK, department: 'SCJG', role: 'targets', qualification: item.qualification },
    ],
    window: { start: `${YEAR}-03-01`, end: `${YEAR}-11-30` },
    entropySource: `ceremony:${YEAR}-02-01`,
    stage: 'Done',
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  const wf = workflowDeps();
  await wf.tasks.create(task);
  const result = (i: number): InspectionResult => ({
    taskId: TASK,
    targetId: usccOf(i),
    item: item.code,
    department: 'SCJG',
    method: 'on-site',
    inspectionDate: `${YEAR}-04-01`,
    wording: 'no-problem',
    evidence: [],
    team: ['P0001', 'P0002'],
    suspectedCrime: false,
    recordedBy: 'seed',
    recordedAt: at,
    publication: {
      dueBy: `${YEAR}-04-30`,
      provisional: false,
      publishedAt: new Date(Date.parse(`${YEAR}-04-10T00:00:00Z`) + i * 1000).toISOString(),
    },
  });
  for (let i = 0; i < n; i += 32)
    await Promise.all(
      Array.from({ length: Math.min(32, n - i) }, async (_, k) => {
        const r = result(i + k);
        const { publishedAt: _p, ...unpublished } = r.publication;
        await wf.results.create({ ...r, publication: unpublished });
        await wf.results.put(r);
      }),
    );
  console.log(
    `seeded ${n} targets and published results in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
  );
  const time = async (path: string) => {
    const runs: number[] = [];
    let count = 0;
    for (let r = 0; r < 5; r++) {
      const started = performance.now();
      const res = await fetch(`${server.url}${path}`);
      const body = (await res.json()) as { items: unknown[] };
      runs.push(performance.now() - started);
      count = body.items.length;
    }
    runs.sort((a, b) => a - b);
    console.log(
      `${path}: ${count} items, median ${runs[2]!.toFixed(0)} ms (min ${runs[0]!.toFixed(0)}, max ${runs[4]!.toFixed(0)})`,
    );
  };
  await time('/results');
  await time('/results?limit=1000');
  await time(`/results?q=${usccOf(4321)}`);
  await time(`/results?q=${encodeURIComponent('椒江商行12')}`);
  await time(`/results?q=${encodeURIComponent('黄岩')}&limit=100`);
  await time(`/targets/${usccOf(4321)}/results`);
} finally {
  await server.close();
}
