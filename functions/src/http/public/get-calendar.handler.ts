import { httpHandler, ok } from '../middleware';
import { orUnavailable } from '../tasks/workflow-deps';
import { CalendarYearPathSchema } from './public.schemas';
import { publicDeps } from './public-deps';
import { calendarOf } from './public-reads';

/** GET /calendar/{year}: the working-day schedule deadlines are counted on. */
export const handler = httpHandler({
  auth: 'public',
  path: CalendarYearPathSchema,
  handler: async ({ path }) =>
    orUnavailable(async () => ok(await calendarOf(publicDeps(), path.year))),
});
