import {
  type AccompanyingStaff,
  assertAccompanying,
  assertInspectionDate,
  newResult,
  substituteTeam,
  substitutionKey,
  ValidationError,
  workingDayCalendar,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { task } from './fixtures';

const refusal = (f: () => unknown): ValidationError => {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
};

const calendar = workingDayCalendar();
const WINDOW = { start: '2026-03-01', end: '2026-11-30' };

describe('the inspection date lies between the draw and today, inside the window', () => {
  it('accepts the draw day and today, both included', () => {
    expect(() =>
      assertInspectionDate('2026-04-01', WINDOW, '2026-04-01', '2026-04-09'),
    ).not.toThrow();
    expect(() =>
      assertInspectionDate('2026-04-09', WINDOW, '2026-04-01', '2026-04-09'),
    ).not.toThrow();
  });

  it('refuses an inspection before its target was drawn, naming field and rule', () => {
    const e = refusal(() => assertInspectionDate('2026-03-31', WINDOW, '2026-04-01', '2026-04-09'));
    expect(e.code).toBe('RESULT.DATE_INVALID');
    expect(e.details).toMatchObject({ field: 'inspectionDate', drawnOn: '2026-04-01' });
    expect(String(e.details.rule)).toContain('follows the draw');
  });

  it('refuses a date after today (Asia/Shanghai)', () => {
    const e = refusal(() => assertInspectionDate('2026-04-10', WINDOW, '2026-04-01', '2026-04-09'));
    expect(e.message).toContain('after today, 2026-04-09');
  });

  it('newResult takes today in Asia/Shanghai: 16:30 UTC on 9 April is already 10 April', () => {
    const input = {
      taskId: '2026-SCJG-007',
      targetId: 'T01',
      item: 'SCJG-FOOD',
      method: 'on-site' as const,
      inspectionDate: '2026-04-10',
      wording: 'no-problem' as const,
      team: ['P1', 'P2'],
    };
    const facts = { drawnOn: '2026-04-01', team: ['P1', 'P2'], substitutions: [] };
    const r = newResult(
      task(),
      input,
      'SCJG',
      calendar,
      { actor: 'u', now: '2026-04-09T16:30:00.000Z' },
      facts,
    );
    expect(r.inspectionDate).toBe('2026-04-10');
    expect(() =>
      newResult(
        task(),
        input,
        'SCJG',
        calendar,
        { actor: 'u', now: '2026-04-09T15:30:00.000Z' },
        facts,
      ),
    ).toThrow(ValidationError);
  });
});

const bundle = {
  drawId: '2026-SCJG-007',
  params: {
    team: 2,
    qualification: 'SCJG-FOOD',
    cap: 0,
    crossUnit: true,
    strata: [{ key: 'all', ratioBp: 1000, reserve: 0 }],
  },
  pool: [
    { id: 'T1', stratum: 'all', unit: 'U1' },
    { id: 'T2', stratum: 'all', unit: 'U2' },
  ],
  roster: [
    { id: 'P1', unit: 'U2', leader: true, qualifications: ['SCJG-FOOD'], conflicts: [] },
    { id: 'P2', unit: 'U2', leader: false, qualifications: ['SCJG-FOOD'], conflicts: [] },
    { id: 'P3', unit: 'U1', leader: false, qualifications: ['SCJG-FOOD'], conflicts: [] },
    { id: 'P4', unit: 'U3', leader: false, qualifications: ['SCJG-FOOD'], conflicts: ['T1'] },
    { id: 'P5', unit: 'U3', leader: false, qualifications: ['SCJG-ADS'], conflicts: [] },
    { id: 'P6', unit: 'U3', leader: true, qualifications: ['SCJG-FOOD'], conflicts: [] },
    { id: 'P7', unit: 'U2', leader: false, qualifications: ['SCJG-FOOD'], conflicts: [] },
  ],
};
const seed = 'ab'.repeat(32);
const draw = {
  seed,
  assignments: [
    { target: 'T1', members: ['P1', 'P2'], leader: 'P1', status: 'filled' as const },
    { target: 'T2', members: ['P6', 'P3'], leader: 'P6', status: 'filled' as const },
  ],
};

describe('a substitute is drawn by the draw’s rules, from its published data (dr-substitute/1)', () => {
  it('never the unqualified, the conflicted, the target’s own unit, or a team member', () => {
    // T1 (unit U1): P3 is of U1, P4 declared a conflict, P5 lacks the qualification;
    // P6 carries one team already, P7 none: the lowest load is drawn
    const { team, substitutions } = substituteTeam(
      bundle,
      draw,
      'T1',
      ['P1', 'P2'],
      [{ out: 'P2', reason: '病假' }],
    );
    expect(substitutions).toEqual([{ out: 'P2', reason: '病假', in: 'P7' }]);
    expect(team).toEqual(['P1', 'P7']);
  });

  it('among the least loaded, the smallest SHA-256 key wins: anyone re-runs it', () => {
    const wider = { ...bundle, roster: [...bundle.roster, { ...bundle.roster[6]!, id: 'P8' }] };
    const { substitutions } = substituteTeam(
      wider,
      draw,
      'T1',
      ['P1', 'P2'],
      [{ out: 'P2', reason: '病假' }],
    );
    const k7 = substitutionKey(seed, '2026-SCJG-007', 'T1', 'P2', 'P7');
    const k8 = substitutionKey(seed, '2026-SCJG-007', 'T1', 'P2', 'P8');
    expect(substitutions[0]!.in).toBe(k7 < k8 ? 'P7' : 'P8');
    // the same data gives the same substitute
    expect(
      substituteTeam(wider, draw, 'T1', ['P1', 'P2'], [{ out: 'P2', reason: '病假' }])
        .substitutions,
    ).toEqual(substitutions);
  });

  it('refuses to substitute someone who was not drawn', () => {
    const e = refusal(() =>
      substituteTeam(bundle, draw, 'T1', ['P1', 'P2'], [{ out: 'P6', reason: '出差' }]),
    );
    expect(e.code).toBe('RESULT.SUBSTITUTION_INVALID');
    expect(e.details.field).toBe('substitutions.0.out');
  });

  it('refuses when the roster has nobody left who may go', () => {
    const e = refusal(() =>
      substituteTeam(
        bundle,
        draw,
        'T1',
        ['P1', 'P2'],
        [
          { out: 'P2', reason: '病假' },
          { out: 'P7', reason: '病假' },
          { out: 'P1', reason: '病假' },
        ],
      ),
    );
    expect(e.details.field).toBe('substitutions.2');
  });
});

describe('the team recorded is the team drawn', () => {
  const input = (team: string[], substitutions: { out: string; reason: string }[] = []) => ({
    taskId: '2026-SCJG-007',
    targetId: 'T01',
    item: 'SCJG-FOOD',
    method: 'on-site' as const,
    inspectionDate: '2026-04-02',
    wording: 'no-problem' as const,
    team,
    substitutions,
  });
  const ctx = { actor: 'u', now: '2026-04-09T02:00:00.000Z' };
  const facts = { drawnOn: '2026-04-01', team: ['P1', 'P2'], substitutions: [] };

  it('accepts the drawn team in any order', () => {
    expect(newResult(task(), input(['P2', 'P1']), 'SCJG', calendar, ctx, facts).team).toEqual([
      'P2',
      'P1',
    ]);
  });

  it('refuses a team that was never drawn (GHOST-1, GHOST-2), naming field and rule', () => {
    const e = refusal(() =>
      newResult(task(), input(['GHOST-1', 'GHOST-2']), 'SCJG', calendar, ctx, facts),
    );
    expect(e.code).toBe('RESULT.TEAM_NOT_DRAWN');
    expect(e.details).toMatchObject({ field: 'team', expected: ['P1', 'P2'] });
  });

  it('refuses one drawn member swapped for another inspector', () => {
    expect(
      refusal(() => newResult(task(), input(['P1', 'P3']), 'SCJG', calendar, ctx, facts)).code,
    ).toBe('RESULT.TEAM_NOT_DRAWN');
  });

  it('keeps the substitutions, with who went in, on the result', () => {
    const subbed = {
      ...facts,
      team: ['P1', 'P7'],
      substitutions: [{ out: 'P2', reason: '病假', in: 'P7' }],
    };
    const r = newResult(
      task(),
      input(['P1', 'P7'], [{ out: 'P2', reason: '病假' }]),
      'SCJG',
      calendar,
      ctx,
      subbed,
    );
    expect(r.substitutions).toEqual([{ out: 'P2', reason: '病假', in: 'P7' }]);
  });
});

describe('what the inspector shows: certificates and the checklist (尽职照单免责; 《行政处罚法》第55条)', () => {
  const base = {
    taskId: '2026-SCJG-007',
    targetId: 'T01',
    item: 'SCJG-FOOD',
    method: 'on-site' as const,
    inspectionDate: '2026-04-02',
    wording: 'no-problem' as const,
    team: ['P1', 'P2'],
    certificatesShown: ['37040500010001', '37040500010002'],
  };
  const ctx = { actor: 'u', now: '2026-04-09T02:00:00.000Z' };
  const facts = {
    drawnOn: '2026-04-01',
    team: ['P1', 'P2'],
    substitutions: [],
    checklist: ['经营许可证件公示', '从业人员健康证明', '进货查验记录'],
    certificates: new Map([
      ['P1', '37040500010001'],
      ['P2', '37040500010002'],
    ]),
  };
  const answers = [1, 2, 3].map((point) => ({ point, answer: 'compliant' as const }));

  it('answers every point of the item’s 检查内容, once and in order', () => {
    const r = newResult(task(), { ...base, checklist: answers }, 'SCJG', calendar, ctx, facts);
    expect(r.checklist).toHaveLength(3);
    const e = refusal(() =>
      newResult(task(), { ...base, checklist: answers.slice(0, 2) }, 'SCJG', calendar, ctx, facts),
    );
    expect(e.code).toBe('RESULT.CHECKLIST_INCOMPLETE');
    expect(e.details).toMatchObject({ field: 'checklist', points: 3 });
  });

  it('records the certificates the team showed: every certified member’s, none other', () => {
    const shown = ['37040500010001', '37040500010002'];
    const r = newResult(
      task(),
      { ...base, checklist: answers, certificatesShown: shown },
      'SCJG',
      calendar,
      ctx,
      facts,
    );
    expect(r.certificatesShown).toEqual(shown);
    const e = refusal(() =>
      newResult(
        task(),
        { ...base, checklist: answers, certificatesShown: ['37040500010001', 'X-9'] },
        'SCJG',
        calendar,
        ctx,
        facts,
      ),
    );
    expect(e.code).toBe('RESULT.CERTIFICATES_INVALID');
    expect(e.details).toMatchObject({
      field: 'certificatesShown',
      missing: ['37040500010002'],
      foreign: ['X-9'],
    });
  });

  it('refuses a result that does not say which 执法证 were shown, naming the team’s', () => {
    const { certificatesShown: _shown, ...unsaid } = base;
    const e = refusal(() =>
      newResult(task(), { ...unsaid, checklist: answers }, 'SCJG', calendar, ctx, facts),
    );
    expect(e.code).toBe('RESULT.CERTIFICATES_REQUIRED');
    expect(e.message).toBe(
      "certificatesShown: required; the team's certified members showed 37040500010001, 37040500010002",
    );
    expect(e.details).toMatchObject({ field: 'certificatesShown', value: null });
    expect(String(e.details.rule)).toContain('第55条');
    // saying none were shown is saying something: refused as not the team's certificates
    const none = refusal(() =>
      newResult(
        task(),
        { ...base, checklist: answers, certificatesShown: [] },
        'SCJG',
        calendar,
        ctx,
        facts,
      ),
    );
    expect(none.code).toBe('RESULT.CERTIFICATES_INVALID');
  });
});

/**
 * 日常监管人员 go with a drawn team and are recorded with its result (台政发〔2019〕12号 二(三)),
 * never counted toward its two certified officers (《行政处罚法》(2021) 第42条).
 */
describe('who accompanies the team: 日常监管人员 of the inspecting department', () => {
  const base = {
    taskId: '2026-SCJG-007',
    targetId: 'T01',
    item: 'SCJG-FOOD',
    method: 'on-site' as const,
    inspectionDate: '2026-04-02',
    wording: 'no-problem' as const,
    team: ['P1', 'P2'],
    certificatesShown: ['ZP1', 'ZP2'],
  };
  const ctx = { actor: 'u', now: '2026-04-09T02:00:00.000Z' };
  const staff = new Map<string, AccompanyingStaff>([
    ['D1', { department: 'SCJG', category: 'daily-supervision', status: 'active' }],
    ['D2', { department: 'SCJG', category: 'daily-supervision', status: 'active' }],
    ['D8', { department: 'SCJG', category: 'daily-supervision', status: 'inactive' }],
    ['H1', { department: 'STHJ', category: 'daily-supervision', status: 'active' }],
    ['P7', { department: 'SCJG', status: 'active' }],
    ['P8', { department: 'SCJG', category: 'enforcement', status: 'active' }],
  ]);
  const facts = {
    drawnOn: '2026-04-01',
    team: ['P1', 'P2'],
    substitutions: [],
    certificates: new Map([
      ['P1', 'ZP1'],
      ['P2', 'ZP2'],
    ]),
    accompanying: staff,
  };
  const record = (accompanying?: string[]) =>
    newResult(
      task(),
      { ...base, ...(accompanying ? { accompanying } : {}) },
      'SCJG',
      calendar,
      ctx,
      facts,
    );

  it('records those who went along beside the team, which stays the drawn two', () => {
    const r = record(['D1', 'D2']);
    expect(r.accompanying).toEqual(['D1', 'D2']);
    expect(r.team).toEqual(['P1', 'P2']);
    expect(r.certificatesShown).toEqual(['ZP1', 'ZP2']);
    // nobody named: nothing recorded
    expect('accompanying' in record()).toBe(false);
    expect('accompanying' in record([])).toBe(false);
  });

  it.each([
    ['an id the directory does not list', ['D9'], "is not in SCJG's inspector directory"],
    ['staff of another department', ['H1'], "is not in SCJG's inspector directory"],
    ['someone inactive', ['D8'], 'is inactive'],
    ['an enforcement officer (category absent)', ['P7'], 'is an enforcement officer'],
    ['an enforcement officer', ['P8'], 'is an enforcement officer'],
    ['a member of the team', ['P1'], 'is on the drawn team already'],
    ['the same person twice', ['D1', 'D1'], 'is named twice'],
  ])('refuses %s, naming the field and who', (_what, ids, why) => {
    const e = refusal(() => record(ids));
    expect(e.code).toBe('RESULT.ACCOMPANYING_INVALID');
    expect(e.message).toContain(`accompanying: ${ids.at(-1)} ${why}`);
    expect(e.details).toMatchObject({ field: 'accompanying', value: ids.at(-1) });
  });

  it('checks each one named, as assertAccompanying says on its own', () => {
    expect(() => assertAccompanying(['D1'], ['P1', 'P2'], 'SCJG', staff)).not.toThrow();
    expect(() => assertAccompanying([], ['P1'], 'SCJG', new Map())).not.toThrow();
    expect(() => assertAccompanying(['D1'], ['P1'], 'STHJ', staff)).toThrow(
      "accompanying: D1 is not in STHJ's inspector directory",
    );
  });
});
