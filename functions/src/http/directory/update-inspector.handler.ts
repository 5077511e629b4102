import { inspectorUseCases } from '@double-random/domain';
import { InspectorPatchBodySchema } from './directory.schemas';
import { updateHandler } from './entry-handlers';

/** PATCH /departments/{dept}/inspectors/{id}: change fields of the version the caller read. */
export const handler = updateHandler(InspectorPatchBodySchema, inspectorUseCases.update);
