import type { Actor, BulkAccess, Inspector, Target } from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { csvRows, jsonRows } from '../../../functions/src/import/decode';
import { importInspectors, importTargets } from '../../../functions/src/import/import.use-case';
import { badUsccOf, usccOf } from '../../e2e/support/fixtures';

/** The bulk port over a Map, counting writes, as the store's repositories behave. */
const memory = <T extends { department: string; id: string }>() => {
  const stored = new Map<string, T>();
  const puts: T[][] = [];
  const port: BulkAccess<T> = {
    getMany: async (dept, ids) => {
      const found = new Map<string, T>();
      for (const id of ids) {
        const v = stored.get(`${dept}/${id}`);
        if (v) found.set(id, structuredClone(v));
      }
      return found;
    },
    putMany: async (entities) => {
      puts.push([...entities]);
      for (const e of entities) stored.set(`${e.department}/${e.id}`, structuredClone(e));
      return { written: entities.length };
    },
    putManyVersioned: async (entities) => {
      puts.push([...entities]);
      const stale: T[] = [];
      for (const e of entities) {
        const key = `${e.department}/${e.id}`;
        const version = (stored.get(key) as { version?: number } | undefined)?.version ?? 0;
        if (version !== (e as unknown as { version: number }).version - 1) stale.push(e);
        else stored.set(key, structuredClone(e));
      }
      return { written: entities.length - stale.length, stale };
    },
  };
  return { port, stored, puts };
};

const clock = { now: () => '2026-11-26T04:00:00.000Z' };
const scjg: Actor = { sub: 'clerk', roles: ['dept:SCJG'] };
const HEADER = '统一社会信用代码,名称,主体类型,所属镇街,行业,信用风险等级';
const line = (n: number, risk = 'B') => `${usccOf(n)},商店${n},企业,运河街道,餐饮,${risk}`;

const run = (repo: BulkAccess<Target>, csv: string, rowOffset = 0, actor = scjg) =>
  importTargets(
    { targets: repo, clock },
    { actor, department: 'SCJG', encoding: 'utf-8', rows: csvRows(csv, rowOffset) },
  );

describe('importTargets', () => {
  it('stores valid rows and reports each invalid one by row and field', async () => {
    const { port, stored } = memory<Target>();
    const csv = [
      HEADER,
      line(1),
      `${badUsccOf(2)},商店2,企业,运河街道,餐饮,B`,
      line(3, 'E'),
      `${usccOf(4)},,企业,运河街道,餐饮,B`,
      line(5),
    ].join('\n');
    const report = await run(port, csv);
    expect(report).toMatchObject({ rows: 5, created: 2, updated: 0, unchanged: 0, invalid: 3 });
    expect(report.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [3, 'uscc', 'TARGET.USCC_INVALID'],
      [4, 'riskClass', 'TARGET.INVALID_FIELD'],
      [5, 'name', 'TARGET.INVALID_FIELD'],
    ]);
    expect(report.errors[0]?.value).toBe(badUsccOf(2));
    expect([...stored.keys()].sort()).toEqual([`SCJG/${usccOf(1)}`, `SCJG/${usccOf(5)}`]);
  });

  it('numbers errors from the start of the whole file with rowOffset', async () => {
    const { port } = memory<Target>();
    const report = await run(port, [HEADER, line(1), line(2, 'X')].join('\n'), 5000);
    expect(report.errors.map((e) => e.row)).toEqual([5003]);
  });

  it('writes nothing when the same file is imported again', async () => {
    const { port, puts } = memory<Target>();
    const csv = [HEADER, line(1), line(2)].join('\n');
    await run(port, csv);
    const again = await run(port, csv);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, invalid: 0 });
    expect(puts).toHaveLength(1);
  });

  it('turns a changed row into an update with a history entry', async () => {
    const { port, stored } = memory<Target>();
    await run(port, [HEADER, line(1), line(2)].join('\n'));
    const report = await run(port, [HEADER, line(1), line(2, 'D')].join('\n'));
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const t = stored.get(`SCJG/${usccOf(2)}`)!;
    expect(t).toMatchObject({ riskClass: 'D', version: 2 });
    expect(t.history.at(-1)).toMatchObject({
      action: 'update',
      why: 'bulk import',
      changes: [{ field: 'riskClass', from: 'B', to: 'D' }],
    });
  });

  it('refuses a second row for the same target', async () => {
    const { port } = memory<Target>();
    const report = await run(port, [HEADER, line(1), line(1, 'C')].join('\n'));
    expect(report.errors).toEqual([
      expect.objectContaining({ row: 3, code: 'IMPORT.DUPLICATE_ROW' }),
    ]);
    expect(report.created).toBe(1);
  });

  it('cuts the error list at 1000 and says how many were left out', async () => {
    const { port } = memory<Target>();
    const rows = Array.from({ length: 1200 }, (_, i) => line(i, 'Z'));
    const report = await run(port, [HEADER, ...rows].join('\n'));
    expect(report.invalid).toBe(1200);
    expect(report.errors).toHaveLength(1000);
    expect(report.errorsCut).toBe(200);
  });

  it("refuses another department's import", async () => {
    const { port } = memory<Target>();
    await expect(
      run(port, [HEADER, line(1)].join('\n'), 0, { sub: 'x', roles: ['dept:STHJ'] }),
    ).rejects.toMatchObject({
      code: 'AUTH.NOT_DEPARTMENT',
    });
  });
});

describe('importInspectors', () => {
  const IHEADER = '编号,姓名,执法证号,执法证有效期,执法资质,可任组长';

  it('imports Chinese headers, then changes only the columns the file has', async () => {
    const { port, stored } = memory<Inspector>();
    const deps = { inspectors: port, clock };
    const cmd = (csv: string) => ({
      actor: scjg,
      department: 'SCJG',
      encoding: 'utf-8' as const,
      rows: csvRows(csv),
    });
    const first = await importInspectors(
      deps,
      cmd(`${IHEADER}\nP1,王五,C1,2027/12/31,SCJG-FOOD、SCJG-DRUG,是\nP2,,C2,2027-01-01,,否`),
    );
    expect(first).toMatchObject({ created: 1, invalid: 1 });
    expect(first.errors[0]).toMatchObject({ row: 3, field: 'name' });
    expect(stored.get('SCJG/P1')).toMatchObject({
      certificateExpiry: '2027-12-31',
      qualifications: ['SCJG-FOOD', 'SCJG-DRUG'],
      mayLead: true,
    });
    const second = await importInspectors(
      deps,
      cmd('编号,姓名,执法证号,执法证有效期\nP1,王五,C1,2028-06-30'),
    );
    expect(second).toMatchObject({ updated: 1 });
    expect(stored.get('SCJG/P1')).toMatchObject({
      certificateExpiry: '2028-06-30',
      mayLead: true,
      version: 2,
    });
  });

  // 台政发〔2019〕12号 二(三): the directory lists 执法人员, who hold a 执法证, and 日常监管人员, who don't
  it('lists a 日常监管人员 without a certificate, and refuses an 执法人员 without one by row and field', async () => {
    const { port, stored } = memory<Inspector>();
    const report = await importInspectors(
      { inspectors: port, clock },
      {
        actor: scjg,
        department: 'SCJG',
        encoding: 'utf-8',
        rows: csvRows(
          [
            '编号,姓名,人员类别,执法证号,执法证有效期,可任组长',
            'D1,赵六,日常监管人员,,,否',
            'P3,钱七,执法人员,,2027-12-31,否',
            'P4,孙八,,C4,,否',
            'D2,李九,日常监管人员,C5,2027-12-31,否',
            'D3,周十,日常监管,,,是',
          ].join('\n'),
        ),
      },
    );
    expect(report).toMatchObject({ created: 1, invalid: 4 });
    expect(stored.get('SCJG/D1')).toMatchObject({ category: 'daily-supervision', mayLead: false });
    expect(stored.get('SCJG/D1')?.certificateNo).toBeUndefined();
    expect(report.errors.map(({ row, field, code }) => ({ row, field, code }))).toEqual([
      { row: 3, field: 'certificateNo', code: 'INSPECTOR.CERTIFICATE_REQUIRED' },
      // no category column value: an 执法人员, whose certificate has an expiry
      { row: 4, field: 'certificateExpiry', code: 'INSPECTOR.CERTIFICATE_REQUIRED' },
      { row: 5, field: 'certificateNo', code: 'INSPECTOR.CERTIFICATE_NOT_HELD' },
      { row: 6, field: 'mayLead', code: 'INSPECTOR.MAY_NOT_LEAD' },
    ]);
  });

  it('lists a stored 执法人员 again as 日常监管人员: the certificate leaves with the change', async () => {
    const { port, stored } = memory<Inspector>();
    const run = (csv: string) =>
      importInspectors(
        { inspectors: port, clock },
        { actor: scjg, department: 'SCJG', encoding: 'utf-8', rows: csvRows(csv) },
      );
    await run(`${IHEADER}\nP1,王五,C1,2027/12/31,SCJG-FOOD,是`);
    const moved = await run('编号,姓名,人员类别\nP1,王五,日常监管人员');
    expect(moved).toMatchObject({ updated: 1, invalid: 0 });
    const p1 = stored.get('SCJG/P1')!;
    expect(p1).toMatchObject({ category: 'daily-supervision', mayLead: false, version: 2 });
    expect([p1.certificateNo, p1.certificateExpiry]).toEqual([undefined, undefined]);
  });
});

describe('rows that are not objects, and unknown headers', () => {
  it('refuses a JSON element that is not an object and names the ignored columns', async () => {
    const { port } = memory<Target>();
    const rows = jsonRows(
      JSON.stringify([
        ['not', 'an', 'object'],
        {
          uscc: usccOf(1),
          name: '甲',
          kind: 'enterprise',
          town: '运河街道',
          industry: '餐饮',
          riskClass: 'A',
          备注: 'x',
        },
      ]),
    );
    const report = await importTargets(
      { targets: port, clock },
      { actor: scjg, department: 'SCJG', encoding: 'utf-8', rows },
    );
    expect(report.errors).toEqual([
      expect.objectContaining({ row: 1, code: 'IMPORT.ROW_NOT_OBJECT' }),
    ]);
    expect(report.created).toBe(1);
    expect(report.ignoredColumns).toEqual(['备注']);
  });
});

describe('row limit', () => {
  it('refuses more than 100,000 rows in one request', async () => {
    const { port, puts } = memory<Target>();
    const rows = Array.from({ length: 100_001 }, (_, i) => ({ row: i + 2, cells: {} }));
    await expect(
      importTargets(
        { targets: port, clock },
        { actor: scjg, department: 'SCJG', encoding: 'utf-8', rows },
      ),
    ).rejects.toMatchObject({ code: 'IMPORT.TOO_MANY_ROWS', kind: 'invalid' });
    expect(puts).toHaveLength(0);
  });
});
