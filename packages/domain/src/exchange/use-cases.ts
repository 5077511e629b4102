import { type Actor, isOffice } from '../actor';
import { DEPARTMENTS } from '../departments';
import { ForbiddenError, NotFoundError } from '../errors';
import { type DeliveryReport, everyPage, notifyPeople } from '../notification/use-cases';
import type { Clock, ItemRepository, Page, PageRequest, PlanRepository } from '../ports';
import type { DrawStore, PublicResultIndex, TaskRepository } from '../workflow/ports';
import {
  acknowledged,
  drawPublishedEvent,
  type ExchangeAckInput,
  type ExchangeEvent,
  itemsChangedEvent,
  penaltyPublishedEvents,
  planPublishedEvent,
  type ReceiptStatus,
  resultPublishedEvent,
} from './exchange';
import type { ExchangeLog, PublicationSink } from './ports';

export interface ExchangeDeps {
  exchange: ExchangeLog;
  sink: PublicationSink;
  clock: Clock;
}

/** Writes events (once each) and hands them to the sink at once; retries go by the receipts. */
export const sendEvents = (
  deps: ExchangeDeps,
  events: readonly ExchangeEvent[],
): Promise<{ added: number; delivery: DeliveryReport }> =>
  notifyPeople({ outbox: deps.exchange, channel: deps.sink, clock: deps.clock }, events);

export interface ExchangeSweepDeps extends ExchangeDeps {
  publicResults: PublicResultIndex;
  items: ItemRepository;
  /** with these, the year's published plans and its draws are swept too */
  plans?: PlanRepository;
  tasks?: TaskRepository;
  draws?: DrawStore;
}

const DAY_MS = 24 * 3600_000;

/**
 * The daily sweep: derives from the store every event owed — each result published in the
 * last `days` days (by publication time, from the published-results index) with its
 * penalties, each department's item list as it stands, and the year's published plans and
 * draws — and writes the ones not yet in the exchange log. What a crash kept from being sent when it happened goes out here, and
 * nothing twice.
 */
export const sweepExchange = async (
  deps: ExchangeSweepDeps,
  options: { days?: number } = {},
): Promise<{ added: number; delivery: DeliveryReport }> => {
  const now = deps.clock.now();
  const since = new Date(Date.parse(now) - (options.days ?? 30) * DAY_MS).toISOString();
  const owed: ExchangeEvent[] = [];
  let cursor: string | undefined;
  // the index lists newest first: stop at the first publication older than the window
  scan: do {
    const page = await deps.publicResults.search(cursor ? { limit: 200, cursor } : { limit: 200 });
    for (const entry of page.items) {
      if (entry.publishedAt < since) break scan;
      owed.push(resultPublishedEvent(entry, now), ...penaltyPublishedEvents(entry, now));
    }
    cursor = page.cursor;
  } while (cursor);
  for (const { code } of DEPARTMENTS) owed.push(await itemListEvent(deps, code, now));
  const year = Number(now.slice(0, 4));
  if (deps.plans) {
    const plans = deps.plans;
    for (const plan of await everyPage((p) => plans.listByYear(year, { status: 'published' }, p)))
      owed.push(planPublishedEvent(plan, now));
  }
  if (deps.tasks && deps.draws) {
    const { tasks, draws } = deps;
    // a task not drawn yet has no draw records: its list is empty
    for (const task of await everyPage((p) => tasks.listByYear(year, p)))
      for (const record of await draws.listByTask(task.id))
        owed.push(drawPublishedEvent(record, now));
  }
  return sendEvents(deps, owed);
};

/** A department's active item list as an event. */
export const itemListEvent = async (
  deps: Pick<ExchangeSweepDeps, 'items'>,
  department: string,
  now: string,
): Promise<ExchangeEvent> => {
  const items = await everyPage((p) => deps.items.list(department, { status: 'active' }, p));
  return itemsChangedEvent(department, items, now);
};

const officeOnly = (actor: Actor, what: string): void => {
  if (!isOffice(actor))
    throw new ForbiddenError(
      'EXCHANGE.OFFICE_ONLY',
      `${actor.sub} may not ${what}: the exchange with the provincial platform is the office's`,
      { field: 'actor', rule: 'the office (or the platform on its account)', value: actor.sub },
    );
};

/** The office's view of the exchange: events by receipt status. */
export const listExchangeEvents = (
  deps: Pick<ExchangeDeps, 'exchange'>,
  cmd: { actor: Actor; filter: { status?: ReceiptStatus }; page: PageRequest },
): Promise<Page<ExchangeEvent>> => {
  officeOnly(cmd.actor, 'read the exchange');
  return deps.exchange.list(cmd.filter, cmd.page);
};

/**
 * The platform confirms an event it received (or the office does on its behalf). Repeating
 * it answers the event as acknowledged the first time.
 */
export const acknowledgeExchangeEvent = async (
  deps: Pick<ExchangeDeps, 'exchange' | 'clock'>,
  cmd: { actor: Actor; id: string; input: ExchangeAckInput },
): Promise<ExchangeEvent> => {
  officeOnly(cmd.actor, 'acknowledge exchange events');
  const event = await deps.exchange.get(cmd.id);
  if (!event)
    throw new NotFoundError('EXCHANGE.EVENT_NOT_FOUND', `no exchange event ${cmd.id}`, {
      field: 'id',
      rule: 'an event in the exchange log',
      value: cmd.id,
    });
  const after = acknowledged(event, {
    at: deps.clock.now(),
    by: cmd.actor.sub,
    ...(cmd.input.reference ? { reference: cmd.input.reference } : {}),
    ...(cmd.input.note ? { note: cmd.input.note } : {}),
  });
  if (after === event) return event;
  if (await deps.exchange.acknowledge(after)) return after;
  // acknowledged meanwhile by another request: answer what is stored
  const stored = await deps.exchange.get(cmd.id);
  return stored ? acknowledged(stored, after.acknowledgement!) : after;
};
