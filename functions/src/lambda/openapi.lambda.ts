// first: X-Ray is registered before any handler is built (functions/src/tracing.ts)
import '../tracing';
import { readFileSync } from 'node:fs';
import { dispatch } from '../http/dispatch';
import { httpHandler, ok } from '../http/middleware';
import { openApiRoute } from '../http/openapi/openapi.routes';

/**
 * The OpenAPI function serves `openapi.json`, written beside its bundle when CDK builds it
 * (`OPENAPI_DOCUMENT_FILE`, cdk/src/api-stack.ts): generating the document here would bundle
 * every route and handler it describes. The local gateway generates it from the routes.
 */
export const OPENAPI_DOCUMENT_FILE = 'openapi.json';

let document: unknown;

const serve = httpHandler({
  auth: 'public',
  handler: async () => {
    document ??= JSON.parse(
      readFileSync(new URL(`./${OPENAPI_DOCUMENT_FILE}`, import.meta.url), 'utf8'),
    );
    return ok(document, { 'cache-control': 'public, max-age=300' });
  },
});

export const groupRoutes = [openApiRoute(serve)];
export const handler = dispatch(groupRoutes);
