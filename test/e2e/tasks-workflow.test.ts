import { shanghaiDate } from '@double-random/domain';
import { checkEntropy, verifyDraw, witnessCommitment } from '@double-random/draw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicTask } from '../../functions/src/http/public/public.schemas';
import { usccOf } from './support/fixtures';
import { startTestServer, type TestServer } from './support/local-server';

/**
 * The whole workflow over HTTP with the embedded state machine: a plan filed and approved,
 * POST /tasks, the commitment read publicly before the draw, the witnesses' reveals, the draw
 * read and re-run publicly, results recorded and published, found by the public search.
 */

// An inspection lies between its draw and today (Asia/Shanghai): the task runs in this
// year, its window the whole year, and the inspection is recorded on the day of the draw.
const TODAY = shanghaiDate(new Date().toISOString());
const YEAR = Number(TODAY.slice(0, 4));
const TASK = `${YEAR}-SCJG-001`;
let api: TestServer;
const tokens = {} as Record<'office' | 'scjg' | 'sthj' | 'jjjc', string>;
/** Two witnesses outside the office: a department (STHJ) and 纪检监察 (JJJC); test secrets. */
const WITNESSES = ['STHJ', 'JJJC'] as const;
const secretOf = (w: string) => witnessCommitment(`${TASK}/${w}/e2e`);
const witnessToken = (w: string) => (w === 'STHJ' ? tokens.sthj : tokens.jjjc);

const call = async (method: string, path: string, token?: string, body?: unknown) =>
  api.request(method, path, {
    ...(token ? { token } : {}),
    ...(body === undefined ? {} : { body }),
  });

const expectStatus = (res: { status: number; body: unknown }, status: number) =>
  expect(res.status, JSON.stringify(res.body)).toBe(status);

/** Polls the public task until `done` holds; the engine runs its states in the background. */
const until = async (done: (task: PublicTask) => boolean, what: string): Promise<PublicTask> => {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const res = await api.request<PublicTask>('GET', `/tasks/${TASK}`);
    if (res.status === 200 && done(res.body)) return res.body;
    if (res.body?.stage === 'Failed' || Date.now() > deadline)
      throw new Error(`waiting for ${what}: ${JSON.stringify(res.body)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

beforeAll(async () => {
  api = await startTestServer();
  tokens.office = await api.tokenFor('office');
  tokens.scjg = await api.tokenFor('dept', 'SCJG');
  tokens.sthj = await api.tokenFor('dept', 'STHJ');
  tokens.jjjc = await api.tokenFor('witness', 'JJJC');
  expectStatus(
    await call('POST', '/departments/SCJG/items', tokens.scjg, {
      code: 'SC-G1',
      name: '产品质量监督抽查',
      legalBasis: '《中华人民共和国产品质量法》第十五条',
      category: 'general',
      methods: ['on-site'],
      qualification: 'SCJG-GEN',
    }),
    201,
  );
  for (let n = 0; n < 30; n++)
    expectStatus(
      await call('POST', '/departments/SCJG/targets', tokens.scjg, {
        name: `椒江商行${n}`,
        kind: 'enterprise',
        uscc: usccOf(500 + n),
        town: '海门街道',
        industry: '零售',
        riskClass: 'C',
      }),
      201,
    );
  for (let n = 1; n <= 4; n++)
    expectStatus(
      await call('POST', '/departments/SCJG/inspectors', tokens.scjg, {
        id: `P010${n}`,
        name: `执法员${n}`,
        certificateNo: `ZJ-010${n}`,
        certificateExpiry: '2030-12-31',
        qualifications: ['SCJG-GEN'],
        mayLead: true,
      }),
      201,
    );
}, 60_000);

afterAll(async () => {
  await api?.close();
});

describe('a task through the embedded workflow, read by the public', () => {
  let entropySource: string;
  let assignments: { target: string; targetName: string; members: { id: string }[] }[];

  it('files and approves a plan, then creates the task once', async () => {
    const filed = await call('PUT', `/plans/${YEAR}/departments/SCJG`, tokens.scjg, {
      tasks: [
        {
          seq: 1,
          name: '零售企业产品质量抽查',
          items: ['SC-G1'],
          strata: [{ key: 'all', ratioBp: 1000 }],
          window: { start: `${YEAR}-01-01`, end: `${YEAR}-12-31` },
          teamSize: 2,
        },
      ],
    });
    expectStatus(filed, 201);
    expectStatus(
      await call('POST', `/plans/${YEAR}/departments/SCJG/approve`, tokens.office, {
        expectedVersion: filed.body.version,
      }),
      200,
    );
    // the witnesses publish their SHA-256 first: the task (and its freeze) waits for them
    for (const w of WITNESSES)
      expectStatus(
        await call('POST', `/tasks/${TASK}/witnesses/${w}/commitment`, witnessToken(w), {
          commitment: witnessCommitment(secretOf(w)),
        }),
        201,
      );
    entropySource = `witness:${shanghaiDate(new Date().toISOString())}:${WITNESSES.join(',')}`;
    const body = { department: 'SCJG', year: YEAR, seq: 1, reserves: { all: 1 }, entropySource };
    const created = await call('POST', '/tasks', tokens.office, body);
    expectStatus(created, 201);
    expect(created.headers.get('location')).toBe(`/tasks/${TASK}`);
    const retry = await call('POST', '/tasks', tokens.office, body);
    expectStatus(retry, 200);
    expect(retry.body.id).toBe(TASK);
    const different = await call('POST', '/tasks', tokens.office, {
      ...body,
      entropySource: 'witness:2099-01-01:STHJ,JJJC',
    });
    expect(different.status).toBe(409);
  });

  it('publishes the commitment before the draw', async () => {
    const task = await until((t) => t.commitment !== undefined, 'the commitment');
    expect(task.commitment?.entropySource).toBe(entropySource);
    expect(task.draws).toBeUndefined();
    expect((await call('GET', `/draws/${TASK}/result`)).status).toBe(404);
  });

  it('draws once every witness has revealed, and anyone can re-run the draw', async () => {
    for (const w of WITNESSES)
      expectStatus(
        await call('POST', `/tasks/${TASK}/witnesses/${w}/reveal`, witnessToken(w), {
          reveal: secretOf(w),
        }),
        201,
      );
    const task = await until((t) => (t.draws?.length ?? 0) > 0, 'the draw');
    const [draw] = task.draws ?? [];
    if (!draw) throw new Error('no draw');
    const bundle = await call('GET', `/draws/${TASK}/bundle`);
    const result = await call('GET', `/draws/${TASK}/result`);
    expect(verifyDraw(bundle.body, result.body)).toEqual({ ok: true });
    expect(checkEntropy(bundle.body.entropy, bundle.body.witnesses).source).toBe('witness');
    expect(draw.resultDigest).toBe(result.body.resultDigest);
    expect(task.commitment?.poolDigest).toBe(result.body.poolDigest);
    assignments = draw.assignments;
    expect(assignments).toHaveLength(3);
  });

  it('records results, the workflow finishes, and the published results are found', async () => {
    await until((t) => ['Notified', 'Inspecting'].includes(t.stage), 'the inspections');
    for (const a of assignments) {
      const team = a.members.map((m) => m.id);
      const res = await call('POST', `/tasks/${TASK}/results`, tokens.scjg, {
        targetId: a.target,
        item: 'SC-G1',
        method: 'desk-review',
        inspectionDate: shanghaiDate(new Date().toISOString()),
        wording: 'no-problem',
        team,
        certificatesShown: await api.certificatesOf('SCJG', team),
      });
      expectStatus(res, 201);
    }
    await until((t) => t.stage === 'Done', 'the end of the workflow');
    expectStatus(
      await call('POST', `/tasks/${TASK}/publish`, tokens.scjg, { department: 'SCJG' }),
      200,
    );
    const all = await call('GET', '/results?q=椒江商行');
    expect(all.body.items.map((r: { target: { id: string } }) => r.target.id).sort()).toEqual(
      assignments.map((a) => a.target).sort(),
    );
    const one = await call('GET', `/results?q=${assignments[0]!.target}`);
    expect(one.body.items).toHaveLength(1);
    expect(one.body.items[0]).toMatchObject({
      taskId: TASK,
      wording: '未发现问题',
      method: '书面检查',
    });
    const verified = await call('GET', `/tasks/${TASK}/audit/verify`);
    expect(verified.body.ok).toBe(true);
    const starts = verified.body.entries.filter(
      (e: { action: string }) => e.action === 'task.start',
    );
    expect(starts).toHaveLength(1);
  }, 30_000);
});
