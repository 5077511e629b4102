import { readFile } from 'node:fs/promises';
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

const csv = () => ({ 'content-type': 'text/csv' });
const HEADER = '统一社会信用代码,名称,主体类型,所属镇街,行业,信用风险等级';
const line = (n: number, risk = 'B') => `${usccOf(n)},商店${n},企业,运河街道,餐饮,${risk}`;

const importCsv = (dept: string, token: string, body: string | Uint8Array, query = '') =>
  api.request('POST', `/departments/${dept}/targets/import${query}`, {
    token,
    body,
    headers: csv(),
  });

describe('bulk import over HTTP', () => {
  it('imports a GB18030 file with Chinese headers and says which encoding it read', async () => {
    const bytes = await readFile(new URL('./support/targets-gb18030.csv', import.meta.url));
    const res = await importCsv('SCJG', scjg, bytes);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      encoding: 'gb18030',
      rows: 3,
      created: 2,
      invalid: 1,
      errors: [{ row: 4, field: 'uscc', code: 'TARGET.USCC_INVALID', value: '9133100200000503X0' }],
    });
    const got = await api.request('GET', '/departments/SCJG/targets/9133100200000501XC', {
      token: scjg,
    });
    expect(got.body).toMatchObject({
      name: '台州市椒江区甲商店',
      town: '运河街道',
      riskClass: 'A',
      unit: 'YHS',
      kind: 'enterprise',
    });
  });

  it('imports UTF-8 with a BOM, then re-imports it without writing anything', async () => {
    const zjj = await api.tokenFor('dept', 'ZJJ');
    const text = `\uFEFF${[HEADER, line(1), line(2), line(3)].join('\r\n')}\r\n`;
    const first = await importCsv('ZJJ', zjj, text);
    expect(first.body).toMatchObject({ encoding: 'utf-8', rows: 3, created: 3, invalid: 0 });
    const again = await importCsv('ZJJ', zjj, text);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 3, errors: [] });
    const t = await api.request('GET', `/departments/ZJJ/targets/${usccOf(2)}`, { token: zjj });
    expect(t.body.version).toBe(1);
    expect(t.body.history).toHaveLength(1);
  });

  it('turns a changed row into an update with a history entry', async () => {
    const yjj = await api.tokenFor('dept', 'YJJ');
    await importCsv('YJJ', yjj, [HEADER, line(10), line(11)].join('\n'));
    const res = await importCsv('YJJ', yjj, [HEADER, line(10), line(11, 'D')].join('\n'));
    expect(res.body).toMatchObject({ updated: 1, unchanged: 1 });
    const t = await api.request('GET', `/departments/YJJ/targets/${usccOf(11)}`, { token: yjj });
    expect(t.body).toMatchObject({ riskClass: 'D', version: 2 });
    expect(t.body.history[1]).toMatchObject({ action: 'update', why: 'bulk import' });
  });

  it('reports invalid rows by their row in the whole file when a part carries rowOffset', async () => {
    const nync = await api.tokenFor('dept', 'NYNC');
    const part = [HEADER, line(20), line(21, '高'), `${usccOf(22)},,企业,运河街道,餐饮,B`].join(
      '\n',
    );
    const res = await importCsv('NYNC', nync, part, '?rowOffset=1000');
    expect(res.body.created).toBe(1);
    expect(res.body.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [1003, 'riskClass'],
      [1004, 'name'],
    ]);
  });

  it('imports a JSON array of rows with English field names', async () => {
    const swj = await api.tokenFor('dept', 'SWJ');
    const rows = [
      {
        uscc: usccOf(30),
        name: '商店30',
        kind: 'enterprise',
        town: '泥沟镇',
        industry: '零售',
        riskClass: 'C',
      },
      {
        id: 'P-2026-01',
        name: '某产品',
        kind: 'product',
        town: '泥沟镇',
        industry: '零售',
        riskClass: 'A',
      },
      { name: '无类型', town: '泥沟镇', industry: '零售', riskClass: 'A' },
    ];
    const res = await api.request('POST', '/departments/SWJ/targets/import', {
      token: swj,
      body: rows,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ encoding: 'utf-8', created: 2, invalid: 1 });
    expect(res.body.errors[0]).toMatchObject({ row: 3, field: 'kind' });
  });

  it('imports inspectors from CSV with Chinese headers and 是/否', async () => {
    const text = [
      '编号,姓名,执法证号,执法证有效期,执法资质,业务专长,可任组长',
      'P100,王五,33100200100,2027/12/31,SCJG-FOOD、SCJG-DRUG,食品安全,是',
      'P101,赵六,33100200101,2027-06-30,SCJG-FOOD,,否',
      'P102,钱七,,2027-06-30,SCJG-FOOD,,否',
    ].join('\n');
    const res = await api.request('POST', '/departments/SCJG/inspectors/import', {
      token: scjg,
      body: text,
      headers: { 'content-type': 'text/csv; charset=utf-8' },
    });
    expect(res.body).toMatchObject({ created: 2, invalid: 1 });
    expect(res.body.errors[0]).toMatchObject({ row: 4, field: 'certificateNo' });
    const p = await api.request('GET', '/departments/SCJG/inspectors/P100', { token: scjg });
    expect(p.body).toMatchObject({
      certificateExpiry: '2027-12-31',
      qualifications: ['SCJG-FOOD', 'SCJG-DRUG'],
      mayLead: true,
    });
  });

  it("refuses another department's import (403), no token (401) and other media types (415)", async () => {
    const other = await api.tokenFor('dept', 'STHJ');
    expect((await importCsv('SCJG', other, [HEADER, line(40)].join('\n'))).status).toBe(403);
    expect(
      (
        await api.request('POST', '/departments/SCJG/targets/import', {
          body: [HEADER, line(40)].join('\n'),
          headers: csv(),
        })
      ).status,
    ).toBe(401);
    const xml = await api.request('POST', '/departments/SCJG/targets/import', {
      token: scjg,
      body: '<rows/>',
      headers: { 'content-type': 'application/xml' },
    });
    expect(xml.status).toBe(415);
  });
});
