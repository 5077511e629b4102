import { districtUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { created, httpHandler, officeOnly } from '../middleware';
import { YearPathSchema } from './plan.schemas';

/** POST /plans/{year}/district/approve: once, and only with joint draws ≥ 10 %. */
export const handler = httpHandler({
  auth: 'required',
  access: officeOnly('approve the district plan'),
  path: YearPathSchema,
  handler: async ({ actor, path }) => {
    const district = await districtUseCases.approve(dependencies(), { actor, year: path.year });
    return created(district, `/plans/${path.year}/district`);
  },
});
