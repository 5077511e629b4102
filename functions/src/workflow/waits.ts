import {
  type Task,
  type TaskAssignment,
  triggersReplacement,
  type WaitingToken,
  withheldReveals,
} from '@double-random/domain';
import type { WorkflowRuntime } from './runtime';

/** The waiting slot of AwaitEntropy. */
export const ENTROPY_SLOT = 'entropy';

/** The waiting slot of one inspection: a department's draw and one target. */
export const resultSlot = (drawId: string, target: string): string => `result:${drawId}:${target}`;

const SLOT = /^result:([^:]+):(.+)$/;

type TaskResults = Awaited<ReturnType<WorkflowRuntime['deps']['results']['listByTask']>>;

export interface InspectionOutcome {
  /** every item of the draw's department has a result for the target, or the target is gone */
  settled: boolean;
  /** a result records the target as gone (注销, 迁出 …): the next reserve takes its place */
  gone: boolean;
}

/**
 * Whether the inspection of `target` by the department of `drawId` is over: all that
 * department's items have a result, or any department found the target gone (the other
 * departments cannot inspect it either, and the reserve replaces it for all of them).
 * `taskResults`, when given, are the task's results already read (one read serves every
 * wait of the task); otherwise only the target's results are read.
 */
export const inspectionOutcome = async (
  rt: Pick<WorkflowRuntime, 'deps'>,
  task: InspectedTask,
  drawId: string,
  target: string,
  taskResults?: TaskResults,
): Promise<InspectionOutcome> => {
  const department = task.draws.find((d) => d.drawId === drawId)?.department;
  const all = taskResults ?? (await rt.deps.results.listByTarget(task.id, target));
  const results = all.filter((r) => r.targetId === target);
  const gone = results.some((r) => triggersReplacement(r.wording));
  const items = task.items.filter((i) => i.department === department).map((i) => i.code);
  const recorded = items.every((code) => results.some((r) => r.item === code));
  return { settled: gone || recorded, gone };
};

/** What an inspection's outcome needs of its task: fixed when the task is created. */
export type InspectedTask = Pick<Task, 'id' | 'draws' | 'items'>;

const KEPT_TASKS = 256;
/** per task store: what one store's tasks are never taken for another's */
const inspected = new WeakMap<object, Map<string, Promise<InspectedTask>>>();

/**
 * The task's id, draws and items, read once per task and kept: they never change after the
 * task is created (a wait starts per drawn target, hundreds per task).
 */
export const inspectedTask = async (
  rt: Pick<WorkflowRuntime, 'deps'>,
  taskId: string,
  read: (taskId: string) => Promise<Task>,
): Promise<InspectedTask> => {
  let kept = inspected.get(rt.deps.tasks);
  if (!kept) {
    kept = new Map();
    inspected.set(rt.deps.tasks, kept);
  }
  const known = kept.get(taskId);
  if (known) return known;
  // the waits of a task start together (forty at a time): they share one read
  const reading = read(taskId).then(({ id, draws, items }) => ({ id, draws, items }));
  if (kept.size >= KEPT_TASKS) kept.delete(kept.keys().next().value as string);
  kept.set(taskId, reading);
  const map = kept;
  reading.catch(() => {
    if (map.get(taskId) === reading) map.delete(taskId);
  });
  return reading;
};

/** Output a settled wait hands to the state machine, for one slot; undefined while open. */
const settledOutput = async (
  rt: WorkflowRuntime,
  task: Task,
  slot: string,
  taskResults: () => Promise<TaskResults>,
): Promise<Record<string, unknown> | undefined> => {
  if (slot === ENTROPY_SLOT)
    return task.entropy === undefined ? undefined : { entropyAccepted: true };
  const m = SLOT.exec(slot);
  if (!m) return undefined;
  const outcome = await inspectionOutcome(rt, task, m[1]!, m[2]!, await taskResults());
  return outcome.settled ? { ...outcome } : undefined;
};

/**
 * Settles every wait of the task whose condition now holds: the entropy was accepted, a
 * result (or a gone finding) completes an inspection. Call after accepting entropy or
 * recording a result; the waiting handlers call it too, so whichever comes second settles.
 * Returns the slots settled.
 */
export const settleWaits = async (
  rt: WorkflowRuntime,
  taskId: string,
  /**
   * after a result on `target`; `task` when the caller has read it since the draw, `result`
   * the result just stored
   */
  only?: { target: string; task?: Task; result?: RecordedResult },
): Promise<string[]> => {
  const task = only?.task ?? (await rt.deps.tasks.get(taskId));
  if (!task) return [];
  if (only) return settleTargetWaits(rt, task, only.target, only.result);
  const settled: string[] = [];
  // read the task's results at most once, not once per waiting inspection: a task with
  // hundreds of waiting targets would otherwise re-read every result for each of them
  let read: Promise<TaskResults> | undefined;
  const taskResults = () => {
    read ??= rt.deps.results.listByTask(taskId);
    return read;
  };
  for (const waiting of await rt.tokens.listByTask(taskId)) {
    if (waiting.slot === ENTROPY_SLOT && (await failWithheld(rt, task, waiting))) {
      settled.push(waiting.slot);
      continue;
    }
    const output = await settledOutput(rt, task, waiting.slot, taskResults);
    if (!output) continue;
    await settle(rt, waiting, output);
    settled.push(waiting.slot);
  }
  return settled;
};

/** What settling needs of the result just stored. */
type RecordedResult = Pick<TaskResults[number], 'department' | 'item' | 'wording'>;

/**
 * After a result on `target`: only the waits of that target's inspections can have changed,
 * one slot per draw of the task (a gone finding settles every department's). Reads that
 * target's results and its slots' tokens, not every result and token of the task: recording
 * the n-th result of a task costs the same as the first. Given the result, a finding that is
 * not gone touches only its department's inspection; and where that department is the task's
 * only one and the item its only item, the result alone settles it (nobody else can have
 * found the target gone), without reading the target's results.
 */
const settleTargetWaits = async (
  rt: WorkflowRuntime,
  task: Task,
  target: string,
  result?: RecordedResult,
): Promise<string[]> => {
  const settled: string[] = [];
  let results: TaskResults | undefined;
  const gone = result ? triggersReplacement(result.wording) : true;
  const draws =
    result && !gone ? task.draws.filter((d) => d.department === result.department) : task.draws;
  const alone =
    result !== undefined &&
    !gone &&
    task.draws.length === 1 &&
    task.items.every((i) => i.department === result.department && i.code === result.item);
  for (const { drawId } of draws) {
    const waiting = await rt.tokens.get(task.id, resultSlot(drawId, target));
    if (!waiting) continue;
    if (alone) {
      await settle(rt, waiting, { settled: true, gone: false });
      settled.push(waiting.slot);
      continue;
    }
    results ??= await rt.deps.results.listByTarget(task.id, target);
    const outcome = await inspectionOutcome(rt, task, drawId, target, results);
    if (!outcome.settled) continue;
    await settle(rt, waiting, { ...outcome });
    settled.push(waiting.slot);
  }
  return settled;
};

/**
 * A witnessed task whose reveal day closed with a reveal missing can never get its entropy:
 * its wait fails at once (ENTROPY.REVEAL_WITHHELD, docs/entropy.md) rather than at the next
 * re-arm. True when it did.
 */
const failWithheld = async (
  rt: WorkflowRuntime,
  task: Task,
  waiting: WaitingToken,
): Promise<boolean> => {
  const withheld = await withheldReveals(rt.deps, task);
  if (withheld.length === 0) return false;
  await rt.engine.fail(
    waiting.token,
    'ENTROPY.REVEAL_WITHHELD',
    `the reveal day of task ${task.id} closed without the reveal of ${withheld.join(', ')}: the task fails and is not drawn`,
  );
  await rt.tokens.remove(waiting.taskId, waiting.slot, waiting.token);
  return true;
};

const settle = async (
  rt: WorkflowRuntime,
  waiting: WaitingToken,
  output: Record<string, unknown>,
) => {
  // the engine ignores a token already settled, so a second settler changes nothing
  await rt.engine.resume(waiting.token, output);
  await rt.tokens.remove(waiting.taskId, waiting.slot, waiting.token);
};

/** The targets each department inspects first: its selected, filled assignments. */
export const firstInspections = (assignments: readonly TaskAssignment[]): TaskAssignment[] =>
  assignments.filter((a) => a.role === 'selected');
