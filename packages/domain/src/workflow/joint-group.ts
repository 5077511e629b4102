import type { RosterMember } from '@double-random/draw';
import { z } from 'zod';
import { CodeSchema } from '../codes';
import { ValidationError } from '../errors';
import { AppointmentSchema } from './appointment';
import type { TaskAssignment } from './ports';
import type { Task } from './task.schema';

/**
 * One joint inspection group per target (联合检查组), 台政发〔2019〕12号 二(五): "从执法检查人员
 * 名录库中随机匹配执法检查人员，并从中指派一名联合检查组负责人". In a joint task the members drawn
 * for a target by every department's draw form one group; the initiating department appoints
 * one of them its leader. The draw suggests one: the first member, in the initiator's draw
 * order and then the participants', whose roster entry may lead (`leader`). A member who may
 * not lead is never suggested nor appointed (dr-draw/1 §5 falls back to one; the group does not).
 */
export const JointGroupSchema = z.object({
  target: CodeSchema,
  members: z.array(z.object({ id: CodeSchema, department: z.string(), mayLead: z.boolean() })),
  suggestedLeader: CodeSchema.nullable().meta({
    description: 'the first member who may lead, initiator first; null when none may',
  }),
  appointed: AppointmentSchema.optional(),
});
export type JointGroup = z.infer<typeof JointGroupSchema>;

const inPlay = (a: TaskAssignment) => a.role === 'selected' || a.replaces !== undefined;

/**
 * The groups of a task's targets in play: members of every department's team for the target
 * (initiator first), each with whether its roster lets it lead.
 */
export const jointGroups = (
  task: Pick<Task, 'draws' | 'leaders'>,
  assignments: readonly TaskAssignment[],
  rosters: ReadonlyMap<string, readonly RosterMember[]>,
): JointGroup[] => {
  const [targetDraw, ...participantDraws] = task.draws;
  if (!targetDraw) return [];
  const byDraw = (drawId: string, target: string) =>
    assignments.find((a) => a.drawId === drawId && a.target === target && inPlay(a));
  return assignments
    .filter((a) => a.drawId === targetDraw.drawId && inPlay(a))
    .map((own) => {
      const members = [targetDraw, ...participantDraws].flatMap((d) => {
        const a = d.drawId === own.drawId ? own : byDraw(d.drawId, own.target);
        const roster = rosters.get(d.drawId) ?? [];
        // the draw's own leader first, then the team in draw order
        const order = a ? [...new Set([...(a.leader ? [a.leader] : []), ...a.members])] : [];
        return order.map((id) => ({
          id,
          department: d.department,
          mayLead: roster.find((m) => m.id === id)?.leader === true,
        }));
      });
      const appointed = task.leaders?.[own.target];
      return {
        target: own.target,
        members,
        suggestedLeader: members.find((m) => m.mayLead)?.id ?? null,
        ...(appointed ? { appointed } : {}),
      };
    });
};

/** Refuses a leader who is not in the target's group or may not lead. */
export const assertMayLeadGroup = (group: JointGroup, inspectorId: string): void => {
  const member = group.members.find((m) => m.id === inspectorId);
  if (!member)
    throw new ValidationError(
      'GROUP.LEADER_NOT_MEMBER',
      `inspectorId: ${inspectorId} is not in the group drawn for ${group.target} (${group.members.map((m) => m.id).join(', ')})`,
      {
        field: 'inspectorId',
        rule: '二(五): the leader is appointed from the drawn group (从中指派)',
        value: inspectorId,
      },
    );
  if (!member.mayLead)
    throw new ValidationError(
      'GROUP.LEADER_MAY_NOT_LEAD',
      `inspectorId: ${inspectorId} may not lead a group (their directory entry does not allow it)`,
      {
        field: 'inspectorId',
        rule: 'a group leader (联合检查组负责人) is one who may lead; never a fallback',
        value: inspectorId,
      },
    );
};
