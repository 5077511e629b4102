import type { Page, PageRequest } from '../ports';
import type { DeliveryRecord, Notification, NotificationStatus } from './notification';

/** What delivery needs of a queue: the pending records, and each attempt recorded once. */
export interface DeliveryQueue<T extends DeliveryRecord> {
  /** Pending records, oldest first. */
  pending(page: PageRequest): Promise<Page<T>>;
  /** which of these ids the queue holds already (one batch read) */
  known?(ids: readonly string[]): Promise<Set<string>>;
  /** Stores a record after an attempt, if nobody recorded another attempt meanwhile. */
  record(after: T, expectedAttempts: number): Promise<boolean>;
}

/** Where a record is delivered. */
export interface DeliveryChannel<T> {
  readonly name: string;
  /**
   * Delivering a record again changes nothing outside the store (the outbox itself; a drop
   * folder that rewrites the same bytes): no attempt is claimed before it is made.
   */
  readonly idempotent?: boolean;
  /**
   * Delivering a record is keeping it (the local outbox, which the console and `dr outbox`
   * read): a record is written delivered, once, and never claimed or sent.
   */
  readonly keeps?: boolean;
  deliver(item: T): Promise<void>;
}

/** The notifications to deliver and their delivery record. */
export interface Outbox {
  /** Writes each notification once; one already there (same id) is left as it is. */
  enqueue(notifications: readonly Notification[]): Promise<{ added: number }>;
  get(id: string): Promise<Notification | undefined>;
  /** Pending notifications, oldest first. */
  pending(page: PageRequest): Promise<Page<Notification>>;
  /** Stores a notification after an attempt, if nobody recorded another attempt meanwhile. */
  record(after: Notification, expectedAttempts: number): Promise<boolean>;
  list(
    filter: { status?: NotificationStatus; department?: string; recipient?: string },
    page: PageRequest,
  ): Promise<Page<Notification>>;
}

/** Where a notification goes: an SNS topic per department in AWS; the outbox itself locally. */
export interface NotificationChannel {
  readonly name: string;
  /** delivering again changes nothing outside the store (see DeliveryChannel) */
  readonly idempotent?: boolean;
  /** delivering is keeping it in the outbox (see DeliveryChannel) */
  readonly keeps?: boolean;
  deliver(notification: Notification): Promise<void>;
}
