import { shanghaiDate } from './codes';
import { ValidationError } from './errors';
import type { ChangeContext } from './history';
import { type TargetDeactivateInput, TargetDeactivateInputSchema } from './target.schema';
import { parseOrThrow } from './validation';

/** The shape every directory entry shares that deactivation touches. */
interface Deactivatable {
  status: 'active' | 'inactive';
  updatedAt: string;
  deactivation?: { reason: string; date: string };
  version: number;
  history: unknown[];
}

/**
 * The state a directory entry (target, inspector, item) is left in when it leaves its list:
 * nothing is deleted, the entry is kept inactive with a reason and a date (today in
 * Asia/Shanghai unless given). `assertActive` is the entity's own check, run after the input
 * is validated so a bad request is reported before a conflict.
 */
export const deactivatedState = <T extends Deactivatable>(
  current: T,
  input: TargetDeactivateInput,
  ctx: ChangeContext,
  codePrefix: string,
  assertActive: (current: T, what: string) => void,
): { after: Omit<T, 'version' | 'history'>; why: string } => {
  if (typeof input?.reason !== 'string' || !input.reason.trim())
    throw new ValidationError(
      `${codePrefix}.REASON_REQUIRED`,
      'reason: deactivation needs a reason',
      {
        field: 'reason',
        rule: 'entries are deactivated with a reason and a date, never deleted',
        value: input?.reason,
      },
    );
  const parsed = parseOrThrow(TargetDeactivateInputSchema, input, codePrefix);
  const d = { reason: parsed.reason, date: parsed.date ?? shanghaiDate(ctx.now) };
  assertActive(current, 'deactivated again');
  const { version: _v, history: _h, ...rest } = current;
  return {
    after: { ...rest, status: 'inactive', deactivation: d, updatedAt: ctx.now },
    why: d.reason,
  };
};
