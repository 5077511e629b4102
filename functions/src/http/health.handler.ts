import { httpHandler, ok } from './middleware';

/** Liveness of the API: answers without touching storage, so it is cheap to poll. */
export const handler = httpHandler({
  auth: 'public',
  handler: async () => ok({ status: 'ok', service: 'double-random' }),
});
