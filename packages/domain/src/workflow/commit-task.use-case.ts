import { assertOffice } from '../actor';
import { commitment } from './commitment';
import { bundleDigests } from './freeze';
import { advanceStage, assertStage } from './task';
import type { Task } from './task.schema';
import { type Cmd, getTask, moveTask, storedBundle, type WorkflowDeps } from './workflow-deps';

/** The task's commitment: the digests of its frozen bundles, its entropy source, its witnesses. */
const newCommitment = async (deps: WorkflowDeps, task: Task, now: string) => {
  const target = await storedBundle(deps, task.draws[0]!.drawId);
  const participants = [];
  for (const d of task.draws.filter((x) => x.role === 'participant'))
    participants.push({
      drawId: d.drawId,
      department: d.department,
      digests: bundleDigests(await storedBundle(deps, d.drawId), deps.drawOptions),
    });
  return commitment(
    task,
    { target: bundleDigests(target, deps.drawOptions), participants },
    task.entropySource,
    now,
    await deps.witnesses.listCommitments(task.id),
  );
};

/** 3. Commit: publish the digests and the entropy source before the entropy exists. */
export const commitTask = async (deps: WorkflowDeps, cmd: Cmd<{ taskId: string }>) => {
  assertOffice(cmd.actor, 'commit draws');
  const task = await getTask(deps, cmd.taskId);
  const existing = await deps.commitments.get(task.id);
  // A crash after the write-once commitment but before the header flip resumes here.
  if (task.stage === 'Committed' && existing) return { task, commitment: existing };
  assertStage(task, ['Frozen'], 'committing');
  const now = deps.clock.now();
  // a commitment already written (a crash before its move) is moved as it is: its bundles
  // are not read and hashed again
  const record = existing ?? (await newCommitment(deps, task, now));
  const next = advanceStage(task, 'Committed', now);
  // the commitment is written with the move, after its entry (docs/consistency.md)
  const moved = await moveTask(
    deps,
    task,
    { task: next, commitment: record },
    { at: now, actor: cmd.actor.sub, action: 'task.commit', data: record },
  );
  return { task: moved, commitment: (await deps.commitments.get(task.id)) ?? record };
};
