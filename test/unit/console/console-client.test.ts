import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../../packages/console/src/app/api';
import { mainRole, sessionOf, witnessIdsOf } from '../../../packages/console/src/app/auth';
import { decodeText, parseCsv, toCsv } from '../../../packages/console/src/app/files';

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
/** An unsigned JWT: the console only reads claims; the API verifies signatures. */
const jwt = (claims: Record<string, unknown>) => `${b64({ alg: 'none' })}.${b64(claims)}.`;

describe('the console reads roles from the token as the API does', () => {
  it('reads cognito:groups in the authorizer’s flattened form', () => {
    const s = sessionOf(jwt({ sub: 'u1', 'cognito:groups': '[office dept:SCJG]', exp: 2e9 }));
    expect(s).toMatchObject({ sub: 'u1', roles: ['office', 'dept:SCJG'], exp: 2e9 });
    expect(mainRole(s)).toBe('office');
  });

  it('maps an external issuer’s claims and group names to ours', () => {
    const s = sessionOf(jwt({ uid: 'P0042', groups: ['jcry', 'bm-scjg'] }), undefined, {
      subject: 'uid',
      roles: 'groups',
      roleMap: { jcry: 'inspector', 'bm-scjg': 'dept:SCJG' },
    });
    expect(s.sub).toBe('P0042');
    expect(s.roles).toEqual(['inspector', 'dept:SCJG']);
    // an inspector's department group is where they belong, not a witness's power
    expect(mainRole(s)).toBe('inspector');
    expect(witnessIdsOf(s)).toEqual([]);
  });

  it('lets a witness and a department act as witnesses of draws', () => {
    expect(mainRole(sessionOf(jwt({ sub: 'w', 'cognito:groups': ['witness:JJJC'] })))).toBe(
      'witness',
    );
    expect(witnessIdsOf(sessionOf(jwt({ sub: 'd', 'cognito:groups': ['dept:STHJ'] })))).toEqual([
      'STHJ',
    ]);
  });
});

describe('the console shows refusals as the API words them', () => {
  it('keeps the code, message and the field it names, without the body. prefix', () => {
    const e = errorOf(400, {
      error: {
        code: 'PLAN.RATIO_OUT_OF_RANGE',
        message: 'tasks.0: overall ratio 10.00 % …',
        field: 'body.tasks.0.strata',
        rule: '重点检查事项 key items: ratio ≥ 20 %',
      },
    });
    expect(e).toMatchObject({
      status: 400,
      code: 'PLAN.RATIO_OUT_OF_RANGE',
      field: 'tasks.0.strata',
    });
  });

  it('says in Chinese what a bare gateway refusal means', () => {
    expect(errorOf(401, { message: 'Unauthorized' }).message).toContain('请重新登录');
    expect(errorOf(413, { message: 'Request Entity Too Large' }).message).toContain('10 MB');
  });
});

describe('the console reads a dropped CSV file', () => {
  it('decodes GB18030 when the bytes are not UTF-8, and UTF-8 (with a BOM) when they are', async () => {
    const gb = await readFile(
      new URL('../../browser/support/console-targets-gb18030.csv', import.meta.url),
    );
    const decoded = decodeText(gb);
    expect(decoded.encoding).toBe('gb18030');
    const rows = parseCsv(decoded.text);
    expect(rows[0]).toEqual([
      '统一社会信用代码',
      '名称',
      '主体类型',
      '所属镇街',
      '行业',
      '信用风险等级',
    ]);
    expect(rows).toHaveLength(12);
    const utf8 = decodeText(new TextEncoder().encode('\ufeff名称\r\n甲'));
    expect(utf8.encoding).toBe('utf-8');
    expect(parseCsv(utf8.text)).toEqual([['名称'], ['甲']]);
  });

  it('keeps quoted commas, quotes and line breaks through a round trip', () => {
    const rows = [
      ['名称', '备注'],
      ['甲,乙', '他说"好"'],
      ['丙', '两行\n文字'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});
