// first: X-Ray is registered before any handler is built (functions/src/tracing.ts)
import '../tracing';
import { completeAllLeftChanges } from '@double-random/domain';
import middy from '@middy/core';
import { buildWorkflowRuntimeOnFirstUse } from '../composition';
import { logger } from '../http/middleware/logger';
import { powertoolsMiddlewares } from '../observability';
import { workflowRuntime } from '../workflow/runtime';

buildWorkflowRuntimeOnFirstUse();

/**
 * What the local server does at start, run by a schedule in AWS (docs/consistency.md): every
 * change a crash left between its intent and its completion, on any chain, is completed —
 * its one audit entry appended if missing, the change applied, the intent closed.
 */
export const handler = middy()
  .use(powertoolsMiddlewares())
  .handler(async () => {
    const completed = await completeAllLeftChanges(workflowRuntime().deps);
    if (completed > 0) logger.info('changes left by a crash completed', { completed });
    return { completed };
  });
