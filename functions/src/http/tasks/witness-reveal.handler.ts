import { assertWitness, isDomainError, workflowUseCases as uc } from '@double-random/domain';
import { created, httpHandler, ok } from '../middleware';
import { WitnessPathSchema, WitnessRevealBodySchema } from './tasks.schemas';
import { orUnavailable, settle, workflowDeps } from './workflow-deps';

/**
 * POST /tasks/{taskId}/witnesses/{witness}/reveal: after the commitment, a witness reveals
 * its secret. A value that does not hash to its commitment is refused (400
 * `WITNESS.REVEAL_MISMATCH`); the last reveal sets the entropy and settles the wait.
 */
export const handler = httpHandler({
  auth: 'required',
  // who may act as this witness is decided from the token and the path, before the body
  access: (actor, path) => assertWitness(actor, path.witness ?? ''),
  path: WitnessPathSchema,
  body: WitnessRevealBodySchema,
  handler: async ({ actor, path, body }) =>
    orUnavailable(async () => {
      const out = await uc
        .revealWitness(workflowDeps(), {
          actor,
          taskId: path.taskId,
          witness: path.witness,
          input: body,
        })
        .catch(async (e: unknown) => {
          // a reveal after the reveal day: the task cannot get its entropy any more, and its
          // wait fails now (ENTROPY.REVEAL_WITHHELD) rather than at the next re-arm
          if (isDomainError(e) && e.code === 'WITNESS.REVEAL_LATE') await settle(path.taskId);
          throw e;
        });
      const settled = await settle(path.taskId);
      const reply = {
        witness: out.record.witness,
        at: out.record.at,
        entropy: out.task.entropy ?? null,
        stage: out.task.stage,
        settled,
      };
      return out.created
        ? created(reply, `/tasks/${path.taskId}/witnesses/${path.witness}/reveal`)
        : ok(reply);
    }),
});
