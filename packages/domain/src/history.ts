import { z } from 'zod';
import { IsoDateTimeSchema } from './codes';

/** Who changes something and when; the clock is read by the caller, never here. */
export interface ChangeContext {
  /** the actor's subject (token `sub`) */
  actor: string;
  /** ISO-8601 instant */
  now: string;
}

export const FieldChangeSchema = z.object({
  field: z.string(),
  from: z.unknown(),
  to: z.unknown(),
});
export type FieldChange = z.infer<typeof FieldChangeSchema>;

export const HistoryEntrySchema = z.object({
  /** the version this change produced */
  version: z.number().int().min(1),
  action: z.string().meta({ description: 'create, update, deactivate, declare-conflict, file …' }),
  by: z.string(),
  at: IsoDateTimeSchema,
  why: z.string(),
  changes: z.array(FieldChangeSchema),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Top-level fields that differ between two states, history and version excluded. */
export const diffFields = <T extends object>(before: T, after: T): FieldChange[] => {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changes: FieldChange[] = [];
  for (const key of [...keys].sort()) {
    if (key === 'history' || key === 'version') continue;
    const from = (before as Record<string, unknown>)[key];
    const to = (after as Record<string, unknown>)[key];
    if (!same(from, to)) changes.push({ field: key, from, to });
  }
  return changes;
};

interface Versioned {
  version: number;
  history: HistoryEntry[];
}

/**
 * The next state of a versioned entity: version + 1 and one history entry naming
 * what changed, so nothing about an entry is ever lost by an update.
 */
export const recordChange = <T extends Versioned>(
  before: T,
  after: Omit<T, 'version' | 'history'>,
  ctx: ChangeContext,
  action: string,
  why: string,
): { next: T; entry: HistoryEntry } => {
  const version = before.version + 1;
  const entry: HistoryEntry = {
    version,
    action,
    by: ctx.actor,
    at: ctx.now,
    why,
    changes: diffFields(before as unknown as object, after as object),
  };
  const next = { ...after, version, history: [...before.history, entry] } as T;
  return { next, entry };
};

export const firstEntry = (ctx: ChangeContext, why: string): HistoryEntry => ({
  version: 1,
  action: 'create',
  by: ctx.actor,
  at: ctx.now,
  why,
  changes: [],
});
