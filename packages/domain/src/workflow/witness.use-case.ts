import { ConflictError, isDomainError, NotFoundError, ValidationError } from '../errors';
import { found } from '../use-case-support';
import { parseOrThrow } from '../validation';
import { runChange } from './change';
import { acceptWitnessEntropy, type Commitment, parseEntropySource } from './commitment';
import { advanceStage } from './task';
import type { Task } from './task.schema';
import {
  assertWitness,
  checkReveal,
  missingCommitments,
  revealDeadline,
  revealTooLate,
  WitnessCommitmentInputSchema,
  type WitnessCommitmentRecord,
  WitnessRevealInputSchema,
  type WitnessRevealRecord,
  type WitnessSource,
} from './witness';
import { type Cmd, getTask, moveTask, type WorkflowDeps } from './workflow-deps';

const PLANNED_TASK_ID = /^(\d{4})-([A-Z0-9]{2,16})-(\d{3})$/;

const witnessSourceOf = (task: Task): WitnessSource | undefined => {
  const source = parseEntropySource(task.entropySource);
  return source.kind === 'witness' ? source : undefined;
};

/**
 * Refuses to create a witnessed task until every named witness has published its SHA-256:
 * the hashes exist before the task, so before its pool is frozen (docs/entropy.md).
 */
export const assertWitnessesCommitted = async (
  deps: Pick<WorkflowDeps, 'witnesses'>,
  task: Task,
): Promise<WitnessCommitmentRecord[]> => {
  const source = witnessSourceOf(task);
  if (!source) return [];
  // the initiating department may run its own draw: it cannot also be one of its witnesses
  if (source.witnesses.includes(task.initiator))
    throw new ValidationError(
      'TASK.WITNESS_NOT_INDEPENDENT',
      `${task.initiator} initiates task ${task.id} and may run its draw; it cannot be one of its witnesses`,
      { field: 'entropySource', rule: 'witnesses independent of the draw', value: task.initiator },
    );
  const commitments = await deps.witnesses.listCommitments(task.id);
  const missing = missingCommitments(source.witnesses, commitments);
  if (missing.length > 0)
    throw new ConflictError(
      'TASK.WITNESS_COMMITMENTS_MISSING',
      `task ${task.id} names witnesses ${source.witnesses.join(', ')}; ${missing.join(', ')} ${missing.length === 1 ? 'has' : 'have'} not published the SHA-256 of a secret yet (POST /tasks/${task.id}/witnesses/{witness}/commitment)`,
      {
        field: 'entropySource',
        rule: 'witnesses commit before the task exists, so before the freeze',
        value: missing,
      },
    );
  return source.witnesses.map((w) => commitments.find((c) => c.witness === w)!);
};

/**
 * A witness publishes SHA-256 of its own secret for a planned task (`<year>-<DEPT>-<seq>` of
 * an approved plan) before the office creates the task. Write-once: the same hash again
 * returns the stored record; another hash, or any hash once the task exists, is refused.
 */
export const commitWitness = async (
  deps: WorkflowDeps,
  cmd: Cmd<{ taskId: string; witness: string; input: unknown }>,
): Promise<{ record: WitnessCommitmentRecord; created: boolean }> => {
  assertWitness(cmd.actor, cmd.witness);
  const v = parseOrThrow(WitnessCommitmentInputSchema, cmd.input, 'WITNESS');
  const stored = (await deps.witnesses.listCommitments(cmd.taskId)).find(
    (c) => c.witness === cmd.witness,
  );
  if (stored) {
    if (stored.commitment === v.commitment) return { record: stored, created: false };
    throw new ConflictError(
      'WITNESS.COMMITMENT_EXISTS',
      `witness ${cmd.witness} committed ${stored.commitment} for task ${cmd.taskId} at ${stored.at}; a commitment is never changed`,
      { field: 'commitment', rule: 'one commitment per witness, write-once', value: v.commitment },
    );
  }
  const task = await deps.tasks.get(cmd.taskId);
  if (task)
    throw new ConflictError(
      'WITNESS.COMMITMENT_CLOSED',
      `task ${task.id} exists (stage ${task.stage}): commitments close when the task is created, before its pool is frozen`,
      { field: 'commitment', rule: 'witnesses commit before the freeze', value: cmd.witness },
    );
  const m = PLANNED_TASK_ID.exec(cmd.taskId);
  const plan = m ? await deps.plans.get(m[2]!, Number(m[1])) : undefined;
  if (!plan?.tasks.some((t) => t.id === cmd.taskId))
    throw new NotFoundError(
      'WITNESS.TASK_NOT_PLANNED',
      `${cmd.taskId} is no planned task of a filed plan; witnesses commit to a planned task id (<year>-<DEPT>-<seq>)`,
      { field: 'taskId', value: cmd.taskId },
    );
  const now = deps.clock.now();
  const mine: WitnessCommitmentRecord = {
    taskId: cmd.taskId,
    witness: cmd.witness,
    commitment: v.commitment,
    by: cmd.actor.sub,
    at: now,
  };
  // the record and its entry through one intent (docs/consistency.md)
  const out = await runChange(deps, WITNESS_APPLIERS, {
    id: `witness-commit/${cmd.witness}`,
    chain: cmd.taskId,
    kind: WITNESS_COMMIT_KIND,
    audit: {
      at: now,
      actor: cmd.actor.sub,
      action: 'witness.commit',
      subject: `${cmd.taskId}/${cmd.witness}`,
      data: { witness: cmd.witness, commitment: v.commitment },
    },
    change: mine,
  });
  const record = out.intent.change as WitnessCommitmentRecord;
  if (out.created) return { record, created: true };
  if (record.commitment === v.commitment) return { record, created: false };
  throw new ConflictError(
    'WITNESS.COMMITMENT_EXISTS',
    `witness ${cmd.witness} committed ${record.commitment} for task ${cmd.taskId} at ${record.at}; a commitment is never changed`,
    { field: 'commitment', rule: 'one commitment per witness, write-once', value: v.commitment },
  );
};

export const WITNESS_COMMIT_KIND = 'witness.commit';
export const WITNESS_REVEAL_KIND = 'witness.reveal';

/** Stores the witness's commitment or reveal (write-once; the same record again is a no-op). */
export const applyWitnessCommitment = async (deps: WorkflowDeps, change: unknown) => {
  await deps.witnesses.putCommitment(change as WitnessCommitmentRecord);
};
export const applyWitnessReveal = async (deps: WorkflowDeps, change: unknown) => {
  await deps.witnesses.putReveal(change as WitnessRevealRecord);
};

const WITNESS_APPLIERS = {
  [WITNESS_COMMIT_KIND]: applyWitnessCommitment,
  [WITNESS_REVEAL_KIND]: applyWitnessReveal,
};

const STAGES_OPEN_FOR_REVEALS = ['Committed', 'AwaitingEntropy'];

/**
 * Sets the task's entropy once every witness has revealed. Two last reveals at once both
 * get here: the second finds the header moved (TASK.STALE), reads it again and finds the
 * same entropy set.
 */
const completeEntropy = async (deps: WorkflowDeps, c: Commitment, actor: string) => {
  for (let attempt = 0; ; attempt++) {
    const task = await getTask(deps, c.taskId);
    if (task.entropy !== undefined) return task;
    const now = deps.clock.now();
    const accepted = acceptWitnessEntropy(c, await deps.witnesses.listReveals(c.taskId), now);
    if (!accepted) return task;
    const moved = task.stage === 'Committed' ? advanceStage(task, 'AwaitingEntropy', now) : task;
    const next = { ...moved, entropy: accepted.entropy, updatedAt: now, version: task.version + 1 };
    try {
      return await moveTask(
        deps,
        task,
        { task: next },
        { at: now, actor, action: 'task.entropy', data: accepted },
      );
    } catch (e) {
      if (isDomainError(e) && e.code === 'TASK.STALE' && attempt < 4) continue;
      throw e;
    }
  }
};

/**
 * A witness reveals its secret after the commitment. It must hash to the committed SHA-256
 * (else `WITNESS.REVEAL_MISMATCH`), come by the end of the reveal day (else
 * `WITNESS.REVEAL_LATE`), and is stored write-once; the last reveal sets the task's entropy.
 * Reveal values stay out of public reads until every witness has revealed.
 */
export const revealWitness = async (
  deps: WorkflowDeps,
  cmd: Cmd<{ taskId: string; witness: string; input: unknown }>,
): Promise<{ record: WitnessRevealRecord; created: boolean; task: Task }> => {
  assertWitness(cmd.actor, cmd.witness);
  const v = parseOrThrow(WitnessRevealInputSchema, cmd.input, 'WITNESS');
  const task = await getTask(deps, cmd.taskId);
  const source = witnessSourceOf(task);
  if (!source)
    throw new ValidationError(
      'WITNESS.NOT_WITNESSED',
      `task ${task.id} takes its entropy from ${task.entropySource}, not from witnesses`,
      { field: 'witness', rule: 'reveals belong to witnessed tasks', value: cmd.witness },
    );
  if (!source.witnesses.includes(cmd.witness))
    throw new ValidationError(
      'WITNESS.NOT_NAMED',
      `${cmd.witness} is not a witness of task ${task.id} (${source.witnesses.join(', ')})`,
      { field: 'witness', rule: 'the witnesses named in the commitment', value: cmd.witness },
    );
  const c = await deps.commitments.get(task.id);
  if (!c || task.stage === 'Created' || task.stage === 'Frozen')
    throw new ConflictError(
      'WITNESS.REVEAL_BEFORE_COMMITMENT',
      `task ${task.id} is ${task.stage}: reveals come after the commitment is published`,
      { field: 'reveal', rule: 'reveal after the commitment (spec §7)', value: task.stage },
    );
  const committed = found(
    c.witnesses?.find((w) => w.id === cmd.witness),
    'WITNESS.NOT_COMMITTED',
    `commitment of witness ${cmd.witness} in task ${task.id}`,
  );
  const stored = (await deps.witnesses.listReveals(task.id)).find((r) => r.witness === cmd.witness);
  const now = deps.clock.now();
  // a reveal is checked against the hash before anything else: a wrong value is refused
  // by name whatever the stage
  checkReveal(cmd.witness, committed.commitment, v.reveal);
  if (stored)
    return { record: stored, created: false, task: await completeEntropy(deps, c, cmd.actor.sub) };
  if (Date.parse(now) > Date.parse(revealDeadline(source.revealBy)))
    throw revealTooLate(cmd.witness, source.revealBy, now);
  if (!STAGES_OPEN_FOR_REVEALS.includes(task.stage))
    throw new ConflictError(
      'TASK.WRONG_STAGE',
      `task ${task.id} is ${task.stage}; reveals are taken while it awaits its entropy`,
      { field: 'stage', rule: 'task stage order', value: task.stage },
    );
  const out = await runChange(deps, WITNESS_APPLIERS, {
    id: `witness-reveal/${cmd.witness}`,
    chain: task.id,
    kind: WITNESS_REVEAL_KIND,
    audit: {
      at: now,
      actor: cmd.actor.sub,
      action: 'witness.reveal',
      subject: `${task.id}/${cmd.witness}`,
      // the value stays sealed until every witness has revealed (then task.entropy lists all)
      data: { witness: cmd.witness, commitment: committed.commitment, matches: true },
    },
    change: {
      taskId: task.id,
      witness: cmd.witness,
      reveal: v.reveal,
      by: cmd.actor.sub,
      at: now,
    } satisfies WitnessRevealRecord,
  });
  const record = out.intent.change as WitnessRevealRecord;
  return {
    record,
    created: out.created,
    task: await completeEntropy(deps, c, cmd.actor.sub),
  };
};

/**
 * The reveals missing once the reveal day has closed: a non-empty answer means the task
 * cannot get its entropy any more, and fails (`ENTROPY.REVEAL_WITHHELD`, docs/entropy.md).
 */
export const withheldReveals = async (
  deps: Pick<WorkflowDeps, 'witnesses' | 'clock'>,
  task: Task,
): Promise<string[]> => {
  const source = witnessSourceOf(task);
  if (!source || task.entropy !== undefined) return [];
  if (Date.parse(deps.clock.now()) <= Date.parse(revealDeadline(source.revealBy))) return [];
  const reveals = await deps.witnesses.listReveals(task.id);
  return source.witnesses.filter((w) => !reveals.some((r) => r.witness === w));
};
