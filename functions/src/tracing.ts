import { tracingEnabled } from './config';
import { SERVICE_NAME, useTracing } from './observability';

/**
 * X-Ray for a Lambda function: every `*.lambda.ts` entry imports this module first, so the
 * tracer is registered before its handlers are built. The X-Ray SDK is loaded only when tracing
 * is on (in Lambda, unless the deployment turns it off, as in the China regions): loading it
 * enables an async hook that costs every promise. The local server never imports this module.
 */
if (tracingEnabled()) {
  const { Tracer } = await import('@aws-lambda-powertools/tracer');
  const { captureLambdaHandler } = await import('@aws-lambda-powertools/tracer/middleware');
  const tracer = new Tracer({ serviceName: SERVICE_NAME, enabled: true });
  useTracing({
    middleware: () => captureLambdaHandler(tracer, { captureResponse: false }),
    client: (client) => tracer.captureAWSv3Client(client),
  });
}
