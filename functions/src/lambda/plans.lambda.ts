// first: X-Ray is registered before any handler is built (functions/src/tracing.ts)
import '../tracing';
import { dispatch } from '../http/dispatch';
import { planRoutes } from '../http/plans/plans.routes';

export const groupRoutes = planRoutes;
export const handler = dispatch(groupRoutes);
