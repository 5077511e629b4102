import { httpHandler, ok } from '../middleware';
import type { RouteTable } from '../route-definition';
import { openApiDocument } from './openapi';

/**
 * GET /openapi.json, public. The table is handed over as a function: it lists this very
 * route, so it is complete only once the table module has finished loading.
 */
export const openApiHandler = (table: () => RouteTable) => {
  let document: ReturnType<typeof openApiDocument> | undefined;
  return httpHandler({
    auth: 'public',
    handler: async () => {
      document ??= openApiDocument(table());
      return ok(document, { 'cache-control': 'public, max-age=300' });
    },
  });
};
