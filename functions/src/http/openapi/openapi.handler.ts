import { httpHandler, ok } from '../middleware';
import { openApiDocument } from './openapi';

let document: ReturnType<typeof openApiDocument> | undefined;

/** GET /openapi.json, public. */
export const handler = httpHandler({
  auth: 'public',
  handler: async () => {
    // Imported here, not at the top: the route table imports this handler.
    const { routes } = await import('../routes');
    document ??= openApiDocument(routes);
    return ok(document, { 'cache-control': 'public, max-age=300' });
  },
});
