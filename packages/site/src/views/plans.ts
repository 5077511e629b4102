import { code, facts, h } from '../dom';
import { category, dateTime, percent, planStatus, ratioRange, stratumName } from '../format';
import type { DistrictPlan, PlanTask, PublicPlan } from '../types';
import { notice, section, type View, yearForm } from './view';

const districtCard = (
  district: DistrictPlan | undefined,
  names: Map<string, string>,
): HTMLElement => {
  if (!district) return section('区级年度抽查计划', notice('本年度的区级抽查计划尚未审核通过。'));
  const o = district.report.overall;
  return section(
    '区级年度抽查计划',
    facts([
      ['审核时间', dateTime(district.approved.at)],
      ['抽查任务', `${o.tasks} 项`],
      ['部门联合抽查', `${o.joint} 项`],
      [
        '联合抽查占比',
        h(
          'span',
          { class: o.jointShareMet ? 'good' : 'bad' },
          `${percent(o.jointShareBp)}（要求不低于 10%，${o.jointShareMet ? '达到' : '未达到'}）`,
        ),
      ],
      [
        '重点检查事项抽查比例',
        `${ratioRange(o.keyRatioBp)}（${o.keyTasks} 项任务，要求不低于 20%）`,
      ],
      [
        '一般检查事项抽查比例',
        `${ratioRange(o.generalRatioBp)}（${o.generalTasks} 项任务，要求 3%～10%）`,
      ],
    ]),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        {},
        h('caption', {}, '各部门计划'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['部门', '状态', '任务', '联合', '重点比例', '一般比例'].map((t) =>
              h('th', { scope: 'col' }, t),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          district.report.departments.map((d) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, names.get(d.department) ?? d.department),
              h('td', {}, planStatus(d.status), d.late ? '（逾期报送）' : ''),
              h('td', {}, d.tasks),
              h('td', {}, d.joint),
              h('td', {}, ratioRange(d.keyRatioBp)),
              h('td', {}, ratioRange(d.generalRatioBp)),
            ),
          ),
        ),
      ),
    ),
  );
};

const planTask = (
  t: PlanTask,
  itemNames: Map<string, string>,
  names: Map<string, string>,
): HTMLElement =>
  h(
    'li',
    { class: 'plan-task' },
    h('h4', {}, `${t.seq}. ${t.name}`),
    facts([
      ['任务编号', code(t.id)],
      [
        '检查事项',
        `${t.items.map((c) => (itemNames.has(c) ? `${itemNames.get(c)}（${c}）` : c)).join('；')}；${category(t.category)}`,
      ],
      [
        '抽查比例',
        `${percent(t.ratio.bp)}；${t.strata.map((s) => `${stratumName(s.key)} ${percent(s.ratioBp)}`).join('，')}`,
      ],
      ['检查时间', `${t.window.start} 至 ${t.window.end}`],
      ['每组检查人员', `${t.teamSize} 人`],
      [
        '联合抽查',
        t.joint ? `是，参与部门：${t.participants.map((d) => names.get(d) ?? d).join('、')}` : '否',
      ],
      [
        '避免重复检查',
        t.excludeInspectedWithinDays
          ? `${t.excludeInspectedWithinDays} 日内已检查的对象不再抽取`
          : '',
      ],
    ]),
  );

const planCard = (
  plan: PublicPlan,
  itemNames: Map<string, string>,
  names: Map<string, string>,
): HTMLElement =>
  h(
    'section',
    { class: 'card' },
    h('h3', {}, `${plan.departmentName} ${plan.year} 年度抽查计划`),
    facts([
      ['状态', planStatus(plan.status)],
      ['公布时间', dateTime(plan.published?.at)],
      ['报送', plan.late ? '逾期报送' : ''],
      ['纸质报送日期', plan.filedOn ?? ''],
    ]),
    h(
      'ol',
      { class: 'plan-tasks' },
      plan.tasks.map((t) => planTask(t, itemNames, names)),
    ),
  );

/** #/plans/{year}: the approved district plan and every published department plan. */
export const plansView: View = async ({ api, params }) => {
  const year = Number(params[0]);
  const [district, plans] = await Promise.all([api.districtPlan(year), api.plans(year)]);
  // plans name items by code; the departments' item lists give their names
  const departments = new Set(
    plans.items.flatMap((p) => [p.department, ...p.tasks.flatMap((t) => t.participants)]),
  );
  const lists = await Promise.all(
    [...departments].map((d) =>
      api.items(d).then(
        (page) => page.items,
        () => [],
      ),
    ),
  );
  const itemNames = new Map(lists.flat().map((i) => [i.code, i.name]));
  // each published plan names its department; the district table and joint tasks reuse them
  const names = new Map(plans.items.map((p) => [p.department, p.departmentName]));
  return {
    title: `${year} 年度抽查计划`,
    body: [
      yearForm('plans', year),
      districtCard(district, names),
      h(
        'section',
        { class: 'group', 'aria-labelledby': 'dept-plans' },
        h('h2', { id: 'dept-plans' }, '部门年度抽查计划'),
        plans.items.length
          ? plans.items.map((p) => planCard(p, itemNames, names))
          : notice('本年度还没有公布的部门抽查计划。'),
      ),
    ],
  };
};
