import { targetUseCases } from '@double-random/domain';
import { TargetPatchBodySchema } from './directory.schemas';
import { updateHandler } from './entry-handlers';

/** PATCH /departments/{dept}/targets/{id}: change fields of the version the caller read. */
export const handler = updateHandler(TargetPatchBodySchema, targetUseCases.update);
