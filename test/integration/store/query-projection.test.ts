import {
  batchWriteAll,
  indexKeys,
  indexPartitions,
  keys,
  queryAll,
  queryPage,
} from '@double-random/store';
import { describe, expect, it } from 'vitest';
import { useEmbeddedTable } from './embedded';

const ctx = useEmbeddedTable('projection-test');

const target = (id: string, risk: string) => ({
  ...keys.target('PRJ', id),
  ...indexKeys.targetByStatus('PRJ', 'active', risk, id),
  id,
  riskClass: risk,
  status: 'active',
  name: `企业${id}`,
  history: [{ at: '2026-01-01T00:00:00.000Z', by: 'seed' }],
});

describe('queries with attributes', () => {
  it('read only the named attributes and the keys', async () => {
    await batchWriteAll(
      ctx.table,
      Array.from({ length: 30 }, (_, i) =>
        target(`T${String(i).padStart(2, '0')}`, 'ABCD'[i % 4]!),
      ),
    );
    const partition = indexPartitions.directoryByStatus('target', 'PRJ', 'active');

    const all = await queryAll(ctx.table, { index: 'gsi1', partition, attributes: ['id'] });

    expect(all).toHaveLength(30);
    for (const item of all) {
      expect(Object.keys(item).sort()).toEqual(['gsi1pk', 'gsi1sk', 'id', 'pk', 'sk']);
    }
  });

  it('page on with cursors as without them', async () => {
    const partition = indexPartitions.directoryByStatus('target', 'PRJ', 'active');
    const ids: unknown[] = [];
    let cursor: string | undefined;
    do {
      const page = await queryPage(ctx.table, {
        index: 'gsi1',
        partition,
        attributes: ['id', 'riskClass'],
        limit: 7,
        ...(cursor ? { cursor } : {}),
      });
      for (const item of page.items) {
        expect(item.name).toBeUndefined();
        ids.push(item.id);
      }
      cursor = page.cursor;
    } while (cursor);

    const whole = await queryAll(ctx.table, { index: 'gsi1', partition });
    expect(ids).toEqual(whole.map((i) => i.id));
    expect(whole[0]?.name).toMatch(/^企业T/);
  });
});
