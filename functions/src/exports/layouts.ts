import {
  departmentName,
  type InspectionResult,
  inspectionType,
  type Plan,
  type PlanTask,
  type PublicResult,
  RESULT_WORDINGS,
  type TargetScope,
  type Task,
} from '@double-random/domain';
import { type Column, percent, tableOf, yesNo } from './table';

/**
 * The column layouts of the office's downloads. Headers are the words the offices and the
 * national disclosure system use; codes stay next to names so a sheet can be joined back.
 */

const PLAN_STATUS: Record<Plan['status'], string> = {
  draft: '草稿',
  filed: '已报送',
  returned: '已退回',
  approved: '已审核',
  published: '已公开',
};

const KIND_WORDS: Record<string, string> = {
  enterprise: '企业',
  'sole-trader': '个体工商户',
  'other-subject': '其他主体',
  product: '产品',
  project: '项目',
  behaviour: '行为',
};

const METHOD_WORDS: Record<string, string> = {
  'desk-review': '书面检查',
  'on-site': '实地核查',
  'online-monitoring': '网络监测',
  'third-party': '委托第三方',
};

const scopeText = (scope: TargetScope): string => {
  const parts = [
    scope.kinds.length ? `类型：${scope.kinds.map((k) => KIND_WORDS[k] ?? k).join('、')}` : '',
    scope.towns.length ? `镇街：${scope.towns.join('、')}` : '',
    scope.industries.length ? `行业：${scope.industries.join('、')}` : '',
    scope.riskClasses.length ? `风险等级：${scope.riskClasses.join('、')}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join('；') : '全部';
};

const strataText = (task: Pick<PlanTask, 'strata'>): string =>
  task.strata
    .map((s) =>
      s.key === 'all' ? `${percent(s.ratioBp)}%` : `${s.key.slice(5)}类 ${percent(s.ratioBp)}%`,
    )
    .join('；');

const dateOf = (instant: string | undefined): string => (instant ? instant.slice(0, 10) : '');

export interface PlanRow {
  plan: Plan;
  task: PlanTask;
  itemNames: (code: string) => string;
}

export const PLAN_COLUMNS: readonly Column<PlanRow>[] = [
  { header: '抽查计划编号', value: (r) => r.plan.id },
  { header: '年度', value: (r) => r.plan.year },
  { header: '部门', value: (r) => departmentName(r.plan.department) },
  { header: '计划状态', value: (r) => PLAN_STATUS[r.plan.status] },
  { header: '抽查任务编号', value: (r) => r.task.id },
  { header: '抽查任务名称', value: (r) => r.task.name, width: 36 },
  { header: '检查事项', value: (r) => r.task.items.map(r.itemNames).join('、'), width: 40 },
  {
    header: '事项类别',
    value: (r) =>
      r.task.category === 'key'
        ? '重点检查事项'
        : r.task.category === 'general'
          ? '一般检查事项'
          : '重点和一般检查事项',
  },
  { header: '发起部门', value: (r) => departmentName(r.task.initiator) },
  { header: '参与部门', value: (r) => r.task.participants.map(departmentName).join('、') },
  { header: '部门联合抽查', value: (r) => yesNo(r.task.joint) },
  { header: '检查对象范围', value: (r) => scopeText(r.task.scope) },
  { header: '抽查比例', value: (r) => strataText(r.task) },
  { header: '总体比例(%)', value: (r) => r.task.ratio.bp / 100 },
  { header: '每组人数', value: (r) => r.task.teamSize },
  { header: '开始日期', value: (r) => r.task.window.start },
  { header: '结束日期', value: (r) => r.task.window.end },
  // a plan filed on paper and entered later carries the paper's day (filedOn)
  { header: '报送日期', value: (r) => r.plan.filedOn ?? dateOf(r.plan.firstFiledAt) },
  { header: '逾期报送', value: (r) => yesNo(r.plan.late) },
  { header: '公开日期', value: (r) => dateOf(r.plan.published?.at) },
];

/** One row per planned task; a plan without tasks still shows as one row. */
export const plansTable = (
  plans: readonly Plan[],
  itemNames: (dept: string, code: string) => string,
) =>
  tableOf(
    '年度抽查计划',
    PLAN_COLUMNS,
    plans.flatMap((plan) =>
      plan.tasks.map((task) => ({
        plan,
        task,
        itemNames: (code: string) => {
          const owner = [task.initiator, ...task.participants].find(
            (d) => itemNames(d, code) !== code,
          );
          return owner ? itemNames(owner, code) : code;
        },
      })),
    ),
  );

/** One drawn target of one draw, as the public draw record shows it. */
export interface DrawRow {
  taskId: string;
  taskName: string;
  drawId: string;
  department: string;
  stratum: string;
  role: 'selected' | 'reserve';
  order: number;
  targetId: string;
  targetName: string;
  members: string[];
  leader: string;
  status: string;
  replaces?: string;
  replacedBy?: string;
  entropy: string;
  resultDigest: string;
}

export const DRAW_COLUMNS: readonly Column<DrawRow>[] = [
  { header: '抽查任务编号', value: (r) => r.taskId },
  { header: '抽查任务名称', value: (r) => r.taskName, width: 36 },
  { header: '抽取编号', value: (r) => r.drawId },
  { header: '抽取部门', value: (r) => departmentName(r.department) },
  {
    header: '分层',
    value: (r) => (r.stratum === 'all' ? '全部' : r.stratum.replace(/^risk:/, '风险等级')),
  },
  { header: '抽取类别', value: (r) => (r.role === 'selected' ? '抽中' : '备选') },
  { header: '序号', value: (r) => r.order },
  { header: '检查对象编号', value: (r) => r.targetId, width: 22 },
  { header: '检查对象名称', value: (r) => r.targetName, width: 36 },
  { header: '执法检查人员', value: (r) => r.members.join('、'), width: 24 },
  { header: '检查组负责人', value: (r) => r.leader },
  { header: '匹配状态', value: (r) => (r.status === 'filled' ? '已匹配' : '未匹配') },
  { header: '替补对象', value: (r) => r.replacedBy ?? '' },
  { header: '被替补对象', value: (r) => r.replaces ?? '' },
  { header: '随机数', value: (r) => r.entropy },
  { header: '结果摘要', value: (r) => r.resultDigest },
];

export const drawTable = (rows: readonly DrawRow[]) => tableOf('抽取结果', DRAW_COLUMNS, rows);

/**
 * The national publication's fields (国家企业信用信息公示系统), in its order, then who was
 * inspected: the nine fields name the inspection, the last two the enterprise.
 */
export const NATIONAL_COLUMNS: readonly Column<PublicResult>[] = [
  { header: '抽查计划编号', value: (r) => r.planId },
  { header: '抽查计划名称', value: (r) => r.planName, width: 30 },
  { header: '抽查任务编号', value: (r) => r.taskId },
  { header: '抽查任务名称', value: (r) => r.taskName, width: 36 },
  { header: '抽查类型', value: (r) => r.inspectionType },
  { header: '抽查机关', value: (r) => r.authority },
  { header: '抽查完成日期', value: (r) => r.completedOn },
  { header: '检查事项', value: (r) => r.item, width: 30 },
  { header: '检查结果', value: (r) => r.result, width: 30 },
  { header: '检查对象名称', value: (r) => r.targetName, width: 36 },
  { header: '统一社会信用代码', value: (r) => r.uscc ?? '', width: 22 },
];

export const nationalTable = (rows: readonly PublicResult[]) =>
  tableOf('抽查结果公示', NATIONAL_COLUMNS, rows);

/** A recorded result with what the office needs beside it; internal, never public. */
export interface FullResultRow {
  task: Task;
  result: InspectionResult;
  planName: string;
  itemName: string;
  targetName: string;
  uscc?: string;
  teamNames: string[];
}

export const FULL_COLUMNS: readonly Column<FullResultRow>[] = [
  { header: '抽查计划编号', value: (r) => r.task.planId },
  { header: '抽查计划名称', value: (r) => r.planName, width: 30 },
  { header: '抽查任务编号', value: (r) => r.task.id },
  { header: '抽查任务名称', value: (r) => r.task.name, width: 36 },
  { header: '抽查类型', value: (r) => inspectionType(r.task) },
  { header: '抽查机关', value: (r) => departmentName(r.result.department) },
  { header: '抽查完成日期', value: (r) => r.result.inspectionDate },
  { header: '检查事项编码', value: (r) => r.result.item },
  { header: '检查事项', value: (r) => r.itemName, width: 30 },
  { header: '检查结果', value: (r) => RESULT_WORDINGS[r.result.wording], width: 30 },
  { header: '检查对象编号', value: (r) => r.result.targetId, width: 22 },
  { header: '检查对象名称', value: (r) => r.targetName, width: 36 },
  { header: '统一社会信用代码', value: (r) => r.uscc ?? '', width: 22 },
  { header: '部门联合抽查', value: (r) => yesNo(r.task.joint) },
  { header: '检查方式', value: (r) => METHOD_WORDS[r.result.method] ?? r.result.method },
  { header: '第三方机构', value: (r) => r.result.performer ?? '' },
  { header: '执法检查人员', value: (r) => r.teamNames.join('、'), width: 24 },
  { header: '处罚决定书文号', value: (r) => r.result.penalty?.decisionNo ?? '', width: 28 },
  { header: '处罚决定日期', value: (r) => r.result.penalty?.decisionDate ?? '' },
  { header: '处罚种类', value: (r) => r.result.penalty?.kind ?? '' },
  {
    header: '仅警告(不公示)',
    value: (r) => (r.result.penalty ? yesNo(r.result.penalty.warningOnly) : ''),
  },
  { header: '涉嫌犯罪移送', value: (r) => yesNo(r.result.suspectedCrime) },
  { header: '结果公示期限', value: (r) => r.result.publication.dueBy },
  { header: '结果公示日期', value: (r) => dateOf(r.result.publication.publishedAt) },
  { header: '处罚公示期限', value: (r) => r.result.penaltyPublication?.dueBy ?? '' },
  { header: '处罚公示日期', value: (r) => dateOf(r.result.penaltyPublication?.publishedAt) },
  { header: '录入时间', value: (r) => r.result.recordedAt },
];

export const fullResultsTable = (rows: readonly FullResultRow[]) =>
  tableOf('抽查结果', FULL_COLUMNS, rows);
