import {
  type Actor,
  assertCanReadDepartment,
  assertCanWriteDepartment,
  assertOffice,
  departmentsOf,
  ForbiddenError,
  isInspector,
  isOffice,
} from '@double-random/domain';

type PathParams = Readonly<Record<string, string | undefined>>;

/**
 * Who may call a route, decided from the token and the path alone, before the body is read
 * or anything is validated: a caller without the right gets 403 whatever it sent. The use
 * case checks again (with the stored data); this only makes the answer come first.
 */
export type Access = (actor: Actor, path: PathParams) => void;

const deptOf = (path: PathParams): string => path.dept ?? '';

/** The joint-meeting office only. */
export const officeOnly =
  (what: string): Access =>
  (actor) =>
    assertOffice(actor, what);

/** Members of the department in the path (`{dept}`): its writes. */
export const ownDepartment: Access = (actor, path) => assertCanWriteDepartment(actor, deptOf(path));

/** The department in the path and the office: internal reads, publishing a plan. */
export const departmentOrOffice: Access = (actor, path) =>
  assertCanReadDepartment(actor, deptOf(path));

/** The department of the path, or the inspector named by `{id}` acting on their own entry. */
export const departmentOrSelf =
  (write: boolean): Access =>
  (actor, path) => {
    if (isInspector(actor) && actor.sub === path.id) return;
    if (write) assertCanWriteDepartment(actor, deptOf(path));
    else assertCanReadDepartment(actor, deptOf(path));
  };

/** Any department's staff; which department may act is decided with the data. */
export const anyDepartment =
  (what: string): Access =>
  (actor) => {
    if (departmentsOf(actor).length === 0)
      throw new ForbiddenError(
        'AUTH.NOT_DEPARTMENT',
        `${actor.sub} may not ${what}: only a department's staff may`,
        { rule: 'department staff only' },
      );
  };

/**
 * The office or any department's staff: running a task's draw, which the initiating department
 * may do for its own tasks (台政发〔2019〕12号 二(五)); the use case checks which department.
 */
export const officeOrDepartment =
  (what: string): Access =>
  (actor, path) => {
    if (isOffice(actor)) return;
    anyDepartment(what)(actor, path);
  };
