import {
  InspectorCreateInputSchema,
  TargetCreateInputSchema,
  textSchema,
} from '@double-random/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { usccOf } from '../../e2e/support/fixtures';

const target = (name: string) => ({
  name,
  kind: 'enterprise',
  uscc: usccOf(1),
  town: '运河街道',
  industry: '餐饮',
  riskClass: 'B',
});

/** Characters that cannot be shown honestly, and the words of their refusal. */
const REFUSED = fc.oneof(
  fc.constant({ char: '\u0000', says: 'NUL' }),
  fc
    .integer({ min: 0xd800, max: 0xdfff })
    .map((u) => ({ char: String.fromCharCode(u), says: 'lone surrogate' })),
  fc
    .constantFrom(0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069)
    .map((u) => ({ char: String.fromCharCode(u), says: 'bidirectional' })),
);
const NAME = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => {
  const r = textSchema(200).safeParse(s);
  return r.success;
});
const INVISIBLE = fc
  .array(fc.constantFrom(' ', '\t', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u3000'), {
    minLength: 1,
    maxLength: 12,
  })
  .map((a) => a.join(''));

describe('free text', () => {
  it('refuses NUL, lone surrogates and bidi controls anywhere in a name, naming the field', () => {
    fc.assert(
      fc.property(NAME, REFUSED, fc.nat(), (name, bad, at) => {
        // between code points, so the insertion never splits a surrogate pair itself
        const points = [...name];
        const i = at % (points.length + 1);
        const withBad = [...points.slice(0, i), bad.char, ...points.slice(i)].join('');
        const r = TargetCreateInputSchema.safeParse(target(withBad));
        expect(r.success).toBe(false);
        const issue = r.error?.issues.find((x) => x.path[0] === 'name');
        expect(issue?.message).toContain(bad.says);
      }),
    );
  });

  it('refuses a required text made only of blank or zero-width characters', () => {
    fc.assert(
      fc.property(INVISIBLE, (blank) => {
        const r = TargetCreateInputSchema.safeParse(target(blank));
        expect(r.success).toBe(false);
        expect(r.error?.issues.map((x) => x.path.join('.'))).toEqual(['name']);
      }),
    );
  });

  it('stores what it accepts NFC-normalised and trimmed, so parsing again changes nothing', () => {
    fc.assert(
      fc.property(NAME, (name) => {
        const once = textSchema(200).parse(name.normalize('NFD'));
        expect(once).toBe(once.normalize('NFC'));
        expect(once).toBe(once.trim());
        expect(textSchema(200).parse(once)).toBe(once);
      }),
    );
    expect(TargetCreateInputSchema.parse(target('Cafe\u0301 e\u0301')).name).toBe('Café é');
  });

  it('covers the other text fields too: an inspector’s expertise', () => {
    const r = InspectorCreateInputSchema.safeParse({
      id: 'P1',
      name: '张三',
      certificateNo: 'C1',
      certificateExpiry: '2030-01-01',
      qualifications: ['SCJG-FOOD'],
      expertise: ['食品\u202E安全'],
      mayLead: true,
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['expertise', 0]);
  });

  it('keeps identifiers ASCII', () => {
    expect(TargetCreateInputSchema.safeParse({ ...target('店'), id: '编号1' }).success).toBe(false);
  });
});
