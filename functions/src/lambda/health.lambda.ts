import { dispatch } from '../http/dispatch';
import { healthRoutes } from '../http/health.routes';

export const groupRoutes = healthRoutes;
export const handler = dispatch(groupRoutes);
