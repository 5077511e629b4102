import {
  type Actor,
  acknowledgeHandoff,
  type Handoff,
  missingHandoffs,
  newHandoff,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { recorded, refusal } from './result-scenario';

/** The rules of handing a problem on (移交 / 移送司法机关), and what each refusal names. */
const scjg: Actor = { sub: 'u1', roles: ['dept:SCJG'] };
const zjj: Actor = { sub: 'z1', roles: ['dept:ZJJ'] };
const NOW = '2026-04-02T01:00:00.000Z';
const ctx = { actor: scjg, now: NOW };
const toDept = {
  taskId: '2026-SCJG-007',
  targetId: 'T01',
  item: 'SCJG-FOOD',
  kind: 'department-in-charge' as const,
  receiverDepartment: 'ZJJ',
  receiverName: '区住房和城乡建设局',
  reason: '无证施工线索',
  date: '2026-04-02',
};
const { receiverDepartment: _r, ...common } = toDept;
const toCourt = { ...common, kind: 'judicial' as const, receiverName: '市公安局' };
const ackOf = (h: Handoff, at: string) => ({
  taskId: h.taskId,
  handoffId: h.id,
  acknowledgedBy: '王某',
  at,
});

describe('newHandoff', () => {
  it('records who handed what to whom, and when', () => {
    expect(newHandoff(recorded(), toDept, ctx)).toEqual({
      id: 'T01.SCJG-FOOD.department-in-charge',
      taskId: '2026-SCJG-007',
      targetId: 'T01',
      item: 'SCJG-FOOD',
      kind: 'department-in-charge',
      from: 'SCJG',
      receiverDepartment: 'ZJJ',
      receiverName: '区住房和城乡建设局',
      reason: '无证施工线索',
      date: '2026-04-02',
      by: 'u1',
      at: NOW,
    });
    expect(newHandoff(recorded(), toCourt, ctx)).not.toHaveProperty('receiverDepartment');
  });

  it('refuses another department, naming the rule and the inspecting department', () => {
    const e = refusal(() => newHandoff(recorded(), toDept, { ...ctx, actor: zjj }));
    expect(e.code).toBe('HANDOFF.NOT_INSPECTING_DEPARTMENT');
    expect(e.message).toBe('z1 may not hand off a result of SCJG');
    expect(e.details).toEqual({
      field: 'department',
      rule: '谁检查、谁移交 (台政发〔2019〕12号 二(六))',
      value: 'SCJG',
    });
  });

  it('may be made on the inspection day, not the day before', () => {
    expect(newHandoff(recorded(), { ...toDept, date: '2026-04-01' }, ctx).date).toBe('2026-04-01');
    const e = refusal(() => newHandoff(recorded(), { ...toDept, date: '2026-03-31' }, ctx));
    expect(e.code).toBe('HANDOFF.BEFORE_INSPECTION');
    expect(e.message).toBe('handoff date 2026-03-31 is before the inspection of 2026-04-01');
    expect(e.details).toEqual({
      field: 'date',
      rule: 'a handoff follows the finding',
      value: '2026-03-31',
    });
  });

  it('refuses handing a problem to the inspecting department itself', () => {
    const e = refusal(() => newHandoff(recorded(), { ...toDept, receiverDepartment: 'SCJG' }, ctx));
    expect(e.code).toBe('HANDOFF.TO_SELF');
    expect(e.message).toBe('SCJG cannot hand a problem to itself');
    expect(e.details).toEqual({
      field: 'receiverDepartment',
      rule: 'handoff to another department',
      value: 'SCJG',
    });
  });

  it('sends a broken promise to the approving department, and a suspected crime still to the judiciary', () => {
    const broken = recorded({ promiseBroken: true, suspectedCrime: true });
    const e = refusal(() => newHandoff(broken, toDept, ctx));
    expect(e.code).toBe('HANDOFF.PROMISE_TO_APPROVER');
    expect(e.message).toBe(
      'a broken promise (承诺不兑现) goes to the approving department XZSP, not ZJJ',
    );
    expect(e.details).toEqual({
      field: 'receiverDepartment',
      rule: '告知承诺: 承诺不兑现 handed to the approving department (台政发〔2019〕10号 六(一))',
      value: 'ZJJ',
    });
    // the approver rule is about the department in charge: the judicial handoff stands apart
    expect(newHandoff(broken, toCourt, ctx)).toMatchObject({ kind: 'judicial', from: 'SCJG' });
  });
});

describe('acknowledgeHandoff', () => {
  const h = newHandoff(recorded(), toDept, ctx);

  it('refuses an invalid acknowledgement with a HANDOFF code naming the field', () => {
    const e = refusal(() => acknowledgeHandoff(h, { ...ackOf(h, NOW), at: 'gestern' }, zjj));
    expect(e.code).toBe('HANDOFF.INVALID_FIELD');
    expect(e.details.field).toBe('at');
  });

  it('is signed by the receiving department only, and the refusal names who may', () => {
    const e = refusal(() => acknowledgeHandoff(h, ackOf(h, NOW), scjg));
    expect(e.code).toBe('HANDOFF.NOT_RECEIVER');
    expect(e.message).toBe(
      'u1 may not acknowledge handoff T01.SCJG-FOOD.department-in-charge: only dept:ZJJ may',
    );
    expect(e.details).toEqual({
      field: 'handoffId',
      rule: 'the receiver acknowledges',
      value: 'T01.SCJG-FOOD.department-in-charge',
    });
  });

  it('of a judicial handoff is recorded by the handing department, whatever else the record names', () => {
    const court = { ...newHandoff(recorded(), toCourt, ctx), receiverDepartment: 'ZJJ' };
    const done = acknowledgeHandoff(court, ackOf(court, NOW), scjg);
    expect(done.acknowledgement).toEqual({ by: '王某', at: NOW, recordedBy: 'u1' });
    expect(refusal(() => acknowledgeHandoff(court, ackOf(court, NOW), zjj)).code).toBe(
      'HANDOFF.NOT_RECEIVER',
    );
  });

  it('is made once; a second names who signed and when', () => {
    const done = acknowledgeHandoff(h, ackOf(h, '2026-04-03T01:00:00.000Z'), zjj);
    const e = refusal(() => acknowledgeHandoff(done, ackOf(h, '2026-04-04T01:00:00.000Z'), zjj));
    expect(e.code).toBe('HANDOFF.ALREADY_ACKNOWLEDGED');
    expect(e.message).toBe(
      'handoff T01.SCJG-FOOD.department-in-charge was acknowledged by 王某 at 2026-04-03T01:00:00.000Z',
    );
    expect(e.details).toEqual({
      field: 'handoffId',
      rule: 'acknowledged once',
      value: 'T01.SCJG-FOOD.department-in-charge',
    });
  });

  it('may be signed the instant it was sent, not a moment before', () => {
    expect(acknowledgeHandoff(h, ackOf(h, NOW), zjj).acknowledgement?.at).toBe(NOW);
    const e = refusal(() => acknowledgeHandoff(h, ackOf(h, '2026-04-02T00:59:59.999Z'), zjj));
    expect(e.code).toBe('HANDOFF.ACK_BEFORE_HANDOFF');
    expect(e.message).toBe(
      `acknowledged at 2026-04-02T00:59:59.999Z, before the handoff at ${NOW}`,
    );
    expect(e.details).toEqual({
      field: 'at',
      rule: 'receipt follows sending',
      value: '2026-04-02T00:59:59.999Z',
    });
  });
});

describe('missingHandoffs', () => {
  const r = recorded({ wording: 'false-disclosure', suspectedCrime: true });
  const made = newHandoff(r, toDept, ctx);

  it('counts only a handoff of the same target, item and kind', () => {
    expect(missingHandoffs(r, [made])).toEqual(['judicial']);
    expect(missingHandoffs(r, [{ ...made, targetId: 'T02' }])).toEqual([
      'department-in-charge',
      'judicial',
    ]);
    expect(missingHandoffs(r, [{ ...made, item: 'SCJG-ADS' }])).toEqual([
      'department-in-charge',
      'judicial',
    ]);
    expect(missingHandoffs(r, [{ ...made, targetId: 'T02', item: 'SCJG-ADS' }])).toEqual([
      'department-in-charge',
      'judicial',
    ]);
    expect(missingHandoffs(r, [made, newHandoff(r, toCourt, ctx)])).toEqual([]);
  });
});
