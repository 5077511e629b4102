import {
  CodeSchema,
  inspectorUseCases,
  RecusalDecisionSchema,
  VersionSchema,
} from '@double-random/domain';
import { dependencies } from '../../composition';
import { httpHandler, ok, ownDepartment } from '../middleware';
import { EntryPathSchema } from './directory.schemas';
import { inspectorViewFor } from './inspector-view';

export const ConflictPathSchema = EntryPathSchema.extend({ targetId: CodeSchema });
export const DecisionBodySchema = RecusalDecisionSchema.extend({ expectedVersion: VersionSchema });

/**
 * POST /departments/{dept}/inspectors/{id}/conflicts/{targetId}/decision: the department
 * records the responsible official's decision on a requested recusal (《行政处罚法》第43条);
 * only an approved recusal keeps the inspector out of draws over the target.
 */
export const handler = httpHandler({
  auth: 'required',
  access: ownDepartment,
  path: ConflictPathSchema,
  body: DecisionBodySchema,
  handler: async ({ actor, path, body }) => {
    const { expectedVersion, ...input } = body;
    const inspector = await inspectorUseCases.decideConflict(dependencies(), {
      actor,
      department: path.dept,
      id: path.id,
      targetId: path.targetId,
      expectedVersion,
      input,
    });
    return ok(inspectorViewFor(actor, inspector));
  },
});
