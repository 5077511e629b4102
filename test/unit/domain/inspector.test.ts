import {
  ConflictError,
  deactivateInspector,
  declareConflict,
  ineligibilityReasons,
  isEligible,
  newInspector,
  PublicInspectorSchema,
  publicInspectorView,
  updateInspector,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';

const ctx = { actor: 'u-scjg-1', now: '2026-03-01T02:00:00.000Z' };
const base = {
  department: 'SCJG',
  id: 'P0042',
  unit: 'TEZ-02',
  name: '张三',
  certificateNo: '鲁0405-2024-0042',
  certificateExpiry: '2026-06-30',
  qualifications: ['SCJG-FOOD'],
  expertise: ['食品安全'],
  mayLead: true,
  idNumber: '370405199001011234',
  phone: '13800000000',
};

describe('isEligible', () => {
  const { inspector } = newInspector(base, ctx);

  it('is eligible on the expiry day', () => {
    expect(isEligible(inspector, '2026-06-30', 'SCJG-FOOD')).toBe(true);
  });

  it('is not eligible the day after expiry', () => {
    expect(isEligible(inspector, '2026-07-01', 'SCJG-FOOD')).toBe(false);
    expect(ineligibilityReasons(inspector, '2026-07-01', 'SCJG-FOOD')).toEqual([
      'certificate-expired',
    ]);
  });

  it('is not eligible without the qualification', () => {
    expect(ineligibilityReasons(inspector, '2026-05-01', 'SCJG-DRUG')).toEqual(['not-qualified']);
  });

  it('refuses a date that is not YYYY-MM-DD rather than compare it as text', () => {
    expect(() => isEligible(inspector, '2026-7-1', 'SCJG-FOOD')).toThrow(RangeError);
  });

  it('is not eligible when inactive', () => {
    const { inspector: off } = deactivateInspector(inspector, { reason: '调离' }, ctx);
    expect(ineligibilityReasons(off, '2026-05-01', 'SCJG-FOOD')).toEqual(['inactive']);
  });
});

describe('conflicts (回避)', () => {
  it('records a conflict without putting its private reason in the history', () => {
    const { inspector } = newInspector(base, ctx);
    const { inspector: next, entry } = declareConflict(
      inspector,
      { targetId: '91370405MA3C123451', reason: '配偶任该企业监事', declaredBy: 'inspector' },
      ctx,
    );
    expect(next.conflicts).toEqual([
      {
        targetId: '91370405MA3C123451',
        reason: '配偶任该企业监事',
        declaredBy: 'inspector',
        at: ctx.now,
        // a request until the responsible official decides (《行政处罚法》第43条)
        status: 'requested',
      },
    ]);
    expect(JSON.stringify(entry)).not.toContain('配偶');
    expect(JSON.stringify(next.history)).not.toContain('配偶');
  });

  it('refuses a second conflict with the same target', () => {
    const { inspector } = newInspector(base, ctx);
    const c = { targetId: 'T1', reason: '亲属', declaredBy: 'enterprise' as const };
    const { inspector: once } = declareConflict(inspector, c, ctx);
    expect(() => declareConflict(once, c, ctx)).toThrow(ConflictError);
  });
});

describe('private data', () => {
  it('the public view has no ID number, phone, conflict reasons or history', () => {
    const { inspector } = newInspector(base, ctx);
    const { inspector: withConflict } = declareConflict(
      inspector,
      { targetId: 'T1', reason: '同学关系', declaredBy: 'enterprise' },
      ctx,
    );
    const view = publicInspectorView(withConflict);
    const text = JSON.stringify(view);
    expect(text).not.toContain('370405199001011234');
    expect(text).not.toContain('13800000000');
    expect(text).not.toContain('同学关系');
    expect(view.conflicts).toEqual([
      { targetId: 'T1', declaredBy: 'enterprise', at: ctx.now, status: 'requested' },
    ]);
    expect(PublicInspectorSchema.strict().safeParse(view).success).toBe(true);
  });

  it('history of a phone change says it changed without the numbers', () => {
    const { inspector } = newInspector(base, ctx);
    const { entry } = updateInspector(inspector, { phone: '13900000000' }, ctx);
    expect(entry.changes).toContainEqual({ field: 'phone', from: '(private)', to: '(private)' });
    expect(JSON.stringify(entry)).not.toContain('1390000');
  });
});
