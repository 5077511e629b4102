// first: X-Ray is registered before any handler is built (functions/src/tracing.ts)
import '../tracing';
import { directoryRoutes } from '../http/directory/directory.routes';
import { dispatch } from '../http/dispatch';

export const groupRoutes = directoryRoutes;
export const handler = dispatch(groupRoutes);
