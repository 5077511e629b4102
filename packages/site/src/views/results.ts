import { code, facts, h, link } from '../dom';
import { dateTime, looksLikeUscc, normaliseUscc, stratumName } from '../format';
import type { PublicResult } from '../types';
import { notice, pager, section, type View } from './view';

let searchExample = '';
/** The district's name, from the site's config.json: the search hint's example of a name. */
export const setSearchExample = (district: string): void => {
  searchExample = district;
};

export const searchForm = (value: string): HTMLFormElement => {
  const input = h('input', {
    id: 'q',
    name: 'q',
    type: 'search',
    value,
    autocomplete: 'organization',
    'aria-describedby': 'q-hint',
  });
  return h(
    'form',
    {
      class: 'search',
      role: 'search',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const raw = input.value.trim();
        const q = looksLikeUscc(raw) ? normaliseUscc(raw) : raw;
        location.hash = q ? `#/results?q=${encodeURIComponent(q)}` : '#/results';
      },
    },
    h('label', { for: 'q' }, '企业名称或统一社会信用代码'),
    h('div', { class: 'row' }, input, h('button', { type: 'submit' }, '查询')),
    h(
      'p',
      { id: 'q-hint', class: 'hint' },
      `名称按开头匹配${searchExample ? `，如“${searchExample}”` : ''}；信用代码须完整 18 位。`,
    ),
  );
};

export const resultCard = (r: PublicResult, withTarget = true): HTMLElement =>
  h(
    'li',
    { class: 'card result' },
    withTarget
      ? h('h2', {}, link(`#/targets/${encodeURIComponent(r.target.id)}`, r.target.name))
      : h('h3', {}, r.item.name),
    facts([
      ['统一社会信用代码', withTarget && r.target.uscc ? code(r.target.uscc) : ''],
      ['所属镇街', withTarget ? r.target.town : ''],
      ['检查事项', withTarget ? `${r.item.name}（${r.item.code}）` : r.item.code],
      ['检查结果', h('strong', { class: 'wording' }, r.wording)],
      [
        '行政处罚',
        r.penalty
          ? `${r.penalty.decisionNumber}（${r.penalty.decidedOn}）：${r.penalty.summary}`
          : '',
      ],
      ['检查方式', r.method],
      [
        '后续处理',
        (r.followUps ?? [])
          .map((f) =>
            [
              f.date,
              f.outcome,
              f.penalty && `${f.penalty.decisionNumber}：${f.penalty.summary}`,
              f.rectifiedOn && `${f.rectifiedOn} 整改完成`,
            ]
              .filter(Boolean)
              .join(' '),
          )
          .join('；'),
      ],
      // a drawn inspector who could not go: the substitute was drawn too (dr-substitute/1)
      [
        '执法人员调整',
        (r.substitutions ?? []).map((s) => `${s.out} → ${s.in}（${s.reason}）`).join('；'),
      ],
      // results record one date, the day the inspection was completed
      ...((r.inspectedOn === r.completedOn
        ? [['检查完成日期', r.completedOn]]
        : [
            ['检查日期', r.inspectedOn],
            ['完成日期', r.completedOn],
          ]) as [string, string][]),
      ['公示日期', r.publishedOn],
      ['检查部门', r.departmentName],
      [
        '抽查类型',
        r.kind === '个案'
          ? `个案处理（${r.source ?? ''}）`
          : r.joint
            ? `${r.kind}（部门联合抽查）`
            : r.kind,
      ],
      // a case is no task of a plan: it is named by its id
      r.kind === '个案'
        ? ['个案编号', code(r.taskId)]
        : ['抽查任务', link(`#/tasks/${encodeURIComponent(r.taskId)}`, r.taskName)],
      ['抽查计划', r.planName],
      ['全过程记录', r.evidenceCount ? `${r.evidenceCount} 份（不公开）` : ''],
    ]),
  );

/** #/results?q=…: published results, newest first, a page at a time. */
export const resultsView: View = async ({ api, query }) => {
  const q = query.get('q') ?? '';
  const page = await api.searchResults(q, query.get('cursor') ?? undefined);
  return {
    title: q ? `“${q}”的抽查结果` : '抽查结果',
    body: [
      searchForm(q),
      h(
        'p',
        { class: 'hint', role: 'status' },
        page.items.length ? '' : q ? '没有找到公示的抽查结果。' : '还没有公示的抽查结果。',
      ),
      page.items.length
        ? h(
            'ul',
            { class: 'cards' },
            page.items.map((r) => resultCard(r)),
          )
        : null,
      pager('/results', query, page.cursor),
    ],
  };
};

/** #/targets/{id}: one enterprise's published results and the draws it was in. */
export const targetView: View = async ({ api, params, query }) => {
  const id = params[0]!;
  const page = await api.targetResults(id, query.get('cursor') ?? undefined);
  const name = page.items[0]?.target.name ?? id;
  const first = page.items[0]?.target;
  return {
    title: name,
    body: [
      facts([
        ['统一社会信用代码', code(first?.uscc ?? id)],
        ['所属镇街', first?.town ?? ''],
      ]),
      section(
        '参与的抽取',
        page.draws.length
          ? h(
              'ul',
              { class: 'names' },
              page.draws.map((d) =>
                h(
                  'li',
                  {},
                  link(`#/tasks/${encodeURIComponent(d.taskId)}`, d.taskId),
                  `：${stratumName(d.stratum)}，${d.role === 'selected' ? '抽中' : '备选'}（${dateTime(d.drawnAt)}） `,
                  h(
                    'a',
                    {
                      href: `#/verify/${encodeURIComponent(d.drawId)}?id=${encodeURIComponent(id)}`,
                    },
                    '在本机验证',
                  ),
                ),
              ),
            )
          : h('p', {}, '未被抽中过。'),
      ),
      h(
        'section',
        { class: 'group', 'aria-labelledby': 'target-results' },
        h('h2', { id: 'target-results' }, '公示的抽查结果'),
        page.items.length
          ? h(
              'ul',
              { class: 'cards' },
              page.items.map((r) => resultCard(r, false)),
            )
          : notice('没有公示的抽查结果。'),
        pager(`/targets/${encodeURIComponent(id)}`, query, page.cursor),
      ),
    ],
  };
};
