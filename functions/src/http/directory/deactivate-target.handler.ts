import { targetUseCases } from '@double-random/domain';
import { deactivateHandler } from './entry-handlers';

/** POST /departments/{dept}/targets/{id}/deactivate: nothing is deleted; the entry leaves with a reason and a date. */
export const handler = deactivateHandler(targetUseCases.deactivate);
