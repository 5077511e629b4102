import {
  assertCanRecordResult,
  assertCertificatesShown,
  assertChecklistAnswered,
  assertInspectionDate,
  buildBundles,
  type DomainError,
  inspectingDepartment,
  newResult,
  nextReserve,
  type RecordResultInput,
  replacement,
  workingDayCalendar,
} from '@double-random/domain';
import { parseBundle, runDraw } from '@double-random/draw';
import { describe, expect, it } from 'vitest';
import { inspectors, jointTask, targets, task } from './fixtures';

const calendar = workingDayCalendar();
const ctx = { actor: 'u1', now: '2026-09-30T09:00:00Z' };
const input = (over: Partial<RecordResultInput> = {}): RecordResultInput => ({
  taskId: '2026-SCJG-007',
  targetId: 'T01',
  item: 'SCJG-FOOD',
  method: 'on-site',
  inspectionDate: '2026-09-30',
  wording: 'no-problem',
  team: ['P1', 'P2'],
  ...over,
});

const refusal = (f: () => unknown): DomainError => {
  try {
    f();
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('expected a refusal');
};
const described = (e: DomainError) => ({ code: e.code, message: e.message, details: e.details });

describe('result refusals name the field, the rule and the value', () => {
  it('refuses an item outside the task (清单之外无检查)', () => {
    expect(described(refusal(() => inspectingDepartment(jointTask(), 'SCJG-ADS')))).toEqual({
      code: 'RESULT.ITEM_NOT_IN_TASK',
      message: `item SCJG-ADS is not an item of task ${jointTask().id}`,
      details: { field: 'item', rule: '清单之外无检查', value: 'SCJG-ADS' },
    });
  });

  it('refuses a recorder outside the inspecting department and its drawn team', () => {
    const e = refusal(() =>
      assertCanRecordResult({ sub: 'u2', roles: ['dept:SCJG'] }, jointTask(), 'STHJ-EMIT', []),
    );
    expect(described(e)).toEqual({
      code: 'RESULT.NOT_INSPECTING_DEPARTMENT',
      message:
        'u2 may not record item STHJ-EMIT: only STHJ, whose item it is, or its drawn team may (谁检查、谁录入)',
      details: {
        field: 'item',
        rule: '谁检查、谁录入、谁公开 (台政发〔2019〕12号 二(六))',
        value: 'STHJ-EMIT',
      },
    });
  });

  it('refuses an inspection before its draw or after today, and takes both days themselves', () => {
    const window = { start: '2026-03-01', end: '2026-11-30' };
    const details = { field: 'inspectionDate', drawnOn: '2026-03-10', today: '2026-03-20', window };
    expect(
      described(
        refusal(() => assertInspectionDate('2026-03-09', window, '2026-03-10', '2026-03-20')),
      ),
    ).toEqual({
      code: 'RESULT.DATE_INVALID',
      message: 'inspectionDate: 2026-03-09 is before the draw of 2026-03-10',
      details: {
        ...details,
        rule: 'an inspection follows the draw of its target (随机抽取 before 检查)',
        value: '2026-03-09',
      },
    });
    expect(
      described(
        refusal(() => assertInspectionDate('2026-03-21', window, '2026-03-10', '2026-03-20')),
      ),
    ).toEqual({
      code: 'RESULT.DATE_INVALID',
      message: 'inspectionDate: 2026-03-21 is after today, 2026-03-20',
      details: {
        ...details,
        rule: 'an inspection is recorded once done: not after today (Asia/Shanghai)',
        value: '2026-03-21',
      },
    });
    expect(() =>
      assertInspectionDate('2026-03-10', window, '2026-03-10', '2026-03-20'),
    ).not.toThrow();
    expect(() =>
      assertInspectionDate('2026-03-20', window, '2026-03-10', '2026-03-20'),
    ).not.toThrow();
  });

  it('refuses a date before the task window opens, and takes its first day', () => {
    expect(
      described(
        refusal(() =>
          newResult(task(), input({ inspectionDate: '2026-02-28' }), 'SCJG', calendar, ctx),
        ),
      ),
    ).toEqual({
      code: 'RESULT.OUTSIDE_WINDOW',
      message: 'inspection date 2026-02-28 is outside the task window 2026-03-01..2026-11-30',
      details: {
        field: 'inspectionDate',
        rule: 'inspections within the task window',
        value: '2026-02-28',
      },
    });
    expect(
      newResult(task(), input({ inspectionDate: '2026-03-01' }), 'SCJG', calendar, ctx)
        .inspectionDate,
    ).toBe('2026-03-01');
  });

  it('refuses a penalty decided before the inspection, and takes one decided the same day', () => {
    const penalty = {
      decisionNo: 'X',
      decisionDate: '2026-09-29',
      kind: '罚款',
      warningOnly: false,
    };
    expect(
      described(refusal(() => newResult(task(), input({ penalty }), 'SCJG', calendar, ctx))),
    ).toEqual({
      code: 'RESULT.PENALTY_BEFORE_INSPECTION',
      message: 'penalty decided on 2026-09-29, before the inspection of 2026-09-30',
      details: {
        field: 'penalty.decisionDate',
        rule: 'a decision follows the inspection',
        value: '2026-09-29',
      },
    });
    const sameDay = { ...penalty, decisionDate: '2026-09-30' };
    expect(
      newResult(task(), input({ penalty: sameDay }), 'SCJG', calendar, ctx).penalty?.decisionDate,
    ).toBe('2026-09-30');
  });

  it('stamps who recorded the result and when, with the department that inspects', () => {
    const r = newResult(task(), input(), 'SCJG', calendar, ctx);
    expect(r).toMatchObject({ department: 'SCJG', recordedBy: 'u1', recordedAt: ctx.now });
  });
});

describe('checklists, certificates and reserves', () => {
  it('says which checklist points were owed and which were answered', () => {
    expect(described(refusal(() => assertChecklistAnswered(['a', 'b'], [{ point: 2 }])))).toEqual({
      code: 'RESULT.CHECKLIST_INCOMPLETE',
      message:
        'checklist: the item has 2 point(s) to check (检查内容); answer each once, in order (1, 2), not 2',
      details: {
        field: 'checklist',
        rule: '检查内容 answered point by point (尽职照单免责, 台政发〔2019〕12号 三(二))',
        value: [2],
        points: 2,
      },
    });
    expect(refusal(() => assertChecklistAnswered([], [{ point: 1 }])).message).toBe(
      'checklist: the item has 0 point(s) to check (检查内容); answer each once, in order (none), not 1',
    );
    expect(refusal(() => assertChecklistAnswered(['a'], [])).message).toContain('(1), not none');
    expect(() => assertChecklistAnswered(['a', 'b'], [{ point: 1 }, { point: 2 }])).not.toThrow();
  });

  it('says which certificates were not shown and which are not the team’s', () => {
    const certificates = new Map([
      ['P1', 'ZJ-1'],
      ['P2', 'ZJ-2'],
    ]);
    const team = ['P1', 'P2', 'P3'];
    expect(
      described(refusal(() => assertCertificatesShown(['ZJ-1', 'ZJ-9'], team, certificates))),
    ).toEqual({
      code: 'RESULT.CERTIFICATES_INVALID',
      message: 'certificatesShown: not shown ZJ-2; not of the team ZJ-9',
      details: {
        field: 'certificatesShown',
        rule: '《行政处罚法》第55条: every certified member shows their 执法证',
        value: ['ZJ-1', 'ZJ-9'],
        missing: ['ZJ-2'],
        foreign: ['ZJ-9'],
      },
    });
    expect(refusal(() => assertCertificatesShown([], team, certificates)).message).toBe(
      'certificatesShown: not shown ZJ-1, ZJ-2',
    );
    expect(
      refusal(() => assertCertificatesShown(['ZJ-1', 'ZJ-2', 'ZJ-8'], team, certificates)).message,
    ).toBe('certificatesShown: not of the team ZJ-8');
    // P3 holds no certificate: nothing is owed for them
    expect(() => assertCertificatesShown(['ZJ-2', 'ZJ-1'], team, certificates)).not.toThrow();
  });

  const frozen = buildBundles(task(), {
    freezeDate: '2026-03-02',
    targets,
    inspectors,
    recentInspections: [],
  });
  const draw = runDraw(parseBundle({ ...frozen.target.bundle, entropy: 'ceremony:2026-03-03:7' }));
  const stratumA = draw.strata.find((s) => s.key === 'risk:A')!;

  it('names the stratum and the rule when reserves are unknown or used up', () => {
    expect(described(refusal(() => nextReserve(draw, 'risk:B', [])))).toEqual({
      code: 'RESERVE.UNKNOWN_STRATUM',
      message: `draw ${draw.drawId} has no stratum risk:B`,
      details: { field: 'stratum', rule: 'reserves per stratum', value: 'risk:B' },
    });
    expect(described(refusal(() => nextReserve(draw, 'risk:A', stratumA.reserve)))).toEqual({
      code: 'RESERVE.EXHAUSTED',
      message: `stratum risk:A of draw ${draw.drawId} has no unused reserve left (${stratumA.reserve.length} drawn, all used); nobody re-draws`,
      details: {
        field: 'stratum',
        rule: 'replacement from the declared reserve only (spec §4)',
        value: 'risk:A',
      },
    });
  });

  it('names the target that is not drawn, and refuses a reserve drawn without a team', () => {
    expect(described(refusal(() => replacement(draw, 'NOPE', [])))).toEqual({
      code: 'RESERVE.TARGET_NOT_DRAWN',
      message: `NOPE is neither a selected target nor a reserve in use in draw ${draw.drawId}`,
      details: { field: 'targetId', rule: 'only drawn targets are replaced', value: 'NOPE' },
    });
    const teamless = { ...draw, reserveAssignments: [] };
    const reserve = stratumA.reserve[0]!;
    expect(described(refusal(() => replacement(teamless, stratumA.selected[0]!, [])))).toEqual({
      code: 'RESERVE.NO_TEAM',
      message: `draw ${draw.drawId} holds no team for reserve ${reserve}`,
      details: {
        field: 'reserveAssignments',
        rule: 'every reserve has a team (spec §5)',
        value: reserve,
      },
    });
  });
});
