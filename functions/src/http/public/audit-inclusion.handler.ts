import { chainInclusionView } from '@double-random/domain';
import { jsonAnswer } from '../answers';
import { httpHandler } from '../middleware';
import { orUnavailable } from '../tasks/workflow-deps';
import { ChainPathSchema, InclusionQuerySchema } from './audit-log.schemas';
import { auditLogDeps } from './audit-log-deps';

/**
 * GET /audit-log/chains/{chain}/inclusion?size=: the chain's logged entries and one batch
 * proof; a long chain's by link (docs/text-and-limits.md).
 */
export const handler = httpHandler({
  auth: 'public',
  path: ChainPathSchema,
  query: InclusionQuerySchema,
  handler: async ({ path, query }) =>
    orUnavailable(async () =>
      jsonAnswer(await chainInclusionView(auditLogDeps(), path.chain, query.size)),
    ),
});
