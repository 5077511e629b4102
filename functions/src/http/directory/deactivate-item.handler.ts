import { itemUseCases } from '@double-random/domain';
import { deactivateHandler } from './entry-handlers';

/** POST /departments/{dept}/items/{id}/deactivate: nothing is deleted; the entry leaves with a reason and a date. */
export const handler = deactivateHandler(itemUseCases.deactivate);
