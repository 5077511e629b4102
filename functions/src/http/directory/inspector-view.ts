import { type Inspector, isDepartment, publicInspectorView } from '@double-random/domain';
import type { Actor } from '../middleware';

/**
 * The inspector's own department and the inspector see the whole record (conflict reasons,
 * ID number, phone); anyone else allowed to read it (the office) sees the public view.
 */
export const inspectorViewFor = (actor: Actor, inspector: Inspector) =>
  isDepartment(actor, inspector.department) ||
  (actor.roles.includes('inspector') && actor.sub === inspector.id)
    ? inspector
    : publicInspectorView(inspector);
