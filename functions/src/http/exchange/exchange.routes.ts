import { ExchangeEventSchema } from '@double-random/domain';
import type { RouteDefinition } from '../route-definition';
import { handler as ackEvent } from './ack-event.handler';
import {
  AckBodySchema,
  ExchangeEventPathSchema,
  ExchangePageSchema,
  ExchangeQuerySchema,
} from './exchange.schemas';
import { handler as listEvents } from './list-events.handler';

/** The exchange with the provincial platform (docs/exchange.md): receipts and acknowledgements. */
export const exchangeRoutes: readonly RouteDefinition[] = [
  {
    method: 'GET',
    path: '/exchange/events',
    auth: 'required',
    handler: listEvents,
    entry: 'http/exchange/list-events.handler.ts',
    summary: 'The events sent to the provincial platform, with their receipts, by status (office)',
    schemas: {
      query: ExchangeQuerySchema,
      responses: { 200: { description: 'a page of events', schema: ExchangePageSchema } },
    },
  },
  {
    method: 'POST',
    path: '/exchange/events/{id}/ack',
    auth: 'required',
    handler: ackEvent,
    entry: 'http/exchange/ack-event.handler.ts',
    summary:
      'The platform acknowledges a delivered event (or the office on its behalf); repeating it changes nothing',
    schemas: {
      path: ExchangeEventPathSchema,
      body: AckBodySchema,
      responses: {
        200: { description: 'the event, acknowledged', schema: ExchangeEventSchema },
        409: { description: 'EXCHANGE.NOT_DELIVERED: not delivered yet, or failed' },
      },
    },
  },
];
