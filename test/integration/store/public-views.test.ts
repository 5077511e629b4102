import { batchWriteAll, createPublicViewStore, getItem, keys } from '@double-random/store';
import { describe, expect, it } from 'vitest';
import { useEmbeddedStore } from '../support/embedded-store';
import { task } from './workflow-fixtures';

const store = useEmbeddedStore();

const view = (taskId: string, sourceVersion: number, stage: string, size = 0) => ({
  taskId,
  year: 2026,
  sourceVersion,
  builtAt: '2026-03-01T00:00:00.000Z',
  summary: { id: taskId, stage },
  detail: { id: taskId, stage, padding: 'x'.repeat(size) },
});

describe('public view store (docs/public-views.md)', () => {
  it('keeps a view built from a later task version over an older build finishing late', async () => {
    const views = createPublicViewStore(store.table, store.blobs);

    expect(await views.put(view('2026-SCJG-001', 3, 'Drawn'))).toBe('written');
    expect(await views.put(view('2026-SCJG-001', 2, 'Committed'))).toBe('newer-kept');
    expect(await views.put(view('2026-SCJG-001', 3, 'Drawn again'))).toBe('written');

    expect((await views.get('2026-SCJG-001'))?.detail.stage).toBe('Drawn again');
    const summaries = await views.getSummaries(['2026-SCJG-001', '2026-SCJG-404']);
    expect([...summaries]).toEqual([
      [
        '2026-SCJG-001',
        { sourceVersion: 3, summary: { id: '2026-SCJG-001', stage: 'Drawn again' } },
      ],
    ]);
  });

  it('stores a detail too large for an item as a blob and reads it back whole', async () => {
    const views = createPublicViewStore(store.table, store.blobs);

    await views.put(view('2026-SCJG-002', 1, 'Drawn', 500_000));

    const read = await views.get('2026-SCJG-002');
    expect(String(read?.detail.padding)).toHaveLength(500_000);
  });

  it("reads a task's view with its header's version, and a year's ids with their summaries", async () => {
    const views = createPublicViewStore(store.table, store.blobs);
    const t = task('2026-SCJG-003');
    await store.repositories.tasks.create(t);
    await views.put(view(t.id, t.version, 'Created'));

    const read = await views.readTask(t.id);
    expect(read.version).toBe(t.version);
    expect(read.view?.sourceVersion).toBe(t.version);
    expect(await views.readTask('2026-SCJG-404')).toEqual({});

    const year = await views.readYear(t.year, { limit: 10 });
    const entry = year.items.find((i) => i.taskId === t.id);
    expect(entry).toEqual({
      taskId: t.id,
      version: t.version,
      stored: { sourceVersion: t.version, summary: { id: t.id, stage: 'Created' } },
    });
  });

  it("keeps a year's summaries in one list item, and reads past it when it falls behind", async () => {
    const views = createPublicViewStore(store.table, store.blobs);
    const ids = ['2026-ZJJ-001', '2026-ZJJ-002', '2026-ZJJ-003'];
    for (const id of ids) await store.repositories.tasks.create(task(id));
    // refreshed at once: each task's entry is its own, none overwrites another's
    await Promise.all(ids.map((id) => views.put(view(id, 1, 'Created'))));
    const list = await getItem(store.table, keys.publicYearList(2026));
    expect(
      Object.keys(list?.tasks as object)
        .filter((k) => ids.includes(k))
        .sort(),
    ).toEqual(ids);
    // an older build finishing late does not replace a later one in the list either
    await views.put(view(ids[0]!, 2, 'Frozen'));
    await views.put(view(ids[0]!, 1, 'Created late'));
    const after = (await getItem(store.table, keys.publicYearList(2026)))?.tasks as Record<
      string,
      { sourceVersion: number; summary: { stage: string } }
    >;
    expect(after[ids[0]!]).toEqual({ sourceVersion: 2, summary: { id: ids[0], stage: 'Frozen' } });

    // the list emptied (or too large to keep): the year reads the summaries, the same answer
    const before = await views.readYear(2026, { limit: 50 });
    const listKey = keys.publicYearList(2026);
    await batchWriteAll(store.table, [{ ...listKey, year: 2026, tasks: {} }]);
    expect(await views.readYear(2026, { limit: 50 })).toEqual(before);
    // a list entry behind the summary (its update lost): the summary is read instead
    const stale = { sourceVersion: 0, summary: { stage: 'stale' } };
    await batchWriteAll(store.table, [{ ...listKey, year: 2026, tasks: { [ids[2]!]: stale } }]);
    const read = await views.readYear(2026, { limit: 50 });
    expect(read.items.find((i) => i.taskId === ids[2])?.stored?.summary).toEqual({
      id: ids[2],
      stage: 'Created',
    });
  });
});
