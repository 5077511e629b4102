import { describe, expect, it } from 'vitest';
import {
  columnIndex,
  INSPECTOR_COLUMNS,
  rowToInput,
  TARGET_COLUMNS,
} from '../../../functions/src/import/columns';

const targets = columnIndex(TARGET_COLUMNS);
const inspectors = columnIndex(INSPECTOR_COLUMNS);

describe('target columns', () => {
  it('maps Chinese headers and words to API fields', () => {
    expect(
      rowToInput(
        {
          名称: ' 某某商店 ',
          统一社会信用代码: '91331002ma2axxxx1x',
          主体类型: '个体工商户',
          所属镇街: '运河街道',
          行业: '餐饮',
          信用风险等级: 'B类',
          管辖单位: 'YHS',
          备注: '忽略',
        },
        targets,
      ),
    ).toEqual({
      name: '某某商店',
      uscc: '91331002MA2AXXXX1X',
      kind: 'sole-trader',
      town: '运河街道',
      industry: '餐饮',
      riskClass: 'B',
      unit: 'YHS',
    });
  });

  it('maps English headers case-insensitively and leaves empty cells out', () => {
    expect(
      rowToInput({ NAME: 'Shop', Kind: 'enterprise', riskclass: 'c', unit: '' }, targets),
    ).toEqual({ name: 'Shop', kind: 'enterprise', riskClass: 'C' });
  });

  it('passes unknown words through so validation can name them', () => {
    expect(rowToInput({ 类型: '合伙企业', 风险等级: 'E' }, targets)).toEqual({
      kind: '合伙企业',
      riskClass: 'E',
    });
  });
});

describe('inspector columns', () => {
  it('maps 是/否, lists in one cell and Excel dates', () => {
    expect(
      rowToInput(
        {
          编号: 'P0042',
          姓名: '王五',
          执法证号: '33100200042',
          执法证有效期: '2027/3/5',
          执法资质: 'SCJG-FOOD、SCJG-DRUG',
          业务专长: '食品安全；特种设备',
          可任组长: '是',
        },
        inspectors,
      ),
    ).toEqual({
      id: 'P0042',
      name: '王五',
      certificateNo: '33100200042',
      certificateExpiry: '2027-03-05',
      qualifications: ['SCJG-FOOD', 'SCJG-DRUG'],
      expertise: ['食品安全', '特种设备'],
      mayLead: true,
    });
  });

  it('reads 人员类别 as the category: 执法人员 or 日常监管人员', () => {
    for (const [word, category] of [
      ['执法人员', 'enforcement'],
      ['行政执法人员', 'enforcement'],
      ['日常监管人员', 'daily-supervision'],
      ['日常监管', 'daily-supervision'],
      ['daily-supervision', 'daily-supervision'],
    ])
      expect(rowToInput({ 人员类别: word }, inspectors)).toEqual({ category });
    expect(rowToInput({ 类别: ' 日常监管人员 ' }, inspectors)).toEqual({
      category: 'daily-supervision',
    });
  });

  it('reads 否 as false and 2027年12月31日 as an ISO date', () => {
    expect(rowToInput({ 可任组长: '否', 执法证有效期: '2027年12月31日' }, inspectors)).toEqual({
      mayLead: false,
      certificateExpiry: '2027-12-31',
    });
  });
});
