import { dispatch } from '../http/dispatch';
import { openApiRoutes } from '../http/openapi/openapi.routes';

export const groupRoutes = openApiRoutes;
export const handler = dispatch(groupRoutes);
