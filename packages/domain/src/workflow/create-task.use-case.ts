import { ConflictError, isDomainError, ValidationError } from '../errors';
import type { Item } from '../item.schema';
import { found } from '../use-case-support';
import { drawRunner } from './draw-runner';
import { newTask } from './task';
import type { CreateTaskInput, Task } from './task.schema';
import { assertWitnessesCommitted } from './witness.use-case';
import { allPages, type Cmd, moveTask, type WorkflowDeps } from './workflow-deps';

/**
 * 专项检查: every case a task names exists and inspected one of the task's items (the
 * problem's item), in the department that lists it.
 */
const assertCasesOfTask = async (deps: WorkflowDeps, task: Task): Promise<void> => {
  for (const ref of task.caseRefs ?? []) {
    const c = deps.cases ? await deps.cases.get(ref) : undefined;
    if (!c)
      throw new ValidationError('TASK.CASE_NOT_FOUND', `case ${ref} is not recorded`, {
        field: 'caseRefs',
        rule: '专项检查: linked to recorded cases',
        value: ref,
      });
    if (!task.items.some((i) => i.code === c.item && i.department === c.department))
      throw new ValidationError(
        'TASK.CASE_ITEM_NOT_IN_TASK',
        `case ${ref} inspected ${c.department}'s item ${c.item}, which task ${task.id} does not inspect`,
        {
          field: 'caseRefs',
          rule: "专项检查: the task's items name the problem's item",
          value: ref,
        },
      );
  }
};

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
  await assertCasesOfTask(deps, task);
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
          ...(task.caseRefs ? { caseRefs: task.caseRefs } : {}),
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
