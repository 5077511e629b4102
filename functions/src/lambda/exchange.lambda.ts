// first: X-Ray is registered before any handler is built (functions/src/tracing.ts)
import '../tracing';
import { dispatch } from '../http/dispatch';
import { exchangeRoutes } from '../http/exchange/exchange.routes';

export const groupRoutes = exchangeRoutes;
export const handler = dispatch(groupRoutes);
