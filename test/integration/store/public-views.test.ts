import { createPublicViewStore } from '@double-random/store';
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
});
