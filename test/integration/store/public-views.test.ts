import {
  batchWriteAll,
  createPublicViewStore,
  getItem,
  indexKeys,
  keys,
  MAX_YEAR_TASKS,
} from '@double-random/store';
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

/** Pads a stored item to the edge of DynamoDB's 400 KB: one more entry no longer fits. */
const fillToTheLimit = async (key: { pk: string; sk: string }) => {
  const item = await getItem(store.table, key);
  for (let size = 409_600; ; size -= 8) {
    const written = await batchWriteAll(store.table, [{ ...item!, padding: 'x'.repeat(size) }])
      .then(() => true)
      .catch(() => false);
    if (written) return;
  }
};

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
      stored: { sourceVersion: t.version, summaryText: '{"id":"2026-SCJG-003","stage":"Created"}' },
    });
  });

  it("creates a year's list once when its first summaries come at once, losing none", async () => {
    const views = createPublicViewStore(store.table, store.blobs);
    const year = 2037;
    const tasks = ['2037-ZJJ-001', '2037-ZJJ-002', '2037-ZJJ-003', '2037-ZJJ-004'];
    for (const id of tasks) await store.repositories.tasks.create(task(id, { year }));
    expect(await getItem(store.table, keys.publicYearList(year))).toBeUndefined();
    // every writer finds no list: one creates it holding its entry, the others add theirs
    await Promise.all(tasks.map((id) => views.put({ ...view(id, 1, 'Created'), year })));
    const list = await getItem(store.table, keys.publicYearList(year));
    expect(Object.keys(list?.tasks as object).sort()).toEqual([...tasks].sort());
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
      { sourceVersion: number; summary: string }
    >;
    // the summary kept as its JSON text: a page is answered without parsing it
    expect(after[ids[0]!]).toEqual({
      sourceVersion: 2,
      summary: JSON.stringify({ id: ids[0], stage: 'Frozen' }),
    });

    // the list emptied (or too large to keep): the year reads the summaries, the same answer
    const before = await views.readYear(2026, { limit: 50 });
    const listKey = keys.publicYearList(2026);
    await batchWriteAll(store.table, [{ ...listKey, year: 2026, tasks: {} }]);
    expect(await views.readYear(2026, { limit: 50 })).toEqual(before);
    // a list entry behind the summary (its update lost): the summary is read instead
    const stale = { sourceVersion: 0, summary: { stage: 'stale' } };
    await batchWriteAll(store.table, [{ ...listKey, year: 2026, tasks: { [ids[2]!]: stale } }]);
    const read = await views.readYear(2026, { limit: 50 });
    expect(read.items.find((i) => i.taskId === ids[2])?.stored).toEqual({
      sourceVersion: 1,
      summaryText: JSON.stringify({ id: ids[2], stage: 'Created' }),
    });
  });
});

describe("a year's task versions (docs/public-views.md)", () => {
  const ids = (year: number, n: number) =>
    Array.from({ length: n }, (_, i) => `${year}-SCJG-${String(i + 1).padStart(3, '0')}`);
  const versionsOf = async (year: number) =>
    (await getItem(store.table, keys.publicYearVersions(year))) as
      | { versions?: Record<string, number>; complete?: boolean; overflowed?: boolean }
      | undefined;
  /** every page of the year, as readYear hands them out */
  const pages = async (
    views: ReturnType<typeof createPublicViewStore>,
    year: number,
    limit: number,
  ) => {
    const out = [];
    let cursor: string | undefined;
    do {
      const page = await views.readYear(year, cursor === undefined ? { limit } : { limit, cursor });
      out.push(page);
      cursor = page.cursor;
    } while (cursor !== undefined);
    return out;
  };
  /** the year's versions item made incomplete: readYear goes through the task index */
  const throughIndex = async <T>(year: number, read: () => Promise<T>): Promise<T> => {
    const item = await getItem(store.table, keys.publicYearVersions(year));
    await batchWriteAll(store.table, [{ ...item!, complete: false }]);
    try {
      return await read();
    } finally {
      await batchWriteAll(store.table, [item!]);
    }
  };

  it('announces every task version before its header is written, the year complete from its first task', async () => {
    const tasks = store.repositories.tasks;
    const [a, b] = ids(2031, 2);
    await tasks.create(task(a!, { year: 2031 }));
    await tasks.create(task(b!, { year: 2031 }));
    await tasks.update(task(a!, { year: 2031, version: 2, stage: 'Frozen' }), 1);
    expect(await versionsOf(2031)).toMatchObject({
      versions: { [a!]: 2, [b!]: 1 },
      complete: true,
    });
    // announced before the write: a write refused for a stale version leaves it ahead of the
    // header, and the year's page then reads that task's header
    await expect(tasks.update(task(b!, { year: 2031, version: 3 }), 2)).rejects.toMatchObject({
      code: 'TASK.STALE',
    });
    expect((await versionsOf(2031))?.versions?.[b!]).toBe(3);
    const views = createPublicViewStore(store.table, store.blobs);
    await views.put({ ...view(b!, 1, 'Created'), year: 2031 });
    const read = await views.readYear(2031, { limit: 10 });
    expect(read.items.find((i) => i.taskId === b)).toMatchObject({
      version: 1,
      stored: { sourceVersion: 1 },
    });
  });

  it('pages a year from its list exactly as through the task index, cursors interchangeable', async () => {
    const views = createPublicViewStore(store.table, store.blobs);
    const year = 2032;
    const all = ids(year, 7);
    for (const id of all) await store.repositories.tasks.create(task(id, { year }));
    for (const id of all) await views.put({ ...view(id, 1, 'Created'), year });
    for (const limit of [1, 2, 3, 7, 8, 100]) {
      const fast = await pages(views, year, limit);
      const indexed = await throughIndex(year, () => pages(views, year, limit));
      expect(fast).toEqual(indexed);
      expect(fast.flatMap((p) => p.items.map((i) => i.taskId))).toEqual([...all].reverse());
      expect(fast.every((p) => p.items.every((i) => i.stored?.sourceVersion === 1))).toBe(true);
    }
    // a cursor of one way continues the other
    const first = await views.readYear(year, { limit: 3 });
    const next = await throughIndex(year, () =>
      views.readYear(year, { limit: 3, cursor: first.cursor! }),
    );
    expect(next).toEqual(await views.readYear(year, { limit: 3, cursor: first.cursor! }));
    // a cursor of another listing is refused as the index refuses it
    const other = (await views.readYear(2026, { limit: 1 })).cursor!;
    await expect(views.readYear(year, { limit: 3, cursor: other })).rejects.toMatchObject({
      code: 'PAGE.CURSOR_INVALID',
    });
    await expect(views.readYear(year, { limit: 3, cursor: 'not-ours' })).rejects.toMatchObject({
      code: 'PAGE.CURSOR_INVALID',
    });
  });

  it('reads past a list entry its task has moved on from, an announcement ahead of its header, and a task never written', async () => {
    const views = createPublicViewStore(store.table, store.blobs);
    const year = 2033;
    const [a, b, c, d] = ids(year, 4);
    for (const id of [a!, b!, c!]) await store.repositories.tasks.create(task(id, { year }));
    for (const id of [a!, b!, c!]) await views.put({ ...view(id, 1, 'Created'), year });
    // a changed, its view not refreshed (a lost refresh): read at the header's version
    await store.repositories.tasks.update(task(a!, { year, version: 2, stage: 'Frozen' }), 1);
    // b announced at 2 and its write lost (a crash): its header, still at 1, decides
    // d announced and never created: not listed
    const versions = await getItem(store.table, keys.publicYearVersions(year));
    await batchWriteAll(store.table, [
      { ...versions!, versions: { ...(versions!.versions as object), [b!]: 2, [d!]: 1 } },
    ]);

    const read = await views.readYear(year, { limit: 2 });
    expect(read.items.map((i) => [i.taskId, i.version, i.stored?.sourceVersion])).toEqual([
      [c, 1, 1],
      [b, 1, 1],
    ]);
    const rest = await views.readYear(year, { limit: 2, cursor: read.cursor! });
    expect(rest.items.map((i) => [i.taskId, i.version, i.stored?.sourceVersion])).toEqual([
      [a, 2, 1],
    ]);
    expect(rest.cursor).toBeUndefined();
    expect(await throughIndex(year, () => pages(views, year, 2))).toEqual([read, rest]);
  });

  it('hands out no cursor when only a task never written follows the page', async () => {
    const views = createPublicViewStore(store.table, store.blobs);
    const year = 2038;
    const [ghost, b, c] = ids(year, 3);
    for (const id of [b!, c!]) await store.repositories.tasks.create(task(id, { year }));
    for (const id of [b!, c!]) await views.put({ ...view(id, 1, 'Created'), year });
    // the first task of the year in id order announced and never created: last in the pages
    const versions = await getItem(store.table, keys.publicYearVersions(year));
    await batchWriteAll(store.table, [
      { ...versions!, versions: { ...(versions!.versions as object), [ghost!]: 1 } },
    ]);

    const read = await pages(views, year, 2);
    expect(read.map((p) => p.items.map((i) => i.taskId))).toEqual([[c, b]]);
    expect(read[0]!.cursor).toBeUndefined();
    expect(await throughIndex(year, () => pages(views, year, 2))).toEqual(read);
  });

  it('reads a year whose tasks predate the announcements through the index until it is completed', async () => {
    const views = createPublicViewStore(store.table, store.blobs);
    const year = 2034;
    const all = ids(year, 3);
    // headers as a store written before announcements holds them, and their views
    await batchWriteAll(
      store.table,
      all.map((id) => ({
        ...task(id, { year }),
        ...keys.taskHeader(id),
        ...indexKeys.taskInStage('Created', id),
        ...indexKeys.taskOfYear(year, id),
      })),
    );
    for (const id of all) await views.put({ ...view(id, 1, 'Created'), year });
    expect(await versionsOf(year)).toBeUndefined();
    const expected = await pages(views, year, 2);
    // a change of one task starts the item, incomplete: the index still decides
    await store.repositories.tasks.update(task(all[0]!, { year, version: 2 }), 1);
    expect(await versionsOf(year)).toMatchObject({ versions: { [all[0]!]: 2 }, complete: false });
    const partial = await pages(views, year, 2);
    expect(partial.flatMap((p) => p.items.map((i) => i.taskId))).toEqual([...all].reverse());

    expect(await views.completeYear(year)).toBe(true);
    expect(await versionsOf(year)).toMatchObject({
      versions: { [all[0]!]: 2, [all[1]!]: 1, [all[2]!]: 1 },
      complete: true,
    });
    expect(await pages(views, year, 2)).toEqual(partial);
    expect(partial[0]).toEqual(expected[0]);
    // a year without tasks is complete and empty
    expect(await views.completeYear(2039)).toBe(true);
    expect(await views.readYear(2039, { limit: 10 })).toEqual({ items: [] });
  });

  it('gives a year too large for its versions item over to the task index for good', async () => {
    const views = createPublicViewStore(store.table, store.blobs);
    const year = 2035;
    const [a, b] = ids(year, 2);
    await store.repositories.tasks.create(task(a!, { year }));
    await views.put({ ...view(a!, 1, 'Created'), year });
    // an item at the edge of DynamoDB's 400 KB: the next announcement no longer fits
    await fillToTheLimit(keys.publicYearVersions(year));
    await store.repositories.tasks.create(task(b!, { year }));
    expect(await versionsOf(year)).toMatchObject({ overflowed: true, complete: false });
    expect((await versionsOf(year))?.versions).toBeUndefined();
    expect(await views.completeYear(year)).toBe(false);
    const read = await views.readYear(year, { limit: 10 });
    expect(read.items.map((i) => [i.taskId, i.version])).toEqual([
      [b, 1],
      [a, 1],
    ]);
  });

  it('gives a year past MAX_YEAR_TASKS tasks over to the task index, and raises known tasks until then', async () => {
    const views = createPublicViewStore(store.table, store.blobs);
    const year = 2040;
    const [a, b] = ids(year, 2);
    await store.repositories.tasks.create(task(a!, { year }));
    await views.put({ ...view(a!, 1, 'Created'), year });
    // the item at the cap: a named it, and as many other tasks as fill it
    const item = await getItem(store.table, keys.publicYearVersions(year));
    const versions: Record<string, number> = { ...(item!.versions as object) };
    for (let i = 0; Object.keys(versions).length < MAX_YEAR_TASKS; i++)
      versions[`${year}-ZZZ-${String(i).padStart(4, '0')}`] = 1;
    await batchWriteAll(store.table, [{ ...item!, versions }]);
    // a task it names is still raised; an announcement at or below its version changes nothing
    await store.repositories.tasks.update(task(a!, { year, version: 2, stage: 'Frozen' }), 1);
    expect((await versionsOf(year))?.versions?.[a!]).toBe(2);
    expect((await versionsOf(year))?.overflowed).toBeUndefined();
    // a task new to the year is one too many: the year is read through the index from now on
    await store.repositories.tasks.create(task(b!, { year }));
    expect(await versionsOf(year)).toMatchObject({ overflowed: true, complete: false });
    expect((await versionsOf(year))?.versions).toBeUndefined();
    // and stays so: later writes announce nothing, a rebuild does not complete it
    await store.repositories.tasks.update(task(b!, { year, version: 2, stage: 'Frozen' }), 1);
    expect(await versionsOf(year)).toMatchObject({ overflowed: true, complete: false });
    expect((await versionsOf(year))?.versions).toBeUndefined();
    expect(await views.completeYear(year)).toBe(false);
    const read = await views.readYear(year, { limit: 10 });
    expect(read.items.map((i) => [i.taskId, i.version])).toEqual([
      [b, 2],
      [a, 2],
    ]);
  });

  it('keeps a summary the year list has no room for in its own item, read from there', async () => {
    const views = createPublicViewStore(store.table, store.blobs);
    const year = 2036;
    const [a, b] = ids(year, 2);
    await store.repositories.tasks.create(task(a!, { year }));
    await views.put({ ...view(a!, 1, 'Created'), year });
    // the year's list at the edge of DynamoDB's 400 KB: the next summary no longer fits
    await fillToTheLimit(keys.publicYearList(year));
    await store.repositories.tasks.create(task(b!, { year }));
    expect(await views.put({ ...view(b!, 1, 'Created'), year })).toBe('written');
    const listed = (await getItem(store.table, keys.publicYearList(year)))?.tasks as object;
    expect(Object.keys(listed)).toEqual([a]);
    const read = await views.readYear(year, { limit: 10 });
    expect(read.items.map((i) => [i.taskId, i.version, i.stored?.sourceVersion])).toEqual([
      [b, 1, 1],
      [a, 1, 1],
    ]);
  });
});
