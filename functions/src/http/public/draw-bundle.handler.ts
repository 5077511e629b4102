import { jsonAnswer } from '../answers';
import { httpHandler } from '../middleware';
import { orUnavailable } from '../tasks/workflow-deps';
import { DrawIdPathSchema } from './public.schemas';
import { publicDeps } from './public-deps';
import { drawBundle } from './public-reads';

/**
 * GET /draws/{drawId}/bundle: the dr-draw/1 bundle exactly as drawn; 404 before the draw. A
 * large pool's bundle is the same bytes by a redirect to a link (docs/text-and-limits.md).
 */
export const handler = httpHandler({
  auth: 'public',
  path: DrawIdPathSchema,
  handler: async ({ path }) =>
    orUnavailable(async () => jsonAnswer(await drawBundle(publicDeps(), path.drawId))),
});
