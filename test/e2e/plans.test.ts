import type { Clock } from '@double-random/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dependencies, setDependencies } from '../../functions/src/composition';
import { startTestServer, type TestServer } from './support/local-server';

const YEAR = 2027;
// 31 Jan 23:00 and 1 Feb 00:00 in Asia/Shanghai (UTC+8)
const LAST_DAY = '2027-01-31T15:00:00.000Z';
const FIRST_LATE = '2027-01-31T16:00:00.000Z';

let api: TestServer;
let now = LAST_DAY;
const clock: Clock = { now: () => now };
const tokens = {} as Record<'office' | 'scjg' | 'sthj' | 'inspector', string>;

const item = (code: string, category: 'key' | 'general') => ({
  code,
  name: `事项 ${code}`,
  legalBasis: '《中华人民共和国产品质量法》第十五条',
  category,
  methods: ['on-site'],
  qualification: 'SCJG-GEN',
});

const task = (
  seq: number,
  itemCode: string,
  ratioBp: number,
  extra: Record<string, unknown> = {},
) => ({
  seq,
  name: `任务 ${seq}`,
  items: [itemCode],
  strata: [{ key: 'all', ratioBp }],
  window: { start: `${YEAR}-03-01`, end: `${YEAR}-11-30` },
  teamSize: 2,
  ...extra,
});

const planPath = (dept: string) => `/plans/${YEAR}/departments/${dept}`;

beforeAll(async () => {
  api = await startTestServer();
  // The server shares this process's dependencies: the clock is swapped there, Date is left alone.
  setDependencies({ ...dependencies(), clock });
  tokens.office = await api.tokenFor('office');
  tokens.scjg = await api.tokenFor('dept', 'SCJG');
  tokens.sthj = await api.tokenFor('dept', 'STHJ');
  tokens.inspector = await api.tokenFor('inspector', 'SCJG', 'P0042');
  for (const [dept, token, body] of [
    ['SCJG', tokens.scjg, item('SC-K1', 'key')],
    ['SCJG', tokens.scjg, item('SC-G1', 'general')],
    ['STHJ', tokens.sthj, item('HJ-G1', 'general')],
  ] as const) {
    const res = await api.request('POST', `/departments/${dept}/items`, { token, body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }
  // 100 products both departments regulate: every item's population (the ratio's denominator)
  const rows = Array.from({ length: 100 }, (_, i) => ({
    id: `CP-${String(i).padStart(3, '0')}`,
    name: `产品 ${i}`,
    kind: 'product',
    town: '运河街道',
    industry: '产品质量',
    riskClass: 'A',
  }));
  for (const [dept, token] of [
    ['SCJG', tokens.scjg],
    ['STHJ', tokens.sthj],
  ] as const) {
    const res = await api.request('POST', `/departments/${dept}/targets/import`, {
      token,
      body: rows,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.created).toBe(100);
  }
}, 30_000);

afterAll(async () => {
  await api?.close();
});

describe('filing refusals carry the domain code and the rule', () => {
  it('refuses a general item at 2 % naming 台政发〔2019〕12号 二(二) and the values', async () => {
    const res = await api.request('PUT', planPath('SCJG'), {
      token: tokens.scjg,
      body: { tasks: [task(1, 'SC-G1', 200)] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('PLAN.RATIO_OUT_OF_RANGE');
    expect(res.body.error.message).toContain('台政发〔2019〕12号 二(二)');
    expect(res.body.error.message).toContain('tasks.0');
    expect(res.body.error.message).toContain('2 of the 100 objects');
    expect(res.body.error.message).toMatch(/2(\.00)? %/);
    expect(res.body.error.message).toContain('3 %–10 %');
    expect(res.body.error.details).toMatchObject({
      category: 'general',
      minBp: 300,
      maxBp: 1000,
      item: 'SC-G1',
      population: 100,
      minTargets: 3,
      maxTargets: 10,
    });
  });

  it('refuses a key item at 19 % of its 100 objects (19.99 % rounds up to 20 whole objects)', async () => {
    const res = await api.request('PUT', planPath('SCJG'), {
      token: tokens.scjg,
      body: { tasks: [task(1, 'SC-K1', 1900)] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('PLAN.RATIO_OUT_OF_RANGE');
    expect(res.body.error.message).toContain('≥ 20 %');
    expect(res.body.error.details).toMatchObject({ value: 19, minTargets: 20 });
  });

  it('refuses a key item planned on one town: the ratio counts every object it applies to', async () => {
    const res = await api.request('PUT', planPath('SCJG'), {
      token: tokens.scjg,
      body: { tasks: [task(1, 'SC-K1', 10000, { scope: { towns: ['泥沟镇'] } })] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject({ item: 'SC-K1', value: 0, population: 100 });
  });

  it('refuses an item outside the list', async () => {
    const res = await api.request('PUT', planPath('SCJG'), {
      token: tokens.scjg,
      body: { tasks: [task(1, 'NOT-LISTED', 500)] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('PLAN.ITEM_NOT_LISTED');
  });

  it('refuses a department filing for another department', async () => {
    const res = await api.request('PUT', planPath('SCJG'), {
      token: tokens.sthj,
      body: { tasks: [task(1, 'SC-G1', 500)] },
    });
    expect(res.status).toBe(403);
  });

  it('refuses filing without a token', async () => {
    const res = await api.request('PUT', planPath('SCJG'), {
      body: { tasks: [task(1, 'SC-G1', 500)] },
    });
    expect(res.status).toBe(401);
  });
});

describe('the plan year, in order', () => {
  let scjgVersion = 0;
  let sthjVersion = 0;

  it('files on 31 January (Shanghai) on time, with a key item at exactly 20 %', async () => {
    now = LAST_DAY;
    const res = await api.request('PUT', planPath('SCJG'), {
      token: tokens.scjg,
      body: { tasks: [task(1, 'SC-K1', 2000)] },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.headers.get('location')).toBe(planPath('SCJG'));
    expect(res.body).toMatchObject({ status: 'filed', late: false, department: 'SCJG' });
    scjgVersion = res.body.version;
  });

  it('flags a filing on 1 February (Shanghai) as late, by POST', async () => {
    now = FIRST_LATE;
    const res = await api.request('POST', planPath('STHJ'), {
      token: tokens.sthj,
      body: { tasks: [task(1, 'HJ-G1', 500)] },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ status: 'filed', late: true });
    sthjVersion = res.body.version;
  });

  it('refuses filing again without the version read', async () => {
    const res = await api.request('PUT', planPath('SCJG'), {
      token: tokens.scjg,
      body: { tasks: [task(1, 'SC-K1', 2000)] },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('PLAN.EXISTS');
  });

  it('keeps unpublished plans from the public and other departments', async () => {
    expect((await api.request('GET', planPath('SCJG'))).status).toBe(404);
    // the public route answers a token as it answers none: staff read drafts at …/internal
    expect((await api.request('GET', planPath('SCJG'), { token: tokens.scjg })).status).toBe(404);
    const other = await api.request('GET', `${planPath('SCJG')}/internal`, { token: tokens.sthj });
    expect(other.status).toBe(403);
    const own = await api.request('GET', `${planPath('SCJG')}/internal`, { token: tokens.scjg });
    expect(own.status).toBe(200);
    expect(own.body.history.length).toBeGreaterThan(0);
    // the office reads the filed plan it is about to approve
    const office = await api.request('GET', `${planPath('SCJG')}/internal`, {
      token: tokens.office,
    });
    expect(office.status).toBe(200);
    expect(office.body).toMatchObject({ status: 'filed', version: own.body.version });
    const list = await api.request('GET', `/plans/${YEAR}`);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([]);
  });

  it('lets the office list every plan of the year', async () => {
    const res = await api.request('GET', `/plans/${YEAR}/internal`, { token: tokens.office });
    expect(res.status).toBe(200);
    expect(res.body.items.map((p: { department: string }) => p.department).sort()).toEqual([
      'SCJG',
      'STHJ',
    ]);
  });

  it('refuses the district plan below 10 % joint draws, with the figures', async () => {
    const report = await api.request('GET', `/plans/${YEAR}/district/report`, {
      token: tokens.office,
    });
    expect(report.status).toBe(200);
    expect(report.body.overall).toMatchObject({ tasks: 2, joint: 0, jointShareMet: false });
    // the quota report: per item and year, over its population
    const lines = report.body.items as { item: string; planned: number; light: string }[];
    expect(lines.find((q) => q.item === 'SC-K1')).toMatchObject({
      planned: 20,
      population: 100,
      plannedWithin: true,
      light: 'pending',
    });
    expect(lines.find((q) => q.item === 'SC-G1')).toMatchObject({ planned: 0, light: 'red' });
    expect(report.body.overall.lateFilings).toBe(1);
    const res = await api.request('POST', `/plans/${YEAR}/district/approve`, {
      token: tokens.office,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('DISTRICT.JOINT_SHARE_TOO_LOW');
    expect(res.body.error.message).toContain('0 joint of 2');
    expect(res.body.error.details).toMatchObject({ joint: 0, tasks: 2 });
  });

  it('amends a filed plan with a joint task', async () => {
    const res = await api.request('PATCH', planPath('SCJG'), {
      token: tokens.scjg,
      body: {
        expectedVersion: scjgVersion,
        tasks: [task(1, 'SC-K1', 2000), task(2, 'HJ-G1', 500, { participants: ['STHJ'] })],
        reason: '增加联合抽查',
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.tasks.map((t: { joint: boolean }) => t.joint)).toEqual([false, true]);
    expect(res.body.version).toBe(scjgVersion + 1);
    scjgVersion = res.body.version;
  });

  it('refuses a joint task that takes the participant’s general item past 10 % for the year', async () => {
    const res = await api.request('PATCH', planPath('SCJG'), {
      token: tokens.scjg,
      body: {
        expectedVersion: scjgVersion,
        tasks: [task(1, 'SC-K1', 2000), task(2, 'HJ-G1', 600, { participants: ['STHJ'] })],
      },
    });
    expect(res.status).toBe(400);
    // STHJ's own 5 and this joint task's 6 of the 100 objects STHJ regulates
    expect(res.body.error.details).toMatchObject({ item: 'HJ-G1', value: 11, maxTargets: 10 });
  });

  it('refuses a stale amendment', async () => {
    const res = await api.request('PATCH', planPath('SCJG'), {
      token: tokens.scjg,
      body: { expectedVersion: scjgVersion - 1, tasks: [task(1, 'SC-K1', 2000)] },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('PLAN.STALE');
  });

  it('approves the district plan once joint draws reach 10 %', async () => {
    const res = await api.request('POST', `/plans/${YEAR}/district/approve`, {
      token: tokens.office,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.report.overall).toMatchObject({ tasks: 3, joint: 1, jointShareMet: true });
    const again = await api.request('POST', `/plans/${YEAR}/district/approve`, {
      token: tokens.office,
    });
    expect(again.status).toBe(409);
    const read = await api.request('GET', `/plans/${YEAR}/district`);
    expect(read.status).toBe(200);
    expect(read.body.status).toBe('approved');
  });

  it('refuses approval by a department', async () => {
    const byDept = await api.request('POST', `${planPath('SCJG')}/approve`, {
      token: tokens.scjg,
      body: { expectedVersion: scjgVersion },
    });
    expect(byDept.status).toBe(403);
  });

  it('returns a plan with a reason; refiled, it keeps its late flag', async () => {
    now = '2027-02-10T02:00:00.000Z';
    const returned = await api.request('POST', `${planPath('STHJ')}/return`, {
      token: tokens.office,
      body: { expectedVersion: sthjVersion, reason: '任务名称不规范' },
    });
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    expect(returned.body).toMatchObject({
      status: 'returned',
      returned: { reason: '任务名称不规范' },
    });
    // the department is told, through its channel (locally the outbox), with the reason
    const told = await api.request('GET', '/notifications?department=STHJ', {
      token: tokens.sthj,
    });
    expect(told.status, JSON.stringify(told.body)).toBe(200);
    const notice = told.body.items.find((n: { kind: string }) => n.kind === 'plan.returned') as
      | { recipient: string; status: string; text: string; channel: string }
      | undefined;
    expect(notice).toMatchObject({
      recipient: 'dept:STHJ',
      status: 'delivered',
      channel: 'outbox',
    });
    expect(notice?.text).toContain('任务名称不规范');
    // another department reads none of it
    const other = await api.request('GET', '/notifications?department=STHJ', {
      token: tokens.scjg,
    });
    expect([other.status, other.body.error.code]).toEqual([403, 'NOTIFICATION.NOT_YOURS']);
    // a returned plan is not on record (备案): its department cannot publish it
    const early = await api.request('POST', `${planPath('STHJ')}/publish`, {
      token: tokens.sthj,
      body: { expectedVersion: returned.body.version },
    });
    expect([early.status, early.body.error.code]).toEqual([409, 'PLAN.NOT_ON_RECORD']);
    const refiled = await api.request('PUT', planPath('STHJ'), {
      token: tokens.sthj,
      body: { expectedVersion: returned.body.version, tasks: [task(1, 'HJ-G1', 400)] },
    });
    expect(refiled.status, JSON.stringify(refiled.body)).toBe(200);
    expect(refiled.body).toMatchObject({ status: 'filed', late: true });
  });

  it('refuses a return without a reason', async () => {
    const res = await api.request('POST', `${planPath('STHJ')}/return`, {
      token: tokens.office,
      body: { expectedVersion: 1, reason: '' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('body.reason');
  });

  it('approves and publishes; the public then reads it without history', async () => {
    const approved = await api.request('POST', `${planPath('SCJG')}/approve`, {
      token: tokens.office,
      body: { expectedVersion: scjgVersion },
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.status).toBe('approved');
    const amendLate = await api.request('PATCH', planPath('SCJG'), {
      token: tokens.scjg,
      body: { expectedVersion: approved.body.version, tasks: [task(1, 'SC-K1', 2000)] },
    });
    expect(amendLate.status).toBe(409);
    expect(amendLate.body.error.code).toBe('PLAN.NOT_AMENDABLE');
    const published = await api.request('POST', `${planPath('SCJG')}/publish`, {
      token: tokens.scjg,
      body: { expectedVersion: approved.body.version },
    });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body.status).toBe('published');

    const read = await api.request('GET', planPath('SCJG'));
    expect(read.status).toBe(200);
    expect(read.body.status).toBe('published');
    expect(read.body).not.toHaveProperty('history');
    expect(read.body.departmentName).toBe('区市场监管局');
    expect(JSON.stringify(read.body)).not.toContain('local-dept');
    const list = await api.request('GET', `/plans/${YEAR}`);
    expect(list.body.items.map((p: { department: string }) => p.department)).toEqual(['SCJG']);
    expect((await api.request('GET', planPath('STHJ'))).status).toBe(404);
    // the provincial platform receives the published plan, as the public reads it
    const events = await api.request('GET', '/exchange/events?limit=1000', {
      token: tokens.office,
    });
    const plan = (events.body.items as { type: string; key: string; payload: unknown }[]).find(
      (e) => e.type === 'plan.published',
    );
    expect(plan?.key).toBe(`plan/${YEAR}/SCJG/v${published.body.version}`);
    expect(JSON.stringify(plan?.payload)).not.toContain('local-dept');
    expect(JSON.stringify(plan?.payload)).not.toContain('"history"');
  });
});
