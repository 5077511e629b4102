import { newTarget, type Target, usccCheckChar } from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { useEmbeddedStore } from '../support/embedded-store';

const store = useEmbeddedStore();
const NOW = '2026-03-02T01:00:00.000Z';

const target = (n: number, department: string): Target => {
  const first17 = `91331002${String(n).padStart(8, '0')}X`;
  return newTarget(
    {
      uscc: first17 + usccCheckChar(first17),
      name: `企业${n}`,
      kind: 'enterprise',
      town: n % 2 === 0 ? '运河街道' : '泥沟镇',
      industry: '餐饮',
      riskClass: (['A', 'B', 'C', 'D'] as const)[n % 4]!,
      unit: `U${n % 3}`,
      department,
    },
    { actor: 'seed', now: NOW },
  ).target;
};

describe('listPool', () => {
  it('reads every active target of the department with the pool fields only', async () => {
    const targets = store.repositories.targets;
    const mine = Array.from({ length: 3000 }, (_, i) => target(i, 'POOL'));
    await targets.putMany([
      ...mine,
      ...Array.from({ length: 20 }, (_, i) => target(5000 + i, 'OTHER')),
    ]);
    const gone = mine[7]!;
    await targets.update(
      { ...gone, status: 'inactive', version: gone.version + 1, updatedAt: NOW },
      gone.version,
    );

    const pool = await targets.listPool('POOL');

    expect(pool).toHaveLength(2999);
    expect(pool.some((p) => p.id === gone.id)).toBe(false);
    const first = mine[0]!;
    expect(pool.find((p) => p.id === first.id)).toEqual({
      id: first.id,
      department: 'POOL',
      status: 'active',
      kind: first.kind,
      town: first.town,
      industry: first.industry,
      riskClass: first.riskClass,
      unit: first.unit,
    });
  });

  it('is empty for a department without targets', async () => {
    expect(await store.repositories.targets.listPool('NONE')).toEqual([]);
  });
});
