import { describe, expect, it } from 'vitest';
import { readXlsx, sheetName, toXlsx } from '../../../functions/src/exports/xlsx';

describe('XLSX writer', () => {
  it('writes a sheet that reads back cell by cell: Chinese headers, text codes, numbers', async () => {
    const bytes = await toXlsx([
      {
        sheet: '抽查结果公示',
        headers: ['抽查任务编号', '检查结果', '统一社会信用代码', '比例'],
        rows: [
          ['2026-SCJG-001', '未发现问题', '913704050000000017', 20],
          ['2026-SCJG-002', '发现问题经责令已改正', '', 2.5],
        ],
      },
    ]);
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a ZIP container
    const [sheet, ...others] = await readXlsx(bytes);
    expect(others).toHaveLength(0);
    expect(sheet!.sheet).toBe('抽查结果公示');
    expect(sheet!.rows).toEqual([
      ['抽查任务编号', '检查结果', '统一社会信用代码', '比例'],
      ['2026-SCJG-001', '未发现问题', '913704050000000017', 20],
      ['2026-SCJG-002', '发现问题经责令已改正', null, 2.5],
    ]);
  });

  it('writes booleans as 是/否 and keeps one sheet per table with distinct names', async () => {
    const bytes = await toXlsx([
      { sheet: '计划', headers: ['联合'], rows: [[true], [false]] },
      { sheet: '计划', headers: ['x'], rows: [] },
    ]);
    const sheets = await readXlsx(bytes);
    expect(sheets.map((s) => s.sheet)).toEqual(['计划', '计划 (2)']);
    expect(sheets[0]!.rows).toEqual([['联合'], ['是'], ['否']]);
    expect(sheets[1]!.rows).toEqual([['x']]);
  });

  it('makes a sheet name Excel accepts', () => {
    expect(sheetName('a/b:c*d?e[f]g\\h')).toBe('a_b_c_d_e_f_g_h');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
  });
});
