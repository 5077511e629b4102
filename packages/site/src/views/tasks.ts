import { code, facts, h, link } from '../dom';
import { category, dateTime, percent, stageName, stratumName } from '../format';
import type { PublicDraw, PublicTask, PublicTaskSummary } from '../types';
import { notice, pager, section, type View, yearForm } from './view';

const summaryItem = (t: PublicTaskSummary): HTMLElement =>
  h(
    'li',
    { class: 'card' },
    h('h2', {}, link(`#/tasks/${encodeURIComponent(t.id)}`, t.name)),
    facts([
      ['任务编号', code(t.id)],
      ['发起部门', t.initiatingDepartmentName],
      ['联合抽查', t.joint ? `是，参与部门：${t.participatingDepartmentNames.join('、')}` : '否'],
      ['检查事项', t.items.map((i) => i.name).join('、')],
      ['检查时间', `${t.window.start} 至 ${t.window.end}`],
      ['进度', stageName(t.stage)],
      ['公示承诺', dateTime(t.committedAt)],
      ['抽取时间', dateTime(t.drawnAt)],
    ]),
  );

/** #/tasks/{year}: the year's tasks, newest first, a page at a time. */
export const tasksView: View = async ({ api, params, query }) => {
  const year = Number(params[0]);
  const page = await api.tasks(year, query.get('cursor') ?? undefined);
  return {
    title: `${year} 年度抽查任务`,
    body: [
      yearForm('tasks', year),
      page.items.length
        ? h('ul', { class: 'cards' }, page.items.map(summaryItem))
        : notice('本年度还没有抽查任务。'),
      pager(`/tasks/${year}`, query, page.cursor),
    ],
  };
};

const named = (list: { id: string; name: string }[]): HTMLElement =>
  list.length
    ? h(
        'ol',
        { class: 'names' },
        list.map((t) =>
          h('li', {}, link(`#/targets/${encodeURIComponent(t.id)}`, t.name), ' ', code(t.id)),
        ),
      )
    : h('p', {}, '无');

const drawCard = (task: PublicTask, draw: PublicDraw): HTMLElement => {
  const isTarget = draw.drawId === task.id;
  return h(
    'section',
    { class: 'card', 'aria-labelledby': `draw-${draw.drawId}` },
    h(
      'h3',
      { id: `draw-${draw.drawId}` },
      isTarget ? '检查对象与检查人员抽取' : `参与部门 ${draw.departmentName} 的检查人员抽取`,
    ),
    facts([
      ['抽取编号', code(draw.drawId)],
      ['抽取时间', dateTime(draw.drawnAt)],
      ['公共随机数', code(draw.entropy)],
      ['种子', code(draw.seed)],
      ['结果摘要', code(draw.resultDigest)],
    ]),
    h(
      'p',
      {},
      h(
        'a',
        { href: `#/verify/${encodeURIComponent(draw.drawId)}`, class: 'button' },
        '在本机验证',
      ),
    ),
    isTarget
      ? draw.strata.map((s) =>
          h(
            'div',
            { class: 'stratum' },
            h('h4', {}, `${stratumName(s.key)}：名录 ${s.population} 户，抽取 ${s.size} 户`),
            h('h5', {}, '抽中对象'),
            named(s.selected),
            h('h5', {}, '备选对象'),
            named(s.reserve),
          ),
        )
      : null,
    h('h4', {}, '检查组'),
    h(
      'ul',
      { class: 'teams' },
      draw.assignments.map((a) =>
        h(
          'li',
          {},
          h('strong', {}, a.targetName),
          ' ',
          code(a.target),
          a.status === 'unfilled'
            ? h('span', { class: 'bad' }, '（检查人员不足，未组成检查组）')
            : null,
          a.replaces ? h('span', {}, `（替换 ${a.replaces}）`) : null,
          a.replacedBy ? h('span', {}, `（已由备选对象 ${a.replacedBy} 替换）`) : null,
          a.members.length
            ? h(
                'p',
                {},
                '检查人员：',
                a.members.map((m, i) => [
                  i > 0 ? '、' : '',
                  m.name,
                  m.id === a.leader ? h('span', { class: 'leader' }, '（组长）') : '',
                ]),
              )
            : null,
        ),
      ),
    ),
  );
};

const WITNESS_STATUS = {
  collecting: '等待见证人公开秘密',
  complete: '全部见证人已公开秘密',
  withheld: '公开期限已过，有见证人未公开秘密：本任务不抽取，也不重新抽取',
} as const;

/**
 * A witnessed commit–reveal (docs/entropy.md): each witness's SHA-256, published before the
 * freeze, and whether its secret came in; the secrets themselves once all are in.
 */
const witnessSection = (w: NonNullable<PublicTask['witnesses']>) =>
  section(
    '见证人（公共随机数）',
    h(
      'p',
      {},
      `公共随机数由办公室以外的见证人共同产生：各见证人在冻结名录之前公布自己秘密的 SHA-256 哈希，承诺公示之后公开秘密，公共随机数是按承诺顺序排列的秘密的哈希。公开期限：${w.revealBy}（北京时间当日结束）。`,
    ),
    facts([['状态', WITNESS_STATUS[w.status]]]),
    w.witnesses.map((x) =>
      h(
        'div',
        { class: 'participant', 'data-witness': x.id },
        h('h3', {}, `见证人 ${x.id}`),
        facts([
          ['秘密的哈希', x.commitment ? code(x.commitment) : '尚未公布'],
          [
            '秘密',
            x.reveal
              ? code(x.reveal)
              : x.withheld
                ? '未在期限内公开'
                : x.revealed
                  ? `已公开（${dateTime(x.revealedAt ?? '')}），全部公开后显示`
                  : '尚未公开',
          ],
        ]),
      ),
    ),
  );

/** #/tasks/{taskId}: the commitment as soon as it exists, then each draw. */
export const taskView: View = async ({ api, params }) => {
  const task = await api.task(params[0]!);
  const c = task.commitment;
  return {
    title: task.name,
    body: [
      section(
        '任务',
        facts([
          ['任务编号', code(task.id)],
          ['发起部门', task.initiatingDepartmentName],
          [
            '联合抽查',
            task.joint ? `是，参与部门：${task.participatingDepartmentNames.join('、')}` : '否',
          ],
          [
            '检查事项',
            task.items.map((i) => `${i.name}（${i.code}，${category(i.category)}）`).join('；'),
          ],
          [
            '抽查比例',
            task.strata
              .map((s) => `${stratumName(s.key)} ${percent(s.ratioBp)}，备选 ${s.reserve} 户`)
              .join('；'),
          ],
          ['每组检查人员', `${task.team} 人`],
          ['检查时间', `${task.window.start} 至 ${task.window.end}`],
          ['进度', stageName(task.stage)],
        ]),
      ),
      section(
        '抽取前公示的承诺',
        c
          ? [
              h(
                'p',
                {},
                '以下摘要在公共随机数产生之前公布，抽取所用的名录、参数和检查人员名单因此无法事后更改。',
              ),
              facts([
                ['公示时间', dateTime(c.committedAt)],
                ['随机数来源', c.entropySource],
                ['检查对象名录摘要', code(c.poolDigest)],
                ['抽取参数摘要', code(c.paramsDigest)],
                ['检查人员名单摘要', code(c.rosterDigest)],
              ]),
              c.participants.map((p) =>
                h(
                  'div',
                  { class: 'participant' },
                  h('h3', {}, `参与部门 ${p.departmentName}`),
                  facts([
                    ['抽取编号', code(p.drawId)],
                    ['名录摘要', p.poolDigest ? code(p.poolDigest) : ''],
                    ['参数摘要', code(p.paramsDigest)],
                    ['人员名单摘要', code(p.rosterDigest)],
                  ]),
                ),
              ),
            ]
          : notice('尚未公示承诺。'),
      ),
      task.witnesses ? witnessSection(task.witnesses) : null,
      h(
        'section',
        { class: 'group', 'aria-labelledby': 'draws' },
        h('h2', { id: 'draws' }, '抽取结果'),
        task.draws?.length
          ? task.draws.map((d) => drawCard(task, d))
          : notice(c ? '等待公共随机数，尚未抽取。' : '尚未抽取。'),
      ),
    ],
  };
};
