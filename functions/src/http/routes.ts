import { caseRoutes } from './cases/cases.routes';
import { directoryRoutes } from './directory/directory.routes';
import { evidenceRoutes } from './evidence/evidence.routes';
import { exchangeRoutes } from './exchange/exchange.routes';
import { exportRoutes } from './exports/exports.routes';
import { healthRoutes } from './health.routes';
import { openApiRoutesOf } from './openapi/openapi.routes';
import { planRoutes } from './plans/plans.routes';
import { publicRoutes } from './public/public.routes';
import type { RouteTable } from './route-definition';
import { taskRoutes } from './tasks/tasks.routes';

export type {
  HttpMethod,
  RouteDefinition,
  RouteSchemas,
  RouteTable,
} from './route-definition';

export const routes: RouteTable = [
  ...healthRoutes,
  // the document describes the whole table, this route included: handed over lazily
  ...openApiRoutesOf(() => routes),
  ...directoryRoutes,
  ...planRoutes,
  ...taskRoutes,
  ...caseRoutes,
  ...evidenceRoutes,
  ...publicRoutes,
  ...exportRoutes,
  ...exchangeRoutes,
];
