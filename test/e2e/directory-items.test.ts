import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/local-server';

let api: TestServer;
let scjg: string;
beforeAll(async () => {
  api = await startTestServer();
  scjg = await api.tokenFor('dept', 'SCJG');
});
afterAll(() => api.close());

const item = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  name: '食品经营者经营条件检查',
  legalBasis: '《食品安全法》第一百一十条',
  category: 'key',
  methods: ['on-site'],
  qualification: 'SCJG-FOOD',
  ...extra,
});

describe('inspection items over HTTP', () => {
  it('creates an item the public can read without a token', async () => {
    const made = await api.request('POST', '/departments/SCJG/items', {
      token: scjg,
      body: item('SCJG-001'),
    });
    expect(made.status).toBe(201);
    expect(made.headers.get('location')).toBe('/departments/SCJG/items/SCJG-001');
    const pub = await api.request('GET', '/departments/SCJG/items/SCJG-001');
    expect(pub.status).toBe(200);
    expect(pub.body).toMatchObject({ code: 'SCJG-001', category: 'key' });
  });

  it('updates and deactivates with the version read', async () => {
    await api.request('POST', '/departments/SCJG/items', { token: scjg, body: item('SCJG-002') });
    const changed = await api.request('PATCH', '/departments/SCJG/items/SCJG-002', {
      token: scjg,
      body: { category: 'general', expectedVersion: 1 },
    });
    expect(changed.body).toMatchObject({ category: 'general', version: 2 });
    const gone = await api.request('POST', '/departments/SCJG/items/SCJG-002/deactivate', {
      token: scjg,
      body: { reason: '清单调整', expectedVersion: 2 },
    });
    expect(gone.body).toMatchObject({ status: 'inactive', version: 3 });
    const stale = await api.request('PATCH', '/departments/SCJG/items/SCJG-002', {
      token: scjg,
      body: { name: 'x', expectedVersion: 2 },
    });
    expect(stale.status).toBe(409);
  });

  it('refuses a method outside the three with 400 naming the field', async () => {
    const res = await api.request('POST', '/departments/SCJG/items', {
      token: scjg,
      body: item('SCJG-003', { methods: ['phone-call'] }),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toMatch(/^body\.methods/);
  });

  it('refuses writes without a token (401) and from another department (403)', async () => {
    expect(
      (await api.request('POST', '/departments/SCJG/items', { body: item('SCJG-004') })).status,
    ).toBe(401);
    const other = await api.tokenFor('dept', 'STHJ');
    expect(
      (
        await api.request('POST', '/departments/SCJG/items', {
          token: other,
          body: item('SCJG-004'),
        })
      ).status,
    ).toBe(403);
  });

  it('answers 404 and 409 duplicate', async () => {
    expect((await api.request('GET', '/departments/SCJG/items/NONE')).status).toBe(404);
    const dup = await api.request('POST', '/departments/SCJG/items', {
      token: scjg,
      body: item('SCJG-001'),
    });
    expect(dup.status).toBe(409);
  });

  it('lists a filtered page for the public', async () => {
    const jtys = await api.tokenFor('dept', 'JTYS');
    for (let i = 0; i < 7; i++)
      await api.request('POST', '/departments/JTYS/items', {
        token: jtys,
        body: item(`JT-${i}`, { category: i < 5 ? 'general' : 'key' }),
      });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const q = new URLSearchParams({
        category: 'general',
        limit: '2',
        ...(cursor ? { cursor } : {}),
      });
      const res = await api.request('GET', `/departments/JTYS/items?${q}`);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((i: { code: string }) => i.code));
      cursor = res.body.cursor;
    } while (cursor);
    expect(seen).toEqual(['JT-0', 'JT-1', 'JT-2', 'JT-3', 'JT-4']);
  });
});
