import { z } from 'zod';
import { type Actor, isDepartment, isOffice } from '../actor';
import { ForbiddenError } from '../errors';

/**
 * Who runs a task's draw (创建任务, entering the entropy), recorded on the task and in its
 * entries. 台政发〔2019〕12号 二(五): "抽查发起部门按照抽查计划安排，负责协调组织各参与部门
 * 开展联合抽查有关事宜，通过公开、公正的方式，统一从检查对象名录库中随机抽取检查对象": the
 * initiating department runs its own task's draw, its internal inspections included; the
 * joint-meeting office (联席会议办公室, 二(一)/三(一)) may run any draw, as it coordinates. The
 * trust rules (commitment before entropy, entropy nobody chooses, no re-draw) hold for both.
 */
export const DrawRunnerSchema = z
  .object({
    by: z.string().meta({ description: 'who ran it (token subject)' }),
    as: z.string().meta({ description: '`office`, or the initiating department’s code' }),
  })
  .meta({ description: 'who runs the draw: the initiating department or the office' });
export type DrawRunner = z.infer<typeof DrawRunnerSchema>;

export const drawRunner = (actor: Actor, initiator: string, what: string): DrawRunner => {
  if (isOffice(actor)) return { by: actor.sub, as: 'office' };
  if (isDepartment(actor, initiator)) return { by: actor.sub, as: initiator };
  throw new ForbiddenError(
    'TASK.NOT_DRAW_RUNNER',
    `${actor.sub} may not ${what}: only the initiating department ${initiator} (抽查发起部门) or the office runs this task's draw`,
    {
      field: 'department',
      rule: '台政发〔2019〕12号 二(五): the initiating department draws; the office may run any draw',
      value: initiator,
    },
  );
};
