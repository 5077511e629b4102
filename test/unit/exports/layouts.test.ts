import type { InspectionResult, Plan, PublicResult, Task } from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import {
  fullResultsTable,
  nationalTable,
  plansTable,
} from '../../../functions/src/exports/layouts';

const planTask = {
  id: '2026-SCJG-001',
  seq: 1,
  name: '餐饮服务单位联合抽查',
  items: ['SCJG-02', 'ZHZF-02'],
  initiator: 'SCJG',
  participants: ['ZHZF'],
  joint: true,
  category: 'key' as const,
  scope: { kinds: [], towns: ['运河街道'], industries: ['餐饮服务'], riskClasses: [] },
  strata: [
    { key: 'risk:A' as const, ratioBp: 2000 },
    { key: 'risk:D' as const, ratioBp: 5000 },
  ],
  ratio: { numerator: 1, denominator: 1, weighted: true, bp: 2250 },
  window: { start: '2026-03-01', end: '2026-12-31' },
  teamSize: 2,
};

const plan = {
  id: 'SCJG-2026',
  department: 'SCJG',
  year: 2026,
  status: 'published',
  tasks: [planTask],
  firstFiledAt: '2026-01-20T02:00:00.000Z',
  late: false,
  published: { by: 'u', at: '2026-02-03T01:00:00.000Z' },
} as unknown as Plan;

describe('export layouts', () => {
  it('writes one plan row per planned task, naming items from the department that lists them', () => {
    const names: Record<string, string> = {
      'SCJG/SCJG-02': '餐饮服务提供者食品安全检查',
      'ZHZF/ZHZF-02': '餐饮服务业油烟污染防治检查',
    };
    const table = plansTable([plan], (d, c) => names[`${d}/${c}`] ?? c);
    const row = Object.fromEntries(table.headers.map((h, i) => [h, table.rows[0]![i]]));
    expect(table.rows).toHaveLength(1);
    expect(row).toMatchObject({
      抽查计划编号: 'SCJG-2026',
      部门: '区市场监管局',
      计划状态: '已公开',
      抽查任务编号: '2026-SCJG-001',
      检查事项: '餐饮服务提供者食品安全检查、餐饮服务业油烟污染防治检查',
      事项类别: '重点检查事项',
      参与部门: '区综合行政执法局',
      部门联合抽查: '是',
      检查对象范围: '镇街：运河街道；行业：餐饮服务',
      抽查比例: 'A类 20%；D类 50%',
      '总体比例(%)': 22.5,
      报送日期: '2026-01-20',
      逾期报送: '否',
      公开日期: '2026-02-03',
    });
  });

  it("puts a published result in the national publication's nine fields, in order", () => {
    const published: PublicResult = {
      planId: 'SCJG-2026',
      planName: '2026年度区市场监管局双随机抽查计划',
      taskId: '2026-SCJG-001',
      taskName: '餐饮服务单位联合抽查',
      inspectionType: '定向抽查',
      joint: true,
      authority: '区市场监管局',
      completedOn: '2026-05-12',
      item: '餐饮服务提供者食品安全检查',
      result: '未发现问题',
      targetId: '91370405MA0000000L',
      targetName: '台儿庄区运河街道鑫源餐饮管理有限公司',
      uscc: '91370405MA0000000L',
    };
    const table = nationalTable([published]);
    expect(table.rows[0]!.slice(0, 9)).toEqual([
      'SCJG-2026',
      '2026年度区市场监管局双随机抽查计划',
      '2026-SCJG-001',
      '餐饮服务单位联合抽查',
      '定向抽查',
      '区市场监管局',
      '2026-05-12',
      '餐饮服务提供者食品安全检查',
      '未发现问题',
    ]);
  });

  it('shows a warning-only penalty in the full layout, marked as not published', () => {
    const task = {
      id: '2026-SCJG-001',
      planId: 'SCJG-2026',
      name: '餐饮服务单位联合抽查',
      joint: true,
      scope: planTask.scope,
    } as unknown as Task;
    const result = {
      taskId: task.id,
      targetId: 'T1',
      item: 'SCJG-02',
      department: 'SCJG',
      method: 'on-site',
      inspectionDate: '2026-05-12',
      wording: 'corrected',
      evidence: [],
      team: ['P1', 'P2'],
      penalty: {
        decisionNo: '台市监罚〔2026〕101号',
        decisionDate: '2026-05-15',
        kind: '警告',
        warningOnly: true,
      },
      suspectedCrime: false,
      recordedBy: 'u',
      recordedAt: '2026-05-12T08:00:00.000Z',
      publication: { dueBy: '2026-06-10', provisional: false },
    } as InspectionResult;
    const table = fullResultsTable([
      {
        task,
        result,
        planName: 'p',
        itemName: '餐饮服务提供者食品安全检查',
        targetName: '某店',
        teamNames: ['张三(P1)', '李四(P2)'],
      },
    ]);
    const row = Object.fromEntries(table.headers.map((h, i) => [h, table.rows[0]![i]]));
    expect(row).toMatchObject({
      抽查类型: '定向抽查',
      检查结果: '发现问题经责令已改正',
      检查方式: '实地核查',
      执法检查人员: '张三(P1)、李四(P2)',
      处罚决定书文号: '台市监罚〔2026〕101号',
      '仅警告(不公示)': '是',
      结果公示期限: '2026-06-10',
      结果公示日期: '',
    });
  });
});
