import { ConflictError, type Task } from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { useEmbeddedStore } from '../support/embedded-store';
import { task } from './workflow-fixtures';

const store = useEmbeddedStore();

const advanced = (t: Task, stage: Task['stage']): Task => ({
  ...t,
  stage,
  updatedAt: '2026-03-01T00:00:00.000Z',
  version: t.version + 1,
});

describe('task repository', () => {
  it('creates a task once and reads it back', async () => {
    const t = task('2026-SCJG-001');
    await store.repositories.tasks.create(t);
    expect(await store.repositories.tasks.get(t.id)).toEqual(t);
    await expect(store.repositories.tasks.create(t)).rejects.toMatchObject({
      code: 'TASK.EXISTS',
    });
    expect(await store.repositories.tasks.get('2026-SCJG-404')).toBeUndefined();
  });

  it('updates only from the version read, and only to the next version', async () => {
    const t = task('2026-SCJG-002');
    await store.repositories.tasks.create(t);
    const frozen = advanced(t, 'Frozen');
    await store.repositories.tasks.update(frozen, 1);
    // a second writer still holding version 1 is refused, the first one's stage stands
    const other = advanced(t, 'Failed');
    await expect(store.repositories.tasks.update(other, 1)).rejects.toBeInstanceOf(ConflictError);
    await expect(store.repositories.tasks.update(other, 1)).rejects.toMatchObject({
      code: 'TASK.STALE',
    });
    await expect(
      store.repositories.tasks.update({ ...frozen, version: 5 }, 2),
    ).rejects.toMatchObject({ code: 'TASK.STALE' });
    await expect(
      store.repositories.tasks.update(advanced(task('2026-SCJG-099'), 'Frozen'), 1),
    ).rejects.toMatchObject({ code: 'TASK.STALE' });
    expect((await store.repositories.tasks.get(t.id))?.stage).toBe('Frozen');
  });

  it('lists a stage by id across years, page by page, and follows stage changes', async () => {
    const ids = ['2025-AJ-001', '2026-AJ-003', '2026-AJ-001', '2027-AJ-002', '2026-AJ-002'];
    for (const id of ids) {
      await store.repositories.tasks.create(
        task(id, { year: Number(id.slice(0, 4)), stage: 'Inspecting' }),
      );
    }
    const first = await store.repositories.tasks.listByStage('Inspecting', { limit: 3 });
    expect(first.items.map((t) => t.id)).toEqual(['2025-AJ-001', '2026-AJ-001', '2026-AJ-002']);
    const rest = await store.repositories.tasks.listByStage('Inspecting', {
      limit: 3,
      cursor: first.cursor as string,
    });
    expect(rest.items.map((t) => t.id)).toEqual(['2026-AJ-003', '2027-AJ-002']);
    expect(rest.cursor).toBeUndefined();

    const moved = (await store.repositories.tasks.get('2026-AJ-002')) as Task;
    await store.repositories.tasks.update(advanced(moved, 'Publishing'), moved.version);
    const inspecting = await store.repositories.tasks.listByStage('Inspecting', { limit: 10 });
    expect(inspecting.items.map((t) => t.id)).not.toContain('2026-AJ-002');
    const publishing = await store.repositories.tasks.listByStage('Publishing', { limit: 10 });
    expect(publishing.items.map((t) => t.id)).toEqual(['2026-AJ-002']);
  });

  it('lists the tasks of one year by id', async () => {
    const page = await store.repositories.tasks.listByYear(2026, { limit: 1000 });
    const ids = page.items.map((t) => t.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toEqual(
      expect.arrayContaining(['2026-AJ-001', '2026-AJ-002', '2026-AJ-003', '2026-SCJG-001']),
    );
    expect(ids.some((id) => id.startsWith('2025') || id.startsWith('2027'))).toBe(false);
  });

  it('pages 250 tasks of a year by id descending, one index page per cursor', async () => {
    const ids = Array.from(
      { length: 250 },
      (_, i) => `2031-SCJG-${String(i + 1).padStart(3, '0')}`,
    );
    for (const id of ids) await store.repositories.tasks.create(task(id, { year: 2031 }));
    const seen: string[] = [];
    const sizes: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.repositories.tasks.listByYear(
        2031,
        cursor === undefined ? { limit: 100 } : { limit: 100, cursor },
        { descending: true },
      );
      sizes.push(page.items.length);
      seen.push(...page.items.map((t) => t.id));
      cursor = page.cursor;
    } while (cursor !== undefined);
    expect(sizes).toEqual([100, 100, 50]);
    expect(seen).toEqual([...ids].reverse());
    // a page that ends exactly at the year's last task carries no cursor
    const half = await store.repositories.tasks.listByYear(
      2031,
      { limit: 125 },
      { descending: true },
    );
    const end = await store.repositories.tasks.listByYear(
      2031,
      { limit: 125, cursor: half.cursor as string },
      { descending: true },
    );
    expect(end.items.map((t) => t.id)).toEqual(ids.slice(0, 125).reverse());
    expect(end.cursor).toBeUndefined();
  }, 60_000);

  it('refuses a tampered cursor of the tasks of a year', async () => {
    const first = await store.repositories.tasks.listByYear(
      2031,
      { limit: 2 },
      { descending: true },
    );
    const key = JSON.parse(Buffer.from(first.cursor as string, 'base64url').toString('utf8'));
    const otherYear = Buffer.from(
      JSON.stringify({ ...key, gsi2pk: 'TASKS#2026' }),
      'utf8',
    ).toString('base64url');
    await expect(
      store.repositories.tasks.listByYear(
        2031,
        { limit: 2, cursor: otherYear },
        { descending: true },
      ),
    ).rejects.toMatchObject({ code: 'PAGE.CURSOR_INVALID' });
    await expect(
      store.repositories.tasks.listByYear(2031, { limit: 2, cursor: 'not-ours' }),
    ).rejects.toMatchObject({ code: 'PAGE.CURSOR_INVALID' });
  });

  it('refuses a cursor of another listing', async () => {
    const first = await store.repositories.tasks.listByStage('Inspecting', { limit: 1 });
    await expect(
      store.repositories.tasks.listByStage('Done', { limit: 1, cursor: first.cursor as string }),
    ).rejects.toMatchObject({ code: 'PAGE.CURSOR_INVALID' });
  });
});
