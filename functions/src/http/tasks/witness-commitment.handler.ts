import { assertWitness, workflowUseCases as uc } from '@double-random/domain';
import { created, httpHandler, ok } from '../middleware';
import { WitnessCommitmentBodySchema, WitnessPathSchema } from './tasks.schemas';
import { orUnavailable, workflowDeps } from './workflow-deps';

/**
 * POST /tasks/{taskId}/witnesses/{witness}/commitment: a witness publishes SHA-256 of its
 * secret for a planned task, before the office creates the task (docs/entropy.md). 201 when
 * stored, 200 for the same hash again; another hash, or one after the task exists, is 409.
 */
export const handler = httpHandler({
  auth: 'required',
  // who may act as this witness is decided from the token and the path, before the body
  access: (actor, path) => assertWitness(actor, path.witness ?? ''),
  path: WitnessPathSchema,
  body: WitnessCommitmentBodySchema,
  handler: async ({ actor, path, body }) =>
    orUnavailable(async () => {
      const out = await uc.commitWitness(workflowDeps(), {
        actor,
        taskId: path.taskId,
        witness: path.witness,
        input: body,
      });
      return out.created
        ? created(out.record, `/tasks/${path.taskId}/witnesses/${path.witness}/commitment`)
        : ok(out.record);
    }),
});
