import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usccOf } from './support/fixtures';
import { startTestServer, type TestServer } from './support/local-server';

let api: TestServer;
let scjg: string;
beforeAll(async () => {
  api = await startTestServer();
  scjg = await api.tokenFor('dept', 'SCJG');
});
afterAll(() => api.close());

const inspector = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: '王五',
  certificateNo: `C-${id}`,
  certificateExpiry: '2027-12-31',
  qualifications: ['SCJG-FOOD'],
  mayLead: true,
  idNumber: '331002199001011234',
  phone: '13800000000',
  ...extra,
});
const SECRET = '其配偶为该企业股东';

describe('inspectors over HTTP', () => {
  it('creates, reads, updates and deactivates an inspector', async () => {
    const made = await api.request('POST', '/departments/SCJG/inspectors', {
      token: scjg,
      body: inspector('P1'),
    });
    expect(made.status).toBe(201);
    expect(made.headers.get('location')).toBe('/departments/SCJG/inspectors/P1');
    const changed = await api.request('PATCH', '/departments/SCJG/inspectors/P1', {
      token: scjg,
      body: { qualifications: ['SCJG-FOOD', 'SCJG-DRUG'], expectedVersion: 1 },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ qualifications: ['SCJG-FOOD', 'SCJG-DRUG'], version: 2 });
    const gone = await api.request('POST', '/departments/SCJG/inspectors/P1/deactivate', {
      token: scjg,
      body: { reason: '调离', date: '2026-11-25', expectedVersion: 2 },
    });
    expect(gone.status).toBe(200);
    expect(gone.body).toMatchObject({ status: 'inactive', version: 3 });
    const read = await api.request('GET', '/departments/SCJG/inspectors/P1', { token: scjg });
    expect(read.body).toMatchObject({ status: 'inactive', deactivation: { reason: '调离' } });
  });

  it('refuses an unknown field in a change with 400 naming it', async () => {
    await api.request('POST', '/departments/SCJG/inspectors', {
      token: scjg,
      body: inspector('P2'),
    });
    const res = await api.request('PATCH', '/departments/SCJG/inspectors/P2', {
      token: scjg,
      body: { department: 'STHJ', expectedVersion: 1 },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('REQUEST.INVALID');
    expect(res.body.error.rule).toContain('department');
  });

  it('answers 404, 409 duplicate and 409 stale', async () => {
    expect(
      (await api.request('GET', '/departments/SCJG/inspectors/NOPE', { token: scjg })).status,
    ).toBe(404);
    await api.request('POST', '/departments/SCJG/inspectors', {
      token: scjg,
      body: inspector('P3'),
    });
    const dup = await api.request('POST', '/departments/SCJG/inspectors', {
      token: scjg,
      body: inspector('P3'),
    });
    expect(dup.status).toBe(409);
    const stale = await api.request('PATCH', '/departments/SCJG/inspectors/P3', {
      token: scjg,
      body: { name: '赵六', expectedVersion: 7 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('INSPECTOR.STALE');
  });

  it('lets an inspector declare an own conflict; the reason reaches only the department and the inspector', async () => {
    await api.request('POST', '/departments/SCJG/inspectors', {
      token: scjg,
      body: inspector('P4'),
    });
    const self = await api.tokenFor('inspector', 'SCJG', 'P4');
    const declared = await api.request('POST', '/departments/SCJG/inspectors/P4/conflicts', {
      token: self,
      body: { targetId: usccOf(1), reason: SECRET, declaredBy: 'inspector', expectedVersion: 1 },
    });
    expect(declared.status).toBe(200);
    expect(declared.body.conflicts).toEqual([
      expect.objectContaining({ targetId: usccOf(1), reason: SECRET }),
    ]);
    expect(JSON.stringify(declared.body.history)).not.toContain(SECRET);

    const own = await api.request('GET', '/departments/SCJG/inspectors/P4', { token: scjg });
    expect(own.body.conflicts[0].reason).toBe(SECRET);

    const office = await api.tokenFor('office');
    const officeRead = await api.request('GET', '/departments/SCJG/inspectors/P4', {
      token: office,
    });
    expect(officeRead.status).toBe(200);
    // a request until the responsible official decides (《行政处罚法》第43条)
    expect(officeRead.body.conflicts).toEqual([
      { targetId: usccOf(1), declaredBy: 'inspector', at: expect.any(String), status: 'requested' },
    ]);
    const decided = await api.request(
      'POST',
      `/departments/SCJG/inspectors/P4/conflicts/${usccOf(1)}/decision`,
      { token: scjg, body: { approved: true, by: '分管副局长', note: SECRET, expectedVersion: 2 } },
    );
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body.conflicts[0]).toMatchObject({
      status: 'approved',
      decision: { approved: true, by: '分管副局长' },
    });
    const byInspector = await api.request(
      'POST',
      `/departments/SCJG/inspectors/P4/conflicts/${usccOf(1)}/decision`,
      { token: self, body: { approved: false, by: 'x', expectedVersion: 3 } },
    );
    expect(byInspector.status).toBe(403);
    const officeList = await api.request('GET', '/departments/SCJG/inspectors?limit=1000', {
      token: office,
    });
    const listed = JSON.stringify(officeList.body);
    expect(listed).toContain('P4');
    expect(listed).not.toContain(SECRET);
    expect(listed).not.toContain('331002199001011234');

    const other = await api.tokenFor('dept', 'STHJ');
    const otherRead = await api.request('GET', '/departments/SCJG/inspectors/P4', { token: other });
    expect(otherRead.status).toBe(403);
    expect(JSON.stringify(otherRead.body)).not.toContain(SECRET);
    const anonymous = await api.request('GET', '/departments/SCJG/inspectors/P4');
    expect(anonymous.status).toBe(401);
    expect(JSON.stringify(anonymous.body)).not.toContain(SECRET);
  });

  it('lets the department record a conflict raised by an enterprise, once per target', async () => {
    await api.request('POST', '/departments/SCJG/inspectors', {
      token: scjg,
      body: inspector('P5'),
    });
    const body = { targetId: usccOf(2), reason: '企业申请回避', declaredBy: 'enterprise' };
    const first = await api.request('POST', '/departments/SCJG/inspectors/P5/conflicts', {
      token: scjg,
      body: { ...body, expectedVersion: 1 },
    });
    expect(first.status).toBe(200);
    const again = await api.request('POST', '/departments/SCJG/inspectors/P5/conflicts', {
      token: scjg,
      body: { ...body, expectedVersion: 2 },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('INSPECTOR.CONFLICT_EXISTS');
  });

  it("refuses an inspector declaring another inspector's conflict", async () => {
    await api.request('POST', '/departments/SCJG/inspectors', {
      token: scjg,
      body: inspector('P6'),
    });
    const someoneElse = await api.tokenFor('inspector', undefined, 'P99');
    const res = await api.request('POST', '/departments/SCJG/inspectors/P6/conflicts', {
      token: someoneElse,
      body: { targetId: usccOf(3), reason: 'x', declaredBy: 'inspector', expectedVersion: 1 },
    });
    expect(res.status).toBe(403);
  });

  it('pages through the inspectors of a department', async () => {
    const yjj = await api.tokenFor('dept', 'YJJ');
    const ids = Array.from({ length: 11 }, (_, i) => `Y${String(i).padStart(2, '0')}`);
    for (const id of ids)
      await api.request('POST', '/departments/YJJ/inspectors', { token: yjj, body: inspector(id) });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const q = new URLSearchParams({ limit: '4', ...(cursor ? { cursor } : {}) });
      const res = await api.request('GET', `/departments/YJJ/inspectors?${q}`, { token: yjj });
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((i: { id: string }) => i.id));
      cursor = res.body.cursor;
    } while (cursor);
    expect(seen).toEqual(ids);
  });
});
