// first: X-Ray is registered before any handler is built (functions/src/tracing.ts)
import '../tracing';
import { caseRoutes } from '../http/cases/cases.routes';
import { dispatch } from '../http/dispatch';

export const groupRoutes = caseRoutes;
export const handler = dispatch(groupRoutes);
