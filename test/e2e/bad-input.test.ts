import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usccOf } from './support/fixtures';
import { startTestServer, type TestServer } from './support/local-server';

/** Text that cannot be shown honestly, and bodies above AWS's limits, over real HTTP. */

let api: TestServer;
let scjg: string;

beforeAll(async () => {
  api = await startTestServer();
  scjg = await api.tokenFor('dept', 'SCJG');
}, 30_000);

afterAll(async () => {
  await api?.close();
});

const target = (n: number, name: string) => ({
  name,
  kind: 'enterprise',
  uscc: usccOf(n),
  town: '运河街道',
  industry: '餐饮',
  riskClass: 'B',
});

const post = (path: string, body: string | Uint8Array, type: string) =>
  fetch(`${api.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${scjg}`, 'content-type': type },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });

describe('text that cannot be shown honestly', () => {
  it('refuses a name with a bidi control with 400 naming the field', async () => {
    const res = await api.request('POST', '/departments/SCJG/targets', {
      token: scjg,
      body: target(7001, '某店\u202E司公限有'),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('body.name');
    expect(res.body.error.message).toContain('bidirectional');
  });

  it('refuses a name of zero-width characters only', async () => {
    const res = await api.request('POST', '/departments/SCJG/targets', {
      token: scjg,
      body: target(7002, '\u200B\u200C\u200D'),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('body.name');
  });

  it('stores a decomposed name NFC-normalised', async () => {
    const res = await api.request('POST', '/departments/SCJG/targets', {
      token: scjg,
      body: target(7003, 'Cafe\u0301 某店'),
    });
    expect(res.status).toBe(201);
    const stored = await api.request('GET', `/departments/SCJG/targets/${usccOf(7003)}`, {
      token: scjg,
    });
    expect(stored.body.name).toBe('Café 某店');
  });

  it('refuses a JSON body that is not UTF-8 instead of storing U+FFFD', async () => {
    const json = new TextEncoder().encode(JSON.stringify(target(7004, 'XX店')));
    // 0xC3 0x28 is no UTF-8 sequence; it replaces the two X's
    const at = json.indexOf(0x58);
    json[at] = 0xc3;
    json[at + 1] = 0x28;
    const res = await post('/departments/SCJG/targets', json, 'application/json');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; field: string } };
    expect(body.error).toMatchObject({ code: 'REQUEST.INVALID_UTF8', field: 'body' });
    const absent = await api.request('GET', `/departments/SCJG/targets/${usccOf(7004)}`, {
      token: scjg,
    });
    expect(absent.status).toBe(404);
  });

  it('refuses an import file that is neither UTF-8 nor GB18030', async () => {
    const csv = Buffer.concat([
      Buffer.from('统一社会信用代码,名称,主体类型,所属镇街,行业,信用风险等级\n'),
      Buffer.from(`${usccOf(7005)},`),
      Buffer.from([0x81, 0x20, 0xff]),
      Buffer.from(',企业,运河街道,餐饮,B\n'),
    ]);
    const res = await post('/departments/SCJG/targets/import', csv, 'text/csv');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; field: string } };
    expect(body.error).toMatchObject({ code: 'IMPORT.ENCODING_UNKNOWN', field: 'body' });
  });
});

describe('limits as in AWS', () => {
  it('answers 413 to a body above the HTTP API’s 10 MB, and reads one just under it', async () => {
    const tooBig = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x20);
    expect((await post('/departments/SCJG/targets', tooBig, 'application/json')).status).toBe(413);
    const under = new Uint8Array(10 * 1024 * 1024 - 1).fill(0x20);
    under[0] = 0x7b; // "{" … "}": a JSON object padded with blanks
    under[under.length - 1] = 0x7d;
    const res = await post('/departments/SCJG/targets', under, 'application/json');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('REQUEST.INVALID');
  });

  it('echoes at most 200 characters of a huge refused import value', async () => {
    const csv = `统一社会信用代码,名称,主体类型,所属镇街,行业,信用风险等级\n${usccOf(7006)},${'名'.repeat(1_000_000)},企业,运河街道,餐饮,B\n`;
    const res = await post('/departments/SCJG/targets/import', csv, 'text/csv');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text.length).toBeLessThan(4000);
    const report = JSON.parse(text) as { invalid: number; errors: { value: string }[] };
    expect(report.invalid).toBe(1);
    expect([...report.errors[0]!.value].length).toBe(201);
  });
});
