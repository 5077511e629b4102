import { BundleError, parseBundle } from '@double-random/draw';
import { describe, expect, it } from 'vitest';

/**
 * Spec §1: every refusal names the offending field and value. The message is the one line
 * an office reads to find the value in a file of a million records, so each case checks
 * it whole: `<field>: <rule> (found <value as JSON>)`, with the code and the rule as
 * `details` give them to the HTTP error mapper.
 */

const valid = () => ({
  spec: 'dr-draw/1',
  drawId: 'R-1',
  params: {
    team: 2,
    qualification: 'Q',
    cap: 3,
    crossUnit: true,
    strata: [
      { key: 'risk:A', ratioBp: 300, reserve: 1 },
      { key: 'risk:B', ratioBp: 2000, reserve: 2 },
    ],
  },
  pool: [
    { id: 'T1', stratum: 'risk:A', unit: 'U1' },
    { id: 'T2', stratum: 'risk:B', unit: 'U2' },
    { id: 'T3', stratum: 'risk:A', unit: 'U1' },
  ],
  roster: [
    { id: 'P1', unit: 'U1', leader: true, qualifications: ['Q'], conflicts: ['T2'] },
    { id: 'P2', unit: 'U2', leader: false, qualifications: ['Q', 'R'], conflicts: [] },
  ],
  entropy: 'ceremony:2026-02-02:1234',
});

/** A bundle to change freely, typed loosely: the cases put wrong types everywhere. */
// biome-ignore lint/suspicious/noExplicitAny: refusals need values of every wrong type
type Loose = any;

const CODE = "must be a code of 1 to 64 ASCII characters 0x21-0x7E without ','";
const CODE_OR_EMPTY = `${CODE} (or empty)`;
const MAX = Number.MAX_SAFE_INTEGER; // 9007199254740991

type Case = {
  what: string;
  change: (b: Loose) => void;
  code: string;
  field: string;
  rule: string;
  value: unknown;
};

const shape = (
  what: string,
  change: (b: Loose) => void,
  field: string,
  rule: string,
  value: unknown,
): Case => ({
  what,
  change,
  code: 'DRAW.BUNDLE_SHAPE',
  field,
  rule,
  value,
});

const OBJECT = 'must be a JSON object';
const LIST = 'must be a list';

const cases: Case[] = [
  // the shape: objects where objects belong, lists where lists belong
  shape('params as a list', (b) => (b.params = [2, 'Q']), 'params', OBJECT, [2, 'Q']),
  shape('params null', (b) => (b.params = null), 'params', OBJECT, null),
  shape('no params', (b) => delete b.params, 'params', OBJECT, undefined),
  shape('strata given as an object', (b) => (b.params.strata = {}), 'params.strata', LIST, {}),
  shape('a stratum null', (b) => (b.params.strata[1] = null), 'params.strata[1]', OBJECT, null),
  shape(
    'a stratum as a list',
    (b) => (b.params.strata[0] = ['risk:A']),
    'params.strata[0]',
    OBJECT,
    ['risk:A'],
  ),
  shape('no pool', (b) => delete b.pool, 'pool', LIST, undefined),
  shape('a pool record null', (b) => (b.pool[1] = null), 'pool[1]', OBJECT, null),
  shape('a pool record as a list', (b) => (b.pool[2] = ['T3', 'risk:A', 'U1']), 'pool[2]', OBJECT, [
    'T3',
    'risk:A',
    'U1',
  ]),
  shape('a pool record as an id', (b) => (b.pool[0] = 'T1'), 'pool[0]', OBJECT, 'T1'),
  shape('roster null', (b) => (b.roster = null), 'roster', LIST, null),
  shape('a roster member null', (b) => (b.roster[1] = null), 'roster[1]', OBJECT, null),
  shape('a roster member as a list', (b) => (b.roster[0] = ['P1']), 'roster[0]', OBJECT, ['P1']),
  shape(
    'qualifications as one code',
    (b) => (b.roster[0].qualifications = 'Q'),
    'roster[0].qualifications',
    LIST,
    'Q',
  ),
  shape(
    'no conflicts',
    (b) => delete b.roster[1].conflicts,
    'roster[1].conflicts',
    LIST,
    undefined,
  ),
  shape(
    'leader as text',
    (b) => (b.roster[0].leader = 'yes'),
    'roster[0].leader',
    'must be true or false',
    'yes',
  ),
  shape(
    'leader as 0',
    (b) => (b.roster[1].leader = 0),
    'roster[1].leader',
    'must be true or false',
    0,
  ),
  shape(
    'no crossUnit',
    (b) => delete b.params.crossUnit,
    'params.crossUnit',
    'must be true or false',
    undefined,
  ),

  // spec
  ...[undefined, 'dr-draw/2', 'DR-DRAW/1'].map(
    (value): Case => ({
      what: `spec ${JSON.stringify(value) ?? 'missing'}`,
      change: (b) => (b.spec = value),
      code: 'DRAW.SPEC_UNSUPPORTED',
      field: 'spec',
      rule: 'must be "dr-draw/1"',
      value,
    }),
  ),

  // codes: a number is no code, even one whose digits would be
  ...(
    [
      ['drawId as a number', (b) => (b.drawId = 2026), 'drawId', 2026],
      ['drawId empty', (b) => (b.drawId = ''), 'drawId', ''],
      ['qualification null', (b) => (b.params.qualification = null), 'params.qualification', null],
      ['a stratum key as a number', (b) => (b.params.strata[1].key = 7), 'params.strata[1].key', 7],
      ['a pool id as a number', (b) => (b.pool[1].id = 12), 'pool[1].id', 12],
      ['no pool id', (b) => delete b.pool[0].id, 'pool[0].id', undefined],
      [
        'a pool stratum with a space',
        (b) => (b.pool[1].stratum = 'risk B'),
        'pool[1].stratum',
        'risk B',
      ],
      ['no pool stratum', (b) => delete b.pool[2].stratum, 'pool[2].stratum', undefined],
      ['a roster id empty', (b) => (b.roster[1].id = ''), 'roster[1].id', ''],
      ['a roster id as a number', (b) => (b.roster[0].id = 1), 'roster[0].id', 1],
      [
        'a qualification as a number',
        (b) => (b.roster[1].qualifications[1] = 5),
        'roster[1].qualifications[1]',
        5,
      ],
      ['an empty conflict', (b) => (b.roster[0].conflicts = ['']), 'roster[0].conflicts[0]', ''],
    ] as Array<[string, (b: Loose) => void, string, unknown]>
  ).map(
    ([what, change, field, value]): Case => ({
      what,
      change,
      code: 'DRAW.CODE_INVALID',
      field,
      rule: CODE,
      value,
    }),
  ),

  // units may be empty, and nothing else outside the alphabet
  ...(
    [
      ['a pool unit with a space', (b) => (b.pool[1].unit = 'U 2'), 'pool[1].unit', 'U 2'],
      ['a pool unit with a comma', (b) => (b.pool[2].unit = 'U,1'), 'pool[2].unit', 'U,1'],
      ['a pool unit as a number', (b) => (b.pool[0].unit = 1), 'pool[0].unit', 1],
      ['no pool unit', (b) => delete b.pool[2].unit, 'pool[2].unit', undefined],
      ['a roster unit with a comma', (b) => (b.roster[1].unit = 'U,2'), 'roster[1].unit', 'U,2'],
      ['a roster unit as a number', (b) => (b.roster[0].unit = 1), 'roster[0].unit', 1],
      ['a roster unit null', (b) => (b.roster[0].unit = null), 'roster[0].unit', null],
    ] as Array<[string, (b: Loose) => void, string, unknown]>
  ).map(
    ([what, change, field, value]): Case => ({
      what,
      change,
      code: 'DRAW.CODE_INVALID',
      field,
      rule: CODE_OR_EMPTY,
      value,
    }),
  ),

  // repeated keys and ids, and a stratum the parameters do not declare
  {
    what: 'a repeated stratum key',
    change: (b) => (b.params.strata[1].key = 'risk:A'),
    code: 'DRAW.DUPLICATE_STRATUM',
    field: 'params.strata[1].key',
    rule: 'duplicate stratum key',
    value: 'risk:A',
  },
  {
    what: 'a repeated pool id',
    change: (b) => (b.pool[2].id = 'T2'),
    code: 'DRAW.DUPLICATE_POOL_ID',
    field: 'pool[2].id',
    rule: 'duplicate id in pool',
    value: 'T2',
  },
  {
    what: 'a repeated roster id',
    change: (b) => (b.roster[1].id = 'P1'),
    code: 'DRAW.DUPLICATE_ROSTER_ID',
    field: 'roster[1].id',
    rule: 'duplicate id in roster',
    value: 'P1',
  },
  {
    what: 'a pool stratum not among the strata',
    change: (b) => (b.pool[0].stratum = 'risk:C'),
    code: 'DRAW.UNKNOWN_STRATUM',
    field: 'pool[0].stratum',
    rule: 'is not among params.strata',
    value: 'risk:C',
  },

  // numbers
  ...(
    [
      ['team 0', (b) => (b.params.team = 0), 'params.team', `from 1 to ${MAX}`, 0],
      [
        'team above the safe integers',
        (b) => (b.params.team = 2 ** 53),
        'params.team',
        `from 1 to ${MAX}`,
        2 ** 53,
      ],
      ['team as text', (b) => (b.params.team = '2'), 'params.team', `from 1 to ${MAX}`, '2'],
      ['no cap', (b) => delete b.params.cap, 'params.cap', `from 0 to ${MAX}`, undefined],
      ['cap 2.5', (b) => (b.params.cap = 2.5), 'params.cap', `from 0 to ${MAX}`, 2.5],
      [
        'ratioBp 10001',
        (b) => (b.params.strata[1].ratioBp = 10_001),
        'params.strata[1].ratioBp',
        'from 0 to 10000',
        10_001,
      ],
      [
        'ratioBp -1',
        (b) => (b.params.strata[0].ratioBp = -1),
        'params.strata[0].ratioBp',
        'from 0 to 10000',
        -1,
      ],
      [
        'reserve -1',
        (b) => (b.params.strata[0].reserve = -1),
        'params.strata[0].reserve',
        `from 0 to ${MAX}`,
        -1,
      ],
      [
        'reserve null',
        (b) => (b.params.strata[1].reserve = null),
        'params.strata[1].reserve',
        `from 0 to ${MAX}`,
        null,
      ],
    ] as Array<[string, (b: Loose) => void, string, string, unknown]>
  ).map(
    ([what, change, field, range, value]): Case => ({
      what,
      change,
      code: 'DRAW.NUMBER_OUT_OF_RANGE',
      field,
      rule: `must be an integer ${range}`,
      value,
    }),
  ),

  // entropy
  ...(
    [
      ['entropy as a number', (b) => (b.entropy = 18523001), 18523001],
      ['no entropy', (b) => delete b.entropy, undefined],
      ['entropy with a Chinese character', (b) => (b.entropy = 'drand:中'), 'drand:中'],
      ['entropy with a tab', (b) => (b.entropy = 'a\tb'), 'a\tb'],
    ] as Array<[string, (b: Loose) => void, unknown]>
  ).map(
    ([what, change, value]): Case => ({
      what,
      change,
      code: 'DRAW.ENTROPY_INVALID',
      field: 'entropy',
      rule: 'must be 1 to 256 ASCII characters 0x20-0x7E',
      value,
    }),
  ),
];

const refusal = (input: unknown): BundleError => {
  try {
    parseBundle(input);
  } catch (e) {
    if (e instanceof BundleError) return e;
    throw e;
  }
  throw new Error('bundle was accepted');
};

describe('parseBundle: each refusal of spec §1 names the field, the rule and the value', () => {
  it.each([
    ['null', null],
    ['a list', [{ spec: 'dr-draw/1' }]],
    ['a string', 'dr-draw/1'],
    ['a number', 1],
  ])('refuses a bundle that is %s, naming the bundle itself', (_what, input) => {
    const error = refusal(input);

    expect(error.code).toBe('DRAW.BUNDLE_SHAPE');
    expect(error.field).toBe('bundle');
    expect(error.message).toBe(`bundle: must be a JSON object (found ${JSON.stringify(input)})`);
  });

  for (const { what, change, code, field, rule, value } of cases) {
    it(`refuses ${what}: ${code} at ${field}`, () => {
      const bundle: Loose = valid();
      change(bundle);

      const error = refusal(bundle);

      expect(error.code).toBe(code);
      expect(error.field).toBe(field);
      expect(error.value).toEqual(value);
      expect(error.details).toEqual({ field, rule, value });
      expect(error.message).toBe(`${field}: ${rule} (found ${JSON.stringify(value) ?? 'nothing'})`);
    });
  }
});

describe('parseBundle: the values at the edges of spec §1 are accepted', () => {
  it('accepts the smallest and largest numbers in range', () => {
    const b: Loose = valid();
    b.params.team = 1;
    b.params.cap = 0;
    b.params.strata[0] = { key: 'risk:A', ratioBp: 0, reserve: 0 };
    b.params.strata[1] = { key: 'risk:B', ratioBp: 10_000, reserve: MAX };
    expect(parseBundle(b).params).toEqual(b.params);

    b.params.team = MAX;
    b.params.cap = MAX;
    expect(parseBundle(b).params).toMatchObject({ team: MAX, cap: MAX });
  });

  it('accepts codes of one and of 64 characters at both ends of the alphabet, and empty units', () => {
    const b: Loose = valid();
    b.drawId = '!';
    b.params.qualification = '~';
    b.pool[0] = { id: `${'~'.repeat(63)}-`, stratum: 'risk:A', unit: '' };
    b.pool[1].unit = '';
    b.roster[0].unit = '';
    b.roster[0].qualifications = ['~', '+', '-'];
    b.roster[1].conflicts = ['!'.repeat(64)];

    const parsed = parseBundle(b);

    expect(parsed.drawId).toBe('!');
    expect(parsed.params.qualification).toBe('~');
    expect(parsed.pool.map((r) => r.unit)).toEqual(['', '', 'U1']);
    expect(parsed.pool[0]!.id).toHaveLength(64);
    expect(parsed.roster.map((m) => m.unit)).toEqual(['', 'U2']);
    expect(parsed.roster[0]!.qualifications).toEqual(['~', '+', '-']);
    expect(parsed.roster[1]!.conflicts).toEqual(['!'.repeat(64)]);
  });

  it('accepts entropy of one space and of 256 characters', () => {
    const b: Loose = valid();
    b.entropy = ' ';
    expect(parseBundle(b).entropy).toBe(' ');
    b.entropy = '~'.repeat(256);
    expect(parseBundle(b).entropy).toBe('~'.repeat(256));
  });

  it('returns a fresh copy holding only the fields of spec §1', () => {
    const b: Loose = valid();
    b.note = 'not a field';
    b.params.extra = 1;
    b.pool[0].name = '台儿庄';
    b.roster[1].phone = '0632';

    const parsed = parseBundle(b);

    expect(parsed).toEqual(valid());
    expect(parsed.pool[0]).not.toBe(b.pool[0]);
    // a record holding only the three fields is copied too: only a handed-over input's is kept
    expect(parsed.pool[1]).not.toBe(b.pool[1]);
    expect(parsed.roster[1]!.qualifications).not.toBe(b.roster[1].qualifications);
  });

  it('keeps the pool records of a handed-over input that hold exactly the three fields', () => {
    const b: Loose = valid();
    b.pool[0].name = '台儿庄';
    const pool = [...b.pool];

    const parsed = parseBundle(b, { handedOver: true });

    expect(parsed).toEqual(valid());
    // a record with a field the draw does not read is copied without it
    expect(parsed.pool[0]).not.toBe(pool[0]);
    expect(parsed.pool[0]).toEqual({
      id: pool[0].id,
      stratum: pool[0].stratum,
      unit: pool[0].unit,
    });
    for (let i = 1; i < pool.length; i++) expect(parsed.pool[i]).toBe(pool[i]);
    // and the rules are the same: a bad record is refused as it is without the option
    b.pool[2].unit = 'U\u007f';
    expect(() => parseBundle(b, { handedOver: true })).toThrow(/pool\[2\]\.unit/);
  });

  it('finds a bad unit after records that share the good ones', () => {
    // each distinct unit is checked once, the first time a record holds it
    const b: Loose = valid();
    b.pool.push(
      { id: 'T4', stratum: 'risk:B', unit: 'U1' },
      { id: 'T5', stratum: 'risk:B', unit: 'U\u007f' },
    );
    expect(refusal(b).field).toBe('pool[4].unit');
  });
});
