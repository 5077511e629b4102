// first: X-Ray is registered before any handler is built (functions/src/tracing.ts)
import '../tracing';
import { dispatch } from '../http/dispatch';
import { healthRoutes } from '../http/health.routes';

export const groupRoutes = healthRoutes;
export const handler = dispatch(groupRoutes);
