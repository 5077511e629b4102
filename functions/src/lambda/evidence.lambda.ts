// first: X-Ray is registered before any handler is built (functions/src/tracing.ts)
import '../tracing';
import { dispatch } from '../http/dispatch';
import { evidenceRoutes } from '../http/evidence/evidence.routes';

export const groupRoutes = evidenceRoutes;
export const handler = dispatch(groupRoutes);
