/**
 * A tiny element builder. Every text goes in through text nodes, never as HTML, so nothing
 * the API returns can inject markup into the page.
 */
export type Child = Node | string | number | null | undefined | false | Child[];

type Attrs = Record<string, string | number | boolean | undefined | ((e: Event) => void)>;

const append = (parent: Node, child: Child): void => {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const c of child) append(parent, c);
    return;
  }
  parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
};

export const h = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] => {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
};

/** A description list of label → value pairs; empty values are left out. */
export const facts = (rows: [string, Child][]): HTMLDListElement =>
  h(
    'dl',
    { class: 'facts' },
    rows
      .filter(([, v]) => v !== undefined && v !== null && v !== '' && v !== false)
      .map(([k, v]) => h('div', {}, h('dt', {}, k), h('dd', {}, v))),
  );

/** Above this length a code may wrap (digests, seeds); below it, it stays whole. */
const WHOLE_CODE_LENGTH = 24;

/**
 * Digests, seeds and ids in monospace. Short ones (an 18-character 统一社会信用代码, a task
 * id) are read and compared whole, so they never break inside; long ones wrap anywhere.
 */
export const code = (text: string): HTMLElement =>
  h('code', { class: text.length <= WHOLE_CODE_LENGTH ? 'mono whole' : 'mono' }, text);

export const link = (href: string, ...children: Child[]): HTMLAnchorElement =>
  h('a', { href }, ...children);
