import {
  buildBundles,
  checkFrozenQuotas,
  type FreezeSnapshot,
  frozenTargets,
  hasValidOrganisationCode,
  itemKey,
  organisationCodeCheckChar,
  sharedWithParticipants,
  ValidationError,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { inspectors, item, jointTask, target, targets, task } from './fixtures';

const scjgOnly = targets.filter((t) => t.department === 'SCJG');
const snapshot = (over: Partial<FreezeSnapshot> = {}): FreezeSnapshot => ({
  freezeDate: '2026-03-02',
  targets: scjgOnly,
  inspectors,
  recentInspections: [],
  ...over,
});

describe('a joint task draws subjects every participant regulates (二(五), one group per subject)', () => {
  it('keeps only the initiator’s targets that are active in each participant’s directory', () => {
    const sthj = [
      target('T01', 'A', { department: 'STHJ' }),
      target('T02', 'A', { department: 'STHJ', status: 'inactive' }),
      target('T31', 'D', { department: 'STHJ' }),
    ];
    const { target: t, excluded } = buildBundles(
      jointTask(),
      snapshot({ participantTargets: sthj }),
    );
    expect(t.bundle.pool.map((p) => p.id)).toEqual(['T01', 'T31']);
    expect(excluded.filter((e) => e.reason === 'not-shared')).toHaveLength(38);
  });

  it('refuses a joint task whose participants regulate none of the pool', () => {
    expect(() => buildBundles(jointTask(), snapshot({ participantTargets: [] }))).toThrow(
      ValidationError,
    );
  });

  it('leaves a task of one department unnarrowed', () => {
    expect(sharedWithParticipants(task(), [])).toBeUndefined();
    expect(
      buildBundles(task(), snapshot({ participantTargets: [] })).target.bundle.pool,
    ).toHaveLength(40);
  });
});

describe('the ratio again at freeze, per item over its population (二(二))', () => {
  const food = item('SCJG', 'SCJG-FOOD');
  it('counts what the frozen pool selects: ⌈N × ratio⌉ per stratum', () => {
    const pool = [
      ...Array.from({ length: 30 }, () => ({ stratum: 'risk:A' })),
      ...Array.from({ length: 10 }, () => ({ stratum: 'risk:D' })),
    ];
    expect(
      frozenTargets(
        [
          { key: 'risk:A', ratioBp: 500 },
          { key: 'risk:D', ratioBp: 2000 },
        ],
        pool,
      ),
    ).toBe(2 + 2);
  });

  it('refuses a draw that would take a general item past 10 % of its population this year', () => {
    const e = (() => {
      try {
        checkFrozenQuotas(
          {
            id: '2026-SCJG-007',
            initiator: 'SCJG',
            participants: [],
            items: ['SCJG-FOOD'],
            planned: 4,
          },
          {
            items: [food],
            populations: new Map([[itemKey('SCJG', 'SCJG-FOOD'), 60]]),
            otherTasks: [
              {
                id: '2026-SCJG-002',
                initiator: 'SCJG',
                participants: [],
                items: ['SCJG-FOOD'],
                planned: 3,
              },
            ],
          },
        );
      } catch (x) {
        return x as ValidationError;
      }
      throw new Error('expected a refusal');
    })();
    expect(e.code).toBe('FREEZE.RATIO_OUT_OF_RANGE');
    expect(e.details).toMatchObject({ field: 'pool', value: 7, maxTargets: 6, population: 60 });
  });

  it('passes when this draw and the year’s other tasks stay inside the band', () => {
    const quotas = checkFrozenQuotas(
      {
        id: '2026-SCJG-007',
        initiator: 'SCJG',
        participants: [],
        items: ['SCJG-FOOD'],
        planned: 4,
      },
      {
        items: [food],
        populations: new Map([[itemKey('SCJG', 'SCJG-FOOD'), 80]]),
        otherTasks: [],
      },
    );
    expect(quotas[0]).toMatchObject({ planned: 4, plannedWithin: true });
  });
});

describe('GB 11714 organisation codes inside a 统一社会信用代码', () => {
  it('computes the check character of the standard’s example D2143569-X', () => {
    expect(organisationCodeCheckChar('D2143569')).toBe('X');
  });

  it('accepts the GB 32100 example 91350100M000100Y43 and refuses a changed check', () => {
    expect(hasValidOrganisationCode('91350100M000100Y43')).toBe(true);
    expect(hasValidOrganisationCode('91350100M000100Y53')).toBe(false);
  });

  it('writes 11 as 0', () => {
    // 0,0,0,0,0,0,0,0 sums to 0: 11 − 0 = 11 → 0
    expect(organisationCodeCheckChar('00000000')).toBe('0');
  });
});

describe('业务专长 matched to items (二(三): 按照执法资质、业务专长分类标注，明确对应抽查事项)', () => {
  it('draws only inspectors with an expertise the item calls for, when it names any', () => {
    const t = task();
    const withExpertise = { ...t, items: t.items.map((i) => ({ ...i, expertise: ['食品安全'] })) };
    const staff = inspectors.map((i) =>
      i.department === 'SCJG'
        ? { ...i, expertise: ['P1', 'P2', 'P3'].includes(i.id) ? ['食品安全'] : ['特种设备'] }
        : i,
    );
    const roster = buildBundles(withExpertise, snapshot({ inspectors: staff })).target.bundle
      .roster;
    expect(roster.map((m) => m.id)).toEqual(['P1', 'P2', 'P3']);
    // an item naming none draws from every qualified inspector
    expect(buildBundles(t, snapshot({ inspectors: staff })).target.bundle.roster).toHaveLength(8);
  });
});
