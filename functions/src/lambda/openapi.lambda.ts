import { dispatch, routesOfGroup } from '../http/dispatch';
import { routes } from '../http/routes';

export const groupRoutes = routesOfGroup(routes, 'openapi');
export const handler = dispatch(groupRoutes);
