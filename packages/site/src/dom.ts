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

/** Digests, seeds and ids: long unbroken strings, set in monospace and allowed to wrap. */
export const code = (text: string): HTMLElement => h('code', { class: 'mono' }, text);

export const link = (href: string, ...children: Child[]): HTMLAnchorElement =>
  h('a', { href }, ...children);
