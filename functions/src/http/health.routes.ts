import { handler as health } from './health.handler';
import type { RouteTable } from './route-definition';

/** A module of its own so that the health function's bundle carries this route alone. */
export const healthRoutes: RouteTable = [
  {
    method: 'GET',
    path: '/health',
    auth: 'public',
    handler: health,
    entry: 'http/health.handler.ts',
    summary: 'Liveness check',
  },
];
