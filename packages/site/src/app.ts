import { createApi, loadSiteConfig, type PublicApi } from './api';
import { facts, h, link } from './dom';
import { currentYear, dateTime } from './format';
import { plansView } from './views/plans';
import { resultsView, searchForm, setSearchExample, targetView } from './views/results';
import { tasksView, taskView } from './views/tasks';
import { verifyStartView, verifyView } from './views/verify';
import { explain, notice, type View } from './views/view';

interface Route {
  pattern: RegExp;
  view: View;
  /** which top-level section the route belongs to, for aria-current in the menu */
  section: string;
}

const ROUTES: Route[] = [
  { pattern: /^\/plans\/(\d{4})$/, view: plansView, section: 'plans' },
  { pattern: /^\/tasks\/(\d{4})$/, view: tasksView, section: 'tasks' },
  { pattern: /^\/tasks\/([^/]+)$/, view: taskView, section: 'tasks' },
  { pattern: /^\/results$/, view: resultsView, section: 'results' },
  { pattern: /^\/targets\/([^/]+)$/, view: targetView, section: 'results' },
  { pattern: /^\/verify$/, view: verifyStartView, section: 'verify' },
  { pattern: /^\/verify\/([^/]+)$/, view: verifyView, section: 'verify' },
];

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** `#/tasks/2027-SCJG-001?x=1` → path and query; an empty hash is the home page. */
export const parseHash = (hash: string): { path: string; query: URLSearchParams } => {
  const raw = hash.replace(/^#/, '') || '/';
  const q = raw.indexOf('?');
  return {
    path: q === -1 ? raw : raw.slice(0, q),
    query: new URLSearchParams(q === -1 ? '' : raw.slice(q + 1)),
  };
};

const menu = (): HTMLElement => {
  const year = currentYear();
  const items: [string, string, string][] = [
    ['plans', `#/plans/${year}`, '年度抽查计划'],
    ['tasks', `#/tasks/${year}`, '抽查任务'],
    ['results', '#/results', '抽查结果'],
    ['verify', '#/verify', '在本机验证'],
  ];
  return h(
    'nav',
    { class: 'menu', 'aria-label': '主菜单' },
    h(
      'ul',
      {},
      items.map(([key, href, text]) => h('li', {}, h('a', { href, 'data-section': key }, text))),
    ),
  );
};

/**
 * The year at a glance: the district's name, the plans and tasks of the year and its
 * latest draws, each linked. Whatever cannot be read leaves the rest of the page standing.
 */
const yearAtAGlance = async (api: PublicApi, district: string): Promise<HTMLElement[]> => {
  const read = async (year: number) => {
    const [plans, tasks] = await Promise.all([
      api.plans(year).catch(() => undefined),
      api.tasks(year).catch(() => undefined),
    ]);
    // no plans, no district plan: not asked for, so the console shows no 404
    const districtPlan = plans?.items.length
      ? await api.districtPlan(year).catch(() => undefined)
      : undefined;
    return [plans, districtPlan, tasks] as const;
  };
  // this year; next year's when this one has nothing yet and plans for the next are out
  let year = currentYear();
  let [plans, districtPlan, tasks] = await read(year);
  if (!plans?.items.length && !tasks?.items.length) {
    const next = await read(year + 1);
    if (next[0]?.items.length) {
      year += 1;
      [plans, districtPlan, tasks] = next;
    }
  }
  const drawn = (tasks?.items ?? [])
    .filter((t) => t.drawnAt)
    .sort((a, b) => (b.drawnAt ?? '').localeCompare(a.drawnAt ?? ''))
    .slice(0, 5);
  const overall = districtPlan?.report.overall;
  return [
    h(
      'section',
      { class: 'glance', 'aria-labelledby': 'glance-title' },
      h('h2', { id: 'glance-title' }, `${district ? `${district} ` : ''}${year} 年度`),
      facts([
        ['已公布部门计划', plans ? `${plans.items.length} 份` : ''],
        ['区级计划抽查任务', overall ? `${overall.tasks} 项（部门联合 ${overall.joint} 项）` : ''],
        ['最近抽取', drawn.length ? `${drawn.length} 项，见下` : '本年度尚无抽取'],
      ]),
      drawn.length
        ? h(
            'ol',
            { class: 'latest-draws' },
            drawn.map((t) =>
              h(
                'li',
                {},
                link(`#/tasks/${encodeURIComponent(t.id)}`, t.name),
                `（${t.initiatingDepartmentName}，${dateTime(t.drawnAt)}）`,
              ),
            ),
          )
        : '',
    ),
  ];
};

/**
 * The audit log's latest checkpoint and the key that signs it (docs/audit-log.md): whoever
 * keeps it — `pnpm dr audit witness` — can later prove that nothing it covers was changed.
 */
const auditCheckpoint = async (api: PublicApi): Promise<HTMLElement[]> => {
  const cp = await api.checkpoint?.().catch(() => undefined);
  if (!cp) return [];
  return [
    h(
      'section',
      { class: 'checkpoint', 'aria-labelledby': 'checkpoint-title' },
      h('h2', { id: 'checkpoint-title' }, '全过程记录 · 最新签名检查点'),
      facts([
        ['记录条数', `${cp.size} 条`],
        ['根哈希', h('code', {}, cp.rootHash)],
        ['签署时间', dateTime(cp.time)],
        ['签名公钥（ECDSA P-256）', h('code', { class: 'key' }, cp.publicKey)],
        ['公钥标识', h('code', {}, cp.keyId)],
      ]),
      h(
        'p',
        { class: 'hint' },
        '任何人都可以保存检查点（pnpm dr audit witness），日后核对：已记录的内容没有被删改。',
      ),
    ),
  ];
};

const homeBody = async (api: PublicApi, district: string): Promise<HTMLElement[]> => {
  const year = currentYear();
  return [
    ...(await yearAtAGlance(api, district)),
    ...(await auditCheckpoint(api)),
    h(
      'p',
      { class: 'lead' },
      '双随机、一公开：随机抽取检查对象，随机选派执法检查人员，抽查情况及查处结果及时向社会公开。本页公布年度抽查计划、每次抽取的全过程和抽查结果，任何人都可以在自己的浏览器中重新抽取，核对结果。',
    ),
    searchForm(''),
    h(
      'ul',
      { class: 'cards tiles' },
      h(
        'li',
        { class: 'card' },
        h('h2', {}, h('a', { href: `#/plans/${year}` }, '年度抽查计划')),
        h('p', {}, '区级计划的抽查比例和联合抽查占比，各部门的抽查任务。'),
      ),
      h(
        'li',
        { class: 'card' },
        h('h2', {}, h('a', { href: `#/tasks/${year}` }, '抽查任务')),
        h('p', {}, '抽取前公示的承诺、公共随机数、抽中的对象和检查组。'),
      ),
      h(
        'li',
        { class: 'card' },
        h('h2', {}, h('a', { href: '#/verify' }, '在本机验证')),
        h('p', {}, '在浏览器中重新抽取，核对公布的结果；企业可查询自己是否被抽中。'),
      ),
    ),
  ];
};

/** Mounts the page on `root`: header, menu, main region, and the hash router. */
export const startApp = async (
  root: HTMLElement,
  api?: PublicApi,
  district = '',
): Promise<void> => {
  const config = api ? { apiBase: '', district } : await loadSiteConfig();
  const client = api ?? createApi(config.apiBase);
  setSearchExample(config.district);
  const main = h('main', { id: 'main', tabindex: -1 });
  const nav = menu();
  root.replaceChildren(
    h(
      'a',
      {
        href: '#main',
        class: 'skip',
        onclick: (e: Event) => {
          e.preventDefault();
          main.focus();
        },
      },
      '跳到正文',
    ),
    h(
      'header',
      { class: 'site' },
      h('p', { class: 'brand' }, h('a', { href: '#/' }, '双随机、一公开 · 公示')),
      nav,
    ),
    main,
    h(
      'footer',
      { class: 'site' },
      h(
        'p',
        {},
        '抽取按公开的 dr-draw/1 规范进行，任何人都可以复核。本页只显示已公示的信息，不含个人信息。',
      ),
    ),
  );

  let generation = 0;
  let first = true;
  const render = async () => {
    const mine = ++generation;
    const { path, query } = parseHash(location.hash);
    const route = ROUTES.find((r) => r.pattern.test(path));
    const section = route?.section ?? (path === '/' ? '' : undefined);
    for (const a of Array.from(nav.querySelectorAll<HTMLAnchorElement>('a[data-section]'))) {
      if (a.dataset.section === section) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
    main.setAttribute('aria-busy', 'true');
    let title: string;
    let body: Parameters<typeof h>[2];
    if (path === '/') {
      title = '双随机、一公开 公示';
      body = await homeBody(client, config.district);
    } else if (!route) {
      title = '页面不存在';
      body = [notice('没有这个页面。'), h('p', {}, h('a', { href: '#/' }, '回到首页'))];
    } else {
      main.replaceChildren(
        h('h1', { tabindex: -1 }, '正在加载…'),
        h(
          'p',
          { class: 'hint', role: 'status' },
          path.startsWith('/verify/') ? '正在取得抽取包并在本机重新抽取…' : '正在加载…',
        ),
      );
      const params = (route.pattern.exec(path) ?? []).slice(1).map(decode);
      try {
        const screen = await route.view({
          api: client,
          params,
          query,
          current: () => mine === generation,
        });
        title = screen.title;
        body = screen.body;
      } catch (e) {
        title = '无法显示';
        body = notice(explain(e), 'error');
      }
    }
    if (mine !== generation) return;
    const heading = h('h1', { tabindex: -1 }, title);
    main.replaceChildren(heading, h('div', { class: 'content' }, body));
    main.removeAttribute('aria-busy');
    document.title = `${title} - 双随机、一公开`;
    // moving focus to the new heading tells keyboard and screen-reader users the page changed
    if (!first) heading.focus();
    first = false;
  };
  window.addEventListener('hashchange', () => void render());
  await render();
};
