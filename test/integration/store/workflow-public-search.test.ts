import type { PublishedResultEntry, Target } from '@double-random/domain';
import { createResultRepository } from '@double-random/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { useEmbeddedStore } from '../support/embedded-store';
import { resultOf, task, uscc } from './workflow-fixtures';

const store = useEmbeddedStore();

const TARGETS = 1000;
const ITEMS = ['FOOD-01', 'FOOD-02', 'FOOD-03'];
const TASK_ID = '2026-SCJG-001';
const BASE = Date.parse('2026-05-01T00:00:00.000Z');

const nameOf = (i: number): string =>
  i % 3 === 0
    ? `台州市椒江${i}号食品店`
    : i % 3 === 1
      ? `台州市黄岩${i}号超市`
      : `温岭市${i}号饭店`;

const target = (i: number): Target => ({
  id: `T${String(i).padStart(4, '0')}`,
  department: 'SCJG',
  name: nameOf(i),
  kind: 'enterprise',
  uscc: uscc(i),
  town: i % 2 ? '海门街道' : '白云街道',
  industry: 'food',
  riskClass: 'B',
  unit: 'U1',
  status: 'active',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 1,
  history: [],
});

/** the n-th result published, one second after the previous one */
const publishedAt = (n: number): string => new Date(BASE + n * 1000).toISOString();

const runLimited = async (n: number, concurrency: number, work: (i: number) => Promise<void>) => {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) await work(next++);
    }),
  );
};

const readAll = async (
  read: (cursor?: string) => Promise<{ items: PublishedResultEntry[]; cursor?: string }>,
) => {
  const pages: PublishedResultEntry[][] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    pages.push(page.items);
    cursor = page.cursor;
  } while (cursor);
  return pages;
};

describe('public result index over 3,000 published results', () => {
  beforeAll(async () => {
    await store.repositories.tasks.create(task(TASK_ID, { stage: 'Publishing' }));
    await store.repositories.targets.putMany(Array.from({ length: TARGETS }, (_, i) => target(i)));
    // result n: target n % 1000, item n / 1000; published in n order
    await runLimited(TARGETS * ITEMS.length, 8, async (n) => {
      const r = resultOf(TASK_ID, target(n % TARGETS).id, { item: ITEMS[Math.floor(n / TARGETS)] });
      await store.repositories.results.create(r);
      await store.repositories.results.put({
        ...r,
        publication: { ...r.publication, publishedAt: publishedAt(n) },
      });
    });
  }, 300_000);

  it('lists all of them newest first, page by page, each exactly once', async () => {
    const pages = await readAll((cursor) =>
      store.repositories.publicResults.search({ limit: 1000, ...(cursor ? { cursor } : {}) }),
    );
    const all = pages.flat();
    expect(all).toHaveLength(3000);
    const times = all.map((e) => e.publishedAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(new Set(all.map((e) => `${e.result.targetId}/${e.item}`)).size).toBe(3000);
    expect(all[0]).toMatchObject({
      publishedAt: publishedAt(2999),
      year: 2026,
      department: 'SCJG',
      method: 'on-site',
      result: { targetName: nameOf(999), uscc: uscc(999), result: '未发现问题' },
    });
  });

  it('finds one enterprise by its USCC, newest first', async () => {
    const page = await store.repositories.publicResults.search({ q: uscc(42), limit: 10 });
    expect(page.items.map((e) => [e.result.targetId, e.item])).toEqual([
      ['T0042', 'FOOD-03'],
      ['T0042', 'FOOD-02'],
      ['T0042', 'FOOD-01'],
    ]);
    expect(page.cursor).toBeUndefined();
    expect(page.items[0]?.town).toBe('白云街道');
  });

  it('finds names by prefix, paging through a thousand matches by name', async () => {
    const started = performance.now();
    const pages = await readAll((cursor) =>
      store.repositories.publicResults.search({
        q: '台州市椒江',
        limit: 100,
        ...(cursor ? { cursor } : {}),
      }),
    );
    const elapsed = performance.now() - started;
    const all = pages.flat();
    const expected = Array.from({ length: TARGETS }, (_, i) => i).filter((i) => i % 3 === 0);
    expect(all).toHaveLength(expected.length * ITEMS.length);
    expect(pages.slice(0, -1).every((p) => p.length === 100)).toBe(true);
    expect(all.every((e) => e.result.targetName.startsWith('台州市椒江'))).toBe(true);
    const names = all.map((e) => e.result.targetName);
    expect(names).toEqual([...names].sort());
    // within one name, newest first
    const one = all.filter((e) => e.result.targetId === 'T0003').map((e) => e.publishedAt);
    expect(one).toEqual([...one].sort().reverse());
    // one key-condition Query per page: 11 pages read in well under a second each
    expect(elapsed / pages.length).toBeLessThan(1000);
    expect(await store.repositories.publicResults.search({ q: '杭州', limit: 10 })).toEqual({
      items: [],
    });
  });

  it('lists one target’s published results newest first', async () => {
    const page = await store.repositories.publicResults.listByTarget('T0007', { limit: 2 });
    expect(page.items.map((e) => e.item)).toEqual(['FOOD-03', 'FOOD-02']);
    const rest = await store.repositories.publicResults.listByTarget('T0007', {
      limit: 2,
      cursor: page.cursor as string,
    });
    expect(rest.items.map((e) => e.item)).toEqual(['FOOD-01']);
    expect(rest.cursor).toBeUndefined();
  });

  it('keeps the first publication: a published result is never re-dated', async () => {
    const r = await store.repositories.results.get(TASK_ID, 'T0005', 'FOOD-01');
    expect(r?.publication.publishedAt).toBe(publishedAt(5));
    await expect(
      store.repositories.results.put({
        ...r!,
        publication: { ...r!.publication, publishedAt: '2026-12-01T00:00:00.000Z' },
      }),
    ).rejects.toMatchObject({ code: 'RESULT.PUBLISHED' });
    expect(
      (await store.repositories.results.get(TASK_ID, 'T0005', 'FOOD-01'))?.publication,
    ).toEqual(r?.publication);
    const page = await store.repositories.publicResults.search({ q: uscc(5), limit: 10 });
    expect(page.items.map((e) => e.publishedAt)).toEqual([
      publishedAt(2005),
      publishedAt(1005),
      publishedAt(5),
    ]);
  });
});

describe('a publication with what it shows', () => {
  const TASK = '2026-SCJG-090';
  let sent: string[] = [];
  const counting = () => {
    const { client, tableName } = store.table;
    return {
      tableName,
      client: {
        send: ((command: { constructor: { name: string } }) => {
          sent.push(command.constructor.name);
          return client.send(command as never);
        }) as typeof client.send,
      } as typeof client,
    };
  };

  it('writes the names it was given, reading neither directory nor, once read, the result', async () => {
    await store.repositories.tasks.create(task(TASK, { stage: 'Publishing' }));
    const results = createResultRepository(counting());
    const r = resultOf(TASK, 'T9001');
    await results.create(r);
    const stored = (await results.get(TASK, 'T9001', 'FOOD-01'))!;
    sent = [];
    await results.put(
      { ...stored, publication: { ...stored.publication, publishedAt: publishedAt(9001) } },
      { itemName: '食品销售', target: { name: '已改名的店', uscc: uscc(9001), town: '海门街道' } },
    );
    // the public record, its finder and the result: writes only
    expect(sent).toEqual(['PutCommand', 'PutCommand', 'PutCommand']);
    const [entry] = await store.repositories.publicResults.getMany!([
      { taskId: TASK, targetId: 'T9001', item: 'FOOD-01' },
      { taskId: TASK, targetId: 'T9002', item: 'FOOD-01' },
    ]);
    expect(entry).toMatchObject({
      town: '海门街道',
      publishedAt: publishedAt(9001),
      result: { item: '食品销售', targetName: '已改名的店', uscc: uscc(9001) },
    });
  });

  it('without them reads the directories, and refuses a result never recorded', async () => {
    const results = createResultRepository(counting());
    const r = resultOf(TASK, 'T9003');
    await store.repositories.results.create(r);
    sent = [];
    await results.put({ ...r, publication: { ...r.publication, publishedAt: publishedAt(9003) } });
    // the task (once per repository), the result, the item and the target
    expect(sent.filter((c) => c === 'GetCommand')).toHaveLength(4);
    const [entry] = await store.repositories.publicResults.getMany!([
      { taskId: TASK, targetId: 'T9003', item: 'FOOD-01' },
    ]);
    expect(entry?.result).toMatchObject({ item: 'FOOD-01', targetName: 'T9003' });
    const never = resultOf(TASK, 'T9004');
    await expect(
      results.put({ ...never, publication: { ...never.publication, publishedAt: publishedAt(1) } }),
    ).rejects.toMatchObject({ code: 'RESULT.NOT_FOUND' });
  });
});
