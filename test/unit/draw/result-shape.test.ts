import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseResult, ResultError } from '@double-random/draw';
import { describe, expect, it } from 'vitest';

const valid = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/draw/example-1.result.json'), 'utf8'),
) as Record<string, unknown> & {
  strata: Record<string, unknown>[];
  assignments: Record<string, unknown>[];
};

const copy = () => structuredClone(valid);

const refusal = (input: unknown): { field: string; rule: string } => {
  try {
    parseResult(input);
  } catch (e) {
    if (!(e instanceof ResultError)) throw e;
    return { field: e.field, rule: (e.details as { rule: string }).rule };
  }
  throw new Error('expected a refusal');
};

const withField = (path: (r: ReturnType<typeof copy>) => void) => {
  const r = copy();
  path(r);
  return r;
};

describe('parseResult: the shape of spec §6, refused field by field', () => {
  it('takes a result of the shape and gives it back field for field', () => {
    expect(parseResult(copy())).toEqual(valid);
  });

  it.each<[string, unknown, { field: string; rule: string }]>([
    ['not an object', [], { field: 'result', rule: 'must be a JSON object' }],
    ['null', null, { field: 'result', rule: 'must be a JSON object' }],
    [
      'an unknown field',
      withField((r) => {
        (r as Record<string, unknown>).extra = 1;
      }),
      { field: 'result.extra', rule: 'is not a result field' },
    ],
    [
      'a missing field',
      withField((r) => {
        delete (r as Record<string, unknown>).seed;
      }),
      { field: 'result.seed', rule: 'is missing' },
    ],
    [
      'another spec',
      withField((r) => {
        r.spec = 'dr-draw/2';
      }),
      { field: 'result.spec', rule: 'must be "dr-draw/1"' },
    ],
    [
      'a drawId that is no string',
      withField((r) => {
        r.drawId = 7;
      }),
      { field: 'result.drawId', rule: 'must be a string' },
    ],
    [
      'an upper-case digest',
      withField((r) => {
        r.poolDigest = String(r.poolDigest).toUpperCase();
      }),
      { field: 'result.poolDigest', rule: 'must be 64 lowercase hexadecimal characters' },
    ],
    [
      'a digest one character short',
      withField((r) => {
        r.resultDigest = String(r.resultDigest).slice(1);
      }),
      { field: 'result.resultDigest', rule: 'must be 64 lowercase hexadecimal characters' },
    ],
    [
      'a digest with a character more',
      withField((r) => {
        r.seed = `${String(r.seed)}0`;
      }),
      { field: 'result.seed', rule: 'must be 64 lowercase hexadecimal characters' },
    ],
    [
      'strata that are no list',
      withField((r) => {
        (r as Record<string, unknown>).strata = {};
      }),
      { field: 'result.strata', rule: 'must be a list' },
    ],
    [
      'a negative population',
      withField((r) => {
        r.strata[0]!.population = -1;
      }),
      { field: 'result.strata[0].population', rule: 'must be a whole number' },
    ],
    [
      'a fractional size',
      withField((r) => {
        r.strata[0]!.size = 1.5;
      }),
      { field: 'result.strata[0].size', rule: 'must be a whole number' },
    ],
    [
      'a size given as text',
      withField((r) => {
        r.strata[0]!.size = '1';
      }),
      { field: 'result.strata[0].size', rule: 'must be a whole number' },
    ],
    [
      'a selected id that is no string',
      withField((r) => {
        r.strata[0]!.selected = [1];
      }),
      { field: 'result.strata[0].selected[0]', rule: 'must be a string' },
    ],
    [
      'reserves that are no list',
      withField((r) => {
        r.strata[0]!.reserve = 'A';
      }),
      { field: 'result.strata[0].reserve', rule: 'must be a list' },
    ],
    [
      'a stratum key that is no string',
      withField((r) => {
        r.strata[0]!.key = null;
      }),
      { field: 'result.strata[0].key', rule: 'must be a string' },
    ],
    [
      'a leader that is neither an id nor null',
      withField((r) => {
        r.assignments[0]!.leader = 3;
      }),
      { field: 'result.assignments[0].leader', rule: 'must be a member id or null' },
    ],
    [
      'an unknown status',
      withField((r) => {
        r.assignments[0]!.status = 'done';
      }),
      { field: 'result.assignments[0].status', rule: 'must be "filled" or "unfilled"' },
    ],
    [
      'a target that is no string',
      withField((r) => {
        r.assignments[0]!.target = 1;
      }),
      { field: 'result.assignments[0].target', rule: 'must be a string' },
    ],
    [
      'members that are no list',
      withField((r) => {
        r.assignments[0]!.members = 'P1';
      }),
      { field: 'result.assignments[0].members', rule: 'must be a list' },
    ],
    [
      'reserve assignments that are no list',
      withField((r) => {
        (r as Record<string, unknown>).reserveAssignments = null;
      }),
      { field: 'result.reserveAssignments', rule: 'must be a list' },
    ],
  ])('refuses %s, naming the field and the rule', (_what, input, expected) => {
    expect(refusal(input)).toEqual(expected);
  });

  it('keeps a null leader and an unfilled status', () => {
    const r = withField((x) => {
      x.assignments[0]!.leader = null;
      x.assignments[0]!.status = 'unfilled';
    });
    expect(parseResult(r).assignments[0]).toMatchObject({ leader: null, status: 'unfilled' });
  });
});
