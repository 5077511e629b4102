import {
  CODE_PATTERN,
  ConflictError,
  DEPARTMENT_CODE_PATTERN,
  DEPARTMENTS,
  deactivateTarget,
  newTarget,
  TOWNS,
  updateTarget,
  ValidationError,
  validateTargetRow,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';

const ctx = { actor: 'u-scjg-1', now: '2026-03-01T02:00:00.000Z' };
const later = { actor: 'u-scjg-2', now: '2026-04-01T02:00:00.000Z' };
const enterprise = {
  department: 'SCJG',
  name: '台儿庄某某食品有限公司',
  kind: 'enterprise' as const,
  uscc: '91370405MA3C123451',
  town: '运河街道',
  industry: '食品生产',
  riskClass: 'B' as const,
  unit: 'TEZ-01',
};

const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a refusal');
};

describe('codes and lists', () => {
  it('lists the seeded departments with valid codes', () => {
    expect(DEPARTMENTS.map((d) => d.code)).toContain('SCJG');
    expect(DEPARTMENTS.every((d) => DEPARTMENT_CODE_PATTERN.test(d.code))).toBe(true);
  });

  it('department codes: 2–16 uppercase letters or digits', () => {
    expect(DEPARTMENT_CODE_PATTERN.test('S')).toBe(false);
    expect(DEPARTMENT_CODE_PATTERN.test('scjg')).toBe(false);
    expect(DEPARTMENT_CODE_PATTERN.test('A'.repeat(16))).toBe(true);
    expect(DEPARTMENT_CODE_PATTERN.test('A'.repeat(17))).toBe(false);
  });

  it('draw codes exclude the comma, spaces and non-ASCII, and stop at 64', () => {
    expect(CODE_PATTERN.test('P-0042_x~!')).toBe(true);
    expect(CODE_PATTERN.test('a,b')).toBe(false);
    expect(CODE_PATTERN.test('a b')).toBe(false);
    expect(CODE_PATTERN.test('中')).toBe(false);
    expect(CODE_PATTERN.test('x'.repeat(64))).toBe(true);
    expect(CODE_PATTERN.test('x'.repeat(65))).toBe(false);
  });

  it('exports the six towns', () => {
    expect(TOWNS).toHaveLength(6);
    expect(TOWNS).toContain('张山子镇');
  });
});

describe('newTarget', () => {
  it('identifies an organisation by its uscc and records who created it', () => {
    const { target, entry } = newTarget(enterprise, ctx);
    expect(target.id).toBe('91370405MA3C123451');
    expect(target.status).toBe('active');
    expect(target.version).toBe(1);
    expect(entry).toMatchObject({ version: 1, action: 'create', by: 'u-scjg-1', at: ctx.now });
    expect(target.history).toEqual([entry]);
  });

  it('refuses an enterprise without uscc', () => {
    const { uscc: _u, ...noUscc } = enterprise;
    const e = thrown(() => newTarget({ ...noUscc, id: 'E-1' }, ctx));
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).code).toBe('TARGET.USCC_REQUIRED');
  });

  it('refuses a uscc with a bad check character, naming field and value', () => {
    const e = thrown(() =>
      newTarget({ ...enterprise, uscc: '91370405MA3C123452' }, ctx),
    ) as ValidationError;
    expect(e.code).toBe('TARGET.USCC_INVALID');
    expect(e.details).toMatchObject({ field: 'uscc', value: '91370405MA3C123452' });
    expect(e.message).toContain('GB 32100-2015');
  });

  it('refuses an id that differs from the uscc', () => {
    const e = thrown(() => newTarget({ ...enterprise, id: 'OTHER' }, ctx)) as ValidationError;
    expect(e.code).toBe('TARGET.ID_NOT_USCC');
  });

  it('accepts an object with a department-given id and any town name', () => {
    const { target } = newTarget(
      {
        department: 'ZJJ',
        id: 'PRJ-2026-01',
        name: '某安置房项目',
        kind: 'project',
        town: '经济开发区',
        industry: '建筑',
        riskClass: 'C',
      },
      ctx,
    );
    expect(target).toMatchObject({ id: 'PRJ-2026-01', unit: '', town: '经济开发区' });
  });

  it('refuses an id with a comma (it would break the draw text)', () => {
    const e = thrown(() =>
      newTarget(
        {
          department: 'ZJJ',
          id: 'A,B',
          name: 'x',
          kind: 'product',
          town: 't',
          industry: 'i',
          riskClass: 'A',
        },
        ctx,
      ),
    ) as ValidationError;
    expect(e.details.field).toBe('id');
  });
});

describe('validateTargetRow', () => {
  it('returns every broken rule with its field instead of throwing', () => {
    const r = validateTargetRow({
      name: '',
      kind: 'enterprise',
      town: '运河街道',
      industry: 'x',
      riskClass: 'E',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.field).sort()).toEqual(['name', 'riskClass']);
  });

  it('reports a bad uscc as a field error', () => {
    const { department: _d, ...row } = enterprise;
    const r = validateTargetRow({ ...row, uscc: '91370405MA3C12345' });
    expect(r).toMatchObject({
      ok: false,
      errors: [{ field: 'uscc', code: 'TARGET.USCC_INVALID' }],
    });
  });

  it('accepts a good row', () => {
    const { department: _d, ...row } = enterprise;
    expect(validateTargetRow(row).ok).toBe(true);
  });
});

describe('updateTarget and deactivateTarget', () => {
  it('records what changed, from and to, and bumps the version', () => {
    const { target } = newTarget(enterprise, ctx);
    const { target: next, entry } = updateTarget(
      target,
      { riskClass: 'D' },
      later,
      '信用风险重新分类',
    );
    expect(next.version).toBe(2);
    expect(next.riskClass).toBe('D');
    expect(entry).toMatchObject({
      version: 2,
      by: 'u-scjg-2',
      why: '信用风险重新分类',
      changes: [{ field: 'riskClass', from: 'B', to: 'D' }, { field: 'updatedAt' }],
    });
    expect(next.history).toHaveLength(2);
  });

  it('refuses to change the id', () => {
    const { target } = newTarget(enterprise, ctx);
    expect(() => updateTarget(target, { id: 'X' } as never, later)).toThrow(ValidationError);
  });

  it('deactivates with a reason and a date, keeping the entry', () => {
    const { target } = newTarget(enterprise, ctx);
    const { target: next, entry } = deactivateTarget(
      target,
      { reason: '注销', date: '2026-03-31' },
      later,
    );
    expect(next).toMatchObject({
      status: 'inactive',
      deactivation: { reason: '注销', date: '2026-03-31' },
    });
    expect(entry.why).toBe('注销');
    expect(next.name).toBe(target.name);
  });

  it('defaults the deactivation date to the Asia/Shanghai date of now', () => {
    const { target } = newTarget(enterprise, ctx);
    const { target: next } = deactivateTarget(
      target,
      { reason: '迁出' },
      { actor: 'u', now: '2026-03-31T16:30:00Z' },
    );
    expect(next.deactivation?.date).toBe('2026-04-01');
  });

  it('refuses deactivation without a reason', () => {
    const { target } = newTarget(enterprise, ctx);
    const e = thrown(() => deactivateTarget(target, { reason: '  ' }, later)) as ValidationError;
    expect(e.code).toBe('TARGET.REASON_REQUIRED');
  });

  it('says why a deactivation is refused: no reason of text, or an entry already inactive', () => {
    const { target } = newTarget(enterprise, ctx);
    for (const input of [undefined, {}, { reason: 42 }, { reason: '' }]) {
      const e = thrown(() => deactivateTarget(target, input as never, later)) as ValidationError;
      expect(e.code).toBe('TARGET.REASON_REQUIRED');
      expect(e.message).toBe('reason: deactivation needs a reason');
      expect(e.details).toMatchObject({
        field: 'reason',
        rule: 'entries are deactivated with a reason and a date, never deleted',
      });
    }
    const { target: off } = deactivateTarget(target, { reason: '注销' }, later);
    expect(off.updatedAt).toBe(later.now);
    const again = thrown(() => deactivateTarget(off, { reason: '注销' }, later)) as ConflictError;
    expect(again).toBeInstanceOf(ConflictError);
    expect(again.message).toContain('deactivated again');
  });

  it('refuses changes to an inactive target', () => {
    const { target } = newTarget(enterprise, ctx);
    const { target: off } = deactivateTarget(target, { reason: '注销' }, later);
    expect(() => updateTarget(off, { name: 'x' }, later)).toThrow(ConflictError);
  });
});
