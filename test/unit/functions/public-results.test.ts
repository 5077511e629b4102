import type { PublicResultIndex, PublishedResultEntry } from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { searchResults } from '../../../functions/src/http/public/public-reads';

const entry = (i: number, extra: Partial<PublishedResultEntry> = {}): PublishedResultEntry => ({
  year: 2027,
  department: 'SCJG',
  item: 'SC-G1',
  method: 'desk-review',
  publishedAt: `2027-04-10T16:00:0${i}.000Z`,
  town: '运河街道',
  result: {
    planId: 'SCJG-2027',
    planName: '2027年度区市场监管局双随机抽查计划',
    taskId: '2027-SCJG-001',
    taskName: '产品质量双随机抽查',
    inspectionType: '不定向抽查',
    joint: false,
    authority: '区市场监管局',
    completedOn: '2027-04-01',
    item: '产品质量监督抽查',
    result: '未发现问题',
    targetId: `T${i}`,
    targetName: `商行${i}`,
  },
  ...extra,
});

/** An index that answers one stored page and counts the Queries asked of it. */
const indexOf = (items: PublishedResultEntry[]) => {
  const calls: unknown[] = [];
  const index: PublicResultIndex = {
    search: async (q) => {
      calls.push(q);
      return { items, cursor: 'next' };
    },
    listByTarget: async () => ({ items: [] }),
  };
  return { index, calls };
};

describe('the public result search', () => {
  it('answers a page from the publication records alone: one index Query, no other read', async () => {
    const { index, calls } = indexOf([entry(1), entry(2, { method: 'on-site' })]);
    const page = await searchResults(index, { limit: 2 });
    expect(calls).toEqual([{ limit: 2 }]);
    expect(page.cursor).toBe('next');
    expect(page.items.map((r) => [r.target.town, r.method, r.inspectedOn])).toEqual([
      ['运河街道', '书面检查', '2027-04-01'],
      ['运河街道', '实地核查', '2027-04-01'],
    ]);
    expect(page.items[0]).toMatchObject({
      department: 'SCJG',
      departmentName: '区市场监管局',
      publishedOn: '2027-04-11',
      target: { id: 'T1', name: '商行1' },
    });
  });

  it('shows no town for a target the directory had none for at publication', async () => {
    const { town: _none, ...withoutTown } = entry(1);
    const { index } = indexOf([withoutTown]);
    const [only] = (await searchResults(index, { limit: 1 })).items;
    expect(only?.target.town).toBe('');
  });
});
