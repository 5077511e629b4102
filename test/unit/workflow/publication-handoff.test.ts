import {
  acknowledgeHandoff,
  type InspectionResult,
  inspectionType,
  missingHandoffs,
  newHandoff,
  PublicResultSchema,
  publicResult,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { task } from './fixtures';

const result = (over: Partial<InspectionResult> = {}): InspectionResult => ({
  taskId: '2026-SCJG-007',
  targetId: 'T01',
  item: 'SCJG-FOOD',
  department: 'SCJG',
  method: 'on-site',
  inspectionDate: '2026-04-01',
  wording: 'pending-follow-up',
  evidence: [{ id: 'blob/1', sha256: 'a'.repeat(64) }],
  team: ['P1', 'P2'],
  suspectedCrime: false,
  note: '负责人电话 138…',
  recordedBy: 'P1',
  recordedAt: '2026-04-01T08:00:00Z',
  publication: { dueBy: '2026-04-30', provisional: false },
  ...over,
});
const names = { planName: '2026年度计划', itemName: '食品生产检查', target: { name: '某食品厂' } };
const penalty = { decisionNo: '罚〔2026〕1号', decisionDate: '2026-04-10', kind: '罚款' };

describe('publicResult', () => {
  it('maps the national publication fields', () => {
    const p = publicResult(task(), result(), names);
    expect(p).toMatchObject({
      planId: 'SCJG-2026',
      planName: '2026年度计划',
      taskId: '2026-SCJG-007',
      taskName: '食品生产企业监督检查',
      inspectionType: '不定向抽查',
      authority: '区市场监管局',
      completedOn: '2026-04-01',
      item: '食品生产检查',
      result: '发现问题待后续处理',
    });
    expect(PublicResultSchema.parse(p)).toEqual(p);
  });

  it('carries no inspectors, evidence, notes or recorder: of the evidence, only its count', () => {
    const shown = publicResult(task(), result(), names);
    const { evidenceCount, ...rest } = shown;
    expect(evidenceCount).toBe(1);
    const text = JSON.stringify(rest);
    for (const secret of ['P1', 'P2', 'blob/1', '138', 'recordedBy', 'team', 'evidence'])
      expect(text).not.toContain(secret);
    expect(JSON.stringify(shown)).not.toContain('blob/1');
  });

  it('shows a substitution beside the draw: who was drawn, who went instead, and why', () => {
    const p = publicResult(
      task(),
      result({ team: ['P1', 'P7'], substitutions: [{ out: 'P2', in: 'P7', reason: '病假' }] }),
      names,
    );
    expect(p.substitutions).toEqual([{ out: 'P2', in: 'P7', reason: '病假' }]);
    expect(JSON.stringify(p)).not.toContain('team');
    expect(publicResult(task(), result(), names)).not.toHaveProperty('substitutions');
  });

  it('publishes a fine but never a warning-only penalty', () => {
    const fined = publicResult(
      task(),
      result({ penalty: { ...penalty, warningOnly: false } }),
      names,
    );
    expect(fined.penalty).toEqual(penalty);
    const warned = publicResult(
      task(),
      result({ penalty: { ...penalty, warningOnly: true } }),
      names,
    );
    expect(warned.penalty).toBeUndefined();
  });

  it('calls a scoped task 定向抽查', () => {
    expect(
      inspectionType({ scope: { kinds: [], towns: ['泥沟镇'], industries: [], riskClasses: [] } }),
    ).toBe('定向抽查');
  });
});

describe('handoffs', () => {
  const scjg = { sub: 'u1', roles: ['dept:SCJG'] };
  const ctx = { actor: scjg, now: '2026-04-02T01:00:00Z' };
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

  it('are made by the inspecting department with a deterministic id', () => {
    const h = newHandoff(result(), toDept, ctx);
    expect(h).toMatchObject({ id: 'T01.SCJG-FOOD.department-in-charge', from: 'SCJG', by: 'u1' });
  });

  it('refuse another department, a date before the inspection, or handing to oneself', () => {
    expect(() =>
      newHandoff(result(), toDept, { ...ctx, actor: { sub: 'x', roles: ['dept:ZJJ'] } }),
    ).toThrow(expect.objectContaining({ code: 'HANDOFF.NOT_INSPECTING_DEPARTMENT' }));
    expect(() => newHandoff(result(), { ...toDept, date: '2026-03-31' }, ctx)).toThrow(
      expect.objectContaining({ code: 'HANDOFF.BEFORE_INSPECTION' }),
    );
    expect(() => newHandoff(result(), { ...toDept, receiverDepartment: 'SCJG' }, ctx)).toThrow(
      expect.objectContaining({ code: 'HANDOFF.TO_SELF' }),
    );
  });

  it('to the judicial authorities need no receiving department, and refuse one', () => {
    const { receiverDepartment: _r, ...rest } = toDept;
    const judicial = { ...rest, kind: 'judicial' as const, receiverName: '市公安局' };
    expect(newHandoff(result(), judicial, ctx).kind).toBe('judicial');
    expect(() => newHandoff(result(), { ...judicial, receiverDepartment: 'ZJJ' }, ctx)).toThrow(
      expect.objectContaining({ code: 'HANDOFF.INVALID_FIELD' }),
    );
  });

  it('are acknowledged once, by the receiving department, not before they were sent', () => {
    const h = newHandoff(result(), toDept, ctx);
    const ack = {
      taskId: h.taskId,
      handoffId: h.id,
      acknowledgedBy: '王某',
      at: '2026-04-03T01:00:00Z',
    };
    expect(() => acknowledgeHandoff(h, ack, scjg)).toThrow(
      expect.objectContaining({ code: 'HANDOFF.NOT_RECEIVER' }),
    );
    const zjj = { sub: 'z1', roles: ['dept:ZJJ'] };
    const done = acknowledgeHandoff(h, ack, zjj);
    expect(done.acknowledgement).toEqual({ by: '王某', at: ack.at, recordedBy: 'z1' });
    expect(() => acknowledgeHandoff(done, ack, zjj)).toThrow(
      expect.objectContaining({ code: 'HANDOFF.ALREADY_ACKNOWLEDGED' }),
    );
    expect(() => acknowledgeHandoff(h, { ...ack, at: '2026-04-02T00:59:59Z' }, zjj)).toThrow(
      expect.objectContaining({ code: 'HANDOFF.ACK_BEFORE_HANDOFF' }),
    );
  });

  it('still missing are listed per required kind', () => {
    const r = result({ wording: 'false-disclosure', suspectedCrime: true });
    const h = newHandoff(r, toDept, ctx);
    expect(missingHandoffs(r, [])).toEqual(['department-in-charge', 'judicial']);
    expect(missingHandoffs(r, [h])).toEqual(['judicial']);
    expect(missingHandoffs(result({ wording: 'no-problem' }), [])).toEqual([]);
  });
});
