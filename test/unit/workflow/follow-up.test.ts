import {
  type Actor,
  appendFollowUp,
  currentOutcome,
  type DomainError,
  type InspectionResult,
  PublicResultSchema,
  penaltyIsPublished,
  publicResult,
  workingDayCalendar,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { task } from './fixtures';

const scjg: Actor = { sub: 'scjg-1', roles: ['dept:SCJG'] };
const calendar = workingDayCalendar();
const NOW = '2026-05-20T02:00:00.000Z';

const result = (over: Partial<InspectionResult> = {}): InspectionResult => ({
  taskId: '2026-SCJG-007',
  targetId: 'T01',
  item: 'SCJG-FOOD',
  department: 'SCJG',
  method: 'on-site',
  inspectionDate: '2026-04-01',
  wording: 'pending-follow-up',
  evidence: [],
  team: ['P1', 'P2'],
  suspectedCrime: false,
  recordedBy: 'P1',
  recordedAt: '2026-04-01T08:00:00Z',
  publication: { dueBy: '2026-04-30', provisional: false, publishedAt: '2026-04-10T01:00:00Z' },
  ...over,
});
const ids = { taskId: '2026-SCJG-007', targetId: 'T01', item: 'SCJG-FOOD' };
const fine = {
  decisionNo: '台市监罚〔2026〕12号',
  decisionDate: '2026-05-18',
  kind: '罚款人民币伍仟元',
  warningOnly: false,
  procedure: 'ordinary' as const,
};
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('expected a refusal');
};
const names = { planName: '计划', itemName: '食品检查', target: { name: '某店' } };

describe('follow-ups append to a result; nothing amends it (二(六))', () => {
  it('a penalty decided weeks later starts its own 7-working-day clock from its decision date', () => {
    const { result: r } = appendFollowUp(
      result(),
      { ...ids, date: '2026-05-18', penalty: fine },
      calendar,
      { actor: scjg, now: NOW },
    );
    // Monday 18 May 2026 + 7 working days = Wednesday 27 May
    expect(r.penaltyPublication).toMatchObject({ dueBy: '2026-05-27' });
    // the result itself is as it was recorded
    expect(r.wording).toBe('pending-follow-up');
    expect(r.penalty).toBeUndefined();
    expect(r.followUps).toHaveLength(1);
  });

  it('turns 待后续处理 into a final outcome once, and the public record shows it', () => {
    const { result: r } = appendFollowUp(
      result(),
      {
        ...ids,
        date: '2026-05-19',
        outcome: 'corrected',
        rectification: { completedOn: '2026-05-15', note: '已整改' },
      },
      calendar,
      { actor: scjg, now: NOW },
    );
    expect(currentOutcome(r)).toBe('corrected');
    const p = publicResult(task(), r, names);
    expect(p.result).toBe('发现问题经责令已改正');
    expect(p.followUps).toEqual([
      { date: '2026-05-19', outcome: '发现问题经责令已改正', rectifiedOn: '2026-05-15' },
    ]);
    expect(PublicResultSchema.parse(p)).toEqual(p);
    const again = refusal(() =>
      appendFollowUp(r, { ...ids, date: '2026-05-20', outcome: 'no-problem' }, calendar, {
        actor: scjg,
        now: NOW,
      }),
    );
    expect(again.code).toBe('FOLLOWUP.INVALID');
    expect(again.details.field).toBe('outcome');
  });

  it('refuses a second penalty, a decision before the inspection, and a date in the future', () => {
    const { result: r } = appendFollowUp(
      result(),
      { ...ids, date: '2026-05-18', penalty: fine },
      calendar,
      {
        actor: scjg,
        now: NOW,
      },
    );
    expect(
      refusal(() =>
        appendFollowUp(
          r,
          { ...ids, date: '2026-05-19', penalty: { ...fine, decisionNo: 'x' } },
          calendar,
          {
            actor: scjg,
            now: NOW,
          },
        ),
      ).details.field,
    ).toBe('penalty');
    expect(
      refusal(() =>
        appendFollowUp(
          result(),
          { ...ids, date: '2026-05-18', penalty: { ...fine, decisionDate: '2026-03-30' } },
          calendar,
          { actor: scjg, now: NOW },
        ),
      ).details.field,
    ).toBe('penalty.decisionDate');
    expect(
      refusal(() =>
        appendFollowUp(result(), { ...ids, date: '2026-05-21', outcome: 'corrected' }, calendar, {
          actor: scjg,
          now: NOW,
        }),
      ).details.field,
    ).toBe('date');
  });

  it('only the inspecting department follows its result up (谁检查、谁录入)', () => {
    const e = refusal(() =>
      appendFollowUp(result(), { ...ids, date: '2026-05-18', outcome: 'corrected' }, calendar, {
        actor: { sub: 'sthj-1', roles: ['dept:STHJ'] },
        now: NOW,
      }),
    );
    expect(e.code).toBe('FOLLOWUP.NOT_INSPECTING_DEPARTMENT');
  });
});

describe('which penalties are published (《市场监督管理行政处罚信息公示规定》(2021) 第二条)', () => {
  it('ordinary procedure: published; simplified (当场) or warning-only: not, and no clock runs', () => {
    expect(penaltyIsPublished(fine)).toBe(true);
    expect(penaltyIsPublished({ ...fine, procedure: 'simplified' })).toBe(false);
    expect(penaltyIsPublished({ ...fine, warningOnly: true })).toBe(false);
    const { result: r } = appendFollowUp(
      result(),
      { ...ids, date: '2026-05-18', penalty: { ...fine, procedure: 'simplified' } },
      calendar,
      { actor: scjg, now: NOW },
    );
    expect(r.penaltyPublication).toBeUndefined();
    expect(publicResult(task(), r, names).penalty).toBeUndefined();
  });

  it('an ordinary-procedure fine appears on the public record with its decision', () => {
    const { result: r } = appendFollowUp(
      result(),
      { ...ids, date: '2026-05-18', penalty: fine },
      calendar,
      {
        actor: scjg,
        now: NOW,
      },
    );
    expect(publicResult(task(), r, names).penalty).toEqual({
      decisionNo: fine.decisionNo,
      decisionDate: fine.decisionDate,
      kind: fine.kind,
    });
  });
});
