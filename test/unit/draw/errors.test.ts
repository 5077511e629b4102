import { BundleError, DrawError, parseBundle, parseResult, ResultError } from '@double-random/draw';
import { describe, expect, it } from 'vitest';
import { describe as describeValue } from '../../../packages/draw/src/errors';
import { fixtureJson } from './helpers';

const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('nothing was thrown');
};

describe('the errors of the draw engine', () => {
  it('DrawError carries a stable code, kind "invalid" and the field, rule and value', () => {
    const details = { field: 'entropy', rule: 'must verify', value: 'x' };
    const error = new DrawError('DRAW.SOMETHING', 'entropy: must verify', details);

    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DrawError');
    expect(error.code).toBe('DRAW.SOMETHING');
    expect(error.kind).toBe('invalid');
    expect(error.message).toBe('entropy: must verify');
    expect(error.details).toEqual(details);
    expect(String(error)).toBe('DrawError: entropy: must verify');
  });

  it('a BundleError is a DrawError named BundleError whose message is field: rule (found value)', () => {
    const error = new BundleError('DRAW.CODE_INVALID', 'pool[3].id', 'T 1', 'must be a code');

    expect(error).toBeInstanceOf(DrawError);
    expect(error.name).toBe('BundleError');
    expect(error.code).toBe('DRAW.CODE_INVALID');
    expect(error.kind).toBe('invalid');
    expect(error.field).toBe('pool[3].id');
    expect(error.value).toBe('T 1');
    expect(error.details).toEqual({ field: 'pool[3].id', rule: 'must be a code', value: 'T 1' });
    expect(String(error)).toBe('BundleError: pool[3].id: must be a code (found "T 1")');
  });

  it('parseBundle throws a BundleError: its name shows in logs and stack traces', () => {
    const error = thrown(() => parseBundle(null));

    expect(error).toBeInstanceOf(BundleError);
    expect(String(error)).toBe('BundleError: bundle: must be a JSON object (found null)');
  });

  it('a ResultError has the code DRAW.RESULT_MALFORMED and names a missing field as found nothing', () => {
    const result = structuredClone(fixtureJson('example-1.result.json')) as Record<string, unknown>;
    delete result.seed;

    const error = thrown(() => parseResult(result)) as ResultError;

    expect(error).toBeInstanceOf(ResultError);
    expect(error).toBeInstanceOf(DrawError);
    expect(error.name).toBe('ResultError');
    expect(error.code).toBe('DRAW.RESULT_MALFORMED');
    expect(error.kind).toBe('invalid');
    expect(error.field).toBe('result.seed');
    expect(error.value).toBeUndefined();
    expect(error.details).toEqual({ field: 'result.seed', rule: 'is missing', value: undefined });
    expect(String(error)).toBe('ResultError: result.seed: is missing (found nothing)');
  });
});

describe('describe: the offending value as an error message shows it', () => {
  it('shows a value as JSON, and an absent value as "nothing"', () => {
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue(null)).toBe('null');
    expect(describeValue('T1')).toBe('"T1"');
    expect(describeValue(1.5)).toBe('1.5');
    expect(describeValue(false)).toBe('false');
    expect(describeValue({ id: 'T1' })).toBe('{"id":"T1"}');
    expect(describeValue(['Q', 7])).toBe('["Q",7]');
  });

  it('shows a value JSON cannot hold as JavaScript prints it, instead of failing', () => {
    // JSON.stringify gives undefined for a symbol and throws on a BigInt or a cycle
    expect(describeValue(Symbol('s'))).toBe('Symbol(s)');
    expect(describeValue(12n)).toBe('12');
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(describeValue(cycle)).toBe('[object Object]');
  });

  it('a bundle built by hand with a BigInt is refused with a message, not a TypeError', () => {
    const bundle = fixtureJson('example-1.bundle.json') as { params: { team: unknown } };
    bundle.params.team = 2n;

    const error = thrown(() => parseBundle(bundle)) as BundleError;

    expect(error).toBeInstanceOf(BundleError);
    expect(error.message).toBe(
      'params.team: must be an integer from 1 to 9007199254740991 (found 2)',
    );
  });

  it('shows a value of up to 80 characters whole and cuts a longer one to 80, ending in ...', () => {
    const fits = 'x'.repeat(78); // 80 characters with its quotes
    const over = 'x'.repeat(79);

    expect(describeValue(fits)).toBe(`"${fits}"`);
    expect(describeValue(over)).toBe(`"${'x'.repeat(76)}...`);
    expect(describeValue(over)).toHaveLength(80);
    expect(describeValue('y'.repeat(1_000_000))).toHaveLength(80);
  });
});
