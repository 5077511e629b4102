import { httpHandler, ok } from '../middleware';
import { orUnavailable } from '../tasks/workflow-deps';
import { DrawIdPathSchema } from './public.schemas';
import { publicDeps } from './public-deps';
import { drawBundle } from './public-reads';

/** GET /draws/{drawId}/bundle: the dr-draw/1 bundle exactly as drawn; 404 before the draw. */
export const handler = httpHandler({
  auth: 'public',
  path: DrawIdPathSchema,
  handler: async ({ path }) =>
    orUnavailable(async () => ok(await drawBundle(publicDeps(), path.drawId))),
});
