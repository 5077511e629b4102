import { ConflictError, isDomainError } from '../errors';
import type { Item } from '../item.schema';
import { found } from '../use-case-support';
import { drawRunner } from './draw-runner';
import { newTask } from './task';
import type { CreateTaskInput } from './task.schema';
import { assertWitnessesCommitted } from './witness.use-case';
import { allPages, type Cmd, moveTask, type WorkflowDeps } from './workflow-deps';

/**
 * 1. Create: the initiating department (or the office) turns a planned task of an approved
 * plan into a task and so starts its draw; who did is recorded (`runBy`).
 */
export const createTask = async (deps: WorkflowDeps, cmd: Cmd<{ input: CreateTaskInput }>) => {
  const { department, year } = cmd.input;
  const runBy = drawRunner(cmd.actor, department, 'create inspection tasks');
  const plan = found(
    await deps.plans.get(department, year),
    'PLAN.NOT_FOUND',
    `plan ${department}-${year}`,
  );
  const planned = plan.tasks.find((t) =>
    t.id.endsWith(`-${String(cmd.input.seq).padStart(3, '0')}`),
  );
  const departments = [department, ...(planned?.participants ?? [])];
  const items: Item[] = [];
  for (const d of departments) items.push(...(await allPages((p) => deps.items.list(d, {}, p))));
  const now = deps.clock.now();
  const task = { ...newTask(plan, items, cmd.input, now), runBy };
  const witnesses = await assertWitnessesCommitted(deps, task);
  if (await deps.tasks.get(task.id))
    throw new ConflictError('TASK.EXISTS', `task ${task.id} exists already`, {
      field: 'seq',
      rule: 'one task per planned task',
      value: cmd.input.seq,
    });
  try {
    return await moveTask(
      deps,
      { version: 0 },
      { task },
      {
        at: now,
        actor: cmd.actor.sub,
        action: 'task.create',
        data: {
          plan: plan.id,
          runBy,
          draws: task.draws,
          entropySource: task.entropySource,
          ...(witnesses.length > 0
            ? { witnesses: witnesses.map((w) => ({ id: w.witness, commitment: w.commitment })) }
            : {}),
        },
      },
    );
  } catch (e) {
    // a concurrent create of the same task: the first one stands
    if (isDomainError(e) && e.code === 'TASK.STALE')
      throw new ConflictError('TASK.EXISTS', `task ${task.id} exists already`, {
        field: 'seq',
        rule: 'one task per planned task',
        value: cmd.input.seq,
      });
    throw e;
  }
};
