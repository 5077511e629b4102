import type { DeliveryChannel, DeliveryQueue } from '../notification/ports';
import type { Page, PageRequest } from '../ports';
import type { ExchangeEvent, ReceiptStatus } from './exchange';

/** The exchange's events and their receipts. */
export interface ExchangeLog extends DeliveryQueue<ExchangeEvent> {
  /** Writes each event once; one already there (same id) is left as it is. */
  enqueue(events: readonly ExchangeEvent[]): Promise<{ added: number }>;
  get(id: string): Promise<ExchangeEvent | undefined>;
  /** by receipt status, oldest first; without one, all by id */
  list(filter: { status?: ReceiptStatus }, page: PageRequest): Promise<Page<ExchangeEvent>>;
  /** Stores an acknowledged event if it is still delivered, as it was read. */
  acknowledge(after: ExchangeEvent): Promise<boolean>;
}

/**
 * Where events go: EventBridge and an S3 archive in AWS, a drop folder locally. Delivering
 * the same event twice is harmless: the sink keys what it writes by the event id.
 */
export type PublicationSink = DeliveryChannel<ExchangeEvent>;
