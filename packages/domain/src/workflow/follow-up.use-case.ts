import { ConflictError } from '../errors';
import { found } from '../use-case-support';
import { runChange } from './change';
import { appendFollowUp, type FollowUpInput } from './follow-up';
import type { FollowUp, InspectionResult } from './result.schema';
import { type Cmd, loadCalendar, type WorkflowDeps } from './workflow-deps';

export const FOLLOW_UP_KIND = 'result.follow-up';
export const followUpChangeId = (targetId: string, item: string, seq: number) =>
  `followup/${targetId}/${item}/${seq}`;

/** What the intent carries: the follow-up and the penalty clock it starts. */
interface FollowUpChange {
  taskId: string;
  targetId: string;
  item: string;
  followUp: FollowUp;
  penaltyPublication?: InspectionResult['penaltyPublication'];
}

/**
 * Appends the follow-up to the result as it is stored now (a publication stamped meanwhile is
 * kept); one already there (a resumed intent) is not appended twice.
 */
export const applyFollowUp = async (deps: WorkflowDeps, change: unknown): Promise<void> => {
  const c = change as FollowUpChange;
  const r = await deps.results.get(c.taskId, c.targetId, c.item);
  if (!r || (r.followUps ?? []).some((f) => f.seq === c.followUp.seq)) return;
  const penaltyPublication =
    c.penaltyPublication &&
    (r.publication.publishedAt && !c.penaltyPublication.publishedAt
      ? { ...c.penaltyPublication, publishedAt: c.followUp.recordedAt }
      : c.penaltyPublication);
  await deps.results.put({
    ...r,
    followUps: [...(r.followUps ?? []), c.followUp],
    ...(penaltyPublication ? { penaltyPublication } : {}),
  });
};

const FOLLOW_UP_APPLIERS = { [FOLLOW_UP_KIND]: applyFollowUp };

/**
 * 10. Follow a result up (后续处理): a final outcome, a penalty decision (its 7 working days
 * run from the decision date), a rectification. Appended, audited, published with the result.
 */
export const recordFollowUp = async (deps: WorkflowDeps, cmd: Cmd<{ input: FollowUpInput }>) => {
  const { taskId, targetId, item } = cmd.input;
  const current = found(
    await deps.results.get(taskId, targetId, item),
    'RESULT.NOT_FOUND',
    `result ${taskId}/${targetId}/${item}`,
  );
  const now = deps.clock.now();
  const { result, followUp } = appendFollowUp(current, cmd.input, await loadCalendar(deps), {
    actor: cmd.actor,
    now,
  });
  const change: FollowUpChange = {
    taskId,
    targetId,
    item,
    followUp,
    ...(result.penaltyPublication !== current.penaltyPublication
      ? { penaltyPublication: result.penaltyPublication }
      : {}),
  };
  const out = await runChange(deps, FOLLOW_UP_APPLIERS, {
    id: followUpChangeId(targetId, item, followUp.seq),
    chain: taskId,
    kind: FOLLOW_UP_KIND,
    audit: {
      at: now,
      actor: cmd.actor.sub,
      action: 'result.follow-up',
      subject: `${taskId}/${targetId}/${item}`,
      data: {
        seq: followUp.seq,
        date: followUp.date,
        ...(followUp.outcome ? { outcome: followUp.outcome } : {}),
        ...(followUp.penalty ? { penalty: followUp.penalty } : {}),
        ...(followUp.rectification ? { rectification: followUp.rectification } : {}),
        ...(change.penaltyPublication ? { penaltyDueBy: change.penaltyPublication.dueBy } : {}),
      },
    },
    change,
  });
  // two follow-ups raced for the same place: the first stands, this one is asked again
  if (!out.created)
    throw new ConflictError(
      'FOLLOWUP.STALE',
      `follow-up ${followUp.seq} of ${item} on ${targetId} was recorded meanwhile; read the result and record again`,
      { field: 'targetId', rule: 'follow-ups are appended in order', value: followUp.seq },
    );
  return found(
    await deps.results.get(taskId, targetId, item),
    'RESULT.NOT_FOUND',
    `result ${taskId}/${targetId}/${item}`,
  );
};
