import type { Inclusion } from '@double-random/draw';
import { code, facts, h, link } from '../dom';
import { looksLikeUscc, normaliseUscc, stratumName } from '../format';
import type { PublicTask } from '../types';
import { type Check, checkDraw, checkEntropyOf, whereIs } from '../verify';
import { notice, section, type View } from './view';

const taskIdOf = (drawId: string): string => drawId.split('.')[0] ?? drawId;

const inclusionText = (inc: Inclusion, task: PublicTask | undefined, drawId: string): string => {
  const name =
    task?.draws
      ?.find((d) => d.drawId === drawId)
      ?.strata.flatMap((s) => [...s.selected, ...s.reserve])
      .find((t) => t.id === inc.id)?.name ?? inc.id;
  switch (inc.status) {
    case 'not-in-pool':
      return `${inc.id} 不在本次抽取的检查对象名录中。`;
    case 'not-drawn':
      return `${name} 在名录中（${stratumName(inc.stratum)}），未被抽中。`;
    case 'selected':
      return `${name} 在名录中（${stratumName(inc.stratum)}），被抽中，为本层第 ${inc.position} 个抽中对象。`;
    case 'reserve':
      return `${name} 在名录中（${stratumName(inc.stratum)}），为本层第 ${inc.position} 个备选对象。`;
  }
};

const inclusionForm = (
  check: Extract<Check, { ok: true }>,
  task: PublicTask | undefined,
  drawId: string,
  initial: string,
): HTMLElement => {
  const input = h('input', {
    id: 'uscc',
    name: 'uscc',
    value: initial,
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'uscc-hint',
  });
  const answer = h('div', { class: 'inclusion', role: 'status', 'aria-live': 'polite' });
  const ask = () => {
    const id = looksLikeUscc(input.value) ? normaliseUscc(input.value) : input.value.trim();
    answer.replaceChildren();
    if (!id) return;
    const inc = whereIs(check, id);
    answer.append(
      h(
        'p',
        { class: inc.status === 'selected' || inc.status === 'reserve' ? 'drawn' : '' },
        inclusionText(inc, task, drawId),
      ),
    );
    if ((inc.status === 'selected' || inc.status === 'reserve') && inc.assignment) {
      const names = new Map(
        task?.draws?.flatMap((d) =>
          d.assignments.flatMap((a) => a.members.map((m) => [m.id, m.name])),
        ),
      );
      const who = (id: string) => names.get(id) ?? id;
      const { members, leader } = inc.assignment;
      answer.append(
        h(
          'p',
          {},
          '检查组：',
          members.length ? members.map(who).join('、') : '未组成',
          leader ? `；组长 ${who(leader)}` : '',
        ),
      );
    }
  };
  const form = h(
    'form',
    {
      class: 'search',
      onsubmit: (e: Event) => {
        e.preventDefault();
        ask();
      },
    },
    h('label', { for: 'uscc' }, '统一社会信用代码'),
    h('div', { class: 'row' }, input, h('button', { type: 'submit' }, '查询是否被抽中')),
    h(
      'p',
      { id: 'uscc-hint', class: 'hint' },
      '在本机根据抽取包计算，不向服务器发送您输入的代码。',
    ),
  );
  if (initial) queueMicrotask(ask);
  return section('我是否在名录中，是否被抽中', form, answer);
};

/**
 * #/verify/{drawId}: fetches the bundle and the published result, re-runs the draw here in
 * the browser and says whether everything agrees, and where it first departs if not.
 */
export const verifyView: View = async ({ api, params, query }) => {
  const drawId = params[0]!;
  const taskId = taskIdOf(drawId);
  const [bundle, result, task] = await Promise.all([
    api.bundle(drawId),
    api.result(drawId),
    api.task(taskId).catch(() => undefined),
  ]);
  // let the page paint "正在验证" before the draw occupies the main thread
  await new Promise((r) => setTimeout(r, 0));
  const started = performance.now();
  const drawn = checkDraw(bundle, result, task?.commitment, taskId);
  // a draw whose entropy does not verify is not verified, whatever its result (spec §7.1)
  const entropy = drawn.ok ? await checkEntropyOf(bundle, task) : undefined;
  const check: Check =
    entropy && !entropy.ok ? { ok: false, difference: entropy.difference } : drawn;
  const ms = Math.round(performance.now() - started);
  const verdict = check.ok
    ? h(
        'div',
        { class: 'verdict ok', role: 'status', 'data-verdict': 'ok' },
        h('p', { class: 'big' }, '✓ 一致'),
        h(
          'p',
          {},
          `在本机重新抽取（用时 ${ms} 毫秒）的结果与公布的结果完全一致，抽取包与抽取前公示的承诺相符。`,
        ),
        entropy?.ok ? h('p', { 'data-entropy': 'ok' }, `公共随机数：${entropy.summary}。`) : null,
      )
    : h(
        'div',
        { class: 'verdict bad', role: 'alert', 'data-verdict': 'bad' },
        h('p', { class: 'big' }, '✗ 不一致'),
        h('p', {}, '第一处不同：'),
        h('p', {}, code(check.difference)),
      );
  return {
    title: '在本机验证抽取',
    body: [
      facts([
        ['抽取编号', code(drawId)],
        ['抽查任务', link(`#/tasks/${encodeURIComponent(taskId)}`, task?.name ?? taskId)],
        ['公共随机数来源', task?.commitment?.entropySource ?? ''],
      ]),
      verdict,
      h(
        'p',
        { class: 'hint' },
        '页面取得公布的抽取包和结果，用 dr-draw/1 规范在浏览器中重新计算。也可以下载后用命令行复核：',
        h(
          'a',
          {
            href: `${api.base}/draws/${encodeURIComponent(drawId)}/bundle`,
            download: `${drawId}.bundle.json`,
          },
          '抽取包',
        ),
        '、',
        h(
          'a',
          {
            href: `${api.base}/draws/${encodeURIComponent(drawId)}/result`,
            download: `${drawId}.result.json`,
          },
          '结果',
        ),
        '。',
      ),
      check.ok
        ? inclusionForm(check, task, drawId, query.get('id') ?? '')
        : notice('抽取结果不一致，不能据此判断是否被抽中。', 'error'),
    ],
  };
};

/** #/verify: asks for a draw number. */
export const verifyStartView: View = async () => {
  const input = h('input', { id: 'draw-id', name: 'drawId', required: true, autocomplete: 'off' });
  return {
    title: '在本机验证抽取',
    body: [
      h(
        'p',
        {},
        '输入抽取编号（即任务编号，联合抽查参与部门的抽取为“任务编号.部门”），页面将在您的浏览器中重新抽取并与公布结果比对。',
      ),
      h(
        'form',
        {
          class: 'search',
          onsubmit: (e: Event) => {
            e.preventDefault();
            const id = input.value.trim();
            if (id) location.hash = `#/verify/${encodeURIComponent(id)}`;
          },
        },
        h('label', { for: 'draw-id' }, '抽取编号'),
        h('div', { class: 'row' }, input, h('button', { type: 'submit' }, '验证')),
      ),
    ],
  };
};
