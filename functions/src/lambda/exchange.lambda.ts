import { dispatch } from '../http/dispatch';
import { exchangeRoutes } from '../http/exchange/exchange.routes';

export const groupRoutes = exchangeRoutes;
export const handler = dispatch(groupRoutes);
