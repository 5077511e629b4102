import type { CalendarStore, CalendarYear } from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { keptCalendars } from '../../../packages/local/src/kept-calendars';

const year = (y: number, holidays: string[] = []): CalendarYear =>
  ({ year: y, holidays, workdays: [] }) as unknown as CalendarYear;

/** A store that counts its reads and lets a test hold a read or a write half way. */
const store = () => {
  const rows = new Map<number, CalendarYear>();
  let reads = 0;
  let hold: Promise<void> | undefined;
  const inner: CalendarStore = {
    async list() {
      reads++;
      const now = [...rows.values()];
      await hold;
      return structuredClone(now);
    },
    async put(y) {
      await hold;
      rows.set(y.year, structuredClone(y));
    },
  };
  return {
    inner,
    reads: () => reads,
    holdUntil: (p: Promise<void>) => {
      hold = p;
    },
  };
};

const gate = () => {
  let open!: () => void;
  const p = new Promise<void>((r) => {
    open = r;
  });
  return { p, open };
};

describe('the calendars the local server keeps', () => {
  it('reads once, answers copies, and reads again after a write', async () => {
    const s = store();
    const kept = keptCalendars(s.inner);
    await kept.put(year(2026, ['2026-05-01']));
    expect(await kept.list()).toEqual([year(2026, ['2026-05-01'])]);
    const copy = await kept.list();
    (copy[0] as unknown as { holidays: string[] }).holidays.push('x');
    expect(await kept.list()).toEqual([year(2026, ['2026-05-01'])]);
    expect(s.reads()).toBe(1);
    await kept.put(year(2026, ['2026-10-01']));
    expect(await kept.list()).toEqual([year(2026, ['2026-10-01'])]);
    expect(s.reads()).toBe(2);
  });

  it('does not keep a read that a write overlapped', async () => {
    const s = store();
    const kept = keptCalendars(s.inner);
    // a read under way while a write lands: answered, not kept
    const g = gate();
    s.holdUntil(g.p);
    const reading = kept.list();
    const writing = kept.put(year(2027));
    g.open();
    await Promise.all([reading, writing]);
    s.holdUntil(Promise.resolve());
    expect(await kept.list()).toEqual([year(2027)]);
    // a read that starts while a write is under way: not kept either
    const w = gate();
    s.holdUntil(w.p);
    const slowWrite = kept.put(year(2028));
    s.holdUntil(Promise.resolve());
    await kept.list();
    w.open();
    await slowWrite;
    expect(await kept.list()).toEqual([year(2027), year(2028)]);
  });
});
