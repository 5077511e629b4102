import { districtUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { httpHandler, officeOnly, ok } from '../middleware';
import { YearPathSchema } from './plan.schemas';

/** GET /plans/{year}/district/report: the office's consolidation of the year's plans. */
export const handler = httpHandler({
  auth: 'required',
  access: officeOnly('consolidate the district plan'),
  path: YearPathSchema,
  handler: async ({ actor, path }) =>
    ok(await districtUseCases.consolidate(dependencies(), { actor, year: path.year })),
});
