import { shanghaiDate } from '@double-random/domain';
import { witnessCommitment } from '@double-random/draw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicTask } from '../../functions/src/http/public/public.schemas';
import { usccOf } from './support/fixtures';
import { startTestServer, type TestServer } from './support/local-server';

/**
 * 日常监管人员 and the 执法证 over HTTP, with the embedded workflow (docs/inspectors.md): the
 * directory lists 从事日常监管工作的人员 without a certificate (台政发〔2019〕12号 二(三)); they
 * never enter a draw's roster, may go with a drawn team and are recorded with its result, and
 * every result says which 执法证 the team showed (《行政处罚法》(2021) 第55条).
 */
const TODAY = shanghaiDate(new Date().toISOString());
const YEAR = Number(TODAY.slice(0, 4));
const TASK = `${YEAR}-SCJG-001`;
const WITNESSES = ['STHJ', 'JJJC'] as const;
const secretOf = (w: string) => witnessCommitment(`${TASK}/${w}/daily`);
const DAILY = ['D0001', 'D0002'];
let api: TestServer;
const tokens = {} as Record<'office' | 'scjg' | 'sthj' | 'jjjc', string>;

const call = (method: string, path: string, token?: string, body?: unknown) =>
  api.request(method, path, {
    ...(token ? { token } : {}),
    ...(body === undefined ? {} : { body }),
  });
const expectStatus = (res: { status: number; body: unknown }, status: number) =>
  expect(res.status, JSON.stringify(res.body)).toBe(status);

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
  for (let n = 0; n < 20; n++)
    expectStatus(
      await call('POST', '/departments/SCJG/targets', tokens.scjg, {
        name: `运河商行${n}`,
        kind: 'enterprise',
        uscc: usccOf(700 + n),
        town: '运河街道',
        industry: '零售',
        riskClass: 'C',
      }),
      201,
    );
  for (let n = 1; n <= 4; n++)
    expectStatus(
      await call('POST', '/departments/SCJG/inspectors', tokens.scjg, {
        id: `P000${n}`,
        name: `执法员${n}`,
        certificateNo: `ZJ-000${n}`,
        certificateExpiry: `${YEAR + 3}-12-31`,
        qualifications: ['SCJG-GEN'],
        mayLead: true,
      }),
      201,
    );
}, 60_000);

afterAll(async () => {
  await api?.close();
});

describe('日常监管人员 in the directory, beside a drawn team, and the 执法证 every result shows', () => {
  it('lists 日常监管人员 without a certificate, and refuses an 执法人员 without one', async () => {
    for (const [i, id] of DAILY.entries()) {
      const created = await call('POST', '/departments/SCJG/inspectors', tokens.scjg, {
        id,
        name: `日常监管员${i + 1}`,
        category: 'daily-supervision',
        // as qualified as anyone: never drawn all the same
        qualifications: ['SCJG-GEN'],
      });
      expectStatus(created, 201);
      expect(created.body).toMatchObject({ category: 'daily-supervision', mayLead: false });
      expect(created.body.certificateNo).toBeUndefined();
    }
    const uncertified = await call('POST', '/departments/SCJG/inspectors', tokens.scjg, {
      id: 'P0009',
      name: '执法员9',
      qualifications: ['SCJG-GEN'],
    });
    expectStatus(uncertified, 400);
    expect(uncertified.body.error).toMatchObject({
      code: 'INSPECTOR.CERTIFICATE_REQUIRED',
      field: 'certificateNo',
    });
    const holding = await call('POST', '/departments/SCJG/inspectors', tokens.scjg, {
      id: 'D0009',
      name: '日常监管员9',
      category: 'daily-supervision',
      certificateNo: 'ZJ-0009',
      certificateExpiry: `${YEAR + 3}-12-31`,
    });
    expectStatus(holding, 400);
    expect(holding.body.error).toMatchObject({
      code: 'INSPECTOR.CERTIFICATE_NOT_HELD',
      field: 'certificateNo',
    });
  });

  it('freezes a roster without them, and draws', async () => {
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
    for (const w of WITNESSES)
      expectStatus(
        await call(
          'POST',
          `/tasks/${TASK}/witnesses/${w}/commitment`,
          w === 'STHJ' ? tokens.sthj : tokens.jjjc,
          { commitment: witnessCommitment(secretOf(w)) },
        ),
        201,
      );
    expectStatus(
      await call('POST', '/tasks', tokens.office, {
        department: 'SCJG',
        year: YEAR,
        seq: 1,
        reserves: { all: 1 },
        entropySource: `witness:${TODAY}:${WITNESSES.join(',')}`,
      }),
      201,
    );
    await until((t) => t.commitment !== undefined, 'the commitment');
    for (const w of WITNESSES)
      expectStatus(
        await call(
          'POST',
          `/tasks/${TASK}/witnesses/${w}/reveal`,
          w === 'STHJ' ? tokens.sthj : tokens.jjjc,
          { reveal: secretOf(w) },
        ),
        201,
      );
    await until((t) => ['Notified', 'Inspecting'].includes(t.stage), 'the inspections');
    const bundle = await call('GET', `/draws/${TASK}/bundle`);
    expectStatus(bundle, 200);
    expect(bundle.body.roster.map((r: { id: string }) => r.id).sort()).toEqual([
      'P0001',
      'P0002',
      'P0003',
      'P0004',
    ]);
  });

  it('shows a team member their team’s 执法证 and who may go along; a result without them is refused', async () => {
    const task = await until((t) => (t.draws?.length ?? 0) > 0, 'the draw');
    const [first, second] = task.draws![0]!.assignments;
    const team = first!.members.map((m) => m.id);
    const member = await api.tokenFor('inspector', 'SCJG', team[0]);
    const teams = await call('GET', `/tasks/${TASK}/teams/${first!.target}`, member);
    expectStatus(teams, 200);
    expect(teams.body.items).toEqual([
      expect.objectContaining({
        department: 'SCJG',
        target: first!.target,
        members: team.map((id) => ({
          id,
          name: `执法员${id.slice(-1)}`,
          certificateNo: `ZJ-${id.slice(1)}`,
        })),
        mayAccompany: DAILY.map((id, i) => ({ id, name: `日常监管员${i + 1}`, unit: '' })),
      }),
    ]);
    // another inspector learns nothing of it
    const outsider = await api.tokenFor('inspector', 'SCJG', 'P0042');
    expect((await call('GET', `/tasks/${TASK}/teams/${first!.target}`, outsider)).status).toBe(404);

    const body = {
      targetId: first!.target,
      item: 'SC-G1',
      method: 'on-site',
      inspectionDate: TODAY,
      wording: 'no-problem',
      team,
    };
    const unsaid = await call('POST', `/tasks/${TASK}/results`, member, body);
    expectStatus(unsaid, 400);
    expect(unsaid.body.error).toMatchObject({
      code: 'RESULT.CERTIFICATES_REQUIRED',
      field: 'certificatesShown',
    });
    expect(unsaid.body.error.message).toContain(`ZJ-${team[0]!.slice(1)}`);
    const certificatesShown = teams.body.items[0].members.map(
      (m: { certificateNo: string }) => m.certificateNo,
    );
    const asLeader = await call('POST', `/tasks/${TASK}/results`, member, {
      ...body,
      certificatesShown,
      // an officer who was not drawn does not join: only 日常监管人员 go along
      accompanying: [second!.members[0]!.id],
    });
    expectStatus(asLeader, 400);
    expect(asLeader.body.error).toMatchObject({
      code: 'RESULT.ACCOMPANYING_INVALID',
      field: 'accompanying',
    });
    const recorded = await call('POST', `/tasks/${TASK}/results`, member, {
      ...body,
      certificatesShown,
      accompanying: ['D0001'],
    });
    expectStatus(recorded, 201);
    expect(recorded.body.result).toMatchObject({
      team,
      certificatesShown,
      accompanying: ['D0001'],
    });
    const chain = await call('GET', `/tasks/${TASK}/audit?limit=1000`, tokens.office);
    const entry = chain.body.items.find((e: { action: string }) => e.action === 'result.record');
    expect(entry.data).toMatchObject({ team, accompanying: ['D0001'] });
    const verified = await call('GET', `/tasks/${TASK}/audit/verify`);
    expect(verified.body.ok).toBe(true);
  });
});
