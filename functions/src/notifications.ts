import {
  type DeliveryReport,
  deliverDue,
  type Notification,
  notifyPeople,
  sweepNotifications,
} from '@double-random/domain';
import { dependencies } from './composition';
import { logger } from './http/middleware/logger';
import { countMetric, METRIC } from './observability';

const notificationDeps = () => {
  const d = dependencies();
  return { outbox: d.outbox, channel: d.notificationChannel, clock: d.clock };
};

const counted = (report: DeliveryReport): DeliveryReport => {
  countMetric(METRIC.deliveriesFailed, report.failed);
  return report;
};

/**
 * Tells the people concerned of a change that is already stored. The change stands whatever
 * happens here: a notification that cannot be written now is written by the daily sweep,
 * which derives what is owed from the store.
 */
export const tellPeople = async (
  notifications: readonly (Notification | undefined)[],
): Promise<void> => {
  const owed = notifications.filter((n): n is Notification => n !== undefined);
  if (owed.length === 0) return;
  try {
    counted((await notifyPeople(notificationDeps(), owed)).delivery);
  } catch (error) {
    logger.warn('notification not written now; the daily sweep writes it', {
      ids: owed.map((n) => n.id),
      error: (error as Error).message,
    });
  }
};

/** Delivers what is due (every few minutes): retries with back-off, failures recorded. */
export const deliverNotifications = async (): Promise<DeliveryReport> =>
  counted(await deliverDue(notificationDeps()));

/** The daily sweep: every notification owed today that is not in the outbox yet, delivered. */
export const sweepAndDeliver = async (): Promise<{ added: number; delivery: DeliveryReport }> => {
  const d = dependencies();
  const out = await sweepNotifications({
    ...notificationDeps(),
    tasks: d.tasks,
    results: d.results,
    handoffs: d.handoffs,
    plans: d.plans,
  });
  counted(out.delivery);
  return out;
};
