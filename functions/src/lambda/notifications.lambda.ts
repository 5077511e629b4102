// first: X-Ray is registered before any handler is built (functions/src/tracing.ts)
import '../tracing';
import middy from '@middy/core';
import { deliverExchange, sweepExchangeAndDeliver } from '../exchange/platform';
import { deliverNotifications, sweepAndDeliver } from '../notifications';
import { powertoolsMiddlewares } from '../observability';

/**
 * The notifications' Lambda entry, run by EventBridge Scheduler: `deliver` every few minutes
 * (what is due in the outbox, retried with back-off) and `sweep` once a day (everything owed
 * today — deadlines due soon or overdue, handoffs not acknowledged, returned plans — that is
 * not in the outbox yet). The exchange with the provincial platform rides on the same
 * schedules: its due events are delivered, and the sweep derives the events owed (results and
 * penalties published, item lists) that are not in the exchange log yet. Both are safe to run
 * twice: notifications and events are written once and each attempt is claimed before it is sent.
 */
export const deliver = middy()
  .use(powertoolsMiddlewares())
  .handler(async () => ({
    notifications: await deliverNotifications(),
    exchange: await deliverExchange(),
  }));

export const sweep = middy()
  .use(powertoolsMiddlewares())
  .handler(async () => ({
    notifications: await sweepAndDeliver(),
    exchange: await sweepExchangeAndDeliver(),
  }));
