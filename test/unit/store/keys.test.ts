import { DomainError } from '@double-random/domain';
import {
  decodeCursor,
  encodeCursor,
  indexKeys,
  isoTime,
  keys,
  padNumber,
  parseKey,
  prefixes,
  type TableKey,
} from '@double-random/store';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** ids as the draw code alphabet allows them: printable ASCII except ',' ('#' and '%' included) */
const code = fc.stringMatching(/^[\x21-\x2B\x2D-\x7E]{1,64}$/);
const year = fc.integer({ min: 2000, max: 2100 });
const num = fc.integer({ min: 0, max: 999_999_999 });

describe('keys', () => {
  it('builds the documented shapes with zero-padded numbers', () => {
    expect(keys.target('SCJG', 'T1')).toEqual({ pk: 'DEPT#SCJG', sk: 'TARGET#T1' });
    expect(keys.targetHistory('SCJG', 'T1', 7)).toEqual({
      pk: 'DEPT#SCJG',
      sk: 'HISTORY#TARGET#T1#000000007',
    });
    expect(keys.plan(2026, 'SCJG')).toEqual({ pk: 'PLAN#2026', sk: 'DEPT#SCJG' });
    expect(keys.chainAudit('K1', 12)).toEqual({ pk: 'TASK#K1', sk: 'AUDIT#000000012' });
    expect(indexKeys.targetByStatus('SCJG', 'active', 'B', 'T1')).toEqual({
      gsi1pk: 'DEPT#SCJG#TARGETS#active',
      gsi1sk: 'RISK#B#T1',
    });
    expect(indexKeys.publishedPlan(2026, 'SCJG')).toEqual({
      gsi2pk: 'PUBLIC#PLANS#2026',
      gsi2sk: 'DEPT#SCJG',
    });
  });

  it('sorts padded sequence numbers in numeric order', () => {
    fc.assert(
      fc.property(num, num, (a, b) => {
        const ka = keys.chainAudit('K', a).sk;
        const kb = keys.chainAudit('K', b).sk;
        expect(ka < kb).toBe(a < b);
      }),
    );
  });

  it('refuses numbers that would not fit their width', () => {
    expect(() => padNumber(1_000_000_000, 9)).toThrow(DomainError);
    expect(() => padNumber(-1, 9)).toThrow(DomainError);
    expect(() => padNumber(1.5, 9)).toThrow(DomainError);
    expect(padNumber(42, 9)).toBe('000000042');
  });

  it('refuses empty segments', () => {
    expect(() => keys.target('SCJG', '')).toThrow(DomainError);
  });

  it('round-trips every key family through parseKey, whatever the ids contain', () => {
    fc.assert(
      fc.property(code, code, year, num, (dept, id, y, n) => {
        const cases: [TableKey, unknown][] = [
          [keys.target(dept, id), { entity: 'target', dept, id }],
          [keys.targetHistory(dept, id, n), { entity: 'target-history', dept, id, version: n }],
          [keys.inspector(dept, id), { entity: 'inspector', dept, id }],
          [
            keys.inspectorHistory(dept, id, n),
            { entity: 'inspector-history', dept, id, version: n },
          ],
          [keys.item(dept, id), { entity: 'item', dept, id }],
          [keys.itemHistory(dept, id, n), { entity: 'item-history', dept, id, version: n }],
          [keys.plan(y, dept), { entity: 'plan', year: y, dept }],
          [keys.planHistory(y, dept, n), { entity: 'plan-history', year: y, dept, version: n }],
          [keys.districtPlan(y), { entity: 'district-plan', year: y }],
          [keys.taskHeader(id), { entity: 'task-header', taskId: id }],
          [keys.commitment(id), { entity: 'commitment', taskId: id }],
          [keys.chainAudit(id, n), { entity: 'audit', taskId: id, seq: n }],
        ];
        for (const [key, parsed] of cases) expect(parseKey(key)).toEqual(parsed);
      }),
    );
  });

  it('keeps one id from matching the prefix of another when ids contain the separator', () => {
    fc.assert(
      fc.property(code, code, (a, b) => {
        fc.pre(a !== b);
        const prefix = prefixes.directoryHistory('target', a);
        expect(keys.targetHistory('SCJG', b, 1).sk.startsWith(prefix)).toBe(false);
        expect(keys.targetHistory('SCJG', a, 1).sk.startsWith(prefix)).toBe(true);
      }),
    );
  });

  it('does not parse keys it never builds', () => {
    expect(parseKey({ pk: 'DEPT#SCJG', sk: 'TOSTRING#x' })).toBeUndefined();
    expect(parseKey({ pk: 'TASK#K', sk: 'AUDIT#12' })).toBeUndefined();
    expect(parseKey({ pk: 'TASK#K', sk: 'toString' })).toBeUndefined();
    expect(parseKey({ pk: 'PLAN#26', sk: 'DISTRICT' })).toBeUndefined();
    expect(parseKey({ pk: 'OTHER#1', sk: 'HEADER' })).toBeUndefined();
  });

  it('writes times as fixed-width UTC ISO-8601', () => {
    expect(isoTime('2026-03-01T10:00:00+08:00')).toBe('2026-03-01T02:00:00.000Z');
    expect(() => isoTime('yesterday')).toThrow(DomainError);
  });
});

describe('cursors', () => {
  const expectation = {
    attributes: ['pk', 'sk'],
    partition: { name: 'pk', value: 'DEPT#SCJG' },
    sort: { name: 'sk', accepts: (v: string) => v.startsWith('TARGET#') },
  };

  it('round-trips a key of the listing', () => {
    const key = { pk: 'DEPT#SCJG', sk: 'TARGET#T9' };
    expect(decodeCursor(encodeCursor(key), expectation)).toEqual(key);
  });

  const refusals: [string, string][] = [
    ['garbage', '!!!not-base64!!!'],
    ['not JSON', Buffer.from('{pk:').toString('base64url')],
    ['wrong attributes', encodeCursor({ pk: 'DEPT#SCJG', sk: 'TARGET#T1', x: 'y' })],
    ['another partition', encodeCursor({ pk: 'DEPT#STHJ', sk: 'TARGET#T1' })],
    ['outside the sort range', encodeCursor({ pk: 'DEPT#SCJG', sk: 'INSPECTOR#I1' })],
    ['non-string values', encodeCursor({ pk: 'DEPT#SCJG', sk: 5 })],
  ];
  for (const [what, cursor] of refusals) {
    it(`refuses a cursor with ${what} as PAGE.CURSOR_INVALID`, () => {
      expect(() => decodeCursor(cursor, expectation)).toThrow(
        expect.objectContaining({ code: 'PAGE.CURSOR_INVALID', kind: 'invalid' }),
      );
    });
  }
});
