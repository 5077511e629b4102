import { z } from 'zod';
import { ForbiddenError } from './errors';

export const RoleSchema = z.union([
  z.literal('office'),
  z.literal('inspector'),
  z.string().regex(/^dept:[A-Z0-9]{2,16}$/),
]);
export type Role = 'office' | 'inspector' | `dept:${string}`;

/** The caller as the handler read it from the token: subject and groups. */
export interface Actor {
  sub: string;
  roles: readonly Role[] | readonly string[];
}

export const isOffice = (actor: Actor): boolean => actor.roles.includes('office');
export const isInspector = (actor: Actor): boolean => actor.roles.includes('inspector');

/**
 * The departments whose staff the actor is. An inspector's account may name the department
 * it works for (`inspector` with `dept:SCJG`), but that is where the inspector belongs, not a
 * power: inspectors act on their own assignments and conflicts only, never as the department.
 */
export const departmentsOf = (actor: Actor): string[] =>
  isInspector(actor)
    ? []
    : actor.roles.filter((r) => r.startsWith('dept:')).map((r) => r.slice('dept:'.length));

export const isDepartment = (actor: Actor, dept: string): boolean =>
  departmentsOf(actor).includes(dept);

/** A department writes only its own directories, items, plans (谁主管谁监管). */
export const assertCanWriteDepartment = (actor: Actor, dept: string): void => {
  if (!isDepartment(actor, dept))
    throw new ForbiddenError(
      'AUTH.NOT_DEPARTMENT',
      `${actor.sub} may not write data of department ${dept}: only members of dept:${dept} may`,
      { field: 'department', rule: 'a department writes only its own data', value: dept },
    );
};

/** Non-public reads of a department's data: the department itself and the office. */
export const assertCanReadDepartment = (actor: Actor, dept: string): void => {
  if (!isDepartment(actor, dept) && !isOffice(actor))
    throw new ForbiddenError(
      'AUTH.NOT_DEPARTMENT',
      `${actor.sub} may not read internal data of department ${dept}`,
      {
        field: 'department',
        rule: 'department data is read by the department and the office',
        value: dept,
      },
    );
};

/** Approving, returning, consolidating are the joint-meeting office's (联席会议办公室). */
export const assertOffice = (actor: Actor, what: string): void => {
  if (!isOffice(actor))
    throw new ForbiddenError(
      'AUTH.NOT_OFFICE',
      `${actor.sub} may not ${what}: only the joint-meeting office (联席会议办公室) may`,
      {
        rule: 'office only',
      },
    );
};
