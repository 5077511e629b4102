import { ConflictError } from '@double-random/domain';
import {
  batchGetAll,
  batchWriteAll,
  getItem,
  indexKeys,
  indexPartitions,
  keys,
  partitions,
  prefixes,
  putOnce,
  putVersioned,
  queryAll,
  queryPage,
  type StoredItem,
  withoutKeys,
} from '@double-random/store';
import { describe, expect, it } from 'vitest';
import { useEmbeddedTable } from './embedded';

const ctx = useEmbeddedTable('table-operations-test');

const target = (
  dept: string,
  id: string,
  risk = 'A',
  status: 'active' | 'inactive' = 'active',
) => ({
  ...keys.target(dept, id),
  ...indexKeys.targetByStatus(dept, status, risk, id),
  id,
  riskClass: risk,
  status,
});

describe('putOnce', () => {
  it('writes a new record', async () => {
    const item = { ...keys.commitment('K-1'), digest: 'aa' };

    const outcome = await putOnce(ctx.table, item);

    expect(outcome).toBe('created');
    expect(await getItem(ctx.table, keys.commitment('K-1'))).toEqual(item);
  });

  it('refuses a second write of the same key as STORE.ALREADY_EXISTS and keeps the first', async () => {
    await putOnce(ctx.table, { ...keys.commitment('K-2'), seed: 'first' });

    const second = putOnce(ctx.table, { ...keys.commitment('K-2'), seed: 'second' });

    await expect(second).rejects.toBeInstanceOf(ConflictError);
    await expect(second).rejects.toMatchObject({ code: 'STORE.ALREADY_EXISTS', kind: 'conflict' });
    expect((await getItem(ctx.table, keys.commitment('K-2')))?.seed).toBe('first');
  });

  it('raises the caller’s code when given', async () => {
    await putOnce(ctx.table, { ...keys.commitment('K-3'), seed: 's' });

    await expect(
      putOnce(ctx.table, { ...keys.commitment('K-3'), seed: 's' }, { code: 'DRAW.ALREADY_DONE' }),
    ).rejects.toMatchObject({ code: 'DRAW.ALREADY_DONE' });
  });

  it('accepts an identical replay when idempotent, refuses a different one', async () => {
    const item = {
      ...keys.chainAudit('K-4', 1),
      action: 'draw',
      at: '2026-03-01T02:00:00.000Z',
      gone: undefined,
    };
    await putOnce(ctx.table, item);

    const replay = await putOnce(ctx.table, { ...item }, { idempotent: true });
    const different = putOnce(ctx.table, { ...item, action: 'other' }, { idempotent: true });

    expect(replay).toBe('unchanged');
    await expect(different).rejects.toMatchObject({ code: 'STORE.ALREADY_EXISTS' });
  });
});

describe('putVersioned', () => {
  it('creates at expected version 0, then advances version by version', async () => {
    const key = keys.taskHeader('K-5');
    await putVersioned(ctx.table, { ...key, stage: 'Freeze', version: 1 }, 0);
    await putVersioned(ctx.table, { ...key, stage: 'Commit', version: 2 }, 1);

    expect(await getItem(ctx.table, key)).toMatchObject({ stage: 'Commit', version: 2 });
  });

  it('refuses a stale writer as STORE.VERSION_CONFLICT and keeps the newer state', async () => {
    const key = keys.taskHeader('K-6');
    await putVersioned(ctx.table, { ...key, stage: 'Freeze', version: 1 }, 0);
    await putVersioned(ctx.table, { ...key, stage: 'Commit', version: 2 }, 1);

    const stale = putVersioned(ctx.table, { ...key, stage: 'Draw', version: 2 }, 1);
    const recreate = putVersioned(ctx.table, { ...key, stage: 'Freeze', version: 1 }, 0);

    await expect(stale).rejects.toMatchObject({ code: 'STORE.VERSION_CONFLICT', kind: 'conflict' });
    await expect(recreate).rejects.toBeInstanceOf(ConflictError);
    expect(await getItem(ctx.table, key)).toMatchObject({ stage: 'Commit', version: 2 });
  });
});

describe('queryPage', () => {
  const dept = 'PAGE';
  const ids = Array.from({ length: 23 }, (_, i) => `T${String(i).padStart(3, '0')}`);

  it('walks a partition page by page with the cursor, each item once, in order', async () => {
    await batchWriteAll(
      ctx.table,
      ids.map((id) => target(dept, id)),
    );
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;

    do {
      const page = await queryPage(ctx.table, {
        partition: partitions.department(dept),
        sort: { beginsWith: prefixes.directory('target') },
        limit: 10,
        ...(cursor ? { cursor } : {}),
      });
      seen.push(...page.items.map((i) => String(i.id)));
      cursor = page.cursor;
      pages++;
    } while (cursor);

    expect(seen).toEqual(ids);
    expect(pages).toBe(3);
  });

  it('refuses a tampered cursor and one taken to another partition', async () => {
    const query = {
      partition: partitions.department(dept),
      sort: { beginsWith: prefixes.directory('target') },
      limit: 5,
    };
    const first = await queryPage(ctx.table, query);
    const cursor = first.cursor ?? '';
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const elsewhere = Buffer.from(
      JSON.stringify({ ...decoded, pk: partitions.department('OTHER') }),
    ).toString('base64url');

    await expect(queryPage(ctx.table, { ...query, cursor: `${cursor}x` })).rejects.toMatchObject({
      code: 'PAGE.CURSOR_INVALID',
      kind: 'invalid',
    });
    await expect(
      queryPage(ctx.table, { ...query, partition: partitions.department('OTHER'), cursor }),
    ).rejects.toMatchObject({ code: 'PAGE.CURSOR_INVALID' });
    await expect(queryPage(ctx.table, { ...query, cursor: elsewhere })).rejects.toMatchObject({
      code: 'PAGE.CURSOR_INVALID',
    });
  });

  it('fills a filtered page up to the limit and resumes after its last item', async () => {
    const filterDept = 'FILTER';
    await batchWriteAll(
      ctx.table,
      ids.map((id, i) => target(filterDept, id, i % 3 === 0 ? 'D' : 'A')),
    );
    const query = {
      partition: partitions.department(filterDept),
      sort: { beginsWith: prefixes.directory('target') },
      filter: { expression: '#r = :r', names: { '#r': 'riskClass' }, values: { ':r': 'D' } },
      limit: 4,
    };

    const first = await queryPage(ctx.table, query);
    const rest = await queryAll(ctx.table, query);
    const second = await queryPage(ctx.table, { ...query, cursor: first.cursor ?? '' });

    expect(first.items.map((i) => i.id)).toEqual(['T000', 'T003', 'T006', 'T009']);
    expect(second.items.map((i) => i.id)).toEqual(['T012', 'T015', 'T018', 'T021']);
    expect(rest).toHaveLength(8);
  });

  it('resumes a filtered index listing from a page cut short of what was read', async () => {
    const indexDept = 'FILTERGSI';
    await batchWriteAll(
      ctx.table,
      ids.map((id, i) => ({ ...target(indexDept, id, 'B'), town: i % 2 === 0 ? 'even' : 'odd' })),
    );
    const query = {
      index: 'gsi1' as const,
      partition: indexPartitions.directoryByStatus('target', indexDept, 'active'),
      filter: { expression: '#t = :t', names: { '#t': 'town' }, values: { ':t': 'odd' } },
      limit: 5,
    };
    const seen: unknown[] = [];
    let cursor: string | undefined;

    do {
      const page = await queryPage(ctx.table, { ...query, ...(cursor ? { cursor } : {}) });
      expect(page.items.length).toBeLessThanOrEqual(5);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.cursor;
    } while (cursor);

    expect(seen).toEqual(ids.filter((_, i) => i % 2 === 1));
  });

  it('refuses a limit outside 1–1000', async () => {
    await expect(
      queryPage(ctx.table, { partition: partitions.department(dept), limit: 0 }),
    ).rejects.toMatchObject({ code: 'PAGE.LIMIT_INVALID', kind: 'invalid' });
  });

  it('lists a stratum through gsi1 and pages it backwards', async () => {
    const gsiDept = 'GSI';
    await batchWriteAll(ctx.table, [
      target(gsiDept, 'X1', 'B'),
      target(gsiDept, 'X2', 'B'),
      target(gsiDept, 'X3', 'C'),
      target(gsiDept, 'X4', 'B', 'inactive'),
      target(gsiDept, 'X5', 'B'),
    ]);
    const query = {
      index: 'gsi1' as const,
      partition: indexPartitions.directoryByStatus('target', gsiDept, 'active'),
      sort: { beginsWith: prefixes.risk('B') },
      forward: false,
      limit: 2,
    };

    const first = await queryPage(ctx.table, query);
    const second = await queryPage(ctx.table, { ...query, cursor: first.cursor ?? '' });

    expect(first.items.map((i) => i.id)).toEqual(['X5', 'X2']);
    expect(second.items.map((i) => i.id)).toEqual(['X1']);
    expect(second.cursor).toBeUndefined();
  });
});

describe('batches', () => {
  it('writes 5,000 items that are all readable afterwards', async () => {
    const items: StoredItem[] = Array.from({ length: 5000 }, (_, i) => ({
      ...keys.chainAudit('BULK', i),
      n: i,
    }));

    const { written } = await batchWriteAll(ctx.table, items, { concurrency: 8 });
    const all = await queryAll(ctx.table, { partition: partitions.task('BULK') });

    expect(written).toBe(5000);
    expect(all).toHaveLength(5000);
    expect(all.map((i) => i.n)).toEqual(items.map((i) => i.n));
  });

  it('refuses a batch with the same key twice before writing anything', async () => {
    const item = { ...keys.chainAudit('DUP', 1), n: 1 };

    await expect(batchWriteAll(ctx.table, [item, { ...item }])).rejects.toMatchObject({
      code: 'STORE.BATCH_DUPLICATE_KEY',
    });
    expect(await getItem(ctx.table, keys.chainAudit('DUP', 1))).toBeUndefined();
  });

  it('reads many keys in the order asked, leaving out missing ones', async () => {
    await batchWriteAll(
      ctx.table,
      Array.from({ length: 250 }, (_, i) => ({ ...keys.chainAudit('GET', i), n: i })),
    );
    const wanted = [249, 3, 1000, 120, 0].map((n) => keys.chainAudit('GET', n));

    const items = await batchGetAll(ctx.table, wanted);

    expect(items.map((i) => i.n)).toEqual([249, 3, 120, 0]);
  });
});

describe('withoutKeys', () => {
  it('returns the entity without table and index keys', async () => {
    const item = target('STRIP', 'S1', 'C');
    await putOnce(ctx.table, item);

    const stored = await getItem(ctx.table, keys.target('STRIP', 'S1'));

    expect(withoutKeys(stored ?? {})).toEqual({ id: 'S1', riskClass: 'C', status: 'active' });
  });
});
