import {
  type DeliveryReport,
  deliverDue,
  drawPublishedEvent,
  type ExchangeDeps,
  type ExchangeEvent,
  emptyReport,
  itemListEvent,
  type Plan,
  type PublishedResultEntry,
  penaltyPublishedEvents,
  planPublishedEvent,
  resultPublishedEvent,
  sendEvents,
  sweepExchange,
} from '@double-random/domain';
import { dependencies } from '../composition';
import { logger } from '../http/middleware/logger';

/** The exchange's ports, or undefined where no sink is configured (events wait for one). */
const exchangeDeps = (): ExchangeDeps | undefined => {
  const d = dependencies();
  return d.publicationSink
    ? { exchange: d.exchange, sink: d.publicationSink, clock: d.clock }
    : undefined;
};

/**
 * Tells the provincial platform of a change that is already stored. The change stands
 * whatever happens here: an event that cannot be written now is written by the daily sweep,
 * which derives what is owed from the store. A function without a sink of its own (the API's
 * in AWS) only writes the events; the scheduled deliverer hands them over within minutes.
 */
export const tellPlatform = async (
  events: (now: string) => Promise<readonly ExchangeEvent[]>,
): Promise<void> => {
  let owed: readonly ExchangeEvent[] = [];
  try {
    const d = dependencies();
    owed = await events(d.clock.now());
    if (owed.length === 0) return;
    if (d.publicationSink)
      await sendEvents({ exchange: d.exchange, sink: d.publicationSink, clock: d.clock }, owed);
    else await d.exchange.enqueue(owed);
  } catch (error) {
    logger.warn('exchange event not written now; the daily sweep writes it', {
      ids: owed.map((e) => e.id),
      error: (error as Error).message,
    });
  }
};

/** The events of results just published: each result and its published penalties. */
export const publicationEvents = (
  entries: readonly PublishedResultEntry[],
  now: string,
): ExchangeEvent[] =>
  entries.flatMap((e) => [resultPublishedEvent(e, now), ...penaltyPublishedEvents(e, now)]);

/** After a department's items changed: its active list as it now stands. */
export const tellPlatformOfItems = (department: string): Promise<void> =>
  tellPlatform(async (now) => [await itemListEvent(dependencies(), department, now)]);

/** After a department's plan was published: the plan as the public reads it. */
export const tellPlatformOfPlan = (plan: Plan): Promise<void> =>
  tellPlatform(async (now) => [planPublishedEvent(plan, now)]);

/** After a task was drawn: each of its draws as run. */
export const tellPlatformOfDraws = (taskId: string): Promise<void> =>
  tellPlatform(async (now) => {
    const { draws } = dependencies();
    return draws ? (await draws.listByTask(taskId)).map((r) => drawPublishedEvent(r, now)) : [];
  });

/** Delivers what is due (every few minutes): retries with back-off, failures recorded. */
export const deliverExchange = async (): Promise<DeliveryReport> => {
  const deps = exchangeDeps();
  return deps
    ? deliverDue({ outbox: deps.exchange, channel: deps.sink, clock: deps.clock })
    : emptyReport();
};

/** The daily sweep: every event owed that is not in the exchange log yet, delivered. */
export const sweepExchangeAndDeliver = async (): Promise<{
  added: number;
  delivery: DeliveryReport;
}> => {
  const deps = exchangeDeps();
  if (!deps) return { added: 0, delivery: emptyReport() };
  const d = dependencies();
  return sweepExchange({
    ...deps,
    publicResults: d.publicResults,
    items: d.items,
    plans: d.plans,
    tasks: d.tasks,
    ...(d.draws ? { draws: d.draws } : {}),
  });
};

/**
 * After a department published a task's results: the events of those results as the
 * published-results index keeps them, so they are the very events the sweep derives.
 */
export const tellPlatformOfPublication = (
  taskId: string,
  department: string,
  targetIds: readonly string[],
): Promise<void> =>
  tellPlatform(async (now) => {
    const { publicResults, tasks } = dependencies();
    const targets = [...new Set(targetIds)];
    const entries: PublishedResultEntry[] = [];
    const task = targets.length > 1 && publicResults.getMany ? await tasks.get(taskId) : undefined;
    if (task && publicResults.getMany) {
      // the records of the department's items on these targets, read at once by their keys
      const items = task.items.filter((i) => i.department === department).map((i) => i.code);
      const keys = targets.flatMap((targetId) => items.map((item) => ({ taskId, targetId, item })));
      entries.push(
        ...(await publicResults.getMany(keys)).filter((e) => e.department === department),
      );
    } else
      for (const target of targets) {
        const page = await publicResults.listByTarget(target, { limit: 100 });
        entries.push(
          ...page.items.filter((e) => e.result.taskId === taskId && e.department === department),
        );
      }
    return publicationEvents(entries, now);
  });
