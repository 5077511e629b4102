import { listExchangeEvents } from '@double-random/domain';
import { dependencies } from '../../composition';
import { httpHandler, ok } from '../middleware';
import { ExchangeQuerySchema } from './exchange.schemas';

/** GET /exchange/events: the events to the provincial platform with their receipts (office). */
export const handler = httpHandler({
  auth: 'required',
  query: ExchangeQuerySchema,
  handler: async ({ actor, query }) => {
    const { limit, cursor, status } = query;
    return ok(
      await listExchangeEvents(dependencies(), {
        actor,
        filter: status ? { status } : {},
        page: cursor ? { limit, cursor } : { limit },
      }),
    );
  },
});
