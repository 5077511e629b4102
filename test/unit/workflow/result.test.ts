import {
  assertCanRecordResult,
  buildBundles,
  HANDOFF_WORDINGS,
  type InspectionResult,
  inspectingDepartment,
  newResult,
  nextReserve,
  REPLACEMENT_WORDINGS,
  RESULT_WORDINGS,
  type RecordResultInput,
  recomputeDeadlines,
  replacement,
  requiredHandoffs,
  triggersReplacement,
  workingDayCalendar,
} from '@double-random/domain';
import { parseBundle, runDraw } from '@double-random/draw';
import { describe, expect, it } from 'vitest';
import { inspectors, jointTask, targets, task } from './fixtures';

const frozen = buildBundles(task(), {
  freezeDate: '2026-03-02',
  targets,
  inspectors,
  recentInspections: [],
});
const draw = runDraw(parseBundle({ ...frozen.target.bundle, entropy: 'ceremony:2026-03-03:7' }));
const stratumA = draw.strata.find((s) => s.key === 'risk:A')!;
const stratumD = draw.strata.find((s) => s.key === 'risk:D')!;
const calendar = workingDayCalendar();

describe('result wordings', () => {
  it('are the twelve national wordings, exactly', () => {
    expect(Object.values(RESULT_WORDINGS)).toEqual([
      '未发现问题',
      '未按规定公示应当公示的信息',
      '公示信息隐瞒真实情况弄虚作假',
      '通过登记的住所(经营场所)无法联系',
      '不配合检查情节严重',
      '发现问题经责令已改正',
      '发现问题待后续处理',
      '未发现开展本次抽查涉及的经营活动',
      '已关闭停业或正在清算',
      '注销',
      '被吊销',
      '迁出',
    ]);
  });

  it('trigger a replacement only when the target is unreachable or gone', () => {
    expect(REPLACEMENT_WORDINGS.map((w) => RESULT_WORDINGS[w])).toEqual([
      '通过登记的住所(经营场所)无法联系',
      '已关闭停业或正在清算',
      '注销',
      '被吊销',
      '迁出',
    ]);
    expect(triggersReplacement('no-relevant-business')).toBe(false);
    expect(triggersReplacement('no-problem')).toBe(false);
  });

  it('require a handoff for pending problems, serious obstruction and false disclosure', () => {
    expect(HANDOFF_WORDINGS).toEqual([
      'pending-follow-up',
      'obstruction-serious',
      'false-disclosure',
    ]);
    expect(requiredHandoffs({ wording: 'corrected', suspectedCrime: false })).toEqual([]);
    expect(requiredHandoffs({ wording: 'false-disclosure', suspectedCrime: true })).toEqual([
      'department-in-charge',
      'judicial',
    ]);
  });
});

describe('nextReserve and replacement', () => {
  it('takes reserves of the stratum in order', () => {
    expect(stratumA.reserve).toHaveLength(2);
    expect(nextReserve(draw, 'risk:A', [])).toBe(stratumA.reserve[0]);
    expect(nextReserve(draw, 'risk:A', [stratumA.reserve[0]!])).toBe(stratumA.reserve[1]);
  });

  it('refuses when the reserves of the stratum are used up', () => {
    expect(() => nextReserve(draw, 'risk:A', stratumA.reserve)).toThrow(
      expect.objectContaining({ code: 'RESERVE.EXHAUSTED' }),
    );
    expect(() => nextReserve(draw, 'risk:D', stratumD.reserve)).toThrow(
      expect.objectContaining({ code: 'RESERVE.EXHAUSTED' }),
    );
  });

  it('refuses an unknown stratum', () => {
    expect(() => nextReserve(draw, 'risk:B', [])).toThrow(
      expect.objectContaining({ code: 'RESERVE.UNKNOWN_STRATUM' }),
    );
  });

  it('returns the reserve of the gone target stratum with the team drawn for it', () => {
    const gone = stratumD.selected[0]!;
    const r = replacement(draw, gone, []);
    expect(r.stratum).toBe('risk:D');
    expect(r.reserve).toBe(stratumD.reserve[0]);
    expect(r.assignment).toEqual(draw.reserveAssignments.find((a) => a.target === r.reserve));
  });

  it('replaces a used reserve that is itself gone by the next reserve', () => {
    const used = [stratumA.reserve[0]!];
    expect(replacement(draw, stratumA.reserve[0]!, used).reserve).toBe(stratumA.reserve[1]);
  });

  it('refuses a target that was not drawn, or an unused reserve', () => {
    expect(() => replacement(draw, 'NOPE', [])).toThrow(
      expect.objectContaining({ code: 'RESERVE.TARGET_NOT_DRAWN' }),
    );
    expect(() => replacement(draw, stratumA.reserve[0]!, [])).toThrow(
      expect.objectContaining({ code: 'RESERVE.TARGET_NOT_DRAWN' }),
    );
  });
});

describe('who records (谁检查、谁录入)', () => {
  const joint = jointTask();

  it('is the department whose item it is', () => {
    expect(inspectingDepartment(joint, 'STHJ-EMIT')).toBe('STHJ');
    expect(() => inspectingDepartment(joint, 'SCJG-ADS')).toThrow(
      expect.objectContaining({ code: 'RESULT.ITEM_NOT_IN_TASK' }),
    );
  });

  it('lets the department and its drawn team record, nobody else', () => {
    expect(assertCanRecordResult({ sub: 'u1', roles: ['dept:STHJ'] }, joint, 'STHJ-EMIT', [])).toBe(
      'STHJ',
    );
    expect(
      assertCanRecordResult({ sub: 'E1', roles: ['inspector'] }, joint, 'STHJ-EMIT', ['E1', 'E2']),
    ).toBe('STHJ');
    expect(() =>
      assertCanRecordResult({ sub: 'u2', roles: ['dept:SCJG'] }, joint, 'STHJ-EMIT', []),
    ).toThrow(expect.objectContaining({ code: 'RESULT.NOT_INSPECTING_DEPARTMENT' }));
    expect(() =>
      assertCanRecordResult({ sub: 'E3', roles: ['inspector'] }, joint, 'STHJ-EMIT', ['E1', 'E2']),
    ).toThrow(expect.objectContaining({ code: 'RESULT.NOT_INSPECTING_DEPARTMENT' }));
    expect(() =>
      assertCanRecordResult({ sub: 'o', roles: ['office'] }, joint, 'STHJ-EMIT', []),
    ).toThrow(expect.objectContaining({ code: 'RESULT.NOT_INSPECTING_DEPARTMENT' }));
  });
});

describe('newResult', () => {
  const input = (over: Partial<RecordResultInput> = {}): RecordResultInput => ({
    taskId: '2026-SCJG-007',
    targetId: 'T01',
    item: 'SCJG-FOOD',
    method: 'on-site',
    inspectionDate: '2026-09-30',
    wording: 'pending-follow-up',
    team: ['P1', 'P2'],
    ...over,
  });
  const ctx = { actor: 'u1', now: '2026-09-30T09:00:00Z' };

  it('computes the 20-working-day publication deadline across National Day 2026', () => {
    const r = newResult(task(), input(), 'SCJG', calendar, ctx);
    // 2026: 1–7 Oct off, 10 Oct (Sat) worked
    expect(r.publication).toEqual({ dueBy: '2026-11-03', provisional: false });
  });

  it('gives a penalty a 7-working-day deadline, a warning none', () => {
    const penalty = {
      decisionNo: '台市监罚〔2026〕12号',
      decisionDate: '2026-10-09',
      kind: '罚款',
    };
    const fined = newResult(
      task(),
      input({ penalty: { ...penalty, warningOnly: false } }),
      'SCJG',
      calendar,
      ctx,
    );
    expect(fined.penaltyPublication).toEqual({ dueBy: '2026-10-19', provisional: false });
    const warned = newResult(
      task(),
      input({ penalty: { ...penalty, warningOnly: true } }),
      'SCJG',
      calendar,
      ctx,
    );
    expect(warned.penaltyPublication).toBeUndefined();
  });

  it('requires a performer for a third-party check and only then', () => {
    expect(() =>
      newResult(task(), input({ method: 'third-party' }), 'SCJG', calendar, ctx),
    ).toThrow(expect.objectContaining({ code: 'RESULT.INVALID_FIELD' }));
    expect(
      newResult(
        task(),
        input({ method: 'third-party', performer: '某检测公司' }),
        'SCJG',
        calendar,
        ctx,
      ).performer,
    ).toBe('某检测公司');
    expect(() =>
      newResult(task(), input({ performer: '某检测公司' }), 'SCJG', calendar, ctx),
    ).toThrow(expect.objectContaining({ code: 'RESULT.INVALID_FIELD' }));
  });

  it('refuses an inspection date outside the task window, accepts its last day', () => {
    expect(() =>
      newResult(task(), input({ inspectionDate: '2026-12-01' }), 'SCJG', calendar, ctx),
    ).toThrow(expect.objectContaining({ code: 'RESULT.OUTSIDE_WINDOW' }));
    expect(
      newResult(task(), input({ inspectionDate: '2026-11-30' }), 'SCJG', calendar, ctx)
        .inspectionDate,
    ).toBe('2026-11-30');
  });

  it('refuses a penalty decided before the inspection', () => {
    const penalty = {
      decisionNo: 'X',
      decisionDate: '2026-09-29',
      kind: '罚款',
      warningOnly: false,
    };
    expect(() => newResult(task(), input({ penalty }), 'SCJG', calendar, ctx)).toThrow(
      expect.objectContaining({ code: 'RESULT.PENALTY_BEFORE_INSPECTION' }),
    );
  });

  it('refuses a wording outside the national list', () => {
    expect(() =>
      newResult(task(), input({ wording: '良好' as never }), 'SCJG', calendar, ctx),
    ).toThrow(expect.objectContaining({ code: 'RESULT.INVALID_FIELD' }));
  });

  it('recomputes a provisional deadline once the schedule is loaded, not a published one', () => {
    const late = task({ window: { start: '2026-03-01', end: '2026-12-31' } });
    const r = newResult(late, input({ inspectionDate: '2026-12-15' }), 'SCJG', calendar, ctx);
    expect(r.publication).toEqual({ dueBy: '2027-01-12', provisional: true });
    const y2027 = workingDayCalendar([
      { year: 2027, holidays: ['2027-01-01'], makeUpWorkdays: [], source: 'office' },
    ]);
    const again = recomputeDeadlines(r, y2027);
    expect(again.publication).toEqual({ dueBy: '2027-01-13', provisional: false });
    const published: InspectionResult = {
      ...r,
      publication: { ...r.publication, publishedAt: '2026-12-01T00:00:00Z' },
    };
    expect(recomputeDeadlines(published, y2027).publication).toEqual(published.publication);
  });
});

describe('result team', () => {
  it('needs at least two enforcement officers', () => {
    const one = {
      taskId: '2026-SCJG-007',
      targetId: 'T01',
      item: 'SCJG-FOOD',
      method: 'on-site' as const,
      inspectionDate: '2026-04-01',
      wording: 'no-problem' as const,
      team: ['P1'],
    };
    const ctx = { actor: 'u1', now: '2026-04-01T09:00:00Z' };
    expect(() => newResult(task(), one, 'SCJG', calendar, ctx)).toThrow(
      expect.objectContaining({
        code: 'RESULT.INVALID_FIELD',
        details: expect.objectContaining({ field: 'team' }),
      }),
    );
    expect(newResult(task(), { ...one, team: ['P1', 'P2'] }, 'SCJG', calendar, ctx).team).toEqual([
      'P1',
      'P2',
    ]);
  });
});
