import { createHash } from 'node:crypto';
import {
  type AuditEntry,
  appendEntry,
  canonicalJson,
  GENESIS_HASH,
  verifyChain,
} from '@double-random/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const input = (n: number) => ({
  at: `2026-03-02T01:00:0${n}.000Z`,
  actor: 'office-1',
  action: 'task.freeze',
  subject: '2026-SCJG-007',
  data: { n, z: [1, 'a'], a: { y: true, b: null } },
});

const chain = (length: number): AuditEntry[] => {
  const out: AuditEntry[] = [];
  for (let i = 1; i <= length; i++) out.push(appendEntry(out.at(-1), input(i)));
  return out;
};

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order, drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: 'x' }, u: undefined })).toBe(
      '{"a":{"c":"x","d":[3,1]},"b":1}',
    );
  });

  it('refuses non-finite numbers', () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(
      expect.objectContaining({ code: 'AUDIT.NOT_CANONICAL' }),
    );
  });

  it('writes what the definition says for any JSON value: keys in code-unit order, undefined dropped in objects and null in arrays', () => {
    // the definition, written plainly: the fast writer must give the same text
    const reference = (v: unknown): string => {
      if (Array.isArray(v)) return `[${v.map((x) => reference(x ?? null)).join(',')}]`;
      if (v !== null && typeof v === 'object')
        return `{${Object.entries(v)
          .filter(([, x]) => x !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([k, x]) => `${JSON.stringify(k)}:${reference(x)}`)
          .join(',')}}`;
      return JSON.stringify(v);
    };
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(
        fc.constant(null),
        fc.boolean(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer(),
        fc.string({ unit: 'grapheme' }),
        fc.string({ unit: 'binary' }),
      ),
      node: fc.oneof(
        { depthSize: 'small' },
        tie('leaf'),
        fc.array(fc.option(tie('node'), { nil: undefined })),
        fc.dictionary(fc.string({ unit: 'binary' }), fc.option(tie('node'), { nil: undefined })),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => canonicalJson(v) === reference(v)),
      { numRuns: 500 },
    );
    // arrays of flat records, keys inserted in code-unit order or not (as a frozen pool's)
    const leaf = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.boolean(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.string({ unit: 'binary' }),
    );
    const record = fc
      .tuple(
        fc.uniqueArray(fc.oneof(fc.string({ unit: 'binary' }), fc.nat().map(String))),
        fc.boolean(),
      )
      .chain(([keys, sorted]) =>
        fc.tuple(...keys.map(() => leaf)).map((values) => {
          const order = sorted ? [...keys].sort() : keys;
          return Object.fromEntries(order.map((k) => [k, values[keys.indexOf(k)]]));
        }),
      );
    fc.assert(
      fc.property(fc.array(record, { maxLength: 20 }), (v) => canonicalJson(v) === reference(v)),
      { numRuns: 500 },
    );
    expect(canonicalJson([{ b: 1, a: 2 }, { a: 1 }])).toBe('[{"a":2,"b":1},{"a":1}]');
    expect(canonicalJson([{ 10: 'x', 9: 'y' }])).toBe('[{"10":"x","9":"y"}]');
    expect(canonicalJson([{ a: 1 }, new Date(0)])).toBe('[{"a":1},{}]');
    expect(canonicalJson([{ a: 1 }, { b: [2] }])).toBe('[{"a":1},{"b":[2]}]');
    expect(canonicalJson([{ a: 'x', z: undefined }])).toBe('[{"a":"x"}]');
  });

  it('refuses a non-finite number in a flat record of an array too', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => canonicalJson([{ a: 'x' }, { a: bad }])).toThrow(
        expect.objectContaining({ code: 'AUDIT.NOT_CANONICAL' }),
      );
    expect(() => canonicalJson([{ a: 1n }])).toThrow(
      expect.objectContaining({ code: 'AUDIT.NOT_CANONICAL' }),
    );
  });
});

describe('appendEntry', () => {
  it('starts at seq 1 from the genesis hash', () => {
    const [first] = chain(1);
    expect(first?.seq).toBe(1);
    expect(first?.prevHash).toBe(GENESIS_HASH);
  });

  it('hashes the documented canonical text (verifiable without this code)', () => {
    const [e] = chain(1);
    const text =
      '{"action":"task.freeze","actor":"office-1","at":"2026-03-02T01:00:01.000Z",' +
      '"data":{"a":{"b":null,"y":true},"n":1,"z":[1,"a"]},' +
      `"prevHash":"${GENESIS_HASH}","seq":1,"subject":"2026-SCJG-007"}`;
    const hex = createHash('sha256').update(text, 'utf8').digest('hex');
    expect(e?.hash).toBe(hex);
  });

  it('chains each entry to the previous hash', () => {
    const c = chain(3);
    expect(c[1]?.prevHash).toBe(c[0]?.hash);
    expect(c[2]?.prevHash).toBe(c[1]?.hash);
    expect(c[2]?.seq).toBe(3);
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain and an empty one', () => {
    const c = chain(4);
    expect(verifyChain(c)).toEqual({ ok: true, length: 4, head: c[3]?.hash });
    expect(verifyChain([])).toEqual({ ok: true, length: 0, head: GENESIS_HASH });
  });

  it('finds an edited entry by its hash', () => {
    const c = chain(4);
    c[2] = { ...c[2]!, data: { n: 99 } };
    expect(verifyChain(c)).toMatchObject({ ok: false, seq: 3, reason: 'hash' });
  });

  it('finds a removed entry', () => {
    const c = chain(4);
    c.splice(1, 1);
    expect(verifyChain(c)).toMatchObject({ ok: false, seq: 3, reason: 'seq' });
  });

  it('finds an entry re-hashed onto a different predecessor', () => {
    const c = chain(3);
    const forged = appendEntry({ ...c[0]!, hash: 'f'.repeat(64) }, input(2));
    c[1] = forged;
    expect(verifyChain(c)).toMatchObject({ ok: false, seq: 2, reason: 'prev-hash' });
  });
});
