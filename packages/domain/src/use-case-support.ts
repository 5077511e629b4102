import { z } from 'zod';
import type { Actor } from './actor';
import { ConflictError, NotFoundError } from './errors';
import type { ChangeContext } from './history';
import type { Clock, PageRequest } from './ports';

/** Query parameters for every list route. */
export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  cursor: z.string().min(1).max(2048).optional(),
});

export const pageOf = (page: Partial<PageRequest> | undefined): PageRequest => {
  const p = PageQuerySchema.parse(page ?? {});
  return p.cursor === undefined ? { limit: p.limit } : { limit: p.limit, cursor: p.cursor };
};

export const contextOf = (actor: Actor, clock: Clock): ChangeContext => ({
  actor: actor.sub,
  now: clock.now(),
});

export const found = <T>(value: T | undefined, code: string, what: string): T => {
  if (value === undefined) throw new NotFoundError(code, `${what} not found`, { value: what });
  return value;
};

/** The caller's copy must be the stored one: a stale write would silently undo someone's change. */
export const assertVersion = (
  current: { version: number },
  expectedVersion: number,
  code: string,
  what: string,
): void => {
  if (current.version !== expectedVersion)
    throw new ConflictError(
      code,
      `${what} is at version ${current.version}, the change was made on version ${expectedVersion}; read it again`,
      {
        field: 'version',
        rule: 'optimistic concurrency',
        value: expectedVersion,
        current: current.version,
      },
    );
};
