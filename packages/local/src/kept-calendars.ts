import type { CalendarStore, CalendarYear } from '@double-random/domain';

/**
 * The working-day calendars as this server last read them. Every result's deadline is
 * counted on them, so each result would read the office's schedules again; on one machine
 * the server is the table's only writer (its database runs for it alone, and `pnpm dr` goes
 * through its API), so it keeps them and forgets them when it writes one. A read that a
 * write overlaps is answered but not kept: what is kept was read after the last write ended.
 * In AWS, where many functions write, the calendars are read each time.
 */
export const keptCalendars = (store: CalendarStore): CalendarStore => {
  let kept: CalendarYear[] | undefined;
  // moves at the start and the end of every write (odd: one is under way)
  let writes = 0;
  return {
    async list() {
      if (kept) return structuredClone(kept);
      const before = writes;
      const read = await store.list();
      // kept only when no write was under way or began meanwhile
      if (writes === before && writes % 2 === 0) kept = structuredClone(read);
      return read;
    },
    async put(year) {
      writes++;
      kept = undefined;
      try {
        await store.put(year);
      } finally {
        writes++;
        kept = undefined;
      }
    },
  };
};
