import middy from '@middy/core';
import { deliverNotifications, sweepAndDeliver } from '../notifications';
import { powertoolsMiddlewares } from '../observability';

/**
 * The notifications' Lambda entry, run by EventBridge Scheduler: `deliver` every few minutes
 * (what is due in the outbox, retried with back-off) and `sweep` once a day (everything owed
 * today — deadlines due soon or overdue, handoffs not acknowledged, returned plans — that is
 * not in the outbox yet). Both are safe to run twice: notifications are written once and each
 * attempt is claimed before it is sent.
 */
export const deliver = middy()
  .use(powertoolsMiddlewares())
  .handler(async () => deliverNotifications());

export const sweep = middy()
  .use(powertoolsMiddlewares())
  .handler(async () => sweepAndDeliver());
