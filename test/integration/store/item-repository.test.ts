import type { Item } from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { useEmbeddedStore } from '../support/embedded-store';

const store = useEmbeddedStore();
const items = () => store.repositories.items;

const AT = '2026-03-01T02:00:00.000Z';
const item = (code: string, over: Partial<Item> = {}): Item => ({
  code,
  department: 'SCJG',
  name: `item ${code}`,
  legalBasis: '《食品安全法》',
  category: 'general',
  methods: ['on-site'],
  qualification: 'SCJG-FOOD',
  status: 'active',
  createdAt: AT,
  updatedAt: AT,
  version: 1,
  history: [{ version: 1, action: 'create', by: 'dept:SCJG', at: AT, why: '', changes: [] }],
  ...over,
});

describe('item repository on dynalite', () => {
  it('creates once and updates from the stored version only', async () => {
    const i = item('FOOD-001');
    await items().create(i);
    expect(await items().get('SCJG', 'FOOD-001')).toEqual(i);
    await expect(items().create(i)).rejects.toMatchObject({ code: 'ITEM.EXISTS' });
    const v2: Item = {
      ...i,
      status: 'inactive',
      deactivation: { reason: 'repealed', date: '2026-03-02' },
      version: 2,
      history: [
        ...i.history,
        { version: 2, action: 'deactivate', by: 'dept:SCJG', at: AT, why: 'repealed', changes: [] },
      ],
    };
    await items().update(v2, 1);
    await expect(items().update(v2, 1)).rejects.toMatchObject({ code: 'ITEM.STALE' });
    expect(await items().get('SCJG', 'FOOD-001')).toEqual(v2);
    // the status index follows the change
    expect((await items().list('SCJG', { status: 'active' }, { limit: 10 })).items).toEqual([]);
    expect((await items().list('SCJG', { status: 'inactive' }, { limit: 10 })).items).toEqual([v2]);
  });

  it('lists by status and category across pages in code order', async () => {
    const dept = 'ITEMS';
    const rows = Array.from({ length: 12 }, (_, n) =>
      item(`K${String(n).padStart(2, '0')}`, {
        department: dept,
        category: n % 2 === 0 ? 'key' : 'general',
      }),
    );
    for (const r of rows) await items().create(r);
    const codes: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await items().list(
        dept,
        { status: 'active', category: 'key' },
        { limit: 2, ...(cursor ? { cursor } : {}) },
      );
      codes.push(...page.items.map((i) => i.code));
      cursor = page.cursor;
      pages++;
    } while (cursor);
    expect(codes).toEqual(rows.filter((r) => r.category === 'key').map((r) => r.code));
    expect(pages).toBeGreaterThanOrEqual(3);
  });
});
