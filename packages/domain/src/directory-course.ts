import { type Actor, assertCanWriteDepartment } from './actor';
import type { DepartmentCode } from './codes';
import type { ChangeContext } from './history';
import type { Clock, Page, PageRequest } from './ports';
import type { TargetDeactivateInput } from './target.schema';
import { assertVersion, contextOf, found, pageOf } from './use-case-support';

/** What the directory use cases need of a target, inspector or item store. */
export interface DirectoryRepository<E, F> {
  get(department: DepartmentCode, key: string): Promise<E | undefined>;
  create(entity: E): Promise<void>;
  update(entity: E, expectedVersion: number): Promise<void>;
  list(department: DepartmentCode, filter: F, page: PageRequest): Promise<Page<E>>;
}

/** One kind of directory entry: its store, its rules and the words its errors use. */
export interface DirectoryKind<E, F, C, U, R> {
  /** error-code prefix: `TARGET` gives `TARGET.NOT_FOUND` and `TARGET.STALE` */
  code: string;
  /** how messages name the entry: `target`, `inspector`, `item` */
  noun: string;
  repository: (deps: R) => DirectoryRepository<E, F>;
  /** the entry's key as messages quote it (a target's id, an item's code) */
  keyOf: (entity: E) => string;
  create: (input: C & { department: DepartmentCode }, ctx: ChangeContext) => E;
  update: (current: E, patch: U, ctx: ChangeContext, reason?: string) => E;
  deactivate: (current: E, input: TargetDeactivateInput, ctx: ChangeContext) => E;
}

export interface DirectoryWrite {
  actor: Actor;
  department: DepartmentCode;
}
export interface DirectoryChange extends DirectoryWrite {
  id: string;
  expectedVersion: number;
  reason?: string;
}

/**
 * The course the three directories share: writes need the department, a change is made on
 * the stored version only (a stale copy would silently undo someone's change), and every
 * write goes through the entity's own rule. Who may read differs per kind, so reads are
 * left to the callers with `load` and `list`.
 */
export const directoryCourse = <E extends { version: number }, F, C, U, R>(
  kind: DirectoryKind<E, F, C, U, R>,
) => {
  const load = async (deps: R, department: string, key: string): Promise<E> =>
    found(
      await kind.repository(deps).get(department, key),
      `${kind.code}.NOT_FOUND`,
      `${kind.noun} ${department}/${key}`,
    );

  /** Applies a rule to the stored entry; the caller has already checked who may. */
  const applyChange = async (
    deps: R & { clock: Clock },
    cmd: DirectoryChange,
    rule: (current: E, ctx: ChangeContext) => E,
  ): Promise<E> => {
    const current = await load(deps, cmd.department, cmd.id);
    assertVersion(
      current,
      cmd.expectedVersion,
      `${kind.code}.STALE`,
      `${kind.noun} ${kind.keyOf(current)}`,
    );
    const next = rule(current, contextOf(cmd.actor, deps.clock));
    await kind.repository(deps).update(next, cmd.expectedVersion);
    return next;
  };

  return {
    load,
    applyChange,

    async create(deps: R & { clock: Clock }, cmd: DirectoryWrite & { input: C }): Promise<E> {
      assertCanWriteDepartment(cmd.actor, cmd.department);
      const entity = kind.create(
        { ...cmd.input, department: cmd.department },
        contextOf(cmd.actor, deps.clock),
      );
      await kind.repository(deps).create(entity);
      return entity;
    },

    async update(deps: R & { clock: Clock }, cmd: DirectoryChange & { patch: U }): Promise<E> {
      assertCanWriteDepartment(cmd.actor, cmd.department);
      return applyChange(deps, cmd, (current, ctx) =>
        kind.update(current, cmd.patch, ctx, cmd.reason),
      );
    },

    async deactivate(
      deps: R & { clock: Clock },
      cmd: DirectoryChange & { input: TargetDeactivateInput },
    ): Promise<E> {
      assertCanWriteDepartment(cmd.actor, cmd.department);
      return applyChange(deps, cmd, (current, ctx) => kind.deactivate(current, cmd.input, ctx));
    },

    list(
      deps: R,
      department: DepartmentCode,
      filter: F,
      page: Partial<PageRequest> | undefined,
    ): Promise<Page<E>> {
      return kind.repository(deps).list(department, filter, pageOf(page));
    },
  };
};
