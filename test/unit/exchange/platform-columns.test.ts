import { describe, expect, it } from 'vitest';
import {
  columnIndex,
  INSPECTOR_COLUMNS,
  rowToInput,
  TARGET_COLUMNS,
} from '../../../functions/src/import/columns';

/** The lists the provincial platform sends back import as they are (docs/exchange.md). */
describe("the platform's columns", () => {
  it('a target list from the platform maps to the target fields', () => {
    expect(
      rowToInput(
        {
          主体标识: 'SD-0001',
          市场主体名称: '某某建筑工程有限公司',
          统一社会信用代码: '91331002MA2AXXXX1X',
          市场主体类型: '企业',
          '所属乡镇（街道）': '胜利街道',
          行业门类: '建筑业',
          信用风险分类结果: 'C类',
          登记管辖单位: 'SL',
          数据来源: '省工作平台',
        },
        columnIndex(TARGET_COLUMNS),
      ),
    ).toEqual({
      id: 'SD-0001',
      name: '某某建筑工程有限公司',
      uscc: '91331002MA2AXXXX1X',
      kind: 'enterprise',
      town: '胜利街道',
      industry: '建筑业',
      riskClass: 'C',
      unit: 'SL',
    });
  });

  it('an inspector list from the platform maps with its qualifications', () => {
    expect(
      rowToInput(
        {
          执法人员编号: 'P0300',
          执法人员姓名: '王五',
          执法证件号码: '37010020260001',
          证件有效期至: '2028年6月30日',
          执法资格代码: 'ZJJ-BUILD、ZJJ-SAFETY',
          专业特长: '工程质量 安全生产',
          是否可任组长: '是',
        },
        columnIndex(INSPECTOR_COLUMNS),
      ),
    ).toEqual({
      id: 'P0300',
      name: '王五',
      certificateNo: '37010020260001',
      certificateExpiry: '2028-06-30',
      qualifications: ['ZJJ-BUILD', 'ZJJ-SAFETY'],
      expertise: ['工程质量', '安全生产'],
      mayLead: true,
    });
  });

  it('no header names two fields', () => {
    for (const columns of [TARGET_COLUMNS, INSPECTOR_COLUMNS]) {
      const headers = columns.flatMap((c) => c.headers.map((h) => h.toLowerCase()));
      expect(new Set(headers).size).toBe(headers.length);
    }
  });
});
