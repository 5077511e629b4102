import { dependencies } from '../../composition';
import { type DrandFetcher, DrandUnavailableError, fetchDrandEntropy } from '../../drand';
import { httpHandler, officeOnly, ok } from '../middleware';
import { TaskPathSchema } from './tasks.schemas';
import { orUnavailable, settle, workflowDeps } from './workflow-deps';

/**
 * POST /tasks/{taskId}/entropy/fetch: the server fetches the committed drand round from the
 * relays of DRAND_URLS, checks its signature against the pinned key and enters it, as if the
 * office had pasted it. 503 `ENTROPY.FETCH_OFF` where no relay is configured (a district
 * offline pastes the signature with POST /tasks/{taskId}/entropy); 502 when no relay answers.
 */
class FetchOff extends Error {}

export const handler = httpHandler({
  auth: 'required',
  access: officeOnly('fetch draw entropy'),
  path: TaskPathSchema,
  handler: async ({ actor, path }) =>
    orUnavailable(async () => {
      // the task's own refusals (not drand, round not yet due) come before "fetching is off"
      const fetcher: DrandFetcher =
        (dependencies() as { drand?: DrandFetcher }).drand ??
        (async () => {
          throw new FetchOff();
        });
      try {
        const task = await fetchDrandEntropy(workflowDeps(), fetcher, actor, path.taskId);
        return ok({ task, settled: await settle(task.id) });
      } catch (e) {
        if (e instanceof FetchOff)
          return {
            statusCode: 503,
            body: {
              error: {
                code: 'ENTROPY.FETCH_OFF',
                message:
                  'this server fetches no drand rounds (DRAND_URLS is unset): paste the round signature from any relay with POST /tasks/{taskId}/entropy',
              },
            },
          };
        if (e instanceof DrandUnavailableError)
          return { statusCode: 502, body: { error: { code: e.code, message: e.message } } };
        throw e;
      }
    }),
});
