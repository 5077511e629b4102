import { z } from 'zod';
import { isDepartment, isInspector, isOffice } from '../actor';
import { CodeSchema } from '../codes';
import { NotFoundError } from '../errors';
import { isDailySupervision } from '../inspector';
import { inPlay } from './record-result.use-case';
import { allPages, type Cmd, getTask, type WorkflowDeps } from './workflow-deps';

/**
 * A target's drawn team as its result records it: each member with the 执法证 they show
 * (《行政处罚法》(2021) 第55条, `certificatesShown`), and the department's 日常监管人员 who may go
 * with it (`accompanying`; 台政发〔2019〕12号 二(三)).
 */
export const TargetTeamSchema = z.object({
  drawId: z.string(),
  department: z.string(),
  target: CodeSchema,
  leader: z.string().nullable(),
  members: z
    .array(
      z.object({
        id: CodeSchema,
        name: z.string(),
        certificateNo: z.string().optional().meta({ description: '执法证号 the member shows' }),
      }),
    )
    .meta({ description: 'the team drawn for the target, in the draw’s order' }),
  mayAccompany: z.array(z.object({ id: CodeSchema, name: z.string(), unit: z.string() })).meta({
    description:
      'active 日常监管人员 (category daily-supervision) of the department: whom a result may name as accompanying the team',
  }),
});
export type TargetTeam = z.infer<typeof TargetTeamSchema>;

/**
 * The teams drawn for a target of a task, for recording its result: the office reads every
 * department's, a department its own, an inspector the teams they are on. Anyone else learns
 * only that the task is not found.
 */
export const targetTeams = async (
  deps: WorkflowDeps,
  cmd: Cmd<{ taskId: string; targetId: string }>,
): Promise<TargetTeam[]> => {
  const task = await getTask(deps, cmd.taskId);
  const onTeam = (members: readonly string[]) =>
    isInspector(cmd.actor) && members.includes(cmd.actor.sub);
  const drawn = (await deps.assignments.listByTask(task.id)).filter(
    (a) => a.target === cmd.targetId && a.status === 'filled' && inPlay(a),
  );
  const mine = drawn.filter(
    (a) => isOffice(cmd.actor) || isDepartment(cmd.actor, a.department) || onTeam(a.members),
  );
  const takesPart =
    isOffice(cmd.actor) ||
    task.draws.some((d) => isDepartment(cmd.actor, d.department)) ||
    mine.length > 0;
  if (!takesPart)
    throw new NotFoundError('TASK.NOT_FOUND', `task ${cmd.taskId} not found`, {
      value: cmd.taskId,
    });
  if (mine.length === 0)
    throw new NotFoundError(
      'TEAM.NOT_FOUND',
      `${cmd.targetId} is not a target inspected in task ${task.id}`,
      { field: 'targetId', value: cmd.targetId },
    );
  const staffOf = new Map<string, TargetTeam['mayAccompany']>();
  const out: TargetTeam[] = [];
  for (const a of mine) {
    const members = [];
    for (const id of a.members) {
      const i = await deps.inspectors.get(a.department, id);
      members.push({
        id,
        name: i?.name ?? id,
        ...(i?.certificateNo ? { certificateNo: i.certificateNo } : {}),
      });
    }
    let staff = staffOf.get(a.department);
    if (!staff) {
      const active = await allPages((p) =>
        deps.inspectors.list(a.department, { status: 'active' }, p),
      );
      staff = active
        .filter(isDailySupervision)
        .map((i) => ({ id: i.id, name: i.name, unit: i.unit }));
      staffOf.set(a.department, staff);
    }
    out.push({
      drawId: a.drawId,
      department: a.department,
      target: a.target,
      leader: a.leader,
      members,
      mayAccompany: staff,
    });
  }
  return out;
};
