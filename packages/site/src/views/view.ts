import type { PublicApi } from '../api';
import { ApiError } from '../api';
import { type Child, h } from '../dom';

export interface ViewContext {
  api: PublicApi;
  /** path parameters of the matched route */
  params: string[];
  query: URLSearchParams;
  /** false once a newer navigation has started: its answer must not be drawn */
  current(): boolean;
}

/** What a view draws: its title (the page's h1) and its content. */
export interface Screen {
  title: string;
  body: Child;
}

export type View = (ctx: ViewContext) => Promise<Screen>;

export const section = (title: string, ...children: Child[]): HTMLElement =>
  h('section', { class: 'card' }, h('h2', {}, title), ...children);

export const notice = (text: string, kind: 'info' | 'error' = 'info'): HTMLElement =>
  h('p', { class: `notice ${kind}`, ...(kind === 'error' ? { role: 'alert' } : {}) }, text);

export const explain = (e: unknown): string => {
  if (e instanceof ApiError) {
    if (e.status === 404) return '没有找到：尚未公布，或编号有误。';
    return e.message;
  }
  return `出错了：${(e as Error).message}`;
};

/** A year picker that moves to `#/<base>/<year>`. */
export const yearForm = (base: string, year: number): HTMLFormElement => {
  const input = h('input', {
    id: `${base}-year`,
    name: 'year',
    type: 'number',
    inputmode: 'numeric',
    min: 2000,
    max: 2100,
    value: year,
    required: true,
  });
  return h(
    'form',
    {
      class: 'inline-form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        location.hash = `#/${base}/${input.value}`;
      },
    },
    h('label', { for: `${base}-year` }, '年度'),
    input,
    h('button', { type: 'submit' }, '查看'),
  );
};

/** Links to the next page of a cursor-paged list, keeping the other query parameters. */
export const pager = (path: string, query: URLSearchParams, cursor: string | undefined): Child => {
  const page = Number(query.get('page') ?? '1');
  const first = new URLSearchParams(query);
  first.delete('cursor');
  first.delete('page');
  const firstHref = `#${path}${first.size ? `?${first}` : ''}`;
  const next = new URLSearchParams(first);
  if (cursor) {
    next.set('cursor', cursor);
    next.set('page', String(page + 1));
  }
  if (page <= 1 && !cursor) return null;
  return h(
    'nav',
    { class: 'pager', 'aria-label': '翻页' },
    h('span', {}, `第 ${page} 页`),
    page > 1 ? h('a', { href: firstHref, class: 'button secondary' }, '回到第一页') : null,
    cursor ? h('a', { href: `#${path}?${next}`, class: 'button', rel: 'next' }, '下一页') : null,
  );
};
