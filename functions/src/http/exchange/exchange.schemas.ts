import {
  ExchangeAckInputSchema,
  ExchangeEventIdSchema,
  ExchangeEventSchema,
  RECEIPT_STATUSES,
} from '@double-random/domain';
import { z } from 'zod';

export const ExchangeQuerySchema = z.object({
  status: z.enum(RECEIPT_STATUSES).optional().meta({
    description: 'pending, delivered, acknowledged or failed; without it every event by id',
  }),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  cursor: z.string().min(1).max(2048).optional(),
});

export const ExchangePageSchema = z.object({
  items: z.array(ExchangeEventSchema),
  cursor: z.string().optional(),
});

export const ExchangeEventPathSchema = z.object({ id: ExchangeEventIdSchema });

export const AckBodySchema = ExchangeAckInputSchema;
