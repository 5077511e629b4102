import {
  batchGetAll,
  batchWriteAll,
  createDocumentClient,
  createIntentStore,
  describeTable,
  ensureTable,
  getItem,
  putOnce,
  putVersioned,
  queryAll,
  queryPage,
  type TableRef,
} from '@double-random/store';
import { type EmbeddedDynamo, startEmbeddedDynamo } from '@double-random/store/embedded';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The embedded engine's client sends what the SDK's document client sends and answers what it
 * answers: the store's operations run here through both, on one engine, and are compared.
 */
let dynamo: EmbeddedDynamo;
let embedded: TableRef;
let sdk: TableRef;

beforeAll(async () => {
  dynamo = await startEmbeddedDynamo();
  const tableName = `embedded-client-${Date.now().toString(36)}`;
  embedded = {
    tableName,
    client: createDocumentClient({ region: 'local', endpoint: dynamo.endpoint }),
  };
  sdk = {
    tableName,
    // with credentials given, the SDK's own client
    client: createDocumentClient({
      region: 'local',
      endpoint: dynamo.endpoint,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
  };
  await ensureTable(embedded.client, tableName);
});
afterAll(async () => {
  embedded.client.destroy();
  sdk.client.destroy();
  await dynamo.close();
});

const item = (pk: string, sk: string) => ({
  pk,
  sk,
  n: 7,
  big: 2 ** 40,
  fraction: 0.25,
  s: '字',
  flag: true,
  nothing: null,
  left: undefined,
  list: [1, 'two', { three: 3 }],
  map: { a: { b: ['c'] }, gone: undefined },
  set: new Set(['x', 'y']),
  bytes: new Uint8Array([0, 1, 2, 255]),
  gsi1pk: `G#${pk}`,
  gsi1sk: sk,
});

const failure = async (p: Promise<unknown>) => {
  try {
    await p;
    return undefined;
  } catch (e) {
    const err = e as Error & { code?: string };
    return { name: err.name, code: err.code };
  }
};

describe('the embedded client answers as the SDK’s document client', () => {
  it('writes and reads items alike, each reading what the other wrote', async () => {
    await putOnce(embedded, item('A', 'e'));
    await putOnce(sdk, item('A', 's'));
    const viaEmbedded = await getItem(embedded, { pk: 'A', sk: 's' }, { consistent: true });
    const viaSdk = await getItem(sdk, { pk: 'A', sk: 'e' }, { consistent: true });
    expect(viaEmbedded).toEqual({ ...viaSdk, sk: 's', gsi1sk: 's' });
    expect(viaEmbedded?.bytes).toEqual(new Uint8Array([0, 1, 2, 255]));
    expect(viaEmbedded?.set).toEqual(new Set(['x', 'y']));
    expect(viaEmbedded).not.toHaveProperty('left');
    expect(await getItem(embedded, { pk: 'A', sk: 'none' })).toBeUndefined();
  });

  it('pages queries alike, on the table and an index, cursors included', async () => {
    await batchWriteAll(
      embedded,
      Array.from({ length: 30 }, (_, i) => item('Q', `k${String(i).padStart(2, '0')}`)),
    );
    for (const q of [
      { partition: 'Q', limit: 7, consistent: true },
      { index: 'gsi1' as const, partition: 'G#Q', limit: 11, forward: false },
      { partition: 'Q', sort: { beginsWith: 'k1' }, limit: 4, attributes: ['n'] },
    ]) {
      const a = await queryPage(embedded, q);
      const b = await queryPage(sdk, q);
      expect(a).toEqual(b);
      expect(await queryPage(embedded, { ...q, cursor: a.cursor! })).toEqual(
        await queryPage(sdk, { ...q, cursor: b.cursor! }),
      );
    }
    expect(await queryAll(embedded, { partition: 'Q' })).toEqual(
      await queryAll(sdk, { partition: 'Q' }),
    );
  });

  it('batch reads alike', async () => {
    const keys = [
      { pk: 'Q', sk: 'k03' },
      { pk: 'A', sk: 'e' },
      { pk: 'Q', sk: 'none' },
    ];
    const a = await batchGetAll(embedded, keys, { consistent: true });
    expect(a).toEqual(await batchGetAll(sdk, keys, { consistent: true }));
    expect(a.map((i) => i.sk)).toEqual(['k03', 'e']);
  });

  it('refuses alike: a condition that fails, a missing table, an update of nothing', async () => {
    for (const ref of [embedded, sdk]) {
      expect(await failure(putOnce(ref, item('A', 'e')))).toEqual({
        name: 'ConflictError',
        code: 'STORE.ALREADY_EXISTS',
      });
      expect(await failure(putVersioned(ref, item('A', 'e'), 3))).toMatchObject({
        name: 'ConflictError',
      });
      expect(await describeTable(ref.client, 'no-such-table')).toBeUndefined();
      // UpdateItem with a condition on a missing intent
      await expect(createIntentStore(ref).complete('X', 'missing', 1)).rejects.toThrow(
        'intent missing of X is absent or complete with another entry',
      );
    }
    expect((await describeTable(embedded.client, embedded.tableName))?.TableName).toBe(
      embedded.tableName,
    );
  });
});
