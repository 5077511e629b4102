import type { DepartmentCode } from './codes';
import { deactivatedState } from './deactivation';
import { ConflictError } from './errors';
import { type ChangeContext, firstEntry, type HistoryEntry, recordChange } from './history';
import {
  type Target,
  type TargetCreateInput,
  TargetCreateInputSchema,
  type TargetDeactivateInput,
  type TargetUpdateInput,
  TargetUpdateInputSchema,
} from './target.schema';
import { usccProblem } from './uscc';
import {
  type FieldError,
  parseOrThrow,
  type RowResult,
  toValidationError,
  zodFieldErrors,
} from './validation';

const USCC_RULE = 'GB 32100-2015 统一社会信用代码';

const usccErrors = (input: {
  id?: string | undefined;
  kind: string;
  uscc?: string | undefined;
}): FieldError[] => {
  const errors: FieldError[] = [];
  if (input.uscc === undefined || input.uscc === '') {
    if (input.kind === 'enterprise')
      errors.push({
        field: 'uscc',
        rule: 'an enterprise (企业) needs its 统一社会信用代码',
        code: 'TARGET.USCC_REQUIRED',
        message: 'uscc: required for kind enterprise (企业)',
      });
    else if (input.id === undefined)
      errors.push({
        field: 'id',
        rule: 'a target without uscc needs an id given by the department',
        code: 'TARGET.ID_REQUIRED',
        message: `id: required when no uscc is given (kind ${input.kind})`,
      });
    return errors;
  }
  const problem = usccProblem(input.uscc);
  if (problem) {
    const what = {
      length: 'must be 18 characters',
      charset: 'must use only 0-9 and A–Y without I, O, S, V, Z',
      check: 'check character (position 18) does not match',
    }[problem];
    errors.push({
      field: 'uscc',
      rule: USCC_RULE,
      code: 'TARGET.USCC_INVALID',
      message: `uscc: ${input.uscc} ${what} (${USCC_RULE})`,
      value: input.uscc,
    });
  } else if (input.id !== undefined && input.id !== input.uscc) {
    errors.push({
      field: 'id',
      rule: 'an organisation is identified by its 统一社会信用代码',
      code: 'TARGET.ID_NOT_USCC',
      message: `id: ${input.id} must equal uscc ${input.uscc}`,
      value: input.id,
    });
  }
  return errors;
};

/**
 * Validate one row of a bulk file (or one API body) without throwing: every broken
 * rule is returned with its field, so an import can report all rows at once.
 */
export const validateTargetRow = (
  row: unknown,
): RowResult<ReturnType<typeof TargetCreateInputSchema.parse>> => {
  const parsed = TargetCreateInputSchema.safeParse(row);
  if (!parsed.success) return { ok: false, errors: zodFieldErrors(parsed.error, row, 'TARGET') };
  const errors = usccErrors(parsed.data);
  return errors.length ? { ok: false, errors } : { ok: true, value: parsed.data };
};

export const newTarget = (
  input: TargetCreateInput & { department: DepartmentCode },
  ctx: ChangeContext,
): { target: Target; entry: HistoryEntry } => {
  const { department, ...body } = input;
  const r = validateTargetRow(body);
  if (!r.ok) throw toValidationError(r.errors);
  const { reason, ...v } = r.value;
  const entry = firstEntry(ctx, reason ?? '');
  const target: Target = {
    id: v.id ?? v.uscc!,
    department,
    name: v.name,
    kind: v.kind,
    ...(v.uscc ? { uscc: v.uscc } : {}),
    town: v.town,
    industry: v.industry,
    riskClass: v.riskClass,
    unit: v.unit,
    status: 'active',
    createdAt: ctx.now,
    updatedAt: ctx.now,
    version: 1,
    history: [entry],
  };
  return { target, entry };
};

const assertActive = (t: Target, what: string): void => {
  if (t.status !== 'active')
    throw new ConflictError(
      'TARGET.INACTIVE',
      `target ${t.id} is inactive since ${t.deactivation?.date}; it cannot be ${what}`,
      { field: 'status', rule: 'inactive entries are kept, not changed', value: t.status },
    );
};

export const updateTarget = (
  current: Target,
  patch: TargetUpdateInput,
  ctx: ChangeContext,
  reason = '',
): { target: Target; entry: HistoryEntry } => {
  const p = parseOrThrow(TargetUpdateInputSchema, patch, 'TARGET');
  assertActive(current, 'updated');
  const { version: _v, history: _h, ...rest } = current;
  const { next, entry } = recordChange(
    current,
    { ...rest, ...p, updatedAt: ctx.now },
    ctx,
    'update',
    reason,
  );
  return { target: next, entry };
};

/** Nothing leaves the directory by deletion: a target is deactivated with a reason and a date. */
export const deactivateTarget = (
  current: Target,
  input: TargetDeactivateInput,
  ctx: ChangeContext,
): { target: Target; entry: HistoryEntry } => {
  const { after, why } = deactivatedState(current, input, ctx, 'TARGET', assertActive);
  const { next, entry } = recordChange(current, after, ctx, 'deactivate', why);
  return { target: next, entry };
};
