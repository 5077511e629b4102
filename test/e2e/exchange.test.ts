import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIONAL_COLUMNS } from '../../functions/src/exports/layouts';
import { workflowDeps } from '../../functions/src/http/tasks/workflow-deps';
import { resultInput, seedInspecting, TASK } from '../integration/workflow/consistency-support';
import { runDr as dr } from './support/dr-cli';
import { startTestServer, type TestServer } from './support/local-server';

/**
 * The exchange with the provincial platform through the local gateway (docs/exchange.md):
 * results published become events in the drop folder, JSON and a CSV of the national fields,
 * each with a receipt the office reads and the platform acknowledges.
 */
let api: TestServer;
const TARGETS = ['T01', 'T02'];

beforeAll(async () => {
  api = await startTestServer();
  await seedInspecting(workflowDeps());
});

afterAll(async () => {
  await api?.close();
});

const dropped = async () =>
  (await readdir(api.server.exchangeDir)).filter((f) => !f.startsWith('.'));

describe('exchange with the provincial platform', () => {
  it('publishing results drops one event per result, JSON and the national CSV', async () => {
    const token = await api.tokenFor('dept', 'SCJG');
    for (const t of TARGETS) {
      const { taskId: _id, ...body } = resultInput(t);
      expect((await api.request('POST', `/tasks/${TASK}/results`, { token, body })).status).toBe(
        201,
      );
    }
    const pub = await api.request('POST', `/tasks/${TASK}/publish`, {
      token,
      body: { department: 'SCJG' },
    });
    expect(pub.status).toBe(200);
    expect(pub.body.count).toBe(2);

    const office = await api.tokenFor('office');
    const list = await api.request('GET', '/exchange/events?status=delivered&limit=1000', {
      token: office,
    });
    expect(list.status).toBe(200);
    const results = (list.body.items as { type: string; key: string; id: string }[]).filter(
      (e) => e.type === 'result.published',
    );
    expect(results.map((e) => e.key).sort()).toEqual(
      TARGETS.map((t) => `result/${TASK}/${t}/FOOD-01`),
    );

    const files = await dropped();
    for (const e of results) {
      expect(files).toContain(`${e.id}.json`);
      expect(files).toContain(`${e.id}.csv`);
      const json = JSON.parse(await readFile(join(api.server.exchangeDir, `${e.id}.json`), 'utf8'));
      expect(json).toMatchObject({ format: 'dr-exchange/1', id: e.id, type: 'result.published' });
      expect(json.status).toBeUndefined();
      const csv = (await readFile(join(api.server.exchangeDir, `${e.id}.csv`), 'utf8'))
        .replace(/^\uFEFF/, '')
        .split('\r\n');
      expect(csv[0]!.split(',')).toEqual(NATIONAL_COLUMNS.map((c) => c.header));
      const row = csv[1]!.split(',');
      expect(row).toHaveLength(NATIONAL_COLUMNS.length);
      expect(row[2]).toBe(TASK);
      expect(row[5]).toBe('区市场监管局');
      expect(row[6]).toBe('2026-04-01');
      expect(row[9]).toBe(json.payload.result.targetName);
    }

    // publishing again adds nothing: the results were published once, their events written once
    const again = await api.request('POST', `/tasks/${TASK}/publish`, {
      token,
      body: { department: 'SCJG' },
    });
    expect(again.body.count).toBe(0);
    // (the start-up sweep may add item lists meanwhile: only results carry a CSV)
    const csvs = (names: string[]) => names.filter((f) => f.endsWith('.csv')).sort();
    expect(csvs(await dropped())).toEqual(csvs(files));
  });

  it('a penalty decided in a follow-up of a published result is sent as its own event', async () => {
    const token = await api.tokenFor('dept', 'SCJG');
    const decisionNo = '台市监罚〔2026〕88号';
    const res = await api.request('POST', `/tasks/${TASK}/results/T01/FOOD-01/follow-ups`, {
      token,
      body: {
        date: '2026-04-10',
        penalty: { decisionNo, decisionDate: '2026-04-10', kind: '罚款', warningOnly: false },
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const office = await api.tokenFor('office');
    const list = await api.request('GET', '/exchange/events?status=delivered&limit=1000', {
      token: office,
    });
    const penalties = (list.body.items as { id: string; type: string; key: string }[]).filter(
      (e) => e.type === 'penalty.published',
    );
    expect(penalties.map((e) => e.key)).toEqual([`penalty/${TASK}/T01/FOOD-01/${decisionNo}`]);
    const json = JSON.parse(
      await readFile(join(api.server.exchangeDir, `${penalties[0]!.id}.json`), 'utf8'),
    );
    expect(json.payload).toMatchObject({
      targetId: 'T01',
      authority: '区市场监管局',
      penalty: { decisionNo, decisionDate: '2026-04-10', kind: '罚款' },
    });
  });

  it('the platform acknowledges a delivered event once, through the office’s route', async () => {
    const office = await api.tokenFor('office');
    const list = await api.request('GET', '/exchange/events?status=delivered', { token: office });
    const event = (list.body.items as { id: string; type: string }[]).find(
      (e) => e.type === 'result.published',
    )!;
    const ack = await api.request('POST', `/exchange/events/${event.id}/ack`, {
      token: office,
      body: { reference: 'SD-2026-0001' },
    });
    expect(ack.status).toBe(200);
    expect(ack.body).toMatchObject({
      status: 'acknowledged',
      acknowledgement: { reference: 'SD-2026-0001' },
    });
    const repeat = await api.request('POST', `/exchange/events/${event.id}/ack`, {
      token: office,
      body: {},
    });
    expect(repeat.body.acknowledgement).toEqual(ack.body.acknowledgement);
    const acked = await api.request('GET', '/exchange/events?status=acknowledged', {
      token: office,
    });
    expect((acked.body.items as { id: string }[]).map((e) => e.id)).toEqual([event.id]);

    const dept = await api.tokenFor('dept', 'SCJG');
    const refused = await api.request('POST', `/exchange/events/${event.id}/ack`, {
      token: dept,
      body: {},
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('EXCHANGE.OFFICE_ONLY');
    expect((await api.request('GET', '/exchange/events', { token: dept })).status).toBe(403);
    const missing = await api.request('POST', `/exchange/events/dx-${'0'.repeat(32)}/ack`, {
      token: office,
      body: {},
    });
    expect(missing.status).toBe(404);
    const bad = await api.request('POST', '/exchange/events/not-an-id/ack', {
      token: office,
      body: {},
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('id');
    const badStatus = await api.request('GET', '/exchange/events?status=lost', { token: office });
    expect(badStatus.status).toBe(400);
  });

  it('a new item on a department’s list drops that list as it now stands', async () => {
    const token = await api.tokenFor('dept', 'STHJ');
    const created = await api.request('POST', '/departments/STHJ/items', {
      token,
      body: {
        code: 'STHJ-EX1',
        name: '排污许可执行情况检查',
        legalBasis: '《排污许可管理条例》',
        category: 'general',
        methods: ['on-site'],
        qualification: 'STHJ-GEN',
      },
    });
    expect(created.status).toBe(201);
    const office = await api.tokenFor('office');
    const list = await api.request('GET', '/exchange/events?limit=1000', { token: office });
    const lists = (
      list.body.items as { id: string; type: string; department: string; status: string }[]
    ).filter((e) => e.type === 'items.changed' && e.department === 'STHJ');
    const withNew = [];
    for (const e of lists) {
      const json = JSON.parse(await readFile(join(api.server.exchangeDir, `${e.id}.json`), 'utf8'));
      if ((json.payload.items as { code: string }[]).some((i) => i.code === 'STHJ-EX1'))
        withNew.push(e);
    }
    expect(withNew).toHaveLength(1);
    expect(withNew[0]!.status).toBe('delivered');
  });

  it('pnpm dr exchange lists the receipts and acknowledges an event', async () => {
    const token = await api.tokenFor('office');
    const args = ['--url', api.url, '--token', token];
    const listed = await dr(['exchange', '--status', 'delivered', ...args]);
    expect(listed.code, listed.stderr).toBe(0);
    const id = /(dx-[0-9a-f]{32})\s+result\.published/.exec(listed.stdout)?.[1];
    expect(id).toBeDefined();
    const acked = await dr(['exchange', 'ack', id!, '--reference', 'SD-CLI', ...args]);
    expect(acked.code, acked.stderr).toBe(0);
    expect(JSON.parse(acked.stdout)).toMatchObject({
      status: 'acknowledged',
      acknowledgement: { reference: 'SD-CLI' },
    });
    const bad = await dr(['exchange', '--status', 'lost', ...args]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--status takes pending, delivered, acknowledged, failed');
  }, 60_000);
});
