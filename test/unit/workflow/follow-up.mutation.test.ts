import {
  type Actor,
  appendFollowUp,
  currentOutcome,
  type FollowUpInput,
  type InspectionResult,
  workingDayCalendar,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { recorded, refusal } from './result-scenario';

/** The rules of a follow-up (后续处理), and what each refusal names. */
const scjg: Actor = { sub: 'scjg-1', roles: ['dept:SCJG'] };
const calendar = workingDayCalendar();
// 2026-05-20 10:00 in Shanghai: today is 2026-05-20; the inspection was on 2026-04-01
const NOW = '2026-05-20T02:00:00.000Z';
const ids = { taskId: '2026-SCJG-007', targetId: 'T01', item: 'SCJG-FOOD' };
const fine = {
  decisionNo: '台市监罚〔2026〕12号',
  decisionDate: '2026-05-18',
  kind: '罚款人民币伍仟元',
  warningOnly: false,
  procedure: 'ordinary' as const,
};
const append = (
  input: Omit<FollowUpInput, 'taskId' | 'targetId' | 'item'>,
  result: InspectionResult = recorded(),
  actor: Actor = scjg,
) => appendFollowUp(result, { ...ids, ...input }, calendar, { actor, now: NOW });

describe('appendFollowUp', () => {
  it('refuses an invalid body with a FOLLOWUP code naming the field', () => {
    const e = refusal(() => append({ date: '2026-05-18' }));
    expect(e.code).toBe('FOLLOWUP.INVALID_FIELD');
    expect(e.details.field).toBe('outcome');
  });

  it('is recorded by the inspecting department only, and the refusal says so', () => {
    const e = refusal(() =>
      append({ date: '2026-05-18', outcome: 'corrected' }, recorded(), {
        sub: 'sthj-1',
        roles: ['dept:STHJ'],
      }),
    );
    expect(e.code).toBe('FOLLOWUP.NOT_INSPECTING_DEPARTMENT');
    expect(e.message).toBe(
      'sthj-1 may not follow up SCJG-FOOD on T01: only SCJG, which inspected it, may',
    );
    expect(e.details).toEqual({
      field: 'item',
      rule: '谁检查、谁录入、谁公开 (台政发〔2019〕12号 二(六))',
      value: 'SCJG-FOOD',
    });
  });

  it('is dated from the inspection day to today, both included', () => {
    expect(append({ date: '2026-04-01', outcome: 'corrected' }).followUp.date).toBe('2026-04-01');
    expect(append({ date: '2026-05-20', outcome: 'corrected' }).followUp.date).toBe('2026-05-20');
    for (const date of ['2026-03-31', '2026-05-21']) {
      const e = refusal(() => append({ date, outcome: 'corrected' }));
      expect(e.code).toBe('FOLLOWUP.INVALID');
      expect(e.message).toBe(
        `date: ${date} is not between the inspection (2026-04-01) and today (2026-05-20)`,
      );
      expect(e.details).toEqual({
        field: 'date',
        rule: 'a follow-up follows the inspection and is recorded once done',
        value: date,
      });
    }
  });

  it('gives a final outcome only to 待后续处理, once, and never 待后续处理 again', () => {
    const e = refusal(() =>
      append({ date: '2026-05-18', outcome: 'corrected' }, recorded({ wording: 'no-problem' })),
    );
    expect(e.code).toBe('FOLLOWUP.INVALID');
    expect(e.message).toBe(
      'outcome: the result stands at no-problem; only 发现问题待后续处理 takes a final outcome',
    );
    expect(e.details).toEqual({
      field: 'outcome',
      rule: '待后续处理 becomes a final outcome once',
      value: 'corrected',
    });
    const again = refusal(() => append({ date: '2026-05-18', outcome: 'pending-follow-up' }));
    expect(again.code).toBe('FOLLOWUP.INVALID');
    expect(again.message).toBe('outcome: a final outcome cannot be 发现问题待后续处理 again');
    expect(again.details).toEqual({
      field: 'outcome',
      rule: '待后续处理 becomes a final outcome',
      value: 'pending-follow-up',
    });
  });

  it('takes a penalty or a rectification on a result whose outcome is final', () => {
    const settled = recorded({ wording: 'corrected' });
    expect(append({ date: '2026-05-18', penalty: fine }, settled).followUp.penalty).toEqual(fine);
    expect(
      append(
        { date: '2026-05-18', rectification: { completedOn: '2026-05-10', note: '已整改' } },
        settled,
      ).followUp.rectification,
    ).toEqual({ completedOn: '2026-05-10', note: '已整改' });
  });

  it('refuses a second penalty, naming the one recorded', () => {
    const { result } = append({ date: '2026-05-18', penalty: fine });
    const e = refusal(() =>
      append(
        { date: '2026-05-19', penalty: { ...fine, decisionNo: '台市监罚〔2026〕13号' } },
        result,
      ),
    );
    expect(e.message).toBe(
      'penalty: a penalty is recorded on this result already (台市监罚〔2026〕12号)',
    );
    expect(e.details).toEqual({
      field: 'penalty',
      rule: 'one penalty decision per result',
      value: '台市监罚〔2026〕13号',
    });
  });

  it('takes a decision made from the inspection day to today, both included', () => {
    for (const decisionDate of ['2026-04-01', '2026-05-20'])
      expect(
        append({ date: '2026-05-20', penalty: { ...fine, decisionDate } }).followUp.penalty
          ?.decisionDate,
      ).toBe(decisionDate);
    for (const decisionDate of ['2026-03-31', '2026-05-21']) {
      const e = refusal(() => append({ date: '2026-05-20', penalty: { ...fine, decisionDate } }));
      expect(e.message).toBe(
        `penalty.decisionDate: ${decisionDate} is not between the inspection (2026-04-01) and today (2026-05-20)`,
      );
      expect(e.details).toEqual({
        field: 'penalty.decisionDate',
        rule: 'a decision follows the inspection and is recorded once made',
        value: decisionDate,
      });
    }
  });

  it('takes a rectification completed between the inspection and today, not before or after', () => {
    const today = { completedOn: '2026-05-20', note: '已整改' };
    expect(append({ date: '2026-05-20', rectification: today }).followUp.rectification).toEqual(
      today,
    );
    const e = refusal(() =>
      append({ date: '2026-05-20', rectification: { ...today, completedOn: '2026-05-21' } }),
    );
    expect(e.code).toBe('FOLLOWUP.INVALID');
    expect(e.message).toBe(
      'rectification.completedOn: 2026-05-21 is not between the inspection (2026-04-01) and today (2026-05-20)',
    );
    expect(e.details).toEqual({
      field: 'rectification.completedOn',
      rule: 'a rectification remedies what the inspection found and is recorded once done',
      value: '2026-05-21',
    });
    const onTheDay = { completedOn: '2026-04-01', note: '当场整改' };
    expect(append({ date: '2026-05-20', rectification: onTheDay }).followUp.rectification).toEqual(
      onTheDay,
    );
    const before = refusal(() =>
      append({ date: '2026-05-20', rectification: { ...today, completedOn: '2026-03-31' } }),
    );
    expect(before.message).toBe(
      'rectification.completedOn: 2026-03-31 is not between the inspection (2026-04-01) and today (2026-05-20)',
    );
  });

  it('publishes a penalty at once on a published result, and later on an unpublished one', () => {
    const published = recorded({
      publication: { dueBy: '2026-04-30', provisional: false, publishedAt: '2026-04-10T01:00:00Z' },
    });
    // Monday 18 May 2026 + 7 working days = Wednesday 27 May
    expect(
      append({ date: '2026-05-18', penalty: fine }, published).result.penaltyPublication,
    ).toEqual({ dueBy: '2026-05-27', provisional: false, publishedAt: NOW });
    expect(append({ date: '2026-05-18', penalty: fine }).result.penaltyPublication).toEqual({
      dueBy: '2026-05-27',
      provisional: false,
    });
  });
});

describe('currentOutcome', () => {
  it('is the last follow-up’s outcome', () => {
    const f = { date: '2026-05-18', recordedBy: 'u', recordedAt: NOW };
    expect(
      currentOutcome({
        wording: 'pending-follow-up',
        followUps: [
          { ...f, seq: 1, outcome: 'obstruction-serious' },
          { ...f, seq: 2, rectification: { completedOn: '2026-05-18', note: '已整改' } },
          { ...f, seq: 3, outcome: 'corrected' },
        ],
      }),
    ).toBe('corrected');
  });
});
