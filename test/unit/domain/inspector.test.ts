import {
  assertCertification,
  ConflictError,
  deactivateInspector,
  declareConflict,
  ineligibilityReasons,
  isDailySupervision,
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

/**
 * 台政发〔2019〕12号 二(三) lists in the directory "行政执法类公务员、具有行政执法资格的工作人员和
 * 从事日常监管工作的人员": the first two hold a 执法证 (《行政处罚法》(2021) 第42条) and are drawn;
 * 日常监管人员 hold none, never lead, never enter a roster.
 */
describe('categories: 执法人员 hold a 执法证, 日常监管人员 none', () => {
  const daily = {
    department: 'SCJG',
    id: 'D0001',
    name: '赵六',
    category: 'daily-supervision' as const,
    qualifications: ['SCJG-FOOD'],
  };
  const refusal = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e as { code: string; details: Record<string, unknown> };
    }
    throw new Error('expected a refusal');
  };

  it('requires both certificate fields of an enforcement officer, absent category included', () => {
    expect(() => assertCertification(base)).not.toThrow();
    expect(() => assertCertification({ ...base, category: 'enforcement' })).not.toThrow();
    const { certificateNo: _n, ...noNumber } = base;
    expect(refusal(() => newInspector(noNumber, ctx))).toMatchObject({
      code: 'INSPECTOR.CERTIFICATE_REQUIRED',
      details: { field: 'certificateNo', value: null },
    });
    const { certificateExpiry: _e, ...noExpiry } = base;
    expect(
      refusal(() => assertCertification({ ...noExpiry, category: 'enforcement' })),
    ).toMatchObject({
      code: 'INSPECTOR.CERTIFICATE_REQUIRED',
      details: { field: 'certificateExpiry' },
    });
  });

  it('lists 日常监管人员 without a certificate, and refuses one held, or leading a group', () => {
    const { inspector } = newInspector(daily, ctx);
    expect(inspector).toMatchObject({ category: 'daily-supervision', mayLead: false });
    expect(inspector.certificateNo).toBeUndefined();
    expect(refusal(() => newInspector({ ...daily, certificateNo: 'C9' }, ctx))).toMatchObject({
      code: 'INSPECTOR.CERTIFICATE_NOT_HELD',
      details: { field: 'certificateNo', value: 'C9' },
    });
    expect(
      refusal(() =>
        assertCertification({ ...daily, mayLead: false, certificateExpiry: '2027-12-31' }),
      ),
    ).toMatchObject({
      code: 'INSPECTOR.CERTIFICATE_NOT_HELD',
      details: { field: 'certificateExpiry', value: '2027-12-31' },
    });
    expect(refusal(() => newInspector({ ...daily, mayLead: true }, ctx))).toMatchObject({
      code: 'INSPECTOR.MAY_NOT_LEAD',
      details: { field: 'mayLead', value: true },
    });
  });

  it('is never drawn: not-certified, whatever else holds', () => {
    const { inspector } = newInspector(daily, ctx);
    expect(ineligibilityReasons(inspector, '2026-05-01', 'SCJG-FOOD')).toEqual(['not-certified']);
    expect(isEligible(inspector, '2026-05-01', 'SCJG-FOOD')).toBe(false);
    const { inspector: off } = deactivateInspector(inspector, { reason: '调离' }, ctx);
    expect(ineligibilityReasons(off, '2026-05-01', 'SCJG-DRUG')).toEqual([
      'inactive',
      'not-certified',
      'not-qualified',
    ]);
    // an enforcement entry stored without an expiry is not certified either
    const { certificateExpiry: _e, ...stored } = newInspector(base, ctx).inspector;
    expect(ineligibilityReasons(stored, '2026-05-01', 'SCJG-FOOD')).toEqual(['not-certified']);
    expect(isDailySupervision(inspector)).toBe(true);
    expect(isDailySupervision(newInspector(base, ctx).inspector)).toBe(false);
  });

  it('listed again as 日常监管人员: the certificate and leading leave with the change', () => {
    const { inspector } = newInspector(base, ctx);
    const { inspector: next, entry } = updateInspector(
      inspector,
      { category: 'daily-supervision' },
      ctx,
      '转为日常监管人员',
    );
    expect(next).toMatchObject({ category: 'daily-supervision', mayLead: false, version: 2 });
    expect([next.certificateNo, next.certificateExpiry]).toEqual([undefined, undefined]);
    expect(entry.changes.map((c) => [c.field, c.from, c.to])).toEqual([
      ['category', undefined, 'daily-supervision'],
      ['certificateExpiry', base.certificateExpiry, undefined],
      ['certificateNo', base.certificateNo, undefined],
      ['mayLead', true, false],
    ]);
    // naming a certificate in the same change is a contradiction, refused
    expect(
      refusal(() =>
        updateInspector(inspector, { category: 'daily-supervision', certificateNo: 'C9' }, ctx),
      ),
    ).toMatchObject({ code: 'INSPECTOR.CERTIFICATE_NOT_HELD' });
    // back to enforcement only with a certificate again
    expect(refusal(() => updateInspector(next, { category: 'enforcement' }, ctx))).toMatchObject({
      code: 'INSPECTOR.CERTIFICATE_REQUIRED',
      details: { field: 'certificateNo' },
    });
    const { inspector: back } = updateInspector(
      next,
      { category: 'enforcement', certificateNo: 'C10', certificateExpiry: '2028-12-31' },
      ctx,
    );
    expect(back).toMatchObject({ category: 'enforcement', certificateNo: 'C10' });
  });
});
