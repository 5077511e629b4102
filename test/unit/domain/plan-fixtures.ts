import {
  type Item,
  newItem,
  type PlanTaskInput,
  type RiskClassCounts,
} from '@double-random/domain';

export const ctx = { actor: 'u-scjg-1', now: '2026-01-10T02:00:00.000Z' };

export const item = (department: string, code: string, category: 'key' | 'general'): Item =>
  newItem(
    {
      department,
      code,
      name: `${code} 检查`,
      legalBasis: '《中华人民共和国食品安全法》第一百一十条',
      category,
      methods: ['on-site'],
      qualification: code,
    },
    ctx,
  ).item;

export const catalogue: Item[] = [
  item('SCJG', 'SCJG-FOOD', 'key'),
  item('SCJG', 'SCJG-ADS', 'general'),
  item('STHJ', 'STHJ-EMIT', 'general'),
];

export const task = (over: Partial<PlanTaskInput> = {}): PlanTaskInput => ({
  seq: 1,
  name: '食品生产企业监督检查',
  items: ['SCJG-FOOD'],
  strata: [{ key: 'all', ratioBp: 2000 }],
  window: { start: '2026-03-01', end: '2026-11-30' },
  teamSize: 2,
  ...over,
});

export const counts = (c: Partial<RiskClassCounts> = { A: 100 }): RiskClassCounts => ({
  A: 0,
  B: 0,
  C: 0,
  D: 0,
  ...c,
});

export const checkContext = (byTask: Record<number, RiskClassCounts> = { 1: counts() }) => ({
  items: catalogue,
  counts: new Map(Object.entries(byTask).map(([k, v]) => [Number(k), v])),
});
