import { directoryRoutes } from '../http/directory/directory.routes';
import { dispatch } from '../http/dispatch';

export const groupRoutes = directoryRoutes;
export const handler = dispatch(groupRoutes);
