import { type Actor, isDepartment, isOffice } from '../actor';
import { shanghaiDate } from '../codes';
import { forEachLimit } from '../concurrency';
import { ForbiddenError } from '../errors';
import type { Clock, Page, PageRequest, PlanRepository } from '../ports';
import { deadlineStatus } from '../workflow/calendar';
import type { HandoffRepository, ResultRepository, TaskRepository } from '../workflow/ports';
import type { TaskStage } from '../workflow/task.schema';
import {
  afterAttempt,
  type DeliveryRecord,
  deadlineNotification,
  deliveryDue,
  handoffNotification,
  type Notification,
  type NotificationStatus,
  planReturnedNotification,
} from './notification';
import type { DeliveryChannel, DeliveryQueue, NotificationChannel, Outbox } from './ports';

export interface NotificationDeps {
  outbox: Outbox;
  channel: NotificationChannel;
  clock: Clock;
}

/** Attempts one run makes at once. */
const DELIVERIES_AT_ONCE = 4;

/** How long a claimed attempt may take before another runner may try again. */
const LEASE_MS = 10 * 60_000;
const leaseUntil = (now: string): string => new Date(Date.parse(now) + LEASE_MS).toISOString();

export interface DeliveryReport {
  delivered: number;
  retrying: number;
  /** given up after their last attempt in this run */
  failed: number;
}

/** A report of no attempt yet. */
export const emptyReport = (): DeliveryReport => ({ delivered: 0, retrying: 0, failed: 0 });

/** One delivery attempt through the channel: the record as the attempt leaves it. */
const sendOnce = async <T extends DeliveryRecord>(
  deps: { channel: DeliveryChannel<T>; clock: Clock },
  n: T,
): Promise<T> => {
  try {
    await deps.channel.deliver(n);
    return afterAttempt(n, deps.clock.now(), { ok: true, channel: deps.channel.name });
  } catch (e) {
    return afterAttempt(n, deps.clock.now(), {
      ok: false,
      error: e instanceof Error ? e.message : String(e),
    });
  }
};

/** Counts a recorded attempt in the run's report. */
const count = (report: DeliveryReport, after: DeliveryRecord): void => {
  if (after.status === 'delivered') report.delivered++;
  else if (after.status === 'failed') report.failed++;
  else report.retrying++;
};

/**
 * Delivers the pending notifications whose attempt is due: each attempt is recorded (with
 * its error), a failure waits longer each time, and the last failed attempt marks it failed.
 * Two runners at once never both send one: each attempt is claimed first, over the attempt
 * count it was read with, and only the claimant sends. A channel where sending again changes
 * nothing (`idempotent`) is not claimed: of two runners both may send, one records.
 * `only` (ids) restricts the run to those records, leaving the others to their own runners.
 */
export const deliverDue = async <T extends DeliveryRecord & { id?: string }>(
  deps: { outbox: DeliveryQueue<T>; channel: DeliveryChannel<T>; clock: Clock },
  options: { limit?: number; only?: ReadonlySet<string> } = {},
): Promise<DeliveryReport> => {
  const report = emptyReport();
  const now = deps.clock.now();
  let cursor: string | undefined;
  let budget = options.limit ?? 500;
  const attempt = async (n: T) => {
    // claim the attempt first: of two runners only one sends; a crash while sending leaves
    // it pending until the claim runs out, and that attempt counts as a failed one
    const claim = { ...n, attempts: n.attempts + 1, nextAttemptAt: leaseUntil(now) };
    if (!deps.channel.idempotent && !(await deps.outbox.record(claim, n.attempts))) return;
    const after = await sendOnce(deps, n);
    const read = deps.channel.idempotent ? n.attempts : claim.attempts;
    if (!(await deps.outbox.record(after, read))) return;
    count(report, after);
  };
  do {
    const page = await deps.outbox.pending(cursor ? { limit: 100, cursor } : { limit: 100 });
    const due: T[] = [];
    let spent = false;
    for (const n of page.items) {
      if (options.only && !(n.id !== undefined && options.only.has(n.id))) continue;
      if (budget-- <= 0) {
        spent = true;
        break;
      }
      if (deliveryDue(n, now)) due.push(n);
    }
    // each record's attempt is its own: a few at once
    await forEachLimit(due, DELIVERIES_AT_ONCE, attempt);
    if (spent) return report;
    cursor = page.cursor;
  } while (cursor);
  return report;
};

/**
 * Where sending again changes nothing (`idempotent`: the drop folder), the records not in the
 * queue yet are delivered first and then written once, as the attempt left them: one write
 * each, not a pending one and then its attempt. A crash between the two leaves a delivery
 * without its record, which the sweep derives and delivers again, the same; of two writers
 * at once both may deliver, the first record stands.
 */
const deliverThenKeep = async <T extends DeliveryRecord & { id: string }>(
  deps: {
    outbox: { enqueue(items: readonly T[]): Promise<{ added: number }> };
    channel: DeliveryChannel<T>;
    clock: Clock;
  },
  known: (ids: readonly string[]) => Promise<Set<string>>,
  records: readonly T[],
): Promise<{ added: number; delivery: DeliveryReport }> => {
  const report = emptyReport();
  const there = new Set<string>();
  for (let i = 0; i < records.length; i += 100)
    for (const id of await known(records.slice(i, i + 100).map((r) => r.id))) there.add(id);
  const fresh = records.filter((r) => !there.has(r.id));
  let added = 0;
  await forEachLimit(fresh, DELIVERIES_AT_ONCE, async (n) => {
    const after = await sendOnce(deps, n);
    if ((await deps.outbox.enqueue([after])).added === 0) return;
    added++;
    count(report, after);
  });
  return { added, delivery: report };
};

/**
 * Writes records to their queue (once each) and tries to deliver them at once: those records,
 * not the others pending (whose own writers, or the scheduled run, deliver them), so writers
 * at once never contend for each other's. Where delivering is keeping (`keeps`: the local
 * outbox), each record is written once as delivered; one already there is left as it is.
 */
export const notifyPeople = async <T extends DeliveryRecord & { id: string }>(
  deps: {
    outbox: DeliveryQueue<T> & { enqueue(items: readonly T[]): Promise<{ added: number }> };
    channel: DeliveryChannel<T>;
    clock: Clock;
  },
  notifications: readonly T[],
): Promise<{ added: number; delivery: DeliveryReport }> => {
  if (deps.channel.idempotent && !deps.channel.keeps && deps.outbox.known)
    return deliverThenKeep(deps, deps.outbox.known.bind(deps.outbox), notifications);
  if (deps.channel.keeps) {
    // a notification not due yet is kept pending, and not counted as delivered
    const now = deps.clock.now();
    const delivered: T[] = [];
    const later: T[] = [];
    for (const n of notifications)
      if (deliveryDue(n, now))
        delivered.push(afterAttempt(n, now, { ok: true, channel: deps.channel.name }));
      else later.push(n);
    const written = async (records: readonly T[]) =>
      records.length > 0 ? (await deps.outbox.enqueue(records)).added : 0;
    const [kept, pending] = await Promise.all([written(delivered), written(later)]);
    return { added: kept + pending, delivery: { delivered: kept, retrying: 0, failed: 0 } };
  }
  const { added } =
    notifications.length > 0 ? await deps.outbox.enqueue(notifications) : { added: 0 };
  const delivery =
    added > 0
      ? await deliverDue(deps, { only: new Set(notifications.map((n) => n.id)) })
      : emptyReport();
  return { added, delivery };
};

export interface SweepDeps extends NotificationDeps {
  tasks: TaskRepository;
  results: ResultRepository;
  handoffs: HandoffRepository;
  plans: PlanRepository;
}

/** Stages in which results are recorded and published, so their deadlines run. */
const RUNNING: readonly TaskStage[] = [
  'Notified',
  'Inspecting',
  'Publishing',
  'HandingOff',
  'Done',
];

/** Every page of a listing, read in order. */
export const everyPage = async <T>(read: (p: PageRequest) => Promise<Page<T>>): Promise<T[]> => {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor ? { limit: 1000, cursor } : { limit: 1000 });
    out.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return out;
};

/**
 * The daily sweep: derives, from what is stored, every notification that is owed today —
 * publications due soon or overdue (亮灯), handoffs not yet acknowledged, plans of the year
 * returned — and writes the ones not yet in the outbox. What a crash kept from being sent
 * at the moment it happened is sent here, and nothing twice.
 */
export const sweepNotifications = async (
  deps: SweepDeps,
  options: { year?: number } = {},
): Promise<{ added: number; delivery: DeliveryReport }> => {
  const now = deps.clock.now();
  const today = shanghaiDate(now);
  const owed: Notification[] = [];
  for (const stage of RUNNING)
    for (const task of await everyPage((p) => deps.tasks.listByStage(stage, p))) {
      for (const r of await deps.results.listByTask(task.id)) {
        const base = { department: r.department, targetId: r.targetId, item: r.item };
        if (!r.publication.publishedAt) {
          const status = deadlineStatus(r.publication.dueBy, today);
          if (status !== 'on-time')
            owed.push(
              deadlineNotification(
                task.id,
                { ...base, kind: 'result', dueBy: r.publication.dueBy, status },
                now,
              ),
            );
        }
        const p = r.penaltyPublication;
        if (p && !p.publishedAt) {
          const status = deadlineStatus(p.dueBy, today);
          if (status !== 'on-time')
            owed.push(
              deadlineNotification(
                task.id,
                { ...base, kind: 'penalty', dueBy: p.dueBy, status },
                now,
              ),
            );
        }
      }
      for (const h of await deps.handoffs.listByTask(task.id))
        if (!h.acknowledgement) {
          const n = handoffNotification(h, now);
          if (n) owed.push(n);
        }
    }
  const year = options.year ?? Number(today.slice(0, 4));
  for (const plan of await everyPage((p) => deps.plans.listByYear(year, {}, p)))
    if (plan.status === 'returned') owed.push(planReturnedNotification(plan, now));
  return notifyPeople(deps, owed);
};

/**
 * The outbox as each reader may see it: the office everything, a department what its channel
 * carries, an inspector what was addressed to it.
 */
export const listNotifications = async (
  deps: Pick<NotificationDeps, 'outbox'>,
  cmd: {
    actor: Actor;
    filter: { status?: NotificationStatus; department?: string };
    page: PageRequest;
  },
): Promise<Page<Notification>> => {
  const { actor, filter } = cmd;
  if (isOffice(actor)) return deps.outbox.list(filter, cmd.page);
  if (filter.department && isDepartment(actor, filter.department))
    return deps.outbox.list(filter, cmd.page);
  if (!filter.department && actor.roles.includes('inspector'))
    return deps.outbox.list(
      { ...(filter.status ? { status: filter.status } : {}), recipient: `inspector:${actor.sub}` },
      cmd.page,
    );
  throw new ForbiddenError(
    'NOTIFICATION.NOT_YOURS',
    `${actor.sub} may read the office's notifications only as the office, a department's only as that department`,
    {
      field: 'department',
      rule: 'the office, the department, or the inspector addressed',
      value: filter.department,
    },
  );
};
