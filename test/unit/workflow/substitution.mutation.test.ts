import { createHash } from 'node:crypto';
import {
  assertTeamIsDrawn,
  substituteTeam,
  substitutionKey,
  ValidationError,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';

/**
 * Substitution (换人) by dr-substitute/1 (docs/substitution.md): who may be drawn, which one
 * is, and what a refusal names.
 */

const refusal = (f: () => unknown): ValidationError => {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
};

const DRAW_ID = '2026-SCJG-007';
const SEED = 'cd'.repeat(32);
const QUAL = 'SCJG-FOOD';

type Member = {
  id: string;
  unit: string;
  leader: boolean;
  qualifications: string[];
  conflicts: string[];
};
const member = (id: string, unit: string, over: Partial<Member> = {}): Member => ({
  id,
  unit,
  leader: false,
  qualifications: [QUAL],
  conflicts: [],
  ...over,
});

const bundleOf = (
  roster: Member[],
  params: { cap?: number; crossUnit?: boolean } = {},
  pool = [
    { id: 'T1', stratum: 'all', unit: 'U1' },
    { id: 'T2', stratum: 'all', unit: 'U2' },
  ],
) => ({
  drawId: DRAW_ID,
  params: {
    team: 2,
    qualification: QUAL,
    cap: params.cap ?? 0,
    crossUnit: params.crossUnit ?? true,
    strata: [{ key: 'all', ratioBp: 1000, reserve: 0 }],
  },
  pool,
  roster,
});

type Team = { target: string; members: string[] };
const drawOf = (teams: Team[]) => ({
  seed: SEED,
  assignments: teams.map((t) => ({
    target: t.target,
    members: t.members,
    leader: t.members[0]!,
    status: 'filled' as const,
  })),
});

const key = (target: string, out: string, candidate: string) =>
  substitutionKey(SEED, DRAW_ID, target, out, candidate);

/** Of the candidates, the one dr-substitute/1 draws: the smallest key. */
const smallest = (target: string, out: string, candidates: string[]) =>
  [...candidates].sort((a, b) => (key(target, out, a) < key(target, out, b) ? -1 : 1))[0];

const sick = (out: string) => ({ out, reason: '病假' });

describe('dr-substitute/1: the key', () => {
  it('is the SHA-256 of its lines, as lowercase hex', () => {
    const k = substitutionKey('s', 'd', 't', 'o', 'c');
    expect(k).toBe(createHash('sha256').update('dr-substitute/1\ns\nd\nt\no\nc').digest('hex'));
    expect(k).not.toBe(substitutionKey('s', 'd', 't', 'o', 'c2'));
    expect(k).not.toBe(substitutionKey('s', 'd', 't', 'c', 'o'));
  });
});

describe('dr-substitute/1: which eligible member is drawn', () => {
  const target = 'T1';
  const drawn = ['P1', 'P2'];
  const candidates = ['C1', 'C2', 'C3', 'C4', 'C5'];

  it('is the smallest key among the least loaded, whatever the roster order', () => {
    const roster = [
      member('P1', 'U2'),
      member('P2', 'U2'),
      ...candidates.map((id) => member(id, 'U3')),
    ];
    const draw = drawOf([{ target, members: drawn }]);
    const expected = smallest(target, 'P2', candidates);
    for (const order of [
      roster,
      [...roster].reverse(),
      [...roster.slice(3), ...roster.slice(0, 3)],
    ]) {
      const { team, substitutions } = substituteTeam(bundleOf(order), draw, target, drawn, [
        sick('P2'),
      ]);
      expect(substitutions).toEqual([{ out: 'P2', reason: '病假', in: expected }]);
      expect(team).toEqual(['P1', expected]);
    }
  });

  it('takes the least loaded member even when a busier one has the smaller key', () => {
    const pair = ['C1', 'C2'];
    const roster = [member('P1', 'U2'), member('P2', 'U2'), ...pair.map((id) => member(id, 'U3'))];
    // each of the two in turn carries a team of another target: the other one is drawn
    for (const busy of pair) {
      const idle = pair.find((p) => p !== busy)!;
      const draw = drawOf([
        { target, members: drawn },
        { target: 'T2', members: [busy, 'P9'] },
      ]);
      const { substitutions } = substituteTeam(bundleOf(roster), draw, target, drawn, [sick('P1')]);
      expect(substitutions[0]!.in).toBe(idle);
    }
  });

  it('applies several substitutions in the order given, each on the team the last one left', () => {
    const roster = [
      member('P1', 'U2'),
      member('P2', 'U2'),
      ...candidates.map((id) => member(id, 'U3')),
    ];
    const draw = drawOf([{ target, members: drawn }]);
    const first = smallest(target, 'P2', candidates)!;
    const second = smallest(
      target,
      first,
      candidates.filter((c) => c !== first),
    )!;
    const { team, substitutions } = substituteTeam(bundleOf(roster), draw, target, drawn, [
      sick('P2'),
      { out: first, reason: '回避' },
    ]);
    expect(substitutions).toEqual([
      { out: 'P2', reason: '病假', in: first },
      { out: first, reason: '回避', in: second },
    ]);
    expect(team).toEqual(['P1', second]);
  });
});

describe('dr-substitute/1: who is eligible', () => {
  const drawn = ['P1', 'P2'];

  it('not of the target’s unit when crossUnit is on; of any unit when it is off', () => {
    // T2 is of unit U2: only C9 (U2) could go, and only without crossUnit
    const roster = [member('P1', 'U1'), member('P2', 'U1'), member('C9', 'U2')];
    const draw = drawOf([{ target: 'T2', members: drawn }]);
    const e = refusal(() => substituteTeam(bundleOf(roster), draw, 'T2', drawn, [sick('P2')]));
    expect(e.details).toMatchObject({ field: 'substitutions.0', value: 'P2' });
    const off = substituteTeam(bundleOf(roster, { crossUnit: false }), draw, 'T2', drawn, [
      sick('P2'),
    ]);
    expect(off.team).toEqual(['P1', 'C9']);
    // T1 is of unit U1: C9 of U2 may go with crossUnit on
    const t1 = substituteTeam(
      bundleOf(roster),
      drawOf([{ target: 'T1', members: drawn }]),
      'T1',
      drawn,
      [sick('P2')],
    );
    expect(t1.team).toEqual(['P1', 'C9']);
  });

  it('of any unit when the target’s unit is not known (not in the pool)', () => {
    const roster = [member('P1', 'U1'), member('P2', 'U1'), member('C9', '')];
    const draw = drawOf([{ target: 'T7', members: drawn }]);
    const { team } = substituteTeam(bundleOf(roster), draw, 'T7', drawn, [sick('P2')]);
    expect(team).toEqual(['P1', 'C9']);
  });

  it('below the cap: a member carrying `cap` teams already is not drawn', () => {
    // C1 and C2 each carry one team of another target already
    const roster = [member('P1', 'U3'), member('P2', 'U3'), member('C1', 'U3'), member('C2', 'U3')];
    const draw = drawOf([
      { target: 'T1', members: drawn },
      { target: 'T2', members: ['C1', 'C2'] },
    ]);
    const e = refusal(() =>
      substituteTeam(bundleOf(roster, { cap: 1 }), draw, 'T1', drawn, [sick('P2')]),
    );
    expect(e.code).toBe('RESULT.SUBSTITUTION_INVALID');
    for (const cap of [0, 2]) {
      const { team } = substituteTeam(bundleOf(roster, { cap }), draw, 'T1', drawn, [sick('P2')]);
      expect(team).toEqual(['P1', smallest('T1', 'P2', ['C1', 'C2'])]);
    }
  });

  it('never a member substituted out before, nor one without the qualification or with a conflict', () => {
    const roster = [
      member('P1', 'U3'),
      member('P2', 'U3'),
      member('C1', 'U3'),
      member('C2', 'U3', { qualifications: ['SCJG-ADS'] }),
      member('C3', 'U3', { conflicts: ['T1'] }),
    ];
    const draw = drawOf([{ target: 'T1', members: drawn }]);
    const e = refusal(() =>
      substituteTeam(bundleOf(roster), draw, 'T1', drawn, [sick('P2'), sick('C1')]),
    );
    // P2 may not come back in for C1
    expect(e.details).toMatchObject({ field: 'substitutions.1', value: 'C1' });
  });
});

describe('dr-substitute/1: what a refusal names', () => {
  const roster = [member('P1', 'U3'), member('P2', 'U3')];
  const draw = drawOf([{ target: 'T1', members: ['P1', 'P2'] }]);

  it('someone not on the team: the field, the value, the team and the rule', () => {
    const e = refusal(() =>
      substituteTeam(bundleOf(roster), draw, 'T1', ['P1', 'P2'], [sick('P6')]),
    );
    expect(e.code).toBe('RESULT.SUBSTITUTION_INVALID');
    expect(e.message).toBe('substitutions.0.out: P6 is not on the team drawn for T1 (P1, P2)');
    expect(e.details).toEqual({
      field: 'substitutions.0.out',
      rule: 'only a drawn member is substituted',
      value: 'P6',
    });
  });

  it('nobody left to go: the draw, the member, the target and the rule', () => {
    const e = refusal(() =>
      substituteTeam(bundleOf(roster), draw, 'T1', ['P1', 'P2'], [sick('P1')]),
    );
    expect(e.message).toBe(
      `substitutions.0: nobody on the roster of ${DRAW_ID} may replace P1 on T1; the team stays as drawn`,
    );
    expect(e.details).toEqual({
      field: 'substitutions.0',
      rule: 'substitutes come from the draw’s roster by its rules (dr-substitute/1)',
      value: 'P1',
    });
  });
});

describe('the team recorded is the team drawn', () => {
  it('accepts the drawn team in any order', () => {
    expect(() => assertTeamIsDrawn(['P2', 'P1'], ['P1', 'P2'])).not.toThrow();
  });

  it('refuses a member named twice, though the names are the drawn ones', () => {
    const e = refusal(() => assertTeamIsDrawn(['P1', 'P2', 'P2'], ['P1', 'P2']));
    expect(e.code).toBe('RESULT.TEAM_NOT_DRAWN');
    expect(e.details).toMatchObject({ field: 'team', value: ['P1', 'P2', 'P2'] });
  });

  it('refuses a member missing or swapped, naming the team, the drawn team and the rule', () => {
    expect(refusal(() => assertTeamIsDrawn(['P1'], ['P1', 'P2'])).code).toBe(
      'RESULT.TEAM_NOT_DRAWN',
    );
    const e = refusal(() => assertTeamIsDrawn(['P1', 'P3'], ['P1', 'P2']));
    expect(e.code).toBe('RESULT.TEAM_NOT_DRAWN');
    expect(e.message).toBe(
      "team: P1, P3 is not the team drawn for this target (P1, P2); a member who cannot go is substituted by the draw's rules, never chosen",
    );
    expect(e.details).toEqual({
      field: 'team',
      rule: '随机匹配执法检查人员 (台政发〔2019〕12号 二(五)): the team is the drawn team',
      value: ['P1', 'P3'],
      expected: ['P1', 'P2'],
    });
  });
});
