import { dispatch } from '../http/dispatch';
import { taskRoutes } from '../http/tasks/tasks.routes';

export const groupRoutes = taskRoutes;
export const handler = dispatch(groupRoutes);
