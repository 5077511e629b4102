import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type Actor, type Clock, workflowUseCases as uc } from '@double-random/domain';
import { checkEntropy, verifyDraw, witnessCommitment, witnessEntropy } from '@double-random/draw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dependencies, setDependencies } from '../../functions/src/composition';
import { getTask, listTasks, type PublicDeps } from '../../functions/src/http/public/public-reads';
import { workflowDeps } from '../../functions/src/http/tasks/workflow-deps';
import { usccOf } from './support/fixtures';
import { startTestServer, type TestServer } from './support/local-server';

/**
 * The workflow routes and the public reads over one task whose workflow steps (freeze,
 * commit, draw, notify) run through the use cases, as the state handlers run them: the
 * routes under test are the HTTP side (entropy, results, publication, handoffs, audit,
 * calendar) and everything the public reads.
 */

const YEAR = 2027;
const TASK = `${YEAR}-SCJG-001`;
const office: Actor = { sub: 'office-1', roles: ['office'] };
const SECRET_ID = '330102199001011234';
const SECRET_PHONE = '13800001111';
const SECRET_REASON = '配偶在该企业任职';

let api: TestServer;
let now = `${YEAR}-01-10T02:00:00.000Z`;
const clock: Clock = { now: () => now };
const tokens = {} as Record<'office' | 'scjg' | 'sthj' | 'jjjc' | 'stranger', string>;

/**
 * Witnesses of both tasks (docs/entropy.md): STHJ with its department token and the
 * discipline-inspection office (JJJC) with a witness token; deterministic test secrets.
 */
const SOURCE_1 = `witness:${YEAR}-03-03:STHJ,JJJC`;
const secretOf = (taskId: string, w: 'STHJ' | 'JJJC') => witnessCommitment(`${taskId}/${w}`);
const witnessToken = (w: 'STHJ' | 'JJJC') => (w === 'STHJ' ? tokens.sthj : tokens.jjjc);
const commitWitnesses = async (taskId: string) => {
  for (const w of ['STHJ', 'JJJC'] as const)
    ok(
      await call('POST', `/tasks/${taskId}/witnesses/${w}/commitment`, witnessToken(w), {
        commitment: witnessCommitment(secretOf(taskId, w)),
      }),
      201,
    );
};
const revealPath = (taskId: string, w: string) => `/tasks/${taskId}/witnesses/${w}/reveal`;

const targetId = (n: number) => usccOf(100 + n);

const call = async (method: string, path: string, token?: string, body?: unknown) =>
  api.request(method, path, {
    ...(token ? { token } : {}),
    ...(body === undefined ? {} : { body }),
  });

const ok = (res: { status: number; body: unknown }, status = 200) =>
  expect(res.status, JSON.stringify(res.body)).toBe(status);

beforeAll(async () => {
  api = await startTestServer();
  // The server shares this process's dependencies: the clock is swapped there.
  setDependencies({ ...dependencies(), clock });
  tokens.office = await api.tokenFor('office');
  tokens.scjg = await api.tokenFor('dept', 'SCJG');
  tokens.sthj = await api.tokenFor('dept', 'STHJ');
  tokens.jjjc = await api.tokenFor('witness', 'JJJC');
  tokens.stranger = await api.tokenFor('inspector', undefined, 'P9999');
  ok(
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
  // 40 shops that SCJG and STHJ both regulate (one 统一社会信用代码 in both directories): the
  // population of each department's item, and the pool a joint task may draw from
  for (const [dept, token] of [
    ['SCJG', tokens.scjg],
    ['STHJ', tokens.sthj],
  ] as const)
    for (let n = 0; n < 40; n++)
      ok(
        await call('POST', `/departments/${dept}/targets`, token, {
          name: `台州${String.fromCharCode(0x7532 + (n % 3))}记商行${n}`,
          kind: 'enterprise',
          uscc: targetId(n),
          town: '运河街道',
          industry: '零售',
          riskClass: 'B',
        }),
        201,
      );
  for (let n = 1; n <= 4; n++)
    ok(
      await call('POST', '/departments/SCJG/inspectors', tokens.scjg, {
        id: `P000${n}`,
        name: `检查员${n}`,
        certificateNo: `ZJ-000${n}`,
        certificateExpiry: '2030-12-31',
        qualifications: ['SCJG-GEN'],
        mayLead: true,
        idNumber: SECRET_ID,
        phone: SECRET_PHONE,
      }),
      201,
    );
  ok(
    await call('POST', '/departments/SCJG/inspectors/P0001/conflicts', tokens.scjg, {
      expectedVersion: 1,
      targetId: targetId(0),
      reason: SECRET_REASON,
      declaredBy: 'inspector',
    }),
    200,
  );
  ok(
    await call('POST', '/departments/STHJ/items', tokens.sthj, {
      code: 'HJ-G1',
      name: '排污许可执行情况检查',
      legalBasis: '《排污许可管理条例》第三十四条',
      category: 'general',
      methods: ['on-site'],
      qualification: 'STHJ-GEN',
    }),
    201,
  );
  for (let n = 1; n <= 3; n++)
    ok(
      await call('POST', '/departments/STHJ/inspectors', tokens.sthj, {
        id: `H000${n}`,
        name: `环境执法员${n}`,
        certificateNo: `HJ-000${n}`,
        certificateExpiry: '2030-12-31',
        qualifications: ['STHJ-GEN'],
        mayLead: true,
      }),
      201,
    );
  const filed = await call('PUT', `/plans/${YEAR}/departments/SCJG`, tokens.scjg, {
    tasks: [
      {
        seq: 1,
        name: '产品质量双随机抽查',
        items: ['SC-G1'],
        strata: [{ key: 'all', ratioBp: 500 }],
        window: { start: `${YEAR}-03-01`, end: `${YEAR}-11-30` },
        teamSize: 2,
      },
      {
        seq: 2,
        name: '零售企业质量与排污联合抽查',
        items: ['SC-G1', 'HJ-G1'],
        participants: ['STHJ'],
        strata: [{ key: 'all', ratioBp: 500 }],
        window: { start: `${YEAR}-03-01`, end: `${YEAR}-11-30` },
        teamSize: 2,
      },
    ],
  });
  ok(filed, 201);
  ok(
    await call('POST', `/plans/${YEAR}/departments/SCJG/approve`, tokens.office, {
      expectedVersion: filed.body.version,
    }),
  );
}, 60_000);

afterAll(async () => {
  await api?.close();
});

const DR = fileURLToPath(new URL('../../packages/local/src/dr.cli.ts', import.meta.url));

/** The dr CLI as a user runs it, against this test's server. */
const dr = (args: string[], env: Record<string, string> = {}) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    // a non-local URL would need a token; 127.0.0.1 without one would sign with the local key
    const child = spawn(process.execPath, ['--import', 'tsx', DR, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });

const publicText = async (paths: string[]) => {
  const bodies = await Promise.all(paths.map((p) => call('GET', p)));
  return bodies.map((b) => JSON.stringify(b.body)).join('\n');
};

describe('creating a task', () => {
  it('refuses a department other than the initiator, and a body without an entropy source', async () => {
    // the initiating department (SCJG) or the office runs the draw; another department does not
    const byDept = await call('POST', '/tasks', tokens.sthj, {
      department: 'SCJG',
      year: YEAR,
      seq: 1,
      entropySource: SOURCE_1,
    });
    expect(byDept.status).toBe(403);
    const bad = await call('POST', '/tasks', tokens.office, {
      department: 'SCJG',
      year: YEAR,
      seq: 1,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('body.entropySource');
  });

  it('refuses a planned task the plan does not have', async () => {
    const res = await call('POST', '/tasks', tokens.office, {
      department: 'SCJG',
      year: YEAR,
      seq: 9,
      entropySource: SOURCE_1,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('TASK.NOT_PLANNED');
  });

  it('refuses a typed ceremony source, and a witnessed task before its witnesses have committed', async () => {
    const typed = await call('POST', '/tasks', tokens.office, {
      department: 'SCJG',
      year: YEAR,
      seq: 1,
      entropySource: `ceremony:${YEAR}-03-02`,
    });
    expect([typed.status, typed.body.error.code]).toEqual([400, 'ENTROPY.SOURCE_RETIRED']);
    const early = await call('POST', '/tasks', tokens.office, {
      department: 'SCJG',
      year: YEAR,
      seq: 1,
      entropySource: SOURCE_1,
    });
    expect([early.status, early.body.error.code]).toEqual([
      409,
      'TASK.WITNESS_COMMITMENTS_MISSING',
    ]);
    expect(early.body.error.message).toContain('STHJ, JJJC');
  });

  it('takes each witness commitment from that witness only, once', async () => {
    const path = `/tasks/${TASK}/witnesses/JJJC/commitment`;
    const body = { commitment: witnessCommitment(secretOf(TASK, 'JJJC')) };
    expect((await call('POST', path, undefined, body)).status).toBe(401);
    const byOffice = await call('POST', path, tokens.office, body);
    expect([byOffice.status, byOffice.body.error.code]).toEqual([
      403,
      'WITNESS.OFFICE_NOT_WITNESS',
    ]);
    expect((await call('POST', path, tokens.scjg, body)).status).toBe(403);
    const bad = await call('POST', path, tokens.jjjc, { commitment: 'not hex' });
    expect([bad.status, bad.body.error.field]).toEqual([400, 'body.commitment']);
    await commitWitnesses(TASK);
    ok(await call('POST', path, tokens.jjjc, body), 200);
    const changed = await call('POST', path, tokens.jjjc, { commitment: 'ab'.repeat(32) });
    expect([changed.status, changed.body.error.code]).toEqual([409, 'WITNESS.COMMITMENT_EXISTS']);
  });
});

describe('one task from commitment to published results', () => {
  it('publishes the commitment before the draw, and no draw yet', async () => {
    now = `${YEAR}-03-02T01:00:00.000Z`;
    const deps = workflowDeps();
    await uc.createTask(deps, {
      actor: office,
      input: {
        department: 'SCJG',
        year: YEAR,
        seq: 1,
        reserves: { all: 2 },
        entropySource: SOURCE_1,
      },
    });
    await uc.freezeTask(deps, { actor: office, taskId: TASK });
    await uc.commitTask(deps, { actor: office, taskId: TASK });
    const task = await call('GET', `/tasks/${TASK}`);
    ok(task);
    expect(task.body).toMatchObject({
      id: TASK,
      year: YEAR,
      initiatingDepartment: 'SCJG',
      initiatingDepartmentName: '区市场监管局',
      participatingDepartments: [],
      participatingDepartmentNames: [],
      joint: false,
      stage: 'Committed',
      team: 2,
      strata: [{ key: 'all', ratioBp: 500, reserve: 2 }],
      items: [{ code: 'SC-G1', name: '产品质量监督抽查', category: 'general' }],
      commitment: { entropySource: SOURCE_1, participants: [] },
      witnesses: {
        revealBy: `${YEAR}-03-03`,
        status: 'collecting',
        witnesses: [
          {
            id: 'STHJ',
            commitment: witnessCommitment(secretOf(TASK, 'STHJ')),
            revealed: false,
            withheld: false,
          },
          {
            id: 'JJJC',
            commitment: witnessCommitment(secretOf(TASK, 'JJJC')),
            revealed: false,
            withheld: false,
          },
        ],
      },
    });
    expect(task.body.commitment.poolDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(task.body.draws).toBeUndefined();
    expect((await call('GET', `/draws/${TASK}/bundle`)).status).toBe(404);
    expect((await call('GET', `/draws/${TASK}/result`)).status).toBe(404);
    const list = await call('GET', `/tasks?year=${YEAR}`);
    ok(list);
    expect(list.body.items.map((t: { id: string }) => t.id)).toEqual([TASK]);
    expect(list.body.items[0].committedAt).toBe(task.body.commitment.committedAt);
    expect(list.body.cursor).toBeUndefined();
  });

  it('takes the entropy from the witnesses reveals only: no typed value, no wrong or late reveal', async () => {
    const typed = await call('POST', `/tasks/${TASK}/entropy`, tokens.office, {
      entropy: `witness:${'00'.repeat(32)}`,
    });
    expect([typed.status, typed.body.error.code]).toEqual([400, 'ENTROPY.WITNESS_ONLY']);
    const sthj = { reveal: secretOf(TASK, 'STHJ') };
    const jjjc = { reveal: secretOf(TASK, 'JJJC') };
    const byOffice = await call('POST', revealPath(TASK, 'JJJC'), tokens.office, jjjc);
    expect([byOffice.status, byOffice.body.error.code]).toEqual([
      403,
      'WITNESS.OFFICE_NOT_WITNESS',
    ]);
    const closed = await call('POST', `/tasks/${TASK}/witnesses/JJJC/commitment`, tokens.jjjc, {
      commitment: 'cd'.repeat(32),
    });
    expect([closed.status, closed.body.error.code]).toEqual([409, 'WITNESS.COMMITMENT_EXISTS']);
    const wrong = await call('POST', revealPath(TASK, 'JJJC'), tokens.jjjc, sthj);
    expect([wrong.status, wrong.body.error.code, wrong.body.error.field]).toEqual([
      400,
      'WITNESS.REVEAL_MISMATCH',
      'reveal',
    ]);
    now = `${YEAR}-03-03T02:00:00.000Z`;
    const first = await call('POST', revealPath(TASK, 'STHJ'), tokens.sthj, sthj);
    ok(first, 201);
    expect(first.body).toMatchObject({ witness: 'STHJ', entropy: null, stage: 'Committed' });
    // sealed: nobody sees a reveal before every witness has revealed
    const half = await call('GET', `/tasks/${TASK}`);
    expect(half.body.witnesses.witnesses.map((w: { revealed: boolean }) => w.revealed)).toEqual([
      true,
      false,
    ]);
    expect(JSON.stringify(half.body)).not.toContain(sthj.reveal);
    const last = await call('POST', revealPath(TASK, 'JJJC'), tokens.jjjc, jjjc);
    ok(last, 201);
    const entropy = witnessEntropy([
      { id: 'STHJ', reveal: sthj.reveal },
      { id: 'JJJC', reveal: jjjc.reveal },
    ]);
    expect(last.body).toMatchObject({ entropy, stage: 'AwaitingEntropy' });
    const again = await call('POST', revealPath(TASK, 'JJJC'), tokens.jjjc, jjjc);
    ok(again, 200);
    const task = await call('GET', `/tasks/${TASK}`);
    expect(task.body.witnesses.status).toBe('complete');
    expect(task.body.witnesses.witnesses[1]).toMatchObject({ id: 'JJJC', reveal: jjjc.reveal });
  });

  it('serves the bundle and result as drawn, and verifyDraw accepts them', async () => {
    await uc.drawTask(workflowDeps(), { actor: office, taskId: TASK });
    const bundle = await call('GET', `/draws/${TASK}/bundle`);
    const result = await call('GET', `/draws/${TASK}/result`);
    ok(bundle);
    ok(result);
    expect(bundle.body.entropy).toMatch(/^witness:[0-9a-f]{64}$/);
    // the reveals travel with the bundle: anyone recomputes the entropy from them
    expect(checkEntropy(bundle.body.entropy, bundle.body.witnesses).source).toBe('witness');
    expect(bundle.body.witnesses.map((w: { id: string }) => w.id)).toEqual(['STHJ', 'JJJC']);
    expect(verifyDraw(bundle.body, result.body)).toEqual({ ok: true });
    const tampered = { ...result.body, seed: '0'.repeat(64) };
    expect(verifyDraw(bundle.body, tampered).ok).toBe(false);
    const task = await call('GET', `/tasks/${TASK}`);
    const [draw] = task.body.draws;
    expect(draw).toMatchObject({ drawId: TASK, department: 'SCJG', seed: result.body.seed });
    expect(draw.resultDigest).toBe(result.body.resultDigest);
    expect(draw.strata[0].selected).toHaveLength(2);
    expect(draw.strata[0].reserve).toHaveLength(2);
    expect(draw.strata[0].selected[0].name).toMatch(/^台州.记商行\d+$/);
    expect(draw.assignments).toHaveLength(2);
    expect(draw.assignments[0].members[0].name).toMatch(/^检查员\d$/);
    expect(task.body.drawnAt).toBe(draw.drawnAt);
  });

  it('never shows personal data or conflict reasons publicly', async () => {
    const text = await publicText([
      `/tasks/${TASK}`,
      `/tasks?year=${YEAR}`,
      `/draws/${TASK}/bundle`,
      `/draws/${TASK}/result`,
      `/tasks/${TASK}/audit/verify`,
    ]);
    for (const secret of [SECRET_ID, SECRET_PHONE, SECRET_REASON])
      expect(text).not.toContain(secret);
  });

  it('records results only for the inspecting department or the drawn team', async () => {
    await uc.advanceTask(workflowDeps(), { actor: office, taskId: TASK, to: 'Notified' });
    const task = await call('GET', `/tasks/${TASK}`);
    const [first, second] = task.body.draws[0].assignments;
    const body = async (target: string, extra: Record<string, unknown> = {}) => {
      const team = (extra.team as string[] | undefined) ?? [
        first.members[0].id,
        first.members[1].id,
      ];
      return {
        targetId: target,
        item: 'SC-G1',
        method: 'on-site',
        inspectionDate: `${YEAR}-03-05`,
        wording: 'no-problem',
        team,
        certificatesShown: await api.certificatesOf('SCJG', team),
        ...extra,
      };
    };
    now = `${YEAR}-03-06T02:00:00.000Z`;
    expect(
      (await call('POST', `/tasks/${TASK}/results`, tokens.sthj, await body(first.target))).status,
    ).toBe(403);
    expect(
      (await call('POST', `/tasks/${TASK}/results`, tokens.stranger, await body(first.target)))
        .status,
    ).toBe(403);
    const invalid = await call('POST', `/tasks/${TASK}/results`, tokens.scjg, {
      ...(await body(first.target)),
      method: 'by-phone',
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.field).toBe('body.method');
    const drawn = task.body.draws[0].strata[0];
    const ids = [...drawn.selected, ...drawn.reserve].map((t: { id: string }) => t.id);
    const outsider = Array.from({ length: 20 }, (_, n) => targetId(n)).find(
      (id) => !ids.includes(id),
    )!;
    const notDrawn = await call(
      'POST',
      `/tasks/${TASK}/results`,
      tokens.scjg,
      await body(outsider),
    );
    expect(notDrawn.status).toBe(400);
    expect(notDrawn.body.error.code).toBe('RESULT.TARGET_NOT_ASSIGNED');
    const member = await api.tokenFor('inspector', undefined, first.members[0].id);
    const byTeam = await call(
      'POST',
      `/tasks/${TASK}/results`,
      member,
      await body(first.target, {
        penalty: {
          decisionNo: '台市监罚〔2027〕1号',
          decisionDate: `${YEAR}-03-05`,
          kind: '警告',
          warningOnly: true,
        },
      }),
    );
    ok(byTeam, 201);
    expect(byTeam.body.result).toMatchObject({ department: 'SCJG', wording: 'no-problem' });
    expect(byTeam.body.result.publication.dueBy > `${YEAR}-03-05`).toBe(true);
    const twice = await call(
      'POST',
      `/tasks/${TASK}/results`,
      tokens.scjg,
      await body(first.target),
    );
    expect(twice.status).toBe(409);
    const byDept = await call(
      'POST',
      `/tasks/${TASK}/results`,
      tokens.scjg,
      await body(second.target, {
        wording: 'pending-follow-up',
        team: [second.members[0].id, second.members[1].id],
        penalty: {
          decisionNo: '台市监罚〔2027〕2号',
          decisionDate: `${YEAR}-03-05`,
          kind: '罚款5000元',
          warningOnly: false,
        },
      }),
    );
    ok(byDept, 201);
    expect(byDept.body.handoffsDue).toEqual(['department-in-charge']);
  });

  it('shows the office the task with its red lights, and hides it from other departments', async () => {
    const detail = await call('GET', `/tasks/${TASK}/detail`, tokens.office);
    ok(detail);
    expect(detail.body.task.stage).toBe('Notified');
    expect(detail.body.results).toHaveLength(2);
    expect(detail.body.lights.filter((l: { kind: string }) => l.kind === 'result')).toHaveLength(2);
    ok(await call('GET', `/tasks/${TASK}/detail`, tokens.scjg));
    expect((await call('GET', `/tasks/${TASK}/detail`, tokens.sthj)).status).toBe(404);
    const lights = await call('GET', '/office/deadlines', tokens.office);
    ok(lights);
    expect(lights.body.items).toEqual([]);
    expect((await call('GET', '/office/deadlines', tokens.scjg)).status).toBe(403);
    now = `${YEAR}-05-06T02:00:00.000Z`;
    const late = await call('GET', '/office/deadlines', tokens.office);
    expect(
      late.body.items.map((l: { status: string; taskId: string }) => [l.taskId, l.status]),
    ).toEqual([
      [TASK, 'overdue'],
      [TASK, 'overdue'],
      [TASK, 'overdue'],
    ]);
    now = `${YEAR}-03-10T02:00:00.000Z`;
  });

  it('publishes results (谁公开) and finds them by USCC, name prefix and target', async () => {
    expect((await call('GET', '/results')).body.items).toEqual([]);
    expect(
      (await call('POST', `/tasks/${TASK}/publish`, tokens.sthj, { department: 'SCJG' })).status,
    ).toBe(403);
    const published = await call('POST', `/tasks/${TASK}/publish`, tokens.scjg, {
      department: 'SCJG',
    });
    ok(published);
    expect(published.body.published).toHaveLength(2);
    const all = await call('GET', '/results');
    ok(all);
    expect(all.body.items).toHaveLength(2);
    const task = await call('GET', `/tasks/${TASK}`);
    const [first, second] = task.body.draws[0].assignments;
    const byUscc = await call('GET', `/results?q=${second.target}`);
    expect(byUscc.body.items).toHaveLength(1);
    expect(byUscc.body.items[0]).toEqual({
      taskId: TASK,
      taskName: '产品质量双随机抽查',
      planId: `SCJG-${YEAR}`,
      planName: `${YEAR}年度${byUscc.body.items[0].departmentName}双随机抽查计划`,
      department: 'SCJG',
      departmentName: expect.any(String),
      kind: '不定向抽查',
      joint: false,
      target: { id: second.target, name: second.targetName, uscc: second.target, town: '运河街道' },
      item: { code: 'SC-G1', name: '产品质量监督抽查' },
      method: '实地核查',
      inspectedOn: `${YEAR}-03-05`,
      completedOn: `${YEAR}-03-05`,
      publishedOn: `${YEAR}-03-10`,
      wording: '发现问题待后续处理',
      penalty: {
        decisionNumber: '台市监罚〔2027〕2号',
        decidedOn: `${YEAR}-03-05`,
        summary: '罚款5000元',
      },
      // how many evidence files back it (none here), never the files
      evidenceCount: 0,
    });
    const warned = await call('GET', `/results?q=${first.target}`);
    expect(warned.body.items).toHaveLength(1);
    expect(warned.body.items[0].wording).toBe('未发现问题');
    expect(warned.body.items[0].penalty).toBeUndefined();
    const prefix = first.targetName.slice(0, 3);
    const byName = await call('GET', `/results?q=${encodeURIComponent(prefix)}`);
    expect(byName.body.items.length).toBeGreaterThanOrEqual(1);
    for (const r of byName.body.items) expect(r.target.name.startsWith(prefix)).toBe(true);
    const none = await call('GET', `/results?q=${encodeURIComponent('不存在的名称')}`);
    expect(none.body.items).toEqual([]);
    const paged = await call('GET', '/results?limit=1');
    expect(paged.body.items).toHaveLength(1);
    expect(paged.body.cursor).toEqual(expect.any(String));
    const next = await call(
      'GET',
      `/results?limit=1&cursor=${encodeURIComponent(paged.body.cursor)}`,
    );
    expect(next.body.items).toHaveLength(1);
    expect(next.body.items[0]).not.toEqual(paged.body.items[0]);
    const mine = await call('GET', `/targets/${first.target}/results`);
    ok(mine);
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.draws).toEqual([
      expect.objectContaining({ drawId: TASK, taskId: TASK, role: 'selected', stratum: 'all' }),
    ]);
    const text = await publicText(['/results', `/targets/${first.target}/results`]);
    expect(text).not.toContain('台市监罚〔2027〕1号');
    for (const secret of [SECRET_ID, SECRET_PHONE, SECRET_REASON])
      expect(text).not.toContain(secret);
  });

  it('hands a problem on once and records its receipt once', async () => {
    const task = await call('GET', `/tasks/${TASK}`);
    const second = task.body.draws[0].assignments[1];
    const body = {
      targetId: second.target,
      item: 'SC-G1',
      kind: 'department-in-charge',
      receiverDepartment: 'STHJ',
      receiverName: '区生态环境分局',
      reason: '经营场所排污问题',
      date: `${YEAR}-03-09`,
    };
    expect((await call('POST', `/tasks/${TASK}/handoffs`, tokens.sthj, body)).status).toBe(403);
    const made = await call('POST', `/tasks/${TASK}/handoffs`, tokens.scjg, body);
    ok(made, 201);
    const retry = await call('POST', `/tasks/${TASK}/handoffs`, tokens.scjg, body);
    ok(retry, 201);
    expect(retry.body.id).toBe(made.body.id);
    const path = `/tasks/${TASK}/handoffs/${made.body.id}/acknowledge`;
    const receipt = { acknowledgedBy: '王科长', at: `${YEAR}-03-10T03:00:00.000Z` };
    const acked = await call('POST', path, tokens.sthj, receipt);
    ok(acked);
    expect(acked.body.acknowledgement.by).toBe('王科长');
    expect((await call('POST', path, tokens.sthj, receipt)).status).toBe(409);
  });

  it('keeps an audit chain the office reads in full and anyone verifies', async () => {
    expect((await call('GET', `/tasks/${TASK}/audit`, tokens.scjg)).status).toBe(403);
    const full = await call('GET', `/tasks/${TASK}/audit`, tokens.office);
    ok(full);
    const actions = full.body.items.map((e: { action: string }) => e.action);
    expect(actions.slice(0, 9)).toEqual([
      'witness.commit',
      'witness.commit',
      'task.create',
      'task.freeze',
      'task.commit',
      'witness.reveal',
      'witness.reveal',
      'task.entropy',
      'task.draw',
    ]);
    expect(actions).toContain('result.publish');
    expect(actions).toContain('handoff.acknowledge');
    const verified = await call('GET', `/tasks/${TASK}/audit/verify`);
    ok(verified);
    expect(verified.body).toMatchObject({ taskId: TASK, ok: true, length: full.body.items.length });
    expect(verified.body.head).toBe(full.body.items.at(-1).hash);
    for (const e of verified.body.entries)
      expect(Object.keys(e).sort()).toEqual(['action', 'at', 'hash', 'prevHash', 'seq']);
    expect((await call('GET', `/tasks/${YEAR}-SCJG-077/audit/verify`)).status).toBe(404);
  });

  it('is verified by `dr audit verify`: links without a token, every hash with the office token', async () => {
    const publicOnly = await dr(['audit', 'verify', TASK, '--url', api.url], { DR_TOKEN: '' });
    expect(publicOnly.stdout, publicOnly.stderr).toMatch(/intact, \d+ entries, links checked/);
    expect(publicOnly.code).toBe(0);
    const full = await dr(['audit', 'verify', TASK, '--url', api.url, '--token', tokens.office]);
    expect(full.stdout, full.stderr).toMatch(
      /intact, \d+ entries, every hash recomputed, head [0-9a-f]{64}/,
    );
    expect(full.code).toBe(0);
    const unknown = await dr([
      'audit',
      'verify',
      `${YEAR}-SCJG-077`,
      '--url',
      api.url,
      '--token',
      tokens.office,
    ]);
    expect(unknown.code).toBe(2);
    const usage = await dr(['audit', 'check', TASK]);
    expect(usage.code).toBe(2);
  }, 60_000);

  it('follows a pending result up to its final outcome: appended, audited and public (二(六))', async () => {
    const task = await call('GET', `/tasks/${TASK}`);
    const second = task.body.draws[0].assignments[1].target as string;
    const path = `/tasks/${TASK}/results/${second}/SC-G1/follow-ups`;
    const body = {
      date: `${YEAR}-03-09`,
      outcome: 'corrected',
      rectification: { completedOn: `${YEAR}-03-08`, note: '已按要求整改' },
    };
    expect((await call('POST', path, tokens.sthj, body)).status).toBe(403);
    const bad = await call('POST', path, tokens.scjg, { date: `${YEAR}-03-09` });
    expect([bad.status, bad.body.error.field]).toEqual([400, 'body.outcome']);
    const res = await call('POST', path, tokens.scjg, body);
    ok(res, 201);
    expect(res.body).toMatchObject({ wording: 'pending-follow-up', followUps: [{ seq: 1 }] });
    const found = await call('GET', `/results?q=${second}`);
    expect(found.body.items[0]).toMatchObject({
      wording: '发现问题经责令已改正',
      followUps: [
        { date: `${YEAR}-03-09`, outcome: '发现问题经责令已改正', rectifiedOn: `${YEAR}-03-08` },
      ],
    });
    const chain = await call('GET', `/tasks/${TASK}/audit?limit=1000`, tokens.office);
    expect(
      chain.body.items.filter((e: { action: string }) => e.action === 'result.follow-up'),
    ).toHaveLength(1);
  });
});

describe('the working-day calendar', () => {
  it('is provisional for a year without a schedule until the office loads one', async () => {
    const before = await call('GET', `/calendar/${YEAR}`);
    ok(before);
    expect(before.body).toMatchObject({ year: YEAR, status: 'provisional', source: 'weekdays' });
    const known = await call('GET', '/calendar/2026');
    expect(known.body).toMatchObject({ status: 'official', source: 'chinese-days' });
    expect(known.body.holidays).toContain('2026-10-01');
    const schedule = {
      holidays: [`${YEAR}-04-05`, `${YEAR}-05-01`],
      makeUpWorkdays: [`${YEAR}-04-25`],
    };
    expect((await call('PUT', `/calendar/${YEAR}`, tokens.scjg, schedule)).status).toBe(403);
    const bad = await call('PUT', `/calendar/${YEAR}`, tokens.office, { holidays: ['2026-01-01'] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('CALENDAR.DATE_OUTSIDE_YEAR');
    const loaded = await call('PUT', `/calendar/${YEAR}`, tokens.office, schedule);
    ok(loaded);
    expect(loaded.body.year).toMatchObject({ year: YEAR, source: 'office' });
    const after = await call('GET', `/calendar/${YEAR}`);
    expect(after.body).toMatchObject({ status: 'official', source: 'office', ...schedule });
  });
});

describe('a joint task', () => {
  const JOINT = `${YEAR}-SCJG-002`;

  it("serves each participant's draw so that verifyDraw accepts it", async () => {
    now = `${YEAR}-03-12T01:00:00.000Z`;
    const deps = workflowDeps();
    await commitWitnesses(JOINT);
    await uc.createTask(deps, {
      actor: office,
      input: {
        department: 'SCJG',
        year: YEAR,
        seq: 2,
        reserves: { all: 1 },
        entropySource: `witness:${YEAR}-03-12:STHJ,JJJC`,
      },
    });
    await uc.freezeTask(deps, { actor: office, taskId: JOINT });
    await uc.commitTask(deps, { actor: office, taskId: JOINT });
    for (const w of ['JJJC', 'STHJ'] as const)
      ok(
        await call('POST', revealPath(JOINT, w), witnessToken(w), {
          reveal: secretOf(JOINT, w),
        }),
        201,
      );
    await uc.drawTask(workflowDeps(), { actor: office, taskId: JOINT });
    const task = await call('GET', `/tasks/${JOINT}`);
    ok(task);
    expect(task.body.joint).toBe(true);
    expect(task.body.participatingDepartments).toEqual(['STHJ']);
    expect(task.body.draws.map((d: { drawId: string }) => d.drawId)).toEqual([
      JOINT,
      `${JOINT}.STHJ`,
    ]);
    for (const drawId of [JOINT, `${JOINT}.STHJ`]) {
      const bundle = await call('GET', `/draws/${drawId}/bundle`);
      const result = await call('GET', `/draws/${drawId}/result`);
      ok(bundle);
      expect(verifyDraw(bundle.body, result.body), drawId).toEqual({ ok: true });
    }
    const participant = await call('GET', `/draws/${JOINT}.STHJ/result`);
    const [committed] = task.body.commitment.participants;
    expect(committed).toMatchObject({
      department: 'STHJ',
      drawId: `${JOINT}.STHJ`,
      poolDigest: participant.body.poolDigest,
      rosterDigest: participant.body.rosterDigest,
    });
    const members = task.body.draws[1].assignments.flatMap((a: { members: { name: string }[] }) =>
      a.members.map((m) => m.name),
    );
    expect(members.length).toBeGreaterThan(0);
    for (const name of members) expect(name).toMatch(/^环境执法员\d$/);
  });
});

describe('public parameters', () => {
  it('refuses a missing year, a foreign cursor and an out-of-range limit with the field', async () => {
    const noYear = await call('GET', '/tasks');
    expect(noYear.status).toBe(400);
    expect(noYear.body.error.field).toBe('query.year');
    const cursor = await call('GET', `/tasks?year=${YEAR}&cursor=not-ours`);
    expect(cursor.status).toBe(400);
    expect(cursor.body.error.code).toBe('PAGE.CURSOR_INVALID');
    const limit = await call('GET', '/results?limit=1001');
    expect(limit.status).toBe(400);
    expect(limit.body.error.field).toBe('query.limit');
    expect((await call('GET', '/draws/nope/result')).status).toBe(404);
    expect((await call('GET', `/tasks/${YEAR}-SCJG-404`)).status).toBe(404);
  });

  it('pages the tasks of a year newest first', async () => {
    const first = await call('GET', `/tasks?year=${YEAR}&limit=1`);
    expect(first.body.items.map((t: { id: string }) => t.id)).toEqual([`${YEAR}-SCJG-002`]);
    const second = await call(
      'GET',
      `/tasks?year=${YEAR}&limit=1&cursor=${encodeURIComponent(first.body.cursor)}`,
    );
    expect(second.body.items.map((t: { id: string }) => t.id)).toEqual([TASK]);
    expect(second.body.cursor).toBeUndefined();
  });
});

describe('public views (docs/public-views.md)', () => {
  const TASKS = [TASK, `${YEAR}-SCJG-002`];

  it('answers a task and a year from views equal to the reads assembled from the source records', async () => {
    const deps = workflowDeps() as PublicDeps;
    for (const id of TASKS) {
      const served = await call('GET', `/tasks/${id}`);
      ok(served);
      expect(served.body).toEqual(JSON.parse(JSON.stringify(await getTask(deps, id))));
    }
    const year = await call('GET', `/tasks?year=${YEAR}&limit=50`);
    ok(year);
    const assembled = await listTasks(deps, { year: YEAR, limit: 50 });
    expect(year.body).toEqual(JSON.parse(JSON.stringify(assembled)));
  });

  it('rebuilds from the source records exactly the views it maintained', async () => {
    const views = dependencies().publicViews;
    const stored = async () => ({
      details: await Promise.all(
        TASKS.map(async (id) => {
          const { builtAt: _, ...view } = (await views.get(id))!;
          return view;
        }),
      ),
      summaries: [...(await views.getSummaries(TASKS))].sort(),
      // the year's page as its list and task versions give it
      year: await views.readYear(YEAR, { limit: 50 }),
    });
    const maintained = await stored();
    expect(maintained.details.map((v) => v.taskId)).toEqual(TASKS);

    expect((await call('POST', '/office/views/rebuild', tokens.scjg)).status).toBe(403);
    const rebuild = await call('POST', `/office/views/rebuild?year=${YEAR}`, tokens.office);
    ok(rebuild);
    expect(rebuild.body.tasks).toEqual(expect.arrayContaining(TASKS));

    expect(await stored()).toEqual(maintained);
  });

  it("answers a year's page from its list only with summaries built from each task's current version", async () => {
    const deps = workflowDeps() as PublicDeps;
    const views = dependencies().publicViews;
    const assembled = JSON.parse(JSON.stringify(await listTasks(deps, { year: YEAR, limit: 50 })));
    // a change whose view is not stored (a lost refresh): the header moves on, the list stays
    const header = (await deps.tasks.get(TASK))!;
    const moved = { ...header, version: header.version + 1 };
    await deps.tasks.update(moved, header.version);
    expect((await views.readYear(YEAR, { limit: 50 })).items).toContainEqual(
      expect.objectContaining({
        taskId: TASK,
        version: moved.version,
        stored: expect.objectContaining({ sourceVersion: header.version }),
      }),
    );

    const year = await call('GET', `/tasks?year=${YEAR}&limit=50`);
    ok(year);
    expect(year.body).toEqual(assembled);
    // rebuilt at the header's version and stored: the next page is the list as stored
    const after = (await views.readYear(YEAR, { limit: 50 })).items.find((i) => i.taskId === TASK);
    expect(after).toMatchObject({
      version: moved.version,
      stored: { sourceVersion: moved.version },
    });
    const paged = await call('GET', `/tasks?year=${YEAR}&limit=1`);
    const rest = await call(
      'GET',
      `/tasks?year=${YEAR}&limit=1&cursor=${encodeURIComponent(paged.body.cursor)}`,
    );
    expect([...paged.body.items, ...rest.body.items]).toEqual(assembled.items);
  });

  it('rebuilds a view its task has moved past when it is read', async () => {
    const views = dependencies().publicViews;
    const before = (await views.get(TASK))!;
    // a view built from an older task version, as a lost refresh would leave it
    await views.put({
      taskId: TASK,
      year: YEAR,
      sourceVersion: before.sourceVersion - 1,
      builtAt: before.builtAt,
      summary: { id: TASK, stage: 'Created' },
      detail: { ...before.detail, stage: 'Created' },
    });

    const served = await call('GET', `/tasks/${TASK}`);

    expect(served.body.stage).toBe(before.detail.stage);
    expect((await views.get(TASK))!.sourceVersion).toBe(before.sourceVersion);
  });
});
