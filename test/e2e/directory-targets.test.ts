import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badUsccOf, usccOf } from './support/fixtures';
import { startTestServer, type TestServer } from './support/local-server';

let api: TestServer;
let scjg: string;
beforeAll(async () => {
  api = await startTestServer();
  scjg = await api.tokenFor('dept', 'SCJG');
});
afterAll(() => api.close());

const body = (n: number, extra: Record<string, unknown> = {}) => ({
  name: `台州市椒江区某某商店${n}`,
  kind: 'enterprise',
  uscc: usccOf(n),
  town: '运河街道',
  industry: '餐饮',
  riskClass: 'B',
  ...extra,
});

describe('targets over HTTP', () => {
  it('creates a target: 201 with Location, then reads it back', async () => {
    const res = await api.request('POST', '/departments/SCJG/targets', {
      token: scjg,
      body: body(1),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`/departments/SCJG/targets/${usccOf(1)}`);
    expect(res.body).toMatchObject({ id: usccOf(1), department: 'SCJG', version: 1 });
    const got = await api.request('GET', res.headers.get('location')!, { token: scjg });
    expect(got.status).toBe(200);
    expect(got.body.name).toBe('台州市椒江区某某商店1');
  });

  it('updates with the version read, then refuses the stale version with 409', async () => {
    await api.request('POST', '/departments/SCJG/targets', { token: scjg, body: body(2) });
    const path = `/departments/SCJG/targets/${usccOf(2)}`;
    const first = await api.request('PATCH', path, {
      token: scjg,
      body: { riskClass: 'D', expectedVersion: 1, reason: '抽查发现问题' },
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ riskClass: 'D', version: 2 });
    expect(first.body.history.at(-1).changes).toEqual([
      { field: 'riskClass', from: 'B', to: 'D' },
      expect.objectContaining({ field: 'updatedAt' }),
    ]);
    const stale = await api.request('PATCH', path, {
      token: scjg,
      body: { riskClass: 'A', expectedVersion: 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('TARGET.STALE');
  });

  it('deactivates with a reason and a date; a second deactivation is a conflict', async () => {
    await api.request('POST', '/departments/SCJG/targets', { token: scjg, body: body(3) });
    const path = `/departments/SCJG/targets/${usccOf(3)}/deactivate`;
    const res = await api.request('POST', path, {
      token: scjg,
      body: { reason: '注销', date: '2026-11-20', expectedVersion: 1 },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'inactive',
      deactivation: { reason: '注销', date: '2026-11-20' },
      version: 2,
    });
    const again = await api.request('POST', path, {
      token: scjg,
      body: { reason: '注销', expectedVersion: 2 },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('TARGET.INACTIVE');
  });

  it('refuses a body without a name with 400 naming the field', async () => {
    const { name: _n, ...noName } = body(4);
    const res = await api.request('POST', '/departments/SCJG/targets', {
      token: scjg,
      body: noName,
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'REQUEST.INVALID', field: 'body.name' });
  });

  it('refuses a uscc with a wrong check character with 400', async () => {
    const res = await api.request('POST', '/departments/SCJG/targets', {
      token: scjg,
      body: body(5, { uscc: badUsccOf(5) }),
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'TARGET.USCC_INVALID', field: 'uscc' });
  });

  it('answers 401 without a token', async () => {
    const res = await api.request('GET', '/departments/SCJG/targets');
    expect(res.status).toBe(401);
  });

  it("answers 403 to another department's writes and reads", async () => {
    const other = await api.tokenFor('dept', 'STHJ');
    const write = await api.request('POST', '/departments/SCJG/targets', {
      token: other,
      body: body(6),
    });
    expect(write.status).toBe(403);
    expect(write.body.error.code).toBe('AUTH.NOT_DEPARTMENT');
    const read = await api.request('GET', `/departments/SCJG/targets/${usccOf(1)}`, {
      token: other,
    });
    expect(read.status).toBe(403);
  });

  it('lets the office read but not write', async () => {
    const office = await api.tokenFor('office');
    const read = await api.request('GET', `/departments/SCJG/targets/${usccOf(1)}`, {
      token: office,
    });
    expect(read.status).toBe(200);
    const write = await api.request('POST', '/departments/SCJG/targets', {
      token: office,
      body: body(7),
    });
    expect(write.status).toBe(403);
  });

  it('answers 404 for an unknown target', async () => {
    const res = await api.request('GET', `/departments/SCJG/targets/${usccOf(999)}`, {
      token: scjg,
    });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('TARGET.NOT_FOUND');
  });

  it('answers 409 to a second create of the same target', async () => {
    const res = await api.request('POST', '/departments/SCJG/targets', {
      token: scjg,
      body: body(1),
    });
    expect(res.status).toBe(409);
  });

  it('pages through every target of a filtered list exactly once', async () => {
    const zjj = await api.tokenFor('dept', 'ZJJ');
    for (let n = 100; n < 117; n++)
      await api.request('POST', '/departments/ZJJ/targets', {
        token: zjj,
        body: body(n, { riskClass: n % 2 ? 'A' : 'C' }),
      });
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const q = new URLSearchParams({ riskClass: 'A', limit: '3', ...(cursor ? { cursor } : {}) });
      const res = await api.request('GET', `/departments/ZJJ/targets?${q}`, { token: zjj });
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((t: { id: string }) => t.id));
      cursor = res.body.cursor;
      pages++;
    } while (cursor);
    const odd = Array.from({ length: 17 }, (_, i) => 100 + i).filter((n) => n % 2);
    expect(seen.sort()).toEqual(odd.map(usccOf).sort());
    expect(pages).toBeGreaterThanOrEqual(3);
  });

  it('refuses a bad query parameter with 400', async () => {
    const res = await api.request('GET', '/departments/SCJG/targets?riskClass=E', { token: scjg });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('query.riskClass');
  });
});
