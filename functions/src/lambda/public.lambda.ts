// first: X-Ray is registered before any handler is built (functions/src/tracing.ts)
import '../tracing';
import { dispatch } from '../http/dispatch';
import { publicRoutes } from '../http/public/public.routes';

export const groupRoutes = publicRoutes;
export const handler = dispatch(groupRoutes);
