import { acknowledgeExchangeEvent } from '@double-random/domain';
import { dependencies } from '../../composition';
import { httpHandler, ok } from '../middleware';
import { AckBodySchema, ExchangeEventPathSchema } from './exchange.schemas';

/**
 * POST /exchange/events/{id}/ack: the platform confirms a delivered event (or the office on
 * its behalf); a repeated acknowledgement answers the first.
 */
export const handler = httpHandler({
  auth: 'required',
  path: ExchangeEventPathSchema,
  body: AckBodySchema,
  handler: async ({ actor, path, body }) =>
    ok(
      await acknowledgeExchangeEvent(dependencies(), {
        actor,
        id: path.id,
        input: {
          ...(body.reference ? { reference: body.reference } : {}),
          ...(body.note ? { note: body.note } : {}),
        },
      }),
    ),
});
