import { dispatch } from '../http/dispatch';
import { evidenceRoutes } from '../http/evidence/evidence.routes';

export const groupRoutes = evidenceRoutes;
export const handler = dispatch(groupRoutes);
