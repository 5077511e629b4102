import {
  type Actor,
  changeAppliers,
  type FollowUp,
  type FollowUpInput,
  workflowUseCases as uc,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { type Deps, entries, recorded, rejection, scenario, TASK_ID } from './result-scenario';

/** 10. Recording a follow-up through its intent and entry (`result.follow-up`). */
const scjg: Actor = { sub: 'scjg-1', roles: ['dept:SCJG'] };
const NOW = '2026-05-20T02:00:00.000Z';
const ids = { taskId: TASK_ID, targetId: 'T01', item: 'SCJG-FOOD' };
const fine = {
  decisionNo: '台市监罚〔2026〕12号',
  decisionDate: '2026-05-18',
  kind: '罚款人民币伍仟元',
  warningOnly: false,
  procedure: 'ordinary' as const,
};
const published = recorded({
  publication: { dueBy: '2026-04-30', provisional: false, publishedAt: '2026-04-10T01:00:00.000Z' },
});
const record = (deps: Deps, body: Omit<FollowUpInput, 'taskId' | 'targetId' | 'item'>) =>
  uc.recordFollowUp(deps, { actor: scjg, input: { ...ids, ...body } });
const followUps = (deps: Deps) => entries(deps).filter((e) => e.action === 'result.follow-up');

describe('recordFollowUp', () => {
  it('appends an outcome and its rectification, with an entry that names them', async () => {
    const deps = await scenario(NOW, [published]);
    const rectification = { completedOn: '2026-05-15', note: '已整改' };
    const r = await record(deps, { date: '2026-05-19', outcome: 'corrected', rectification });
    expect(r).toEqual(await deps.results.get(TASK_ID, 'T01', 'SCJG-FOOD'));
    expect(r.followUps).toEqual([
      {
        seq: 1,
        date: '2026-05-19',
        outcome: 'corrected',
        rectification,
        recordedBy: 'scjg-1',
        recordedAt: NOW,
      },
    ]);
    expect(r).not.toHaveProperty('penaltyPublication');
    expect(followUps(deps).map((e) => [e.actor, e.at, e.subject, e.data])).toEqual([
      [
        'scjg-1',
        NOW,
        `${TASK_ID}/T01/SCJG-FOOD`,
        {
          seq: 1,
          date: '2026-05-19',
          outcome: 'corrected',
          rectification,
          intent: 'followup/T01/SCJG-FOOD/1',
        },
      ],
    ]);
  });

  it('appends a penalty, its entry naming the decision and the day it is due to be published', async () => {
    const deps = await scenario(NOW);
    const r = await record(deps, { date: '2026-05-18', penalty: fine });
    expect(r.penaltyPublication).toEqual({ dueBy: '2026-05-27', provisional: false });
    expect(followUps(deps)[0]?.data).toEqual({
      seq: 1,
      date: '2026-05-18',
      penalty: fine,
      penaltyDueBy: '2026-05-27',
      intent: 'followup/T01/SCJG-FOOD/1',
    });
  });

  it('leaves the penalty clock of a penalty decided at the inspection as it was', async () => {
    const own = recorded({
      penalty: { ...fine, decisionDate: '2026-04-01' },
      penaltyPublication: { dueBy: '2026-04-13', provisional: false },
    });
    const deps = await scenario(NOW, [own]);
    const r = await record(deps, { date: '2026-05-19', outcome: 'corrected' });
    expect(r.penaltyPublication).toEqual({ dueBy: '2026-04-13', provisional: false });
    expect(followUps(deps)[0]?.data).toEqual({
      seq: 1,
      date: '2026-05-19',
      outcome: 'corrected',
      intent: 'followup/T01/SCJG-FOOD/1',
    });
  });

  it('refuses a result that was never recorded, naming it', async () => {
    const deps = await scenario(NOW, []);
    const e = await rejection(record(deps, { date: '2026-05-19', outcome: 'corrected' }));
    expect(e.code).toBe('RESULT.NOT_FOUND');
    expect(e.message).toBe(`result ${TASK_ID}/T01/SCJG-FOOD not found`);
  });

  it('refuses a follow-up that raced another for the same place; the first stands', async () => {
    const deps = await scenario(NOW);
    // the other follow-up's intent, asked on the same read of the result, not yet applied
    const first: FollowUp = {
      seq: 1,
      date: '2026-05-18',
      outcome: 'corrected',
      recordedBy: 'scjg-2',
      recordedAt: NOW,
    };
    await deps.intents.open({
      id: 'followup/T01/SCJG-FOOD/1',
      chain: TASK_ID,
      kind: 'result.follow-up',
      since: 0,
      audit: {
        at: NOW,
        actor: 'scjg-2',
        action: 'result.follow-up',
        subject: `${TASK_ID}/T01/SCJG-FOOD`,
        data: { seq: 1 },
      },
      change: { ...ids, followUp: first },
    });
    const e = await rejection(record(deps, { date: '2026-05-19', penalty: fine }));
    expect(e.code).toBe('FOLLOWUP.STALE');
    expect(e.message).toBe(
      'follow-up 1 of SCJG-FOOD on T01 was recorded meanwhile; read the result and record again',
    );
    expect(e.details).toEqual({
      field: 'targetId',
      rule: 'follow-ups are appended in order',
      value: 1,
    });
    expect((await deps.results.get(TASK_ID, 'T01', 'SCJG-FOOD'))?.followUps).toEqual([first]);
  });
});

describe('applyFollowUp, the applier a restart runs', () => {
  const apply = changeAppliers['result.follow-up']!;
  const followUp: FollowUp = {
    seq: 1,
    date: '2026-05-18',
    penalty: fine,
    recordedBy: 'scjg-1',
    recordedAt: NOW,
  };
  const change = {
    ...ids,
    followUp,
    penaltyPublication: { dueBy: '2026-05-27', provisional: false },
  };

  it('appends the follow-up once', async () => {
    const deps = await scenario(NOW);
    await apply(deps, change);
    await apply(deps, change);
    expect((await deps.results.get(TASK_ID, 'T01', 'SCJG-FOOD'))?.followUps).toEqual([followUp]);
  });

  it('does nothing for a result that is not stored', async () => {
    const deps = await scenario(NOW, []);
    await apply(deps, change);
    expect(deps.results.rows.size).toBe(0);
  });

  it('publishes the penalty at once when the result was published meanwhile', async () => {
    const deps = await scenario(NOW, [published]);
    await apply(deps, change);
    expect((await deps.results.get(TASK_ID, 'T01', 'SCJG-FOOD'))?.penaltyPublication).toEqual({
      dueBy: '2026-05-27',
      provisional: false,
      publishedAt: NOW,
    });
  });

  it('keeps the result’s own penalty clock when the follow-up starts none', async () => {
    const own = { dueBy: '2026-04-13', provisional: false };
    const deps = await scenario(NOW, [{ ...published, penaltyPublication: own }]);
    await apply(deps, {
      ...ids,
      followUp: { ...followUp, penalty: undefined, outcome: 'corrected' },
    });
    const r = await deps.results.get(TASK_ID, 'T01', 'SCJG-FOOD');
    expect(r?.penaltyPublication).toEqual(own);
    expect(r?.followUps).toHaveLength(1);
  });
});
