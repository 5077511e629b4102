import {
  batchWriteAll,
  indexKeys,
  indexPartitions,
  keys,
  queryAll,
  queryPage,
} from '@double-random/store';
import { describe, expect, it } from 'vitest';
import { QueryCommand } from '../../../packages/store/node_modules/@aws-sdk/lib-dynamodb';
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
  it('read only the named attributes in a whole-set read, not the keys', async () => {
    await batchWriteAll(
      ctx.table,
      Array.from({ length: 30 }, (_, i) =>
        target(`T${String(i).padStart(2, '0')}`, 'ABCD'[i % 4]!),
      ),
    );
    const partition = indexPartitions.directoryByStatus('target', 'PRJ', 'active');

    const all = await queryAll(ctx.table, { index: 'gsi1', partition, attributes: ['id'] });

    expect(all).toHaveLength(30);
    for (const item of all) expect(Object.keys(item)).toEqual(['id']);
  });

  it('page a whole-set read past 1 MB without reading the keys', async () => {
    // 40 items of 40 KB: DynamoDB (and dynalite) stop a page at 1 MB of items read
    const padding = 'x'.repeat(40_000);
    await batchWriteAll(
      ctx.table,
      Array.from({ length: 40 }, (_, i) => ({
        ...target(`B${String(i).padStart(2, '0')}`, 'A'),
        ...keys.target('BIG', `B${String(i).padStart(2, '0')}`),
        ...indexKeys.targetByStatus('BIG', 'active', 'A', `B${String(i).padStart(2, '0')}`),
        padding,
      })),
    );
    const partition = indexPartitions.directoryByStatus('target', 'BIG', 'active');

    const ids = await queryAll(ctx.table, { index: 'gsi1', partition, attributes: ['id'] });

    expect(ids.map((i) => i.id)).toEqual(
      Array.from({ length: 40 }, (_, i) => `B${String(i).padStart(2, '0')}`),
    );
    // the read above went over more than one page
    const first = await ctx.table.client.send(
      new QueryCommand({
        TableName: ctx.table.tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :p',
        ExpressionAttributeValues: { ':p': partition },
        ProjectionExpression: 'id',
      }),
    );
    expect(first.LastEvaluatedKey).toBeDefined();
    expect(first.Items?.length).toBeLessThan(40);
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
