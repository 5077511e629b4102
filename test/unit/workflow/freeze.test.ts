import {
  buildBundles,
  buildParticipantBundle,
  DomainError,
  type FreezeSnapshot,
  rosterOf,
} from '@double-random/domain';
import { digests, parseBundle, runDraw } from '@double-random/draw';
import { describe, expect, it } from 'vitest';
import { inspector, inspectors, jointTask, target, targets, task } from './fixtures';

const snapshot = (over: Partial<FreezeSnapshot> = {}): FreezeSnapshot => ({
  freezeDate: '2026-03-02',
  targets,
  inspectors,
  recentInspections: [],
  ...over,
});

describe('buildBundles', () => {
  it('builds a dr-draw/1 bundle with risk strata and jurisdiction units', () => {
    const { target: t } = buildBundles(task(), snapshot());
    expect(t.bundle.drawId).toBe('2026-SCJG-007');
    expect(t.bundle.pool).toHaveLength(40);
    expect(t.bundle.pool[0]).toEqual({ id: 'T00', stratum: 'risk:A', unit: 'U0' });
    expect(t.bundle.params).toEqual({
      team: 2,
      qualification: 'SCJG-FOOD',
      cap: 0,
      crossUnit: true,
      strata: [
        { key: 'risk:A', ratioBp: 500, reserve: 2 },
        { key: 'risk:D', ratioBp: 2000, reserve: 1 },
      ],
    });
    expect(() => parseBundle({ ...t.bundle, entropy: 'x' })).not.toThrow();
  });

  it('computes the digests the draw package computes', () => {
    const { target: t } = buildBundles(task(), snapshot());
    const d = digests({ ...t.bundle, entropy: 'anything' });
    expect(t.digests).toEqual({
      poolDigest: d.poolDigest,
      paramsDigest: d.paramsDigest,
      rosterDigest: d.rosterDigest,
    });
  });

  it('leaves out inactive targets, other departments and risk classes without a stratum', () => {
    const out = buildBundles(
      task(),
      snapshot({
        targets: [
          target('X1', 'A', { status: 'inactive' }),
          target('X2', 'A', { department: 'STHJ' }),
          target('X3', 'B'),
          target('X4', 'D'),
        ],
      }),
    );
    expect(out.target.bundle.pool.map((p) => p.id)).toEqual(['X4']);
    expect(out.excluded).toEqual([
      { targetId: 'X1', reason: 'inactive' },
      { targetId: 'X3', reason: 'out-of-scope' },
    ]);
  });

  it('filters by scope: towns', () => {
    const out = buildBundles(
      task({ scope: { kinds: [], towns: ['泥沟镇'], industries: [], riskClasses: [] } }),
      snapshot({ targets: [target('X1', 'A', { town: '泥沟镇' }), target('X2', 'A')] }),
    );
    expect(out.target.bundle.pool.map((p) => p.id)).toEqual(['X1']);
  });

  it('excludes a target inspected on a task item exactly N days before the freeze, not N+1', () => {
    const out = buildBundles(
      task({ excludeInspectedWithinDays: 30 }),
      snapshot({
        targets: [target('X1', 'A'), target('X2', 'A'), target('X3', 'A')],
        recentInspections: [
          { targetId: 'X1', item: 'SCJG-FOOD', date: '2026-01-31' }, // 30 days before
          { targetId: 'X2', item: 'SCJG-FOOD', date: '2026-01-30' }, // 31 days before
          { targetId: 'X3', item: 'SCJG-ADS', date: '2026-03-01' }, // another item
        ],
      }),
    );
    expect(out.target.bundle.pool.map((p) => p.id)).toEqual(['X2', 'X3']);
    expect(out.excluded).toEqual([{ targetId: 'X1', reason: 'recently-inspected' }]);
  });

  it('ignores recent inspections when the task sets no exclusion window', () => {
    const out = buildBundles(
      task(),
      snapshot({
        targets: [target('X1', 'A')],
        recentInspections: [{ targetId: 'X1', item: 'SCJG-FOOD', date: '2026-03-01' }],
      }),
    );
    expect(out.target.bundle.pool).toHaveLength(1);
  });

  it('takes inspectors whose certificate is valid on the freeze day, not one expired the day before', () => {
    const out = buildBundles(
      task(),
      snapshot({
        inspectors: [
          inspector('P1', { certificateExpiry: '2026-03-02' }),
          inspector('P2', { certificateExpiry: '2026-03-01' }),
          inspector('P3', { qualifications: ['SCJG-ADS'] }),
          inspector('P4', { status: 'inactive' }),
          inspector('E1', { department: 'STHJ' }),
          inspector('P9'),
        ],
      }),
    );
    expect(out.target.bundle.roster.map((r) => r.id)).toEqual(['P1', 'P9']);
  });

  // 台政发〔2019〕12号 二(三): 日常监管人员 are in the directory, never drawn (no 执法证)
  it('never puts 日常监管人员 in a roster, however qualified, nor their expertise', () => {
    const daily = (id: string) =>
      inspector(id, {
        category: 'daily-supervision',
        certificateNo: undefined,
        certificateExpiry: undefined,
        mayLead: false,
        expertise: ['食品安全'],
      });
    const list = [inspector('P1'), daily('D1'), inspector('P2', { expertise: ['食品安全'] })];
    expect(rosterOf(list, 'SCJG', 'SCJG-FOOD', '2026-03-02').map((r) => r.id)).toEqual([
      'P1',
      'P2',
    ]);
    expect(
      rosterOf(list, 'SCJG', 'SCJG-FOOD', '2026-03-02', undefined, ['食品安全']).map((r) => r.id),
    ).toEqual(['P2']);
    const out = buildBundles(task(), snapshot({ inspectors: [...inspectors, daily('D1')] }));
    expect(out.target.bundle.roster.map((r) => r.id)).not.toContain('D1');
    expect(out.target.bundle.roster).toHaveLength(8);
  });

  it('carries declared conflicts as target ids, without reasons, only for pool targets', () => {
    const conflicts = [
      {
        targetId: 'T05',
        reason: '亲属',
        declaredBy: 'inspector' as const,
        at: '2026-01-01T00:00:00Z',
      },
      {
        targetId: 'ZZ',
        reason: '前同事',
        declaredBy: 'enterprise' as const,
        at: '2026-01-01T00:00:00Z',
      },
    ];
    const out = buildBundles(
      task(),
      snapshot({ inspectors: [inspector('P1', { conflicts }), inspector('P2')] }),
    );
    expect(out.target.bundle.roster[0]).toEqual({
      id: 'P1',
      unit: 'U1',
      leader: true,
      qualifications: ['SCJG-FOOD'],
      conflicts: ['T05'],
    });
  });

  it('freezes a participant roster with an empty pool for a joint task', () => {
    const out = buildBundles(jointTask(), snapshot());
    expect(out.participants).toHaveLength(1);
    const p = out.participants[0]!;
    expect(p.bundle.drawId).toBe('2026-SCJG-007.STHJ');
    expect(p.bundle.pool).toEqual([]);
    expect(p.bundle.roster.map((r) => r.id)).toEqual(['E1', 'E2', 'E3', 'E4']);
    expect(p.bundle.params.strata).toEqual([{ key: 'joint', ratioBp: 10000, reserve: 0 }]);
  });

  it('refuses an empty pool', () => {
    expect(() => buildBundles(task(), snapshot({ targets: [target('X1', 'B')] }))).toThrow(
      expect.objectContaining({ code: 'FREEZE.EMPTY_POOL' }),
    );
  });

  it('refuses a roster smaller than the team, for the initiator and for a participant', () => {
    expect(() =>
      buildBundles(
        task(),
        snapshot({ inspectors: [inspector('P1'), inspector('P2', { status: 'inactive' })] }),
      ),
    ).toThrow(expect.objectContaining({ code: 'FREEZE.ROSTER_TOO_SMALL' }));
    expect(() =>
      buildBundles(
        jointTask(),
        snapshot({
          inspectors: inspectors.filter((i) => i.id !== 'E2' && i.id !== 'E3' && i.id !== 'E4'),
        }),
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'FREEZE.ROSTER_TOO_SMALL',
        message: expect.stringContaining('.STHJ'),
      }),
    );
  });

  it('refuses a malformed freeze date', () => {
    expect(() => buildBundles(task(), snapshot({ freezeDate: '2026-3-2' }))).toThrow(DomainError);
  });
});

describe('buildParticipantBundle', () => {
  it('gives every selected and reserve target of the target draw a participant team', () => {
    const t = jointTask();
    const out = buildBundles(t, snapshot());
    const drawn = runDraw(parseBundle({ ...out.target.bundle, entropy: 'ceremony:2026-03-03:42' }));
    const pool = drawn.strata.flatMap((s) => [...s.selected, ...s.reserve]);
    const b = buildParticipantBundle(t, 'STHJ', pool, out.participants[0]!.bundle.roster);
    const r = runDraw(parseBundle({ ...b, entropy: 'ceremony:2026-03-03:42' }));
    expect(r.assignments.map((a) => a.target).sort()).toEqual([...pool].sort());
    expect(r.reserveAssignments).toEqual([]);
    expect(r.assignments.every((a) => a.members.every((m) => m.startsWith('E')))).toBe(true);
    // the committed parts do not depend on the pool
    const d = digests({ ...b, entropy: 'x' });
    expect(d.rosterDigest).toBe(out.participants[0]!.digests.rosterDigest);
    expect(d.paramsDigest).toBe(out.participants[0]!.digests.paramsDigest);
  });

  it('refuses a department that does not take part', () => {
    expect(() => buildParticipantBundle(jointTask(), 'ZJJ', [], [])).toThrow(
      expect.objectContaining({ code: 'FREEZE.NOT_A_PARTICIPANT' }),
    );
  });
});
