import { workflowUseCases as uc } from '@double-random/domain';
import { httpHandler, officeOnly, ok } from '../middleware';
import { CalendarBodySchema, CalendarPathSchema } from './tasks.schemas';
import { orUnavailable, workflowDeps } from './workflow-deps';

/** PUT /calendar/{year}: the office loads the State Council's schedule; provisional deadlines move. */
export const handler = httpHandler({
  auth: 'required',
  access: officeOnly('load holiday schedules'),
  path: CalendarPathSchema,
  body: CalendarBodySchema,
  handler: async ({ actor, path, body }) =>
    orUnavailable(async () =>
      ok(
        await uc.loadCalendarYear(workflowDeps(), {
          actor,
          input: { year: path.year, ...body },
        }),
      ),
    ),
});
