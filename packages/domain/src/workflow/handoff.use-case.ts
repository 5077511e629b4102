import { ConflictError } from '../errors';
import { found } from '../use-case-support';
import {
  type AcknowledgeInput,
  acknowledgeHandoff,
  type Handoff,
  type HandoffInput,
  newHandoff,
} from './handoff';
import { type Cmd, recordAudit, type WorkflowDeps } from './workflow-deps';

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
    const same =
      existing.receiverName === h.receiverName &&
      existing.reason === h.reason &&
      existing.date === h.date;
    if (same) return existing;
    throw new ConflictError(
      'HANDOFF.EXISTS',
      `handoff ${h.id} was already made to ${existing.receiverName} on ${existing.date}`,
      {
        field: 'kind',
        rule: 'one handoff per result and kind',
        value: h.id,
      },
    );
  }
  await deps.handoffs.create(h);
  await recordAudit(deps.audit, h.taskId, {
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
  });
  return h;
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
  await deps.handoffs.acknowledge(next);
  await recordAudit(deps.audit, h.taskId, {
    at: deps.clock.now(),
    actor: cmd.actor.sub,
    action: 'handoff.acknowledge',
    subject: `${h.taskId}/${h.id}`,
    data: next.acknowledgement,
  });
  return next;
};
