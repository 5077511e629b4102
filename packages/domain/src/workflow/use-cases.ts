import {
  type DrawBundle,
  DrawError,
  type DrawOptions,
  type DrawResult,
  parseBundle,
  runDraw,
} from '@double-random/draw';
import { type Actor, assertOffice, isDepartment, isOffice } from '../actor';
import { departmentName, shanghaiDate } from '../codes';
import {
  ConflictError,
  ForbiddenError,
  isDomainError,
  NotFoundError,
  ValidationError,
} from '../errors';
import type { Inspector } from '../inspector.schema';
import type { Item } from '../item.schema';
import type {
  Clock,
  InspectorRepository,
  ItemRepository,
  Page,
  PageRequest,
  PlanRepository,
  TargetRepository,
} from '../ports';
import { found } from '../use-case-support';
import { type AuditEntry, type AuditInput, appendEntry } from './audit';
import {
  addCalendarDays,
  type CalendarYear,
  type CalendarYearInput,
  calendarYear,
  type DeadlineStatus,
  deadlineStatus,
  workingDayCalendar,
} from './calendar';
import { acceptEntropy as acceptEntropyValue, type Commitment, commitment } from './commitment';
import { buildBundles, buildParticipantBundle, bundleDigests, type FrozenBundle } from './freeze';
import {
  type AcknowledgeInput,
  acknowledgeHandoff,
  type Handoff,
  type HandoffInput,
  newHandoff,
} from './handoff';
import type {
  AssignmentRepository,
  AuditLog,
  BundleStore,
  CalendarStore,
  CommitmentStore,
  DrawRecord,
  DrawStore,
  HandoffRepository,
  InspectionHistory,
  ResultRepository,
  TaskAssignment,
  TaskRepository,
} from './ports';
import { type PublicResult, publicResult } from './publication';
import {
  assertCanRecordResult,
  inspectingDepartment,
  newResult,
  type Replacement,
  recomputeDeadlines,
  replacement,
  requiredHandoffs,
  triggersReplacement,
} from './result';
import type { InspectionResult, RecordResultInput } from './result.schema';
import { advanceStage, assertStage, failTask, newTask } from './task';
import type { CreateTaskInput, Task, TaskStage } from './task.schema';

export interface WorkflowDeps {
  tasks: TaskRepository;
  plans: PlanRepository;
  items: ItemRepository;
  targets: TargetRepository;
  inspectors: InspectorRepository;
  history: InspectionHistory;
  bundles: BundleStore;
  commitments: CommitmentStore;
  draws: DrawStore;
  assignments: AssignmentRepository;
  results: ResultRepository;
  handoffs: HandoffRepository;
  audit: AuditLog;
  calendars: CalendarStore;
  clock: Clock;
  /** e.g. node:crypto's SHA-256 for large pools on Lambda; @noble/hashes otherwise */
  drawOptions?: DrawOptions;
}

type Cmd<T = object> = { actor: Actor } & T;

/**
 * Appends to a chain; a concurrent append (AUDIT.STALE) is retried on the new head: the
 * entry's content does not depend on its position, only its seq and prevHash do.
 */
export const recordAudit = async (
  audit: AuditLog,
  chain: string,
  input: AuditInput,
): Promise<AuditEntry> => {
  for (let attempt = 0; ; attempt++) {
    const entry = appendEntry(await audit.head(chain), input);
    try {
      await audit.append(chain, entry);
      return entry;
    } catch (e) {
      if (!(isDomainError(e) && e.code === 'AUDIT.STALE') || attempt >= 4) throw e;
    }
  }
};

const allPages = async <T>(read: (page: PageRequest) => Promise<Page<T>>): Promise<T[]> => {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor === undefined ? { limit: 1000 } : { limit: 1000, cursor });
    out.push(...page.items);
    cursor = page.cursor;
  } while (cursor !== undefined);
  return out;
};

const getTask = async (deps: Pick<WorkflowDeps, 'tasks'>, taskId: string): Promise<Task> =>
  found(await deps.tasks.get(taskId), 'TASK.NOT_FOUND', `task ${taskId}`);

const save = async (deps: Pick<WorkflowDeps, 'tasks'>, before: Task, after: Task) =>
  deps.tasks.update(after, before.version);

const loadCalendar = async (deps: Pick<WorkflowDeps, 'calendars'>) =>
  workingDayCalendar(await deps.calendars.list());

/** 1. Create: the office turns a planned task of an approved plan into a task. */
const createTask = async (deps: WorkflowDeps, cmd: Cmd<{ input: CreateTaskInput }>) => {
  assertOffice(cmd.actor, 'create inspection tasks');
  const { department, year } = cmd.input;
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
  const task = newTask(plan, items, cmd.input, now);
  await deps.tasks.create(task);
  await recordAudit(deps.audit, task.id, {
    at: now,
    actor: cmd.actor.sub,
    action: 'task.create',
    subject: task.id,
    data: { plan: plan.id, draws: task.draws, entropySource: task.entropySource },
  });
  return task;
};

/**
 * 2. Freeze: snapshot the directories as of today (Asia/Shanghai), write the bundles
 * (write-once, idempotent), then flip the task header to Frozen last.
 */
const freezeTask = async (deps: WorkflowDeps, cmd: Cmd<{ taskId: string }>) => {
  assertOffice(cmd.actor, 'freeze tasks');
  const task = await getTask(deps, cmd.taskId);
  assertStage(task, ['Created'], 'freezing');
  const now = deps.clock.now();
  const freezeDate = shanghaiDate(now);
  const targets = await deps.targets.listPool(task.initiator);
  const inspectors: Inspector[] = [];
  for (const d of task.draws)
    inspectors.push(
      ...(await allPages((p) => deps.inspectors.list(d.department, { status: 'active' }, p))),
    );
  const recentInspections =
    task.excludeInspectedWithinDays === undefined
      ? []
      : await deps.history.recent(
          task.initiator,
          task.items.map((i) => i.code),
          addCalendarDays(freezeDate, -task.excludeInspectedWithinDays),
        );
  const frozen = buildBundles(task, { freezeDate, targets, inspectors, recentInspections });
  const stored: Record<string, string> = {};
  for (const f of [frozen.target, ...frozen.participants])
    stored[f.draw.drawId] = (await deps.bundles.putOnce(f.draw.drawId, f.bundle)).sha256;
  const next = { ...advanceStage(task, 'Frozen', now), frozenOn: freezeDate };
  await save(deps, task, next);
  await recordAudit(deps.audit, task.id, {
    at: now,
    actor: cmd.actor.sub,
    action: 'task.freeze',
    subject: task.id,
    data: {
      freezeDate,
      bundles: stored,
      digests: [frozen.target, ...frozen.participants].map((f) => ({
        drawId: f.draw.drawId,
        ...f.digests,
      })),
      pool: frozen.target.bundle.pool.length,
      excluded: frozen.excluded.length,
    },
  });
  return { task: next, frozen };
};

const storedBundle = async (
  deps: Pick<WorkflowDeps, 'bundles'>,
  drawId: string,
): Promise<FrozenBundle> =>
  found(await deps.bundles.get(drawId), 'BUNDLE.NOT_FOUND', `bundle ${drawId}`);

/** 3. Commit: publish the digests and the entropy source before the entropy exists. */
const commitTask = async (deps: WorkflowDeps, cmd: Cmd<{ taskId: string }>) => {
  assertOffice(cmd.actor, 'commit draws');
  const task = await getTask(deps, cmd.taskId);
  const existing = await deps.commitments.get(task.id);
  // A crash after the write-once commitment but before the header flip resumes here.
  if (task.stage === 'Committed' && existing) return { task, commitment: existing };
  assertStage(task, ['Frozen'], 'committing');
  const now = deps.clock.now();
  const target = await storedBundle(deps, task.draws[0]!.drawId);
  const participants = [];
  for (const d of task.draws.filter((x) => x.role === 'participant'))
    participants.push({
      drawId: d.drawId,
      department: d.department,
      digests: bundleDigests(await storedBundle(deps, d.drawId)),
    });
  const record = await deps.commitments.putOnce(
    existing ??
      commitment(task, { target: bundleDigests(target), participants }, task.entropySource, now),
  );
  const next = advanceStage(task, 'Committed', now);
  await save(deps, task, next);
  await recordAudit(deps.audit, task.id, {
    at: now,
    actor: cmd.actor.sub,
    action: 'task.commit',
    subject: task.id,
    data: record,
  });
  return { task: next, commitment: record };
};

/** The state machine's plain moves (AwaitEntropy, Notify, Inspect, Publish, Handoff, Done). */
const advanceTask = async (deps: WorkflowDeps, cmd: Cmd<{ taskId: string; to: TaskStage }>) => {
  assertOffice(cmd.actor, 'move tasks through the workflow');
  const task = await getTask(deps, cmd.taskId);
  if (task.stage === cmd.to) return task;
  const now = deps.clock.now();
  const next = advanceStage(task, cmd.to, now);
  await save(deps, task, next);
  await recordAudit(deps.audit, task.id, {
    at: now,
    actor: cmd.actor.sub,
    action: 'task.advance',
    subject: task.id,
    data: { from: task.stage, to: cmd.to },
  });
  return next;
};

/** The catch state: records why the task failed, in the stage it failed. */
const recordFailure = async (
  deps: WorkflowDeps,
  cmd: Cmd<{ taskId: string; code: string; message: string }>,
) => {
  assertOffice(cmd.actor, 'record task failures');
  const task = await getTask(deps, cmd.taskId);
  if (task.stage === 'Failed') return task;
  const now = deps.clock.now();
  const next = failTask(task, cmd.code, cmd.message, now);
  await save(deps, task, next);
  await recordAudit(deps.audit, task.id, {
    at: now,
    actor: cmd.actor.sub,
    action: 'task.fail',
    subject: task.id,
    data: next.failure,
  });
  return next;
};

/** 4. The entropy arrives (beacon round fetched, or ceremony value entered). */
const acceptEntropy = async (deps: WorkflowDeps, cmd: Cmd<{ taskId: string; entropy: string }>) => {
  assertOffice(cmd.actor, 'enter draw entropy');
  const task = await getTask(deps, cmd.taskId);
  assertStage(task, ['Committed', 'AwaitingEntropy'], 'accepting entropy');
  const c = found(
    await deps.commitments.get(task.id),
    'COMMITMENT.NOT_FOUND',
    `commitment of ${task.id}`,
  );
  const now = deps.clock.now();
  const accepted = acceptEntropyValue(c, cmd.entropy, now);
  if (task.entropy !== undefined) {
    if (task.entropy === accepted.entropy) return task;
    throw new ConflictError(
      'ENTROPY.ALREADY_ACCEPTED',
      `task ${task.id} already has entropy ${task.entropy}; a different value is refused`,
      { field: 'entropy', rule: 'one entropy per draw, no re-draw', value: cmd.entropy },
    );
  }
  const moved = task.stage === 'Committed' ? advanceStage(task, 'AwaitingEntropy', now) : task;
  const next = { ...moved, entropy: accepted.entropy, updatedAt: now, version: task.version + 1 };
  await save(deps, task, next);
  await recordAudit(deps.audit, task.id, {
    at: now,
    actor: cmd.actor.sub,
    action: 'task.entropy',
    subject: task.id,
    data: accepted,
  });
  return next;
};

const digestMismatch = (drawId: string, what: string, committed: string, actual: string) =>
  new ConflictError(
    'DRAW.DIGEST_MISMATCH',
    `${what} of draw ${drawId} is ${actual}, the commitment says ${committed}: the frozen bundle changed`,
    {
      field: what,
      rule: 'the draw runs on the committed inputs (spec §7)',
      value: actual,
      committed,
    },
  );

const checkDigests = (drawId: string, bundle: FrozenBundle, expected: Partial<Commitment>) => {
  const d = bundleDigests(bundle);
  for (const key of ['poolDigest', 'paramsDigest', 'rosterDigest'] as const) {
    const committed = expected[key];
    if (committed !== undefined && committed !== d[key])
      throw digestMismatch(drawId, key, committed, d[key]);
  }
};

/** Runs dr-draw/1; a bundle the engine refuses becomes a domain refusal with the same code. */
const run = (bundle: DrawBundle, options?: DrawOptions): DrawResult => {
  try {
    return runDraw(parseBundle(bundle), options);
  } catch (e) {
    if (e instanceof DrawError) throw new ValidationError(e.code, e.message, e.details);
    throw e;
  }
};

const DRAWN_STAGES: readonly TaskStage[] = [
  'Drawn',
  'Notified',
  'Inspecting',
  'Publishing',
  'HandingOff',
  'Done',
];

/**
 * 5. Draw: run dr-draw/1 once per draw of the task on the committed bundles and the
 * accepted entropy; write-once draw records; assignments (idempotent); header flips last.
 */
const drawTask = async (deps: WorkflowDeps, cmd: Cmd<{ taskId: string }>) => {
  assertOffice(cmd.actor, 'run draws');
  const task = await getTask(deps, cmd.taskId);
  // A retried Draw step after the header flipped returns the stored draw: nobody re-draws.
  if (DRAWN_STAGES.includes(task.stage))
    return { task, records: await deps.draws.listByTask(task.id) };
  assertStage(task, ['AwaitingEntropy'], 'drawing');
  const entropy = task.entropy;
  if (entropy === undefined)
    throw new ConflictError('DRAW.NO_ENTROPY', `task ${task.id} has no accepted entropy yet`, {
      field: 'entropy',
      rule: 'draw after the entropy is known (spec §7)',
    });
  const c = found(
    await deps.commitments.get(task.id),
    'COMMITMENT.NOT_FOUND',
    `commitment of ${task.id}`,
  );
  const now = deps.clock.now();
  const targetDraw = task.draws[0]!;
  const frozen = await storedBundle(deps, targetDraw.drawId);
  checkDigests(targetDraw.drawId, frozen, c);
  const result = run({ ...frozen, entropy }, deps.drawOptions);
  const records: DrawRecord[] = [
    await deps.draws.putOnce({
      drawId: targetDraw.drawId,
      taskId: task.id,
      department: targetDraw.department,
      entropy,
      result,
      at: now,
    }),
  ];
  const stratumOf = new Map<string, { stratum: string; role: 'selected' | 'reserve' }>();
  for (const s of result.strata) {
    for (const id of s.selected) stratumOf.set(id, { stratum: s.key, role: 'selected' });
    for (const id of s.reserve) stratumOf.set(id, { stratum: s.key, role: 'reserve' });
  }
  const participantPool = result.strata.flatMap((s) => [...s.selected, ...s.reserve]);
  for (const d of task.draws.slice(1)) {
    const committed = c.participants.find((p) => p.drawId === d.drawId);
    const roster = (await storedBundle(deps, d.drawId)).roster;
    const bundle = buildParticipantBundle(task, d.department, participantPool, roster);
    checkDigests(d.drawId, bundle, committed ?? {});
    const r = run({ ...bundle, entropy }, deps.drawOptions);
    records.push(
      await deps.draws.putOnce({
        drawId: d.drawId,
        taskId: task.id,
        department: d.department,
        entropy,
        result: r,
        at: now,
      }),
    );
  }
  const assignments: TaskAssignment[] = records.flatMap((rec) =>
    [...rec.result.assignments, ...rec.result.reserveAssignments].map((a) => {
      const where = stratumOf.get(a.target)!;
      return {
        taskId: task.id,
        drawId: rec.drawId,
        department: rec.department,
        target: a.target,
        stratum: where.stratum,
        role: where.role,
        members: a.members,
        leader: a.leader,
        status: a.status,
      };
    }),
  );
  await deps.assignments.putAll(assignments);
  const next = advanceStage(task, 'Drawn', now);
  await save(deps, task, next);
  await recordAudit(deps.audit, task.id, {
    at: now,
    actor: cmd.actor.sub,
    action: 'task.draw',
    subject: task.id,
    data: records.map((r) => ({
      drawId: r.drawId,
      seed: r.result.seed,
      resultDigest: r.result.resultDigest,
    })),
  });
  return { task: next, records };
};

/** The targets a department inspects: its selected ones and the reserves in use. */
const inPlay = (a: TaskAssignment): boolean => a.role === 'selected' || a.replaces !== undefined;

/** 6. Record a result (谁检查、谁录入): deadlines from the working-day calendar. */
const recordResult = async (deps: WorkflowDeps, cmd: Cmd<{ input: RecordResultInput }>) => {
  const task = await getTask(deps, cmd.input.taskId);
  assertStage(task, ['Notified', 'Inspecting', 'Publishing'], 'recording results');
  const department = inspectingDepartment(task, cmd.input.item);
  const assignment = (await deps.assignments.listByTask(task.id)).find(
    (a) => a.department === department && a.target === cmd.input.targetId && inPlay(a),
  );
  if (!assignment)
    throw new ValidationError(
      'RESULT.TARGET_NOT_ASSIGNED',
      `${cmd.input.targetId} is not a target ${department} inspects in task ${task.id}`,
      { field: 'targetId', rule: 'results for drawn targets only', value: cmd.input.targetId },
    );
  assertCanRecordResult(cmd.actor, task, cmd.input.item, assignment.members);
  const now = deps.clock.now();
  const result = newResult(task, cmd.input, department, await loadCalendar(deps), {
    actor: cmd.actor.sub,
    now,
  });
  await deps.results.create(result);
  await recordAudit(deps.audit, task.id, {
    at: now,
    actor: cmd.actor.sub,
    action: 'result.record',
    subject: `${task.id}/${result.targetId}/${result.item}`,
    data: {
      wording: result.wording,
      method: result.method,
      evidence: result.evidence,
      dueBy: result.publication.dueBy,
    },
  });
  return {
    result,
    replacementDue: triggersReplacement(result.wording),
    handoffsDue: requiredHandoffs(result),
  };
};

/**
 * 7. Replace a gone target by the next reserve of its stratum and the teams drawn for it
 * (every draw of a joint task holds one). Never a re-draw; repeated calls return the same.
 */
const replaceFromReserve = async (
  deps: WorkflowDeps,
  cmd: Cmd<{ taskId: string; targetId: string }>,
) => {
  const task = await getTask(deps, cmd.taskId);
  if (!isOffice(cmd.actor) && !isDepartment(cmd.actor, task.initiator))
    throw new ForbiddenError(
      'RESERVE.NOT_INITIATOR',
      `${cmd.actor.sub} may not replace targets of task ${task.id}: the office or ${task.initiator} may`,
      { field: 'taskId', rule: 'the initiator or the office', value: task.id },
    );
  const results = await deps.results.listByTask(task.id);
  const gone = results.find((r) => r.targetId === cmd.targetId && triggersReplacement(r.wording));
  if (!gone)
    throw new ConflictError(
      'RESERVE.NO_GONE_RESULT',
      `no result records ${cmd.targetId} as unreachable or gone; replacement needs one`,
      {
        field: 'targetId',
        rule: 'replacement only for unreachable or gone targets (spec §4)',
        value: cmd.targetId,
      },
    );
  const draw = found(
    await deps.draws.get(task.draws[0]!.drawId),
    'DRAW.NOT_FOUND',
    `draw ${task.id}`,
  );
  const assignments = await deps.assignments.listByTask(task.id);
  const targetAssignments = assignments.filter((a) => a.drawId === draw.drawId);
  const done = targetAssignments.find((a) => a.replaces === cmd.targetId);
  const used = targetAssignments.filter((a) => a.replaces !== undefined).map((a) => a.target);
  const chosen: Replacement = done
    ? {
        replaced: cmd.targetId,
        stratum: done.stratum,
        reserve: done.target,
        assignment: {
          target: done.target,
          members: done.members,
          leader: done.leader,
          status: done.status,
        },
      }
    : replacement(draw.result, cmd.targetId, used);
  const now = deps.clock.now();
  for (const d of task.draws)
    await deps.assignments.activateReserve(d.drawId, chosen.reserve, cmd.targetId, now);
  await recordAudit(deps.audit, task.id, {
    at: now,
    actor: cmd.actor.sub,
    action: 'task.replace',
    subject: `${task.id}/${cmd.targetId}`,
    data: {
      replaced: cmd.targetId,
      reserve: chosen.reserve,
      stratum: chosen.stratum,
      wording: gone.wording,
    },
  });
  return chosen;
};

const planName = (year: number, department: string): string =>
  `${year}年度${departmentName(department)}双随机抽查计划`;

/**
 * 8. Publish the department's unpublished results of a task (谁公开): stamps each with the
 * publication instant; returns the public records and which were late.
 */
const publishResults = async (
  deps: WorkflowDeps,
  cmd: Cmd<{ taskId: string; department: string }>,
) => {
  if (!isDepartment(cmd.actor, cmd.department))
    throw new ForbiddenError(
      'PUBLICATION.NOT_DEPARTMENT',
      `${cmd.actor.sub} may not publish results of ${cmd.department} (谁检查、谁公开)`,
      { field: 'department', rule: '谁检查、谁录入、谁公开', value: cmd.department },
    );
  const task = await getTask(deps, cmd.taskId);
  const now = deps.clock.now();
  const today = shanghaiDate(now);
  const due = (await deps.results.listByTask(task.id)).filter(
    (r) => r.department === cmd.department && !r.publication.publishedAt,
  );
  const published: PublicResult[] = [];
  const late: { targetId: string; item: string; dueBy: string }[] = [];
  for (const r of due) {
    const item = await deps.items.get(r.department, r.item);
    const target = await deps.targets.get(task.initiator, r.targetId);
    const stamped: InspectionResult = {
      ...r,
      publication: { ...r.publication, publishedAt: now },
      ...(r.penaltyPublication
        ? { penaltyPublication: { ...r.penaltyPublication, publishedAt: now } }
        : {}),
    };
    await deps.results.put(stamped);
    if (today > r.publication.dueBy)
      late.push({ targetId: r.targetId, item: r.item, dueBy: r.publication.dueBy });
    published.push(
      publicResult(task, stamped, {
        planName: planName(task.year, task.initiator),
        itemName: item?.name ?? r.item,
        target: {
          name: target?.name ?? r.targetId,
          ...(target?.uscc ? { uscc: target.uscc } : {}),
        },
      }),
    );
  }
  await recordAudit(deps.audit, task.id, {
    at: now,
    actor: cmd.actor.sub,
    action: 'result.publish',
    subject: task.id,
    data: { department: cmd.department, count: published.length, late },
  });
  return { published, late };
};

export interface DeadlineLight {
  targetId: string;
  item: string;
  kind: 'result' | 'penalty';
  dueBy: string;
  provisional: boolean;
  status: DeadlineStatus;
}

/** 亮灯: the unpublished results and penalties of a task with their deadline status today. */
const deadlineReport = async (
  deps: WorkflowDeps,
  cmd: Cmd<{ taskId: string }>,
): Promise<DeadlineLight[]> => {
  const task = await getTask(deps, cmd.taskId);
  if (!isOffice(cmd.actor) && !task.draws.some((d) => isDepartment(cmd.actor, d.department)))
    throw new ForbiddenError(
      'TASK.NOT_PARTICIPANT',
      `${cmd.actor.sub} takes no part in task ${task.id}`,
      {
        field: 'taskId',
        rule: 'task data is read by its departments and the office',
        value: task.id,
      },
    );
  const today = shanghaiDate(deps.clock.now());
  const out: DeadlineLight[] = [];
  for (const r of await deps.results.listByTask(task.id)) {
    const base = { targetId: r.targetId, item: r.item };
    if (!r.publication.publishedAt)
      out.push({
        ...base,
        kind: 'result',
        ...r.publication,
        status: deadlineStatus(r.publication.dueBy, today),
      });
    const p = r.penaltyPublication;
    if (p && !p.publishedAt)
      out.push({
        ...base,
        kind: 'penalty',
        dueBy: p.dueBy,
        provisional: p.provisional,
        status: deadlineStatus(p.dueBy, today),
      });
  }
  return out;
};

/** 9. Hand a problem on (移交 / 移送司法机关). A retry with the same content is the same handoff. */
const handoff = async (deps: WorkflowDeps, cmd: Cmd<{ input: HandoffInput }>): Promise<Handoff> => {
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

const acknowledge = async (
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

/**
 * 10. The office loads a year's State Council schedule; provisional deadlines of
 * unpublished results are recomputed on it.
 */
const loadCalendarYear = async (deps: WorkflowDeps, cmd: Cmd<{ input: CalendarYearInput }>) => {
  assertOffice(cmd.actor, 'load holiday schedules');
  const now = deps.clock.now();
  const year: CalendarYear = calendarYear(cmd.input, { at: now, by: cmd.actor.sub });
  await deps.calendars.put(year);
  const calendar = await loadCalendar(deps);
  let recomputed = 0;
  for (const r of await deps.results.listProvisional()) {
    const next = recomputeDeadlines(r, calendar);
    if (JSON.stringify(next) !== JSON.stringify(r)) {
      await deps.results.put(next);
      recomputed++;
    }
  }
  await recordAudit(deps.audit, 'calendar', {
    at: now,
    actor: cmd.actor.sub,
    action: 'calendar.load',
    subject: String(year.year),
    data: { holidays: year.holidays, makeUpWorkdays: year.makeUpWorkdays, recomputed },
  });
  return { year, recomputed };
};

const getTaskView = async (deps: WorkflowDeps, cmd: Cmd<{ taskId: string }>) => {
  const task = await getTask(deps, cmd.taskId);
  if (!isOffice(cmd.actor) && !task.draws.some((d) => isDepartment(cmd.actor, d.department)))
    throw new NotFoundError('TASK.NOT_FOUND', `task ${cmd.taskId} not found`, {
      value: cmd.taskId,
    });
  return task;
};

export const workflowUseCases = {
  createTask,
  freezeTask,
  commitTask,
  advanceTask,
  recordFailure,
  acceptEntropy,
  drawTask,
  recordResult,
  replaceFromReserve,
  publishResults,
  deadlineReport,
  handoff,
  acknowledge,
  loadCalendarYear,
  getTask: getTaskView,
};
