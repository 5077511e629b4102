import {
  type Actor,
  assignmentNotifications,
  ConflictError,
  isDomainError,
  missingHandoffs,
  noteOnce,
  notifyPeople,
  type Task,
  type TaskStage,
  TaskStageSchema,
  workflowUseCases as uc,
  withheldReveals,
} from '@double-random/domain';
import { z } from 'zod';
import { tellPlatformOfDraws } from '../exchange/platform';
import { countMetric, METRIC } from '../observability';
import { WORKFLOW_ACTOR, type WorkflowRuntime } from './runtime';
import { stateHandler } from './task-handler';
import {
  ENTROPY_SLOT,
  firstInspections,
  inspectedTask,
  inspectionOutcome,
  resultSlot,
} from './waits';

/**
 * One handler per state of the inspection state machine (cdk/src/workflow). Each takes the
 * task id (and, inside Inspect, one inspection), runs one use case and is safe to run again:
 * a state retried or re-entered after a restart finds its work done and moves on.
 */

const actor: Actor = WORKFLOW_ACTOR;
const TaskRef = z.object({ taskId: z.string().min(1) });
const Done = z.object({ taskId: z.string(), stage: TaskStageSchema });
const Waiting = TaskRef.extend({ token: z.string().min(1) });
const Inspection = z.object({
  taskId: z.string().min(1),
  drawId: z.string().min(1),
  target: z.string().min(1),
  timeoutSeconds: z.number().int().min(1),
});
export type Inspection = z.infer<typeof Inspection>;

/**
 * Longest single wait. aws-local-stepfunctions arms one setTimeout per wait, which
 * overflows above 2^31 ms (~24.8 days); a longer window is waited in turns, each turn
 * ending in CheckOverdue, which waits again until the window has really closed.
 */
export const MAX_WAIT_SECONDS = 20 * 24 * 3600;

/** The last instant of the task window: the end day's close in Asia/Shanghai. */
export const windowCloses = (task: Task): string =>
  new Date(`${task.window.end}T23:59:59.999+08:00`).toISOString();

export const waitSeconds = (task: Task, now: string): number => {
  const left = Math.ceil((Date.parse(windowCloses(task)) - Date.parse(now)) / 1000);
  return Math.min(MAX_WAIT_SECONDS, Math.max(1, left));
};

const getTask = async (rt: WorkflowRuntime, taskId: string): Promise<Task> =>
  uc.getTask(rt.deps, { actor, taskId });

const reached = (task: Task, stage: TaskStage): boolean => {
  const order = TaskStageSchema.options;
  return task.stage !== 'Failed' && order.indexOf(task.stage) >= order.indexOf(stage);
};

/**
 * Moves the task on. Entropy and results come in through the API while the state machine
 * moves the task: a concurrent write makes the versioned update stale, and the move is
 * tried again on the task as it now stands (the move itself is idempotent).
 */
const advance = async (rt: WorkflowRuntime, taskId: string, to: TaskStage): Promise<Task> => {
  for (let attempt = 0; ; attempt++) {
    try {
      return await uc.advanceTask(rt.deps, { actor, taskId, to });
    } catch (e) {
      if (!(isDomainError(e) && e.code === 'TASK.STALE') || attempt >= 4) throw e;
    }
  }
};

const stageOf = (task: Task) => ({ taskId: task.id, stage: task.stage });

export const loadTask = stateHandler('LoadTask', { input: TaskRef, output: Done }, async (i, rt) =>
  stageOf(await getTask(rt, i.taskId)),
);

export const freeze = stateHandler('Freeze', { input: TaskRef, output: Done }, async (i, rt) => {
  const task = await getTask(rt, i.taskId);
  if (reached(task, 'Frozen')) return stageOf(task);
  return stageOf((await uc.freezeTask(rt.deps, { actor, taskId: i.taskId })).task);
});

export const commit = stateHandler('Commit', { input: TaskRef, output: Done }, async (i, rt) => {
  const task = await getTask(rt, i.taskId);
  if (reached(task, 'AwaitingEntropy')) return stageOf(task);
  return stageOf((await uc.commitTask(rt.deps, { actor, taskId: i.taskId })).task);
});

/**
 * Stores the callback token; settles at once when the entropy came first. A witnessed task
 * whose reveal day closed without every reveal fails here (`ENTROPY.REVEAL_WITHHELD`, on entry
 * or when the wait is re-armed): no late reveal and no other entropy can follow, so nobody
 * gets a second draw (docs/entropy.md).
 */
export const awaitEntropy = stateHandler(
  'AwaitEntropy',
  { input: Waiting, output: z.object({ waiting: z.boolean() }) },
  async (i, rt) => {
    const task = await advance(rt, i.taskId, 'AwaitingEntropy');
    const withheld = await withheldReveals(rt.deps, task);
    if (withheld.length > 0)
      throw new ConflictError(
        'ENTROPY.REVEAL_WITHHELD',
        `the reveal day of task ${task.id} closed without the reveal of ${withheld.join(', ')}: the task fails and is not drawn`,
        {
          field: 'witnesses',
          rule: 'reveals by the reveal day (docs/entropy.md)',
          value: withheld,
        },
      );
    await rt.tokens.put({
      taskId: i.taskId,
      slot: ENTROPY_SLOT,
      token: i.token,
      at: rt.deps.clock.now(),
    });
    if (task.entropy === undefined) return { waiting: true };
    await rt.engine.resume(i.token, { entropyAccepted: true });
    await rt.tokens.remove(i.taskId, ENTROPY_SLOT, i.token);
    return { waiting: false };
  },
);

export const draw = stateHandler('Draw', { input: TaskRef, output: Done }, async (i, rt) => {
  const before = await getTask(rt, i.taskId);
  const { task, records } = await uc.drawTask(rt.deps, { actor, taskId: i.taskId });
  // a retried step returns the stored draws: only a first run counts
  if (!reached(before, 'Drawn')) {
    countMetric(METRIC.drawsRun, records.length);
    // the provincial platform holds every draw as run (the daily sweep sends what this misses)
    await tellPlatformOfDraws(task.id);
  }
  return stageOf(task);
});

/** The audit entry lists who inspects what; each drawn member is notified through the outbox. */
export const notify = stateHandler('Notify', { input: TaskRef, output: Done }, async (i, rt) => {
  const task = await getTask(rt, i.taskId);
  if (reached(task, 'Notified')) return stageOf(task);
  const assignments = firstInspections(await rt.deps.assignments.listByTask(task.id));
  await noteOnce(rt.deps, task.id, 'task.notify', {
    at: rt.deps.clock.now(),
    actor: actor.sub,
    action: 'task.notify',
    subject: task.id,
    data: assignments.map((a) => ({
      drawId: a.drawId,
      department: a.department,
      target: a.target,
      members: a.members,
      leader: a.leader,
    })),
  });
  // each drawn member learns the task, the target, the team and the window (once: the
  // notifications' ids are the assignments', so a retried step writes none again)
  const { outbox, notificationChannel } = rt.deps;
  if (outbox && notificationChannel)
    await notifyPeople(
      { outbox, channel: notificationChannel, clock: rt.deps.clock },
      assignmentNotifications(task, assignments, rt.deps.clock.now()),
    );
  return stageOf(await advance(rt, task.id, 'Notified'));
});

/** Feeds the Inspect map: one inspection per department and selected target. */
export const prepareInspection = stateHandler(
  'PrepareInspection',
  { input: TaskRef, output: z.object({ items: z.array(Inspection) }) },
  async (i, rt) => {
    const task = await advance(rt, i.taskId, 'Inspecting');
    const timeoutSeconds = waitSeconds(task, rt.deps.clock.now());
    const assignments = firstInspections(await rt.deps.assignments.listByTask(task.id));
    return {
      items: assignments.map((a) => ({
        taskId: task.id,
        drawId: a.drawId,
        target: a.target,
        timeoutSeconds,
      })),
    };
  },
);

/** Stores the inspection's token; settles at once when its results are already in. */
export const awaitResult = stateHandler(
  'AwaitResult',
  {
    input: Inspection.extend({ token: z.string().min(1) }),
    output: z.object({ waiting: z.boolean() }),
  },
  async (i, rt) => {
    const slot = resultSlot(i.drawId, i.target);
    await rt.tokens.put({ taskId: i.taskId, slot, token: i.token, at: rt.deps.clock.now() });
    const task = await inspectedTask(rt, i.taskId, (id) => getTask(rt, id));
    const outcome = await inspectionOutcome(rt, task, i.drawId, i.target);
    if (!outcome.settled) return { waiting: true };
    await rt.engine.resume(i.token, { ...outcome });
    await rt.tokens.remove(i.taskId, slot, i.token);
    return { waiting: false };
  },
);

/** A gone target: its stratum's next reserve, inspected by the team drawn for it. */
export const replaceTarget = stateHandler(
  'ReplaceTarget',
  { input: Inspection, output: Inspection },
  async (i, rt) => {
    const chosen = await uc.replaceFromReserve(rt.deps, {
      actor,
      taskId: i.taskId,
      targetId: i.target,
    });
    const task = await getTask(rt, i.taskId);
    return { ...i, target: chosen.reserve, timeoutSeconds: waitSeconds(task, rt.deps.clock.now()) };
  },
);

/**
 * A wait ran out. Past the window's close the inspection is overdue: the red light (亮灯) is
 * recorded once and the inspection ends; before it, the wait starts again.
 */
export const checkOverdue = stateHandler(
  'CheckOverdue',
  { input: Inspection, output: Inspection.extend({ overdue: z.boolean() }) },
  async (i, rt) => {
    const task = await getTask(rt, i.taskId);
    const now = rt.deps.clock.now();
    if (now <= windowCloses(task))
      return { ...i, timeoutSeconds: waitSeconds(task, now), overdue: false };
    const subject = `${task.id}/${i.drawId}/${i.target}`;
    // once per inspection: the note's id is the inspection's
    await noteOnce(rt.deps, task.id, `inspection.overdue/${i.drawId}/${i.target}`, {
      at: now,
      actor: actor.sub,
      action: 'inspection.overdue',
      subject,
      data: { drawId: i.drawId, target: i.target, windowEnd: task.window.end },
    });
    countMetric(METRIC.redLightsRaised);
    return { ...i, overdue: true };
  },
);

const Lights = z.object({
  taskId: z.string(),
  stage: TaskStageSchema,
  due: z.number().int(),
  provisional: z.number().int(),
});

/** Publication deadlines: results within 20 working days, penalties within 7 (亮灯 watch). */
export const publish = stateHandler(
  'Publish',
  { input: TaskRef, output: Lights },
  async (i, rt) => {
    const before = await getTask(rt, i.taskId);
    const lights = await uc.deadlineReport(rt.deps, { actor, taskId: i.taskId });
    if (!reached(before, 'Publishing'))
      await noteOnce(rt.deps, i.taskId, 'task.publication-deadlines', {
        at: rt.deps.clock.now(),
        actor: actor.sub,
        action: 'task.publication-deadlines',
        subject: i.taskId,
        data: lights,
      });
    const task = await advance(rt, i.taskId, 'Publishing');
    return {
      ...stageOf(task),
      due: lights.length,
      provisional: lights.filter((l) => l.provisional).length,
    };
  },
);

/** Handoffs the results require and nobody has made yet, listed for the departments. */
export const handoff = stateHandler('Handoff', { input: TaskRef, output: Done }, async (i, rt) => {
  const before = await getTask(rt, i.taskId);
  if (!reached(before, 'HandingOff')) {
    const made = await rt.deps.handoffs.listByTask(i.taskId);
    const due = (await rt.deps.results.listByTask(i.taskId)).flatMap((r) =>
      missingHandoffs(r, made).map((kind) => ({ targetId: r.targetId, item: r.item, kind })),
    );
    await noteOnce(rt.deps, i.taskId, 'task.handoffs-due', {
      at: rt.deps.clock.now(),
      actor: actor.sub,
      action: 'task.handoffs-due',
      subject: i.taskId,
      data: due,
    });
  }
  return stageOf(await advance(rt, i.taskId, 'HandingOff'));
});

/**
 * Done, unless a handoff the results require is missing: then the task stays at HandingOff
 * (listed for the departments) and the last required handoff completes it.
 */
export const finish = stateHandler('Finish', { input: TaskRef, output: Done }, async (i, rt) => {
  const missing = await uc.outstandingHandoffs(rt.deps, i.taskId);
  if (missing.length === 0) return stageOf(await advance(rt, i.taskId, 'Done'));
  await noteOnce(rt.deps, i.taskId, 'task.awaiting-handoffs', {
    at: rt.deps.clock.now(),
    actor: actor.sub,
    action: 'task.awaiting-handoffs',
    subject: i.taskId,
    data: missing,
  });
  return stageOf(await getTask(rt, i.taskId));
});

/** The catch state: the failure on the task and in its audit chain, once. */
export const recordFailure = stateHandler(
  'RecordFailure',
  {
    input: TaskRef.extend({
      error: z.object({ Error: z.string(), Cause: z.string().optional() }),
    }),
    output: Done,
  },
  async (i, rt) => {
    const cause = i.error.Cause ?? '';
    const task = await uc.recordFailure(rt.deps, {
      actor,
      taskId: i.taskId,
      code: i.error.Error,
      message: cause.length > 2000 ? `${cause.slice(0, 2000)}…` : cause,
    });
    return stageOf(task);
  },
);

/** Every state handler by its export name: the CDK functions' `handler`, the local engine's map. */
export const STATE_HANDLERS = {
  loadTask,
  freeze,
  commit,
  awaitEntropy,
  draw,
  notify,
  prepareInspection,
  awaitResult,
  replaceTarget,
  checkOverdue,
  publish,
  handoff,
  finish,
  recordFailure,
} as const;
export type StateHandlerName = keyof typeof STATE_HANDLERS;
