import {
  type AuditEntry,
  addCalendarDays,
  addWorkingDays,
  appendEntry,
  isWorkingDay,
  verifyChain,
  workingDayCalendar,
} from '@double-random/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const calendar = workingDayCalendar();
const day0 = Date.UTC(2024, 0, 1);
const dateArb = fc
  .integer({ min: 0, max: 365 * 4 })
  .map((d) => new Date(day0 + d * 86_400_000).toISOString().slice(0, 10));

describe('addWorkingDays properties', () => {
  it('lands on a working day with exactly n working days after the start', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 40 }), (date, n) => {
        const { date: due, provisional } = addWorkingDays(date, n, calendar);
        expect(isWorkingDay(due, calendar).working).toBe(true);
        let count = 0;
        let anyProvisional = false;
        for (let d = addCalendarDays(date, 1); d <= due; d = addCalendarDays(d, 1)) {
          const a = isWorkingDay(d, calendar);
          anyProvisional ||= a.provisional;
          if (a.working) count++;
        }
        expect(count).toBe(n);
        expect(provisional).toBe(anyProvisional);
      }),
      { numRuns: 300 },
    );
  });

  it('is monotone in n', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 30 }), (date, n) => {
        expect(
          addWorkingDays(date, n + 1, calendar).date > addWorkingDays(date, n, calendar).date,
        ).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('audit chain properties', () => {
  const build = (datas: unknown[]): AuditEntry[] => {
    const out: AuditEntry[] = [];
    for (const data of datas)
      out.push(
        appendEntry(out.at(-1), {
          at: '2026-03-02T01:00:00.000Z',
          actor: 'a',
          action: 'x',
          subject: 's',
          data,
        }),
      );
    return out;
  };

  it('detects any change to the data of any entry at that entry', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue(), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.string({ minLength: 1 }),
        (datas, pick, extra) => {
          const chain = build(datas);
          const i = pick % chain.length;
          const e = chain[i]!;
          chain[i] = { ...e, data: { tampered: extra, was: e.data ?? null } };
          expect(verifyChain(chain)).toMatchObject({ ok: false, seq: i + 1, reason: 'hash' });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('verifies every chain it builds', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 8 }), (datas) => {
        expect(verifyChain(build(datas)).ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
