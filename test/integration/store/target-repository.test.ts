import {
  countAll,
  countPopulation,
  type HistoryEntry,
  type ItemPopulation,
  populationScope,
  type Target,
} from '@double-random/domain';
import { getItem, INLINE_HISTORY_ENTRIES, keys } from '@double-random/store';
import { describe, expect, it } from 'vitest';
import { useEmbeddedStore } from '../support/embedded-store';

const store = useEmbeddedStore();
const targets = () => store.repositories.targets;

const AT = '2026-03-01T02:00:00.000Z';
const created = (version = 1): HistoryEntry => ({
  version,
  action: version === 1 ? 'create' : 'update',
  by: 'dept:SCJG',
  at: AT,
  why: `change ${version}`,
  changes: version === 1 ? [] : [{ field: 'name', from: `n${version - 1}`, to: `n${version}` }],
});

const target = (id: string, over: Partial<Target> = {}): Target => ({
  id,
  department: 'SCJG',
  name: `target ${id}`,
  kind: 'sole-trader',
  town: 'T1',
  industry: 'food',
  riskClass: 'A',
  unit: '',
  status: 'active',
  createdAt: AT,
  updatedAt: AT,
  version: 1,
  history: [created(1)],
  ...over,
});

/** The next state as a use case builds it: version + 1 and one more history entry. */
const changed = (t: Target, over: Partial<Target> = {}): Target => ({
  ...t,
  ...over,
  version: t.version + 1,
  history: [...t.history, created(t.version + 1)],
});

const readAll = async (
  list: (cursor?: string) => Promise<{ items: Target[]; cursor?: string }>,
) => {
  const ids: string[] = [];
  let pages = 0;
  let cursor: string | undefined;
  do {
    const page = await list(cursor);
    ids.push(...page.items.map((t) => t.id));
    cursor = page.cursor;
    pages++;
  } while (cursor);
  return { ids, pages };
};

describe('target repository on dynalite', () => {
  it('creates once, reads back, refuses a duplicate with TARGET.EXISTS', async () => {
    const t = target('CREATE#1');
    await targets().create(t);
    expect(await targets().get('SCJG', 'CREATE#1')).toEqual(t);
    expect(await targets().get('SCJG', 'MISSING')).toBeUndefined();
    expect(await targets().get('OTHER', 'CREATE#1')).toBeUndefined();
    await expect(targets().create({ ...t, name: 'again' })).rejects.toMatchObject({
      name: 'ConflictError',
      code: 'TARGET.EXISTS',
    });
    expect((await targets().get('SCJG', 'CREATE#1'))?.name).toBe(t.name);
  });

  it('updates only from the stored version; a stale or absent one is TARGET.STALE', async () => {
    const t = target('STALE-1');
    await targets().create(t);
    const v2 = changed(t, { name: 'second' });
    await targets().update(v2, 1);
    await expect(targets().update(changed(t, { name: 'lost' }), 1)).rejects.toMatchObject({
      code: 'TARGET.STALE',
      kind: 'conflict',
    });
    await expect(targets().update(changed(target('NOPE')), 1)).rejects.toMatchObject({
      code: 'TARGET.STALE',
    });
    expect(await targets().get('SCJG', 'STALE-1')).toEqual(v2);
  });

  it('keeps the whole history in order when it outgrows the entity item', async () => {
    let t = target('HISTORY-1');
    await targets().create(t);
    const updates = INLINE_HISTORY_ENTRIES * 2 + 3;
    for (let i = 0; i < updates; i++) {
      const next = changed(t, { name: `n${t.version + 1}` });
      await targets().update(next, t.version);
      t = next;
    }
    const read = await targets().get('SCJG', 'HISTORY-1');
    expect(read?.version).toBe(updates + 1);
    expect(read?.history.map((h) => h.version)).toEqual(
      Array.from({ length: updates + 1 }, (_, i) => i + 1),
    );
    expect(read).toEqual(t);
    // the entity item itself holds only the newest entries; older ones are items of their own
    const raw = await getItem(store.table, keys.target('SCJG', 'HISTORY-1'));
    expect((raw?.history as unknown[] | undefined)?.length).toBeLessThanOrEqual(
      INLINE_HISTORY_ENTRIES,
    );
    expect(await getItem(store.table, keys.targetHistory('SCJG', 'HISTORY-1', 1))).toMatchObject({
      entry: { version: 1, action: 'create' },
    });
    // a page returns the whole history too, and an update from a page's copy still works
    const page = await targets().list('SCJG', { unit: 'history-unit' }, { limit: 10 });
    expect(page.items).toEqual([]);
    const listed = (await targets().list('SCJG', {}, { limit: 1000 })).items.find(
      (x) => x.id === 'HISTORY-1',
    );
    expect(listed).toEqual(t);
    const last = changed(listed as Target, { name: 'last' });
    await targets().update(last, t.version);
    expect(await targets().get('SCJG', 'HISTORY-1')).toEqual(last);
  });

  it('pages a filtered listing across several pages with the cursor, in a stable order', async () => {
    const dept = 'PAGING';
    const rows = Array.from({ length: 57 }, (_, i) =>
      target(`P${String(i).padStart(3, '0')}`, {
        department: dept,
        town: i % 3 === 0 ? 'T-east' : 'T-west',
        riskClass: (['A', 'B', 'C', 'D'] as const)[i % 4] as Target['riskClass'],
        status: i % 5 === 0 ? 'inactive' : 'active',
      }),
    );
    for (const r of rows) await targets().create(r);

    const east = await readAll((cursor) =>
      targets().list(dept, { town: 'T-east' }, { limit: 4, ...(cursor ? { cursor } : {}) }),
    );
    const wantEast = rows.filter((r) => r.town === 'T-east').map((r) => r.id);
    expect(east.ids).toEqual(wantEast);
    expect(east.pages).toBeGreaterThanOrEqual(Math.ceil(wantEast.length / 4));

    const activeB = await readAll((cursor) =>
      targets().list(
        dept,
        { status: 'active', riskClass: 'B' },
        { limit: 3, ...(cursor ? { cursor } : {}) },
      ),
    );
    expect(activeB.ids).toEqual(
      rows.filter((r) => r.status === 'active' && r.riskClass === 'B').map((r) => r.id),
    );
    expect(activeB.pages).toBeGreaterThan(1);

    const inactive = await readAll((cursor) =>
      targets().list(dept, { status: 'inactive' }, { limit: 5, ...(cursor ? { cursor } : {}) }),
    );
    expect([...inactive.ids].sort()).toEqual(
      rows.filter((r) => r.status === 'inactive').map((r) => r.id),
    );

    const firstPage = await targets().list(dept, {}, { limit: 10 });
    expect(firstPage.cursor).toBeDefined();
    await expect(
      targets().list('SCJG', {}, { limit: 10, cursor: firstPage.cursor as string }),
    ).rejects.toMatchObject({ code: 'PAGE.CURSOR_INVALID' });
  });

  it('counts active targets per risk class within a scope; inactive ones never count', async () => {
    const dept = 'COUNT';
    const rows: Target[] = [];
    let n = 0;
    const add = (k: number, over: Partial<Target>) => {
      for (let i = 0; i < k; i++) rows.push(target(`C${n++}`, { department: dept, ...over }));
    };
    add(5, { riskClass: 'A', town: 'T1', industry: 'food', kind: 'enterprise' });
    add(3, { riskClass: 'B', town: 'T1', industry: 'drugs', kind: 'sole-trader' });
    add(4, { riskClass: 'C', town: 'T2', industry: 'food', kind: 'sole-trader' });
    add(2, { riskClass: 'D', town: 'T2', industry: 'food', kind: 'product' });
    add(6, { riskClass: 'A', town: 'T1', industry: 'food', status: 'inactive' });
    await targets().putMany(rows);

    const any = { kinds: [], towns: [], industries: [], riskClasses: [] };
    expect(await targets().countByStratum(dept, any)).toEqual({ A: 5, B: 3, C: 4, D: 2 });
    expect(await targets().countByStratum(dept, { ...any, towns: ['T1'] })).toEqual({
      A: 5,
      B: 3,
      C: 0,
      D: 0,
    });
    expect(
      await targets().countByStratum(dept, {
        ...any,
        industries: ['food'],
        kinds: ['sole-trader'],
      }),
    ).toEqual({ A: 0, B: 0, C: 4, D: 0 });
    expect(await targets().countByStratum(dept, { ...any, riskClasses: ['C'] })).toEqual({
      A: 0,
      B: 0,
      C: 4,
      D: 0,
    });
    expect(await targets().countByStratum(dept, { ...any, riskClasses: ['A', 'D'] })).toEqual({
      A: 5,
      B: 0,
      C: 0,
      D: 2,
    });
    expect(await targets().countByStratum('EMPTY', any)).toEqual({ A: 0, B: 0, C: 0, D: 0 });

    // the freeze counts an item's population over the pool it read: the store's count, exactly
    const pool = await targets().listPool(dept);
    const populations: ItemPopulation[] = [
      { kinds: [], industries: [] },
      { kinds: ['sole-trader'], industries: [] },
      { kinds: [], industries: ['food'] },
      { kinds: ['sole-trader', 'product'], industries: ['food'] },
      { kinds: ['behaviour'], industries: [] },
    ];
    for (const population of populations)
      expect(countPopulation({ population }, pool)).toBe(
        countAll(await targets().countByStratum(dept, populationScope({ population }))),
      );
    expect(countPopulation({ population: { kinds: ['sole-trader'], industries: [] } }, pool)).toBe(
      7,
    );
  });

  it('writes and reads 2,000 targets in bulk', async () => {
    const dept = 'BULK';
    const rows = Array.from({ length: 2000 }, (_, i) =>
      target(`B${String(i).padStart(5, '0')}`, {
        department: dept,
        riskClass: (['A', 'B', 'C', 'D'] as const)[i % 4] as Target['riskClass'],
      }),
    );
    const progress: number[] = [];
    const { written } = await targets().putMany(rows, {
      onProgress: (done) => progress.push(done),
    });
    expect(written).toBe(2000);
    expect(progress.at(-1)).toBe(2000);

    const wanted = [...rows.map((r) => r.id), 'B-MISSING'];
    const found = await targets().getMany(dept, wanted);
    expect(found.size).toBe(2000);
    expect(found.has('B-MISSING')).toBe(false);
    expect(found.get('B01999')).toEqual(rows[1999]);
    expect(
      await targets().countByStratum(dept, {
        kinds: [],
        towns: [],
        industries: [],
        riskClasses: [],
      }),
    ).toEqual({ A: 500, B: 500, C: 500, D: 500 });

    // a changed row written again in bulk replaces the stored one, history included
    const before = found.get('B00007') as Target;
    const after = changed(before, { name: 'renamed' });
    await targets().putMany([after]);
    expect(await targets().get(dept, 'B00007')).toEqual(after);
  });
});
