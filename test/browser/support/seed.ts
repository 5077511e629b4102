import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor, Clock } from '@double-random/domain';
import { workflowUseCases } from '@double-random/domain';
import { witnessCommitment, witnessEntropy } from '@double-random/draw';
import { dependencies, setDependencies } from '../../../functions/src/composition';
import { workflowDeps } from '../../../functions/src/http/tasks/workflow-deps';
import { type LocalServer, startLocalServer } from '../../../packages/local/src/server';
import { ensureSite } from '../../../packages/site/src/build';
import { usccOf } from '../../e2e/support/fixtures';

export const YEAR = 2027;
export const TASK_ID = `${YEAR}-SCJG-001`;
export const PARTICIPANT_DRAW = `${TASK_ID}.STHJ`;
export const TARGETS = 60;
export const nameOf = (n: number): string => `台州市椒江区海门副食品商店${n}`;

export interface Seeded {
  server: LocalServer;
  url: string;
  /** the targets drawn as selected in the target draw, with their published results */
  selected: { id: string; name: string }[];
  /** a target of the pool that was not drawn */
  notDrawn: string;
  /** the target whose result carries a penalty */
  penalised: string;
}

const office: Actor = { sub: 'office-clerk-0001', roles: ['office'] };
const scjg: Actor = { sub: 'scjg-clerk-0002', roles: ['dept:SCJG'] };
/** The task's witnesses (docs/entropy.md): a participating department and 纪检监察. */
const WITNESSES = [
  { id: 'STHJ', actor: { sub: 'sthj-witness', roles: ['dept:STHJ'] } as Actor },
  { id: 'JJJC', actor: { sub: 'jjjc-witness', roles: ['witness:JJJC'] } as Actor },
];
const secretOf = (id: string) => witnessCommitment(`browser test witness ${id}`);
/** The entropy the witnesses' reveals give, shown on the page. */
export const SEEDED_ENTROPY = witnessEntropy(
  WITNESSES.map((w) => ({ id: w.id, reveal: secretOf(w.id) })),
);
const TOKEN_SUBS = {
  office: 'office-clerk-0003',
  SCJG: 'scjg-clerk-0004',
  STHJ: 'sthj-clerk-0005',
};

/** The account ids (`sub`) of every staff member who acts in the seeded year. */
export const STAFF_SUBS: readonly string[] = [
  office.sub,
  scjg.sub,
  ...Object.values(TOKEN_SUBS),
  ...WITNESSES.map((w) => w.actor.sub),
];

/**
 * A local server serving the built page and the API, seeded as a district runs a year:
 * directories and plans through the HTTP API (filed, approved, published, district plan
 * approved), then one joint task through the workflow use cases (freeze, commit, ceremony
 * entropy, draw, results recorded and published), because the local state machine is not
 * what these tests are about. The page reads everything back through the public routes.
 */
export const startSeededServer = async (): Promise<Seeded> => {
  process.env.LOG_LEVEL ??= 'silent';
  const staticDir = await ensureSite();
  // a data folder, because draw bundles and results are blobs, kept in files locally
  const dataDir = await mkdtemp(join(tmpdir(), 'double-random-site-'));
  const started = await startLocalServer({
    port: 0,
    dataDir,
    staticDir,
    log: { info: () => {}, error: () => {} },
  });
  const server: LocalServer = {
    ...started,
    close: async () => {
      await started.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  let now = `${YEAR}-01-20T02:00:00.000Z`;
  const clock: Clock = { now: () => now };
  setDependencies({ ...dependencies(), clock });

  const tokens = {
    office: await server.issueToken({ role: 'office', sub: TOKEN_SUBS.office }),
    SCJG: await server.issueToken({ role: 'dept', dept: 'SCJG', sub: TOKEN_SUBS.SCJG }),
    STHJ: await server.issueToken({ role: 'dept', dept: 'STHJ', sub: TOKEN_SUBS.STHJ }),
  };
  const call = async (
    method: string,
    path: string,
    token: string,
    body?: unknown,
    contentType = 'application/json',
  ): Promise<{ version: number }> => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return JSON.parse(text || '{}');
  };

  /** the 执法证 of each inspector created, by id: what a result says the team showed */
  const certificates = new Map<string, string>();
  for (const [dept, code, name, category] of [
    ['SCJG', 'SC-K1', '食品经营者落实食品安全主体责任情况检查', 'key'],
    // key: the joint task samples half the pool, above a general item's 10 % (二(二))
    ['STHJ', 'HJ-G1', '排污单位污染物排放情况检查', 'key'],
  ] as const) {
    await call('POST', `/departments/${dept}/items`, tokens[dept], {
      code,
      name,
      legalBasis: '《中华人民共和国食品安全法》第八十七条',
      category,
      methods: ['on-site'],
      qualification: `${dept}-GEN`,
    });
    for (let i = 1; i <= 6; i++) {
      const created = await call('POST', `/departments/${dept}/inspectors`, tokens[dept], {
        id: `${dept}-P${i}`,
        name: `${dept === 'SCJG' ? '市监' : '环境'}检查员${i}`,
        certificateNo: `C-${dept}-${i}`,
        certificateExpiry: `${YEAR}-12-31`,
        qualifications: [`${dept}-GEN`],
        mayLead: i <= 3,
        idNumber: '331002199001011234',
        phone: '13800000000',
      });
      const { id, certificateNo } = created as unknown as { id: string; certificateNo: string };
      certificates.set(id, certificateNo);
    }
  }
  const rows = Array.from(
    { length: TARGETS },
    (_, i) => `${usccOf(i)},${nameOf(i)},企业,海门街道,餐饮,B`,
  );
  // the same enterprises in both directories: a joint task draws subjects both regulate
  for (const dept of ['SCJG', 'STHJ'] as const)
    await call(
      'POST',
      `/departments/${dept}/targets/import`,
      tokens[dept],
      ['统一社会信用代码,名称,主体类型,所属镇街,行业,信用风险等级', ...rows].join('\r\n'),
      'text/csv',
    );

  const plan = await call('PUT', `/plans/${YEAR}/departments/SCJG`, tokens.SCJG, {
    tasks: [
      {
        seq: 1,
        name: '食品经营者与排污单位联合抽查',
        items: ['SC-K1', 'HJ-G1'],
        // a key item at half the pool: enough published results for more than one page
        strata: [{ key: 'all', ratioBp: 5000 }],
        window: { start: `${YEAR}-03-01`, end: `${YEAR}-11-30` },
        teamSize: 2,
        participants: ['STHJ'],
      },
    ],
  });
  const approved = await call('POST', `/plans/${YEAR}/departments/SCJG/approve`, tokens.office, {
    expectedVersion: plan.version,
  });
  await call('POST', `/plans/${YEAR}/departments/SCJG/publish`, tokens.office, {
    expectedVersion: approved.version,
  });
  await call('POST', `/plans/${YEAR}/district/approve`, tokens.office);

  const deps = workflowDeps();
  now = `${YEAR}-03-01T02:00:00.000Z`;
  for (const w of WITNESSES)
    await workflowUseCases.commitWitness(deps, {
      actor: w.actor,
      taskId: TASK_ID,
      witness: w.id,
      input: { commitment: witnessCommitment(secretOf(w.id)) },
    });
  await workflowUseCases.createTask(deps, {
    actor: office,
    input: {
      department: 'SCJG',
      year: YEAR,
      seq: 1,
      reserves: { all: 2 },
      entropySource: `witness:${YEAR}-03-02:${WITNESSES.map((w) => w.id).join(',')}`,
    },
  });
  await workflowUseCases.freezeTask(deps, { actor: office, taskId: TASK_ID });
  await workflowUseCases.commitTask(deps, { actor: office, taskId: TASK_ID });
  now = `${YEAR}-03-02T03:00:00.000Z`;
  for (const w of WITNESSES)
    await workflowUseCases.revealWitness(deps, {
      actor: w.actor,
      taskId: TASK_ID,
      witness: w.id,
      input: { reveal: secretOf(w.id) },
    });
  const { records } = await workflowUseCases.drawTask(deps, { actor: office, taskId: TASK_ID });
  await workflowUseCases.advanceTask(deps, { actor: office, taskId: TASK_ID, to: 'Notified' });

  const target = records.find((r) => r.drawId === TASK_ID)!.result;
  const selectedIds = target.strata.flatMap((s) => s.selected);
  const drawn = new Set([...selectedIds, ...target.strata.flatMap((s) => s.reserve)]);
  now = `${YEAR}-03-20T02:00:00.000Z`;
  for (const [i, id] of selectedIds.entries()) {
    const team = target.assignments.find((a) => a.target === id)!.members;
    await workflowUseCases.recordResult(deps, {
      actor: scjg,
      input: {
        taskId: TASK_ID,
        targetId: id,
        item: 'SC-K1',
        method: 'on-site',
        inspectionDate: `${YEAR}-03-18`,
        wording: i === 0 ? 'corrected' : 'no-problem',
        team,
        // the team showed its 执法证 (《行政处罚法》第55条)
        certificatesShown: team.map((m) => certificates.get(m)!),
        ...(i === 0
          ? {
              penalty: {
                decisionNo: `椒市监罚〔${YEAR}〕12号`,
                decisionDate: `${YEAR}-03-19`,
                kind: '罚款',
                warningOnly: false,
              },
            }
          : {}),
      },
    });
  }
  now = `${YEAR}-03-25T02:00:00.000Z`;
  await workflowUseCases.publishResults(deps, { actor: scjg, taskId: TASK_ID, department: 'SCJG' });

  const byId = new Map(rows.map((_, i) => [usccOf(i), nameOf(i)]));
  const notDrawn = [...byId.keys()].find((id) => !drawn.has(id))!;
  return {
    server,
    url: server.url,
    selected: selectedIds.map((id) => ({ id, name: byId.get(id)! })),
    notDrawn,
    penalised: selectedIds[0]!,
  };
};
