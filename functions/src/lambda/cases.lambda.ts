import { caseRoutes } from '../http/cases/cases.routes';
import { dispatch } from '../http/dispatch';

export const groupRoutes = caseRoutes;
export const handler = dispatch(groupRoutes);
