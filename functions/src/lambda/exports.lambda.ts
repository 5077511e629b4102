// first: X-Ray is registered before any handler is built (functions/src/tracing.ts)
import '../tracing';
import { dispatch } from '../http/dispatch';
import { exportRoutes } from '../http/exports/exports.routes';

export const groupRoutes = exportRoutes;
export const handler = dispatch(groupRoutes);
