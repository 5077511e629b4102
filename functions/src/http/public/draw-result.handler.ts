import { jsonAnswer } from '../answers';
import { httpHandler } from '../middleware';
import { orUnavailable } from '../tasks/workflow-deps';
import { DrawIdPathSchema } from './public.schemas';
import { publicDeps } from './public-deps';
import { drawResult } from './public-reads';

/** GET /draws/{drawId}/result: the dr-draw/1 result, for `draw verify`; a large one by link. */
export const handler = httpHandler({
  auth: 'public',
  path: DrawIdPathSchema,
  handler: async ({ path }) =>
    orUnavailable(async () => jsonAnswer(await drawResult(publicDeps(), path.drawId))),
});
