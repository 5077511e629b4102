import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Actor, BulkAccess, Target } from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../functions/src/exports/csv';
import { type DrawRow, drawTable, nationalTable } from '../../../functions/src/exports/layouts';
import { openApiDocument } from '../../../functions/src/http/openapi/openapi';
import { routes } from '../../../functions/src/http/routes';
import { INSPECTOR_COLUMNS, TARGET_COLUMNS } from '../../../functions/src/import/columns';
import { readImportBody } from '../../../functions/src/import/decode';
import { ECHO_LIMIT, importTargets } from '../../../functions/src/import/import.use-case';
import { usccOf } from '../../e2e/support/fixtures';

const memory = () => {
  const stored = new Map<string, Target>();
  const port: BulkAccess<Target> = {
    getMany: async (dept, ids) => {
      const found = new Map<string, Target>();
      for (const id of ids) {
        const v = stored.get(`${dept}/${id}`);
        if (v) found.set(id, structuredClone(v));
      }
      return found;
    },
    putMany: async (entities) => {
      for (const e of entities) stored.set(`${e.department}/${e.id}`, structuredClone(e));
      return { written: entities.length };
    },
    putManyVersioned: async (entities) => {
      for (const e of entities) stored.set(`${e.department}/${e.id}`, structuredClone(e));
      return { written: entities.length, stale: [] };
    },
  };
  return { port, stored };
};

const clock = { now: () => '2026-11-26T04:00:00.000Z' };
const scjg: Actor = { sub: 'clerk', roles: ['dept:SCJG'] };
const importBytes = (port: BulkAccess<Target>, bytes: Uint8Array, type = 'text/csv') => {
  const { encoding, rows } = readImportBody(bytes, type, 0);
  return importTargets(
    { targets: port, clock },
    { actor: scjg, department: 'SCJG', encoding, rows },
  );
};

const seed = async (port: BulkAccess<Target>) => {
  const csv = [
    '统一社会信用代码,名称,主体类型,所属镇街,行业,信用风险等级',
    `${usccOf(1)},运河商店,企业,运河街道,餐饮,B`,
    `${usccOf(2)},泥沟超市,企业,泥沟镇,零售,C`,
  ].join('\n');
  const report = await importBytes(port, new TextEncoder().encode(csv));
  expect(report.created).toBe(2);
};

const drawRow = (targetId: string, targetName: string): DrawRow => ({
  taskId: '2026-SCJG-001',
  taskName: '企业公示信息定向抽查',
  drawId: '2026-SCJG-001-D1',
  department: 'SCJG',
  stratum: 'all',
  role: 'selected',
  order: 1,
  targetId,
  targetName,
  members: ['张三', '李四'],
  leader: '张三',
  status: 'filled',
  entropy: 'ab12',
  resultDigest: 'cd34',
});

describe('an export, edited, imports back', () => {
  it('reads the draw export’s 检查对象编号 and 检查对象名称 and changes only the name', async () => {
    const { port, stored } = memory();
    await seed(port);
    const exported = toCsv(
      drawTable([drawRow(usccOf(1), '运河商店'), drawRow(usccOf(2), '泥沟超市')]),
    );
    // the office corrects one name in Excel and saves
    const edited = new TextDecoder().decode(exported).replace('运河商店', '运河街道惠民商店');
    const report = await importBytes(port, new TextEncoder().encode(edited));
    expect(report).toMatchObject({ rows: 2, created: 0, updated: 1, unchanged: 1, invalid: 0 });
    expect(report.ignoredColumns).toEqual(
      expect.arrayContaining(['抽查任务编号', '执法检查人员', '随机数']),
    );
    expect(report.ignoredColumns).not.toContain('检查对象名称');
    const target = stored.get(`SCJG/${usccOf(1)}`)!;
    expect(target).toMatchObject({ name: '运河街道惠民商店', town: '运河街道', riskClass: 'B' });
  });

  it('reads the national results layout by credit code', async () => {
    const { port, stored } = memory();
    await seed(port);
    const table = nationalTable([
      {
        planId: 'SCJG-2026',
        planName: '年度计划',
        taskId: '2026-SCJG-001',
        taskName: '抽查',
        inspectionType: '定向抽查',
        authority: '区市场监管局',
        completedOn: '2026-05-01',
        item: '企业公示信息检查',
        result: '未发现问题',
        targetName: '泥沟镇泥沟超市',
        uscc: usccOf(2),
      } as never,
    ]);
    const report = await importBytes(port, toCsv(table));
    expect(report).toMatchObject({ updated: 1, invalid: 0 });
    expect(stored.get(`SCJG/${usccOf(2)}`)?.name).toBe('泥沟镇泥沟超市');
  });

  it('still refuses a partial row for a target not stored, naming the missing fields', async () => {
    const { port } = memory();
    const report = await importBytes(port, toCsv(drawTable([drawRow(usccOf(9), '新店')])));
    expect(report.invalid).toBe(1);
    expect(report.errors.map((e) => e.field)).toContain('kind');
  });
});

describe('refused values in the report', () => {
  it(`repeat at most ${ECHO_LIMIT} characters of a huge cell`, async () => {
    const { port } = memory();
    const huge = '名'.repeat(300_000);
    const csv = `统一社会信用代码,名称,主体类型,所属镇街,行业,信用风险等级\n${usccOf(3)},${huge},企业,运河街道,餐饮,B`;
    const report = await importBytes(port, new TextEncoder().encode(csv));
    expect(report.invalid).toBe(1);
    const value = report.errors[0]?.value as string;
    expect([...value].length).toBe(ECHO_LIMIT + 1);
    expect(value.endsWith('…')).toBe(true);
    expect(JSON.stringify(report).length).toBeLessThan(2000);
  });
});

describe('the import columns are documented', () => {
  const doc = readFile(join(import.meta.dirname, '../../../docs/import.md'), 'utf8');
  const openapi = openApiDocument(routes) as {
    paths: Record<string, { post?: { requestBody?: { description?: string } } }>;
  };

  it('in docs/import.md, every header of every field', async () => {
    const text = await doc;
    for (const c of [...TARGET_COLUMNS, ...INSPECTOR_COLUMNS]) {
      expect(text).toContain(`\`${c.field}\``);
      for (const h of c.headers) expect(text, `${c.field}: ${h}`).toContain(h);
    }
  });

  it('in the OpenAPI description of each import route', () => {
    for (const [kind, columns] of [
      ['targets', TARGET_COLUMNS],
      ['inspectors', INSPECTOR_COLUMNS],
    ] as const) {
      const description =
        openapi.paths[`/departments/{dept}/${kind}/import`]?.post?.requestBody?.description ?? '';
      for (const c of columns) for (const h of c.headers) expect(description).toContain(h);
    }
  });
});
