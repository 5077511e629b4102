import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordAudit } from '@double-random/domain';
import { createFileBlobStore } from '@double-random/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dependencies, setDependencies } from '../../functions/src/composition';
import { resultOf, task } from '../integration/store/workflow-fixtures';
import { usccOf } from './support/fixtures';
import { startTestServer, type TestServer } from './support/local-server';

/**
 * Case inspections (个案处理) through the local gateway: a complaint recorded by its department
 * and published beside the draws with the kind 个案, an item outside the list refused, and the
 * public reading neither the reference number nor the inspectors.
 */

let api: TestServer;
const tokens = {} as Record<'scjg' | 'office' | 'yjgl', string>;
const YEAR = Number(new Date().toISOString().slice(0, 4));
const day = (offset: number) =>
  new Date(Date.now() - offset * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
const REFERENCE = '台儿庄市监投〔2026〕第0117号 张某某 13800001111';

beforeAll(async () => {
  api = await startTestServer();
  tokens.scjg = await api.tokenFor('dept', 'SCJG');
  tokens.yjgl = await api.tokenFor('dept', 'YJGL');
  tokens.office = await api.tokenFor('office');
  const made = await api.request('POST', '/departments/SCJG/targets', {
    token: tokens.scjg,
    body: {
      name: '台儿庄区某某餐馆',
      kind: 'enterprise',
      uscc: usccOf(9001),
      town: '运河街道',
      industry: '餐饮',
      riskClass: 'B',
    },
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const item = await api.request('POST', '/departments/SCJG/items', {
    token: tokens.scjg,
    body: {
      code: 'SCJG-C01',
      name: '食品经营者经营条件检查',
      legalBasis: '《食品安全法》第一百一十条',
      category: 'key',
      methods: ['on-site'],
      qualification: 'SCJG-FOOD',
    },
  });
  expect(item.status, JSON.stringify(item.body)).toBe(201);
});
afterAll(() => api.close());

const complaint = (extra: Record<string, unknown> = {}) => ({
  source: 'complaint',
  referenceNo: REFERENCE,
  receivedOn: day(3),
  targetId: usccOf(9001),
  item: 'SCJG-C01',
  method: 'on-site',
  inspectionDate: day(2),
  wording: 'corrected',
  team: ['SCJG-I1', 'SCJG-I2'],
  evidence: [{ id: 'photo-1', sha256: 'a'.repeat(64) }],
  note: '投诉人张某某',
  ...extra,
});

describe('case inspections (个案) over HTTP', () => {
  it('records a complaint case, publishes it as 个案 without personal data', async () => {
    const report = async () => {
      const res = await api.request('GET', `/plans/${YEAR}/district/report`, {
        token: tokens.office,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body;
    };
    const reportBefore = await report();
    const rec = await api.request('POST', '/departments/SCJG/cases', {
      token: tokens.scjg,
      body: complaint(),
    });
    expect(rec.status, JSON.stringify(rec.body)).toBe(201);
    expect(rec.body).toMatchObject({ department: 'SCJG', source: 'complaint', year: YEAR });
    const id = rec.body.id as string;
    expect(id).toMatch(/^SCJG-\d{4}-[0-9a-f]{12}$/);

    // the same request again is the same case; another result for the same lead is a conflict
    const again = await api.request('POST', '/departments/SCJG/cases', {
      token: tokens.scjg,
      body: complaint(),
    });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(id);
    const other = await api.request('POST', '/departments/SCJG/cases', {
      token: tokens.scjg,
      body: complaint({ wording: 'no-problem' }),
    });
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe('CASE.EXISTS');

    // the office reads all; another department may not
    const listed = await api.request('GET', `/departments/SCJG/cases?year=${YEAR}`, {
      token: tokens.office,
    });
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((c: { id: string }) => c.id)).toEqual([id]);
    const outsider = await api.request('GET', `/departments/SCJG/cases/${id}`, {
      token: tokens.yjgl,
    });
    expect(outsider.status).toBe(403);

    // nothing public before publication
    const before = await api.request('GET', `/cases?year=${YEAR}`);
    expect(before.body.items).toEqual([]);

    const pub = await api.request('POST', `/departments/SCJG/cases/${id}/publish`, {
      token: tokens.scjg,
    });
    expect(pub.status, JSON.stringify(pub.body)).toBe(200);
    expect(pub.body.publishedAt).toBeTruthy();

    const list = await api.request('GET', `/cases?year=${YEAR}`);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    const shown = list.body.items[0];
    expect(shown).toMatchObject({
      taskId: id,
      kind: '个案',
      source: '投诉举报',
      department: 'SCJG',
      target: { id: usccOf(9001), name: '台儿庄区某某餐馆', uscc: usccOf(9001) },
      item: { code: 'SCJG-C01', name: '食品经营者经营条件检查' },
      wording: '发现问题经责令已改正',
      evidenceCount: 1,
    });
    const text = JSON.stringify(list.body);
    for (const secret of ['张某某', '13800001111', '0117', 'SCJG-I1', 'a'.repeat(64), 'photo-1'])
      expect(text).not.toContain(secret);

    // never in the quota bands or the joint-draw share: the report counts the case apart only
    const { cases: casesBefore, ...quotaBefore } = reportBefore;
    const { cases: casesAfter, ...quotaAfter } = await report();
    expect(quotaAfter).toEqual(quotaBefore);
    expect(casesBefore.count).toBe(0);
    expect(casesAfter).toMatchObject({
      count: 1,
      published: 1,
      bySource: { complaint: 1, referral: 0, 'data-monitoring': 0 },
      fromListShareBp: 10000,
    });
    expect(casesAfter.allInspections).toBe(casesAfter.drawnInspections + 1);

    // beside the draws' results in the public search, and on the enterprise's page
    const search = await api.request('GET', `/results?q=${usccOf(9001)}`);
    expect(search.body.items.map((r: { kind: string }) => r.kind)).toEqual(['个案']);
    const target = await api.request('GET', `/targets/${usccOf(9001)}/results`);
    expect(target.body.items.map((r: { taskId: string }) => r.taskId)).toContain(id);

    // its audit chain: one record and one publication, the record carrying the hashes
    const audit = await api.request('GET', `/departments/SCJG/cases/${id}/audit`, {
      token: tokens.office,
    });
    expect(audit.status).toBe(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'case.record',
      'case.publish',
    ]);
    expect(audit.body.items[0].data.evidence).toEqual([{ id: 'photo-1', sha256: 'a'.repeat(64) }]);
    // its one evidence file was declared but never uploaded: the check says so
    const evidence = await api.request('GET', `/departments/SCJG/cases/${id}/evidence/verify`, {
      token: tokens.scjg,
    });
    expect(evidence.status).toBe(200);
    expect(evidence.body).toMatchObject({
      caseId: id,
      ok: false,
      files: [{ id: 'photo-1', status: 'missing' }],
    });
  });

  it('refuses an item outside the list, naming the rule 清单之外无检查', async () => {
    const res = await api.request('POST', '/departments/SCJG/cases', {
      token: tokens.scjg,
      body: complaint({ referenceNo: '台儿庄市监投〔2026〕第0200号', item: 'SCJG-NOT-LISTED' }),
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'CASE.ITEM_NOT_ON_LIST',
      field: 'item',
    });
    expect(JSON.stringify(res.body.error)).toContain('清单之外无检查');
    const none = await api.request('GET', `/departments/SCJG/cases?year=${YEAR}`, {
      token: tokens.scjg,
    });
    expect(none.body.items).toHaveLength(1);
  });

  it('refuses a case recorded by another department, and a pending problem without a handoff', async () => {
    const other = await api.request('POST', '/departments/SCJG/cases', {
      token: tokens.yjgl,
      body: complaint({ referenceNo: 'X-1' }),
    });
    expect(other.status).toBe(403);
    const pending = await api.request('POST', '/departments/SCJG/cases', {
      token: tokens.scjg,
      body: complaint({ referenceNo: 'X-2', source: 'referral', wording: 'pending-follow-up' }),
    });
    expect(pending.status).toBe(400);
    expect(pending.body.error.field).toBe('handoff');
    const handed = await api.request('POST', '/departments/SCJG/cases', {
      token: tokens.scjg,
      body: complaint({
        referenceNo: 'X-2',
        source: 'data-monitoring',
        wording: 'pending-follow-up',
        handoff: { to: '区综合行政执法局', note: '无证经营, 移交查处' },
      }),
    });
    expect(handed.status, JSON.stringify(handed.body)).toBe(201);
  });
});

describe('special inspections (专项检查) over HTTP', () => {
  it('opens a drawn task on the cases that prompted it, shown on the public task', async () => {
    const listed = await api.request('GET', `/departments/SCJG/cases?year=${YEAR}`, {
      token: tokens.scjg,
    });
    const complaintCase = listed.body.items.find(
      (c: { source: string }) => c.source === 'complaint',
    ) as { id: string };
    const plan = '/plans/2027/departments/SCJG';
    const filed = await api.request('PUT', plan, {
      token: tokens.scjg,
      body: {
        tasks: [
          {
            seq: 1,
            name: '餐饮服务食品安全专项检查',
            items: ['SCJG-C01'],
            scope: { towns: ['运河街道'] },
            strata: [{ key: 'all', ratioBp: 10000 }],
            window: { start: '2027-03-01', end: '2027-11-30' },
            teamSize: 2,
          },
        ],
      },
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const approved = await api.request('POST', `${plan}/approve`, {
      token: tokens.office,
      body: { expectedVersion: filed.body.version },
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    const body = {
      department: 'SCJG',
      year: 2027,
      seq: 1,
      entropySource: 'drand:quicknet:99999999',
    };
    const unknown = await api.request('POST', '/tasks', {
      token: tokens.office,
      body: { ...body, caseRefs: ['SCJG-2026-000000000000'] },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({ code: 'TASK.CASE_NOT_FOUND', field: 'caseRefs' });
    const created = await api.request('POST', '/tasks', {
      token: tokens.office,
      body: { ...body, caseRefs: [complaintCase.id] },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.caseRefs).toEqual([complaintCase.id]);
    const shown = await api.request('GET', '/tasks/2027-SCJG-001');
    expect(shown.status).toBe(200);
    expect(shown.body.caseRefs).toEqual([complaintCase.id]);
  });
});

describe('evidence uploads over HTTP', () => {
  const bytes = new TextEncoder().encode('%PDF-1.7 现场检查笔录');
  const sha = createHash('sha256').update(bytes).digest('hex');

  it('refuses an upload whose bytes do not hash to the declared SHA-256, then stores the right one', async () => {
    const wrong = await api.request('PUT', `/evidence/${'0'.repeat(64)}`, {
      token: tokens.scjg,
      body: bytes,
      headers: { 'content-type': 'application/pdf' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatchObject({ code: 'EVIDENCE.HASH_MISMATCH', field: 'sha256' });
    const right = await api.request('PUT', `/evidence/${sha}`, {
      token: tokens.scjg,
      body: bytes,
      headers: { 'content-type': 'application/pdf' },
    });
    expect(right.status, JSON.stringify(right.body)).toBe(201);
    expect(right.body).toEqual({
      sha256: sha,
      id: `${sha.slice(0, 2)}/${sha}`,
      size: bytes.length,
    });
    // the same file again is the same blob
    const again = await api.request('PUT', `/evidence/${sha}`, {
      token: tokens.scjg,
      body: bytes,
      headers: { 'content-type': 'application/pdf' },
    });
    expect(again.status).toBe(201);
  });

  it('refuses a type outside the allow-list, an anonymous upload, and a ticket for an unknown task', async () => {
    const exe = await api.request('PUT', `/evidence/${sha}`, {
      token: tokens.scjg,
      body: bytes,
      headers: { 'content-type': 'application/x-msdownload' },
    });
    expect(exe.status).toBe(400);
    expect(exe.body.error).toMatchObject({
      code: 'EVIDENCE.TYPE_NOT_ALLOWED',
      field: 'contentType',
    });
    const anonymous = await api.request('PUT', `/evidence/${sha}`, {
      body: bytes,
      headers: { 'content-type': 'application/pdf' },
    });
    expect(anonymous.status).toBe(401);
    const forCase = await api.request('POST', '/departments/SCJG/evidence', {
      token: tokens.scjg,
      body: { sha256: sha, size: bytes.length, contentType: 'application/pdf' },
    });
    expect(forCase.status).toBe(200);
    expect(forCase.body.upload).toMatchObject({ method: 'PUT', url: `/evidence/${sha}` });
    const tooBig = await api.request('POST', '/departments/SCJG/evidence', {
      token: tokens.scjg,
      body: { sha256: sha, size: 21 * 1024 * 1024, contentType: 'image/jpeg' },
    });
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.error).toMatchObject({ code: 'EVIDENCE.TOO_LARGE', field: 'size' });
    const ticket = await api.request('POST', '/tasks/2026-NONE-001/evidence', {
      token: tokens.scjg,
      body: { sha256: sha, size: bytes.length, contentType: 'application/pdf' },
    });
    expect(ticket.status).toBe(404);
  });

  it("re-hashes a task's evidence against its result's audit entry: intact, then changed on disk, and missing", async () => {
    // the server shares this process's dependencies: its blobs go to a folder this test reads
    const dir = await mkdtemp(join(tmpdir(), 'dr-evidence-'));
    const deps = dependencies();
    setDependencies({ ...deps, blobs: createFileBlobStore(dir) });
    try {
      const up = await api.request('PUT', `/evidence/${sha}`, {
        token: tokens.scjg,
        body: bytes,
        headers: { 'content-type': 'application/pdf' },
      });
      expect(up.status).toBe(201);
      const TASK = '2026-SCJG-090';
      await deps.tasks.create(
        task(TASK, {
          items: [{ code: 'FOOD-01', department: 'SCJG', qualification: 'SCJG-FOOD' }],
        }),
      );
      const ghost = 'e'.repeat(64);
      const evidence = [
        { id: `${sha.slice(0, 2)}/${sha}`, sha256: sha },
        { id: `ee/${ghost}`, sha256: ghost },
      ];
      await deps.results.create(resultOf(TASK, 'T1', { evidence }));
      await recordAudit(deps.audit, TASK, {
        at: '2026-04-01T08:00:00.000Z',
        actor: 'dept:SCJG',
        action: 'result.record',
        subject: `${TASK}/T1/FOOD-01`,
        data: { evidence },
      });
      const ticket = await api.request('POST', `/tasks/${TASK}/evidence`, {
        token: tokens.scjg,
        body: { sha256: sha, size: bytes.length, contentType: 'application/pdf' },
      });
      expect(ticket.status, JSON.stringify(ticket.body)).toBe(200);
      expect(ticket.body.upload).toMatchObject({ method: 'PUT', url: `/evidence/${sha}` });
      const outsider = await api.request('GET', `/tasks/${TASK}/evidence/verify`, {
        token: tokens.yjgl,
      });
      expect(outsider.status).toBe(403);

      const first = await api.request('GET', `/tasks/${TASK}/evidence/verify`, {
        token: tokens.office,
      });
      expect(first.status, JSON.stringify(first.body)).toBe(200);
      expect(first.body.files.map((f: { status: string }) => f.status)).toEqual([
        'intact',
        'missing',
      ]);
      expect(first.body.ok).toBe(false);

      // the stored file changed after upload: found by hashing it again
      await writeFile(join(dir, sha.slice(0, 2), sha), '%PDF-1.7 改过的笔录');
      const second = await api.request('GET', `/tasks/${TASK}/evidence/verify`, {
        token: tokens.scjg,
      });
      expect(second.body.files.map((f: { status: string }) => f.status)).toEqual([
        'changed',
        'missing',
      ]);
      expect(second.body.problems).toContain(
        `${TASK}/T1/FOOD-01: ${sha.slice(0, 2)}/${sha} is changed`,
      );
    } finally {
      setDependencies(deps);
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('dr evidence put uploads a file by its hash, and dr evidence verify exits 1 while one is missing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dr-evidence-cli-'));
    try {
      const file = join(dir, '现场照片.png');
      await writeFile(file, '\x89PNG 现场照片');
      const put = await dr([
        'evidence',
        'put',
        file,
        '--task',
        '2026-SCJG-090',
        '--url',
        api.url,
        '--token',
        tokens.scjg,
      ]);
      expect(put.code, put.stderr).toBe(0);
      const ref = JSON.parse(put.stdout) as { id: string; sha256: string };
      expect(ref.sha256).toBe(createHash('sha256').update('\x89PNG 现场照片').digest('hex'));
      const stored = await api.request('PUT', `/evidence/${ref.sha256}`, {
        token: tokens.scjg,
        body: '\x89PNG 现场照片',
        headers: { 'content-type': 'image/png' },
      });
      expect(stored.status).toBe(201);
      const verify = await dr([
        'evidence',
        'verify',
        '2026-SCJG-090',
        '--url',
        api.url,
        '--token',
        tokens.office,
      ]);
      expect(verify.code).toBe(1);
      expect(verify.stdout).toMatch(/^intact +T1 FOOD-01 /m);
      expect(verify.stdout).toMatch(/^missing +T1 FOOD-01 ee\//m);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

const DR = fileURLToPath(new URL('../../packages/local/src/dr.cli.ts', import.meta.url));
const dr = (args: string[]) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', DR, ...args], {
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
