import type { DepartmentCode } from './codes';
import { deactivatedState } from './deactivation';
import { ConflictError } from './errors';
import { type ChangeContext, firstEntry, type HistoryEntry, recordChange } from './history';
import {
  type Item,
  type ItemCreateInput,
  ItemCreateInputSchema,
  type ItemUpdateInput,
  ItemUpdateInputSchema,
} from './item.schema';
import type { TargetDeactivateInput } from './target.schema';
import { parseOrThrow } from './validation';

type Result = { item: Item; entry: HistoryEntry };

export const newItem = (
  input: ItemCreateInput & { department: DepartmentCode },
  ctx: ChangeContext,
): Result => {
  const { department, ...body } = input;
  const { reason, ...v } = parseOrThrow(ItemCreateInputSchema, body, 'ITEM');
  const entry = firstEntry(ctx, reason ?? '');
  return {
    item: {
      ...v,
      department,
      status: 'active',
      createdAt: ctx.now,
      updatedAt: ctx.now,
      version: 1,
      history: [entry],
    },
    entry,
  };
};

const assertActive = (i: Item, what: string): void => {
  if (i.status !== 'active')
    throw new ConflictError('ITEM.INACTIVE', `item ${i.code} is inactive; it cannot be ${what}`, {
      field: 'status',
      rule: 'inactive entries are kept, not changed',
      value: i.status,
    });
};

export const updateItem = (
  current: Item,
  patch: ItemUpdateInput,
  ctx: ChangeContext,
  reason = '',
): Result => {
  const p = parseOrThrow(ItemUpdateInputSchema, patch, 'ITEM');
  assertActive(current, 'updated');
  const { version: _v, history: _h, ...rest } = current;
  const { next, entry } = recordChange(
    current,
    { ...rest, ...p, updatedAt: ctx.now },
    ctx,
    'update',
    reason,
  );
  return { item: next, entry };
};

/** Taking an item off the list keeps it for the record; plans can no longer name it. */
export const deactivateItem = (
  current: Item,
  input: TargetDeactivateInput,
  ctx: ChangeContext,
): Result => {
  const { after, why } = deactivatedState(current, input, ctx, 'ITEM', assertActive);
  const { next, entry } = recordChange(current, after, ctx, 'deactivate', why);
  return { item: next, entry };
};
