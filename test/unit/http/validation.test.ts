import { describe, expect, it } from 'vitest';
import { issuesToFields, z } from '../../../functions/src/http/middleware';

describe('issuesToFields', () => {
  it('names a nested field as a dotted path prefixed with the request part', () => {
    const schema = z.object({ tasks: z.array(z.object({ ratio: z.number().max(1) })) });
    const result = schema.safeParse({ tasks: [{ ratio: 0.1 }, { ratio: 2 }] });
    expect(result.success).toBe(false);
    const fields = issuesToFields('body', result.error?.issues ?? []);
    expect(fields).toHaveLength(1);
    expect(fields[0]?.field).toBe('body.tasks.1.ratio');
    expect(fields[0]?.rule).toMatch(/<=1/);
  });

  it('names the part itself when the whole value is wrong', () => {
    const result = z.object({ name: z.string() }).safeParse(undefined);
    expect(issuesToFields('body', result.error?.issues ?? []).map((f) => f.field)).toEqual([
      'body',
    ]);
  });

  it('lists every issue, with query and path prefixes', () => {
    const query = z.object({ limit: z.coerce.number().int(), cursor: z.string() });
    const result = query.safeParse({ limit: 'x' });
    expect(issuesToFields('query', result.error?.issues ?? []).map((f) => f.field)).toEqual([
      'query.limit',
      'query.cursor',
    ]);
    const path = z.object({ dept: z.string().regex(/^[A-Z0-9]{2,16}$/) }).safeParse({ dept: 'x' });
    expect(issuesToFields('path', path.error?.issues ?? []).map((f) => f.field)).toEqual([
      'path.dept',
    ]);
  });

  it('keys record entries by their own name', () => {
    const schema = z.object({ ratios: z.record(z.string(), z.number().min(0)) });
    const result = schema.safeParse({ ratios: { 'risk:A': -1 } });
    expect(issuesToFields('body', result.error?.issues ?? []).map((f) => f.field)).toEqual([
      'body.ratios.risk:A',
    ]);
  });
});
