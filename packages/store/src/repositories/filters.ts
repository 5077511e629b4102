import type { Filter } from '../table-operations';

/**
 * A FilterExpression of equality tests (and `contains` for list attributes) over the
 * given fields; undefined fields are left out. Placeholders are `#f<n>` / `:f<n>`, which
 * never clash with the key condition's `#k…` / `:k…`.
 */
export const filterOf = (
  equals: Record<string, string | undefined>,
  contains: Record<string, string | undefined> = {},
): Filter | undefined => {
  const parts: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  let n = 0;
  const add = (field: string, value: string, test: (name: string, value: string) => string) => {
    const name = `#f${n}`;
    const placeholder = `:f${n}`;
    n++;
    names[name] = field;
    values[placeholder] = value;
    parts.push(test(name, placeholder));
  };
  for (const [field, value] of Object.entries(equals)) {
    if (value !== undefined) add(field, value, (a, b) => `${a} = ${b}`);
  }
  for (const [field, value] of Object.entries(contains)) {
    if (value !== undefined) add(field, value, (a, b) => `contains(${a}, ${b})`);
  }
  return parts.length > 0 ? { expression: parts.join(' AND '), names, values } : undefined;
};
