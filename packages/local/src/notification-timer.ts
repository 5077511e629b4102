import { deliverExchange, sweepExchangeAndDeliver } from '../../../functions/src/exchange/platform';
import { deliverNotifications, sweepAndDeliver } from '../../../functions/src/notifications';

const deliverAll = async () => {
  await deliverNotifications();
  await deliverExchange();
};
const sweepAll = async () => {
  await sweepAndDeliver();
  await sweepExchangeAndDeliver();
};

export interface NotificationTimer {
  close(): Promise<void>;
}

/**
 * What EventBridge Scheduler does in AWS, on one machine: delivers the outbox's due
 * notifications every minute, and sweeps once at start and then daily for what is owed
 * (deadlines due soon or overdue, handoffs not acknowledged, returned plans). The timers do
 * not keep the process alive; `close` waits for a run under way. The exchange with the
 * provincial platform runs on the same timers (docs/exchange.md).
 */
export const startNotificationTimer = (
  options: {
    deliverEveryMs?: number;
    sweepEveryMs?: number;
    firstSweepAfterMs?: number;
    log?: { error(message: string): void };
  } = {},
): NotificationTimer => {
  let running: Promise<unknown> = Promise.resolve();
  let closed = false;
  const run = (job: () => Promise<unknown>) => {
    if (closed) return;
    running = running
      .then(job)
      .catch((e: Error) => options.log?.error(`notifications: ${e.message}`));
  };
  const timers = [
    setInterval(() => run(deliverAll), options.deliverEveryMs ?? 60_000),
    setInterval(() => run(sweepAll), options.sweepEveryMs ?? 24 * 3600_000),
    setTimeout(() => run(sweepAll), options.firstSweepAfterMs ?? 5_000),
  ];
  for (const t of timers) t.unref();
  return {
    async close() {
      closed = true;
      for (const t of timers) clearTimeout(t);
      await running;
    },
  };
};
