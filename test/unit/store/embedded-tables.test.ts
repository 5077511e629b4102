import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  keepParsedExpressions,
  keepTablesOf,
  type TableStore,
} from '../../../packages/store/src/embedded-tables.mjs';

/** A callback table store like dynalite's, counting its reads; `hold` delays reads and writes. */
const tableStore = () => {
  const rows = new Map<string, unknown>();
  let reads = 0;
  let hold: Promise<void> = Promise.resolve();
  const store: TableStore = {
    get(key, callback) {
      reads++;
      const now = rows.get(key);
      hold.then(() =>
        now === undefined
          ? callback(Object.assign(new Error('NotFoundError'), { name: 'NotFoundError' }))
          : callback(null, structuredClone(now)),
      );
    },
    put(key, value, callback) {
      hold.then(() => {
        rows.set(key, structuredClone(value));
        callback?.(null);
      });
    },
    del(key, callback) {
      hold.then(() => {
        rows.delete(key);
        callback?.(null);
      });
    },
  };
  return {
    store,
    reads: () => reads,
    holdUntil: (p: Promise<void>) => {
      hold = p;
    },
  };
};

const get = (s: TableStore, key: string) =>
  new Promise<unknown>((resolve, reject) =>
    s.get(key, (error, value) => (error ? reject(error) : resolve(value))),
  );
const put = (s: TableStore, key: string, value: unknown) =>
  new Promise<void>((resolve, reject) => s.put(key, value, (e) => (e ? reject(e) : resolve())));
const del = (s: TableStore, key: string) =>
  new Promise<void>((resolve, reject) => s.del(key, (e) => (e ? reject(e) : resolve())));

describe('the embedded database keeps its table descriptions between writes', () => {
  it('reads a description once, answers copies, and reads again after a write', async () => {
    const t = tableStore();
    keepTablesOf(t.store);
    await put(t.store, 'dr', { TableStatus: 'ACTIVE', n: 1 });
    expect(await get(t.store, 'dr')).toEqual({ TableStatus: 'ACTIVE', n: 1 });
    const copy = (await get(t.store, 'dr')) as { n: number };
    copy.n = 99;
    expect(await get(t.store, 'dr')).toEqual({ TableStatus: 'ACTIVE', n: 1 });
    expect(t.reads()).toBe(1);
    await put(t.store, 'dr', { TableStatus: 'UPDATING', n: 2 });
    expect(await get(t.store, 'dr')).toEqual({ TableStatus: 'UPDATING', n: 2 });
    expect(t.reads()).toBe(2);
    await del(t.store, 'dr');
    await expect(get(t.store, 'dr')).rejects.toMatchObject({ name: 'NotFoundError' });
    await expect(get(t.store, 'dr')).rejects.toMatchObject({ name: 'NotFoundError' });
    expect(t.reads()).toBe(4);
  });

  it('keeps no read that a write overlapped', async () => {
    const t = tableStore();
    keepTablesOf(t.store);
    await put(t.store, 'dr', { n: 1 });
    let open!: () => void;
    t.holdUntil(
      new Promise<void>((r) => {
        open = r;
      }),
    );
    const reading = get(t.store, 'dr');
    const writing = put(t.store, 'dr', { n: 2 });
    open();
    expect(await reading).toEqual({ n: 1 });
    await writing;
    t.holdUntil(Promise.resolve());
    expect(await get(t.store, 'dr')).toEqual({ n: 2 });
  });
});

describe('the embedded database keeps the expressions it parsed', () => {
  const engine = createRequire(new URL('../../../packages/store/package.json', import.meta.url));
  const validations = engine('dynalite/validations') as {
    validateExpressions(data: Record<string, unknown>): string | undefined;
  };
  keepParsedExpressions();
  const request = () => ({
    UpdateExpression: 'SET #seq = :seq REMOVE #g',
    ConditionExpression: 'attribute_exists(#pk) AND (attribute_not_exists(#seq) OR #seq = :seq)',
    ExpressionAttributeNames: { '#pk': 'pk', '#seq': 'seq', '#g': 'gsi2pk' },
    ExpressionAttributeValues: { ':seq': { N: '5' } },
  });

  it('answers a copy of the same parse, its null-prototype maps kept so', () => {
    const first: Record<string, unknown> = request();
    const again: Record<string, unknown> = request();
    expect(validations.validateExpressions(first)).toBeUndefined();
    expect(validations.validateExpressions(again)).toBeUndefined();
    for (const f of ['_updates', '_condition']) {
      expect(again[f]).toEqual(first[f]);
      expect(again[f]).not.toBe(first[f]);
    }
    const nested = (again._condition as { pathHeads: object }).pathHeads;
    expect(Object.getPrototypeOf(nested)).toBeNull();
    // another value is another parse
    const other: Record<string, unknown> = {
      ...request(),
      ExpressionAttributeValues: { ':seq': { N: '6' } },
    };
    validations.validateExpressions(other);
    expect(JSON.stringify(other._updates)).toContain('"6"');
  });

  it('refuses the same expressions the same way, every time', () => {
    const unused = () => ({
      ConditionExpression: 'attribute_exists(#pk)',
      ExpressionAttributeNames: { '#pk': 'pk', '#x': 'x' },
    });
    const first = validations.validateExpressions(unused());
    expect(first).toMatch(/unused in expressions/);
    expect(validations.validateExpressions(unused())).toBe(first);
  });
});
