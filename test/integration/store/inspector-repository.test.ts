import type { HistoryEntry, Inspector } from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { useEmbeddedStore } from '../support/embedded-store';

const store = useEmbeddedStore();
const inspectors = () => store.repositories.inspectors;

const AT = '2026-03-01T02:00:00.000Z';
const entry = (version: number): HistoryEntry => ({
  version,
  action: version === 1 ? 'create' : 'declare-conflict',
  by: 'dept:SCJG',
  at: AT,
  why: '',
  changes: [],
});

const inspector = (id: string, over: Partial<Inspector> = {}): Inspector => ({
  id,
  department: 'SCJG',
  unit: 'U1',
  name: `inspector ${id}`,
  certificateNo: `C-${id}`,
  certificateExpiry: '2027-12-31',
  qualifications: ['SCJG-FOOD'],
  expertise: [],
  mayLead: false,
  idNumber: '110101199001011234',
  conflicts: [],
  status: 'active',
  createdAt: AT,
  updatedAt: AT,
  version: 1,
  history: [entry(1)],
  ...over,
});

describe('inspector repository on dynalite', () => {
  it('creates once, keeps private fields and conflicts, refuses duplicates and stale writes', async () => {
    const i = inspector('I-1');
    await inspectors().create(i);
    expect(await inspectors().get('SCJG', 'I-1')).toEqual(i);
    await expect(inspectors().create(i)).rejects.toMatchObject({ code: 'INSPECTOR.EXISTS' });

    const v2: Inspector = {
      ...i,
      conflicts: [{ targetId: 'T-1', reason: 'relative', declaredBy: 'inspector', at: AT }],
      version: 2,
      history: [...i.history, entry(2)],
    };
    await inspectors().update(v2, 1);
    await expect(inspectors().update({ ...v2, version: 3 }, 1)).rejects.toMatchObject({
      code: 'INSPECTOR.STALE',
    });
    expect(await inspectors().get('SCJG', 'I-1')).toEqual(v2);
  });

  it('lists by status, unit and qualification across pages in id order', async () => {
    const dept = 'LIST';
    const rows = Array.from({ length: 30 }, (_, n) =>
      inspector(`L${String(n).padStart(2, '0')}`, {
        department: dept,
        unit: n % 2 === 0 ? 'even' : 'odd',
        qualifications: n % 3 === 0 ? ['SCJG-FOOD', 'SCJG-DRUG'] : ['SCJG-FOOD'],
        status: n % 7 === 0 ? 'inactive' : 'active',
      }),
    );
    await inspectors().putMany(rows);
    const collect = async (filter: Parameters<ReturnType<typeof inspectors>['list']>[1]) => {
      const ids: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await inspectors().list(dept, filter, {
          limit: 3,
          ...(cursor ? { cursor } : {}),
        });
        ids.push(...page.items.map((i) => i.id));
        cursor = page.cursor;
        pages++;
      } while (cursor);
      return { ids, pages };
    };
    const drug = await collect({ status: 'active', qualification: 'SCJG-DRUG' });
    expect(drug.ids).toEqual(
      rows
        .filter((r) => r.status === 'active' && r.qualifications.includes('SCJG-DRUG'))
        .map((r) => r.id),
    );
    expect(drug.pages).toBeGreaterThan(1);
    const even = await collect({ unit: 'even' });
    expect(even.ids).toEqual(rows.filter((r) => r.unit === 'even').map((r) => r.id));
  });

  it('writes and reads 2,000 inspectors in bulk', async () => {
    const rows = Array.from({ length: 2000 }, (_, n) =>
      inspector(`B${String(n).padStart(5, '0')}`, { department: 'BULK' }),
    );
    expect((await inspectors().putMany(rows)).written).toBe(2000);
    const found = await inspectors().getMany('BULK', [...rows.map((r) => r.id), 'NONE']);
    expect(found.size).toBe(2000);
    expect(found.get('B00123')).toEqual(rows[123]);
  });
});
