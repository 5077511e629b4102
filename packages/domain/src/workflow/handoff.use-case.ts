import { ConflictError, isDomainError } from '../errors';
import { found } from '../use-case-support';
import { outstandingHandoffs } from './advance-task.use-case';
import { runChange } from './change';
import {
  type AcknowledgeInput,
  acknowledgeHandoff,
  type Handoff,
  type HandoffInput,
  newHandoff,
} from './handoff';
import { advanceStage } from './task';
import { type Cmd, moveTask, type WorkflowDeps } from './workflow-deps';

export const HANDOFF_KIND = 'handoff.create';
export const ACKNOWLEDGE_KIND = 'handoff.acknowledge';
export const handoffChangeId = (id: string) => `handoff/${id}`;
export const acknowledgeChangeId = (id: string) => `ack/${id}`;

const sameHandoff = (a: Handoff, b: Handoff): boolean =>
  a.receiverName === b.receiverName && a.reason === b.reason && a.date === b.date;

const handoffExists = (existing: Handoff) =>
  new ConflictError(
    'HANDOFF.EXISTS',
    `handoff ${existing.id} was already made to ${existing.receiverName} on ${existing.date}`,
    { field: 'kind', rule: 'one handoff per result and kind', value: existing.id },
  );

/** Stores the handoff; it exists already only when this same intent stored it. */
export const applyHandoff = async (deps: WorkflowDeps, change: unknown): Promise<void> => {
  try {
    await deps.handoffs.create(change as Handoff);
  } catch (e) {
    if (!(isDomainError(e) && e.code === 'HANDOFF.EXISTS')) throw e;
  }
};

/** Stores the acknowledgement; one stored already can only be this intent's. */
export const applyAcknowledgement = async (deps: WorkflowDeps, change: unknown): Promise<void> => {
  try {
    await deps.handoffs.acknowledge(change as Handoff);
  } catch (e) {
    if (!(isDomainError(e) && e.code === 'HANDOFF.ALREADY_ACKNOWLEDGED')) throw e;
  }
};

const HANDOFF_APPLIERS = {
  [HANDOFF_KIND]: applyHandoff,
  [ACKNOWLEDGE_KIND]: applyAcknowledgement,
};

/** 9. Hand a problem on (移交 / 移送司法机关). A retry with the same content is the same handoff. */
export const handoff = async (
  deps: WorkflowDeps,
  cmd: Cmd<{ input: HandoffInput }>,
): Promise<Handoff> => {
  const r = found(
    await deps.results.get(cmd.input.taskId, cmd.input.targetId, cmd.input.item),
    'RESULT.NOT_FOUND',
    `result ${cmd.input.taskId}/${cmd.input.targetId}/${cmd.input.item}`,
  );
  const now = deps.clock.now();
  const h = newHandoff(r, cmd.input, { actor: cmd.actor, now });
  const existing = await deps.handoffs.get(h.taskId, h.id);
  if (existing) {
    if (sameHandoff(existing, h)) return existing;
    throw handoffExists(existing);
  }
  const out = await runChange(deps, HANDOFF_APPLIERS, {
    id: handoffChangeId(h.id),
    chain: h.taskId,
    kind: HANDOFF_KIND,
    audit: {
      at: now,
      actor: cmd.actor.sub,
      action: 'handoff.create',
      subject: `${h.taskId}/${h.id}`,
      data: {
        kind: h.kind,
        receiverDepartment: h.receiverDepartment,
        receiverName: h.receiverName,
        date: h.date,
      },
    },
    change: h,
  });
  if (!out.created) {
    const theirs = out.intent.change as Handoff;
    if (sameHandoff(theirs, h)) return theirs;
    throw handoffExists(theirs);
  }
  await doneOnceHandedOff(deps, h.taskId, cmd.actor.sub);
  return h;
};

/**
 * The workflow leaves a task at HandingOff while a handoff its results require is missing;
 * the last such handoff completes it (二(六) 后续监管衔接).
 */
const doneOnceHandedOff = async (deps: WorkflowDeps, taskId: string, actor: string) => {
  const task = await deps.tasks.get(taskId);
  if (task?.stage !== 'HandingOff') return;
  if ((await outstandingHandoffs(deps, taskId)).length > 0) return;
  const now = deps.clock.now();
  try {
    await moveTask(
      deps,
      task,
      { task: advanceStage(task, 'Done', now) },
      {
        at: now,
        actor,
        action: 'task.advance',
        data: { from: task.stage, to: 'Done', after: 'the last required handoff' },
      },
    );
  } catch (e) {
    // the workflow moved it meanwhile: it is done, or will be by its own step
    if (!(isDomainError(e) && e.code === 'TASK.STALE')) throw e;
  }
};

export const acknowledge = async (
  deps: WorkflowDeps,
  cmd: Cmd<{ input: AcknowledgeInput }>,
): Promise<Handoff> => {
  const h = found(
    await deps.handoffs.get(cmd.input.taskId, cmd.input.handoffId),
    'HANDOFF.NOT_FOUND',
    `handoff ${cmd.input.handoffId}`,
  );
  const next = acknowledgeHandoff(h, cmd.input, cmd.actor);
  const out = await runChange(deps, HANDOFF_APPLIERS, {
    id: acknowledgeChangeId(h.id),
    chain: h.taskId,
    kind: ACKNOWLEDGE_KIND,
    audit: {
      at: deps.clock.now(),
      actor: cmd.actor.sub,
      action: 'handoff.acknowledge',
      subject: `${h.taskId}/${h.id}`,
      data: next.acknowledgement,
    },
    change: next,
  });
  if (!out.created) {
    const theirs = out.intent.change as Handoff;
    const ack = theirs.acknowledgement;
    throw new ConflictError(
      'HANDOFF.ALREADY_ACKNOWLEDGED',
      `handoff ${h.id} was acknowledged by ${ack?.by} at ${ack?.at}`,
      { field: 'handoffId', rule: 'acknowledged once', value: h.id },
    );
  }
  return next;
};
