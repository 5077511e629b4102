import {
  type DrawResult,
  inclusion,
  parseBundle,
  parseResult,
  ResultError,
} from '@double-random/draw';
import { describe, expect, it } from 'vitest';
import { fixtureJson } from './helpers';

const bundle = parseBundle(fixtureJson('example-1.bundle.json'));
const result = parseResult(fixtureJson('example-1.result.json'));

describe('inclusion', () => {
  it('tells a selected target its stratum, place and team', () => {
    expect(inclusion(bundle, result, '91370405JU6XYHXBE4')).toEqual({
      status: 'selected',
      id: '91370405JU6XYHXBE4',
      stratum: 'risk:B',
      position: 2,
      assignment: result.assignments[1],
    });
  });

  it('tells a reserve target its place in the reserve list and its team', () => {
    const found = inclusion(bundle, result, '91370405BTP6MK9UC2');

    expect(found).toMatchObject({ status: 'reserve', stratum: 'risk:D', position: 2 });
    expect(found.status === 'reserve' && found.assignment?.target).toBe('91370405BTP6MK9UC2');
  });

  it('tells a pooled target that was not drawn', () => {
    expect(inclusion(bundle, result, '91370405LHC4RUWXN2')).toEqual({
      status: 'not-drawn',
      id: '91370405LHC4RUWXN2',
      stratum: 'risk:B',
    });
  });

  it('tells an enterprise that was not in the pool', () => {
    expect(inclusion(bundle, result, '91370405NOTPOOLED0')).toEqual({
      status: 'not-in-pool',
      id: '91370405NOTPOOLED0',
    });
  });

  it('re-runs the draw when no result is given', () => {
    expect(inclusion(bundle, undefined, '91370405JU6XYHXBE4')).toMatchObject({
      status: 'selected',
      position: 2,
    });
  });
});

describe('parseResult', () => {
  it('names the missing field of a truncated result', () => {
    const truncated: Partial<DrawResult> = { ...result };
    delete truncated.reserveAssignments;

    expect(() => parseResult(truncated)).toThrow(ResultError);
    expect(() => parseResult(truncated)).toThrow(/result\.reserveAssignments: is missing/);
  });

  it('names a field that is not part of a result', () => {
    expect(() => parseResult({ ...result, note: 'x' })).toThrow(
      /result\.note: is not a result field/,
    );
  });

  it('names a malformed digest', () => {
    expect(() => parseResult({ ...result, seed: 'ABC' })).toThrow(
      /result\.seed: must be 64 lowercase/,
    );
  });
});
