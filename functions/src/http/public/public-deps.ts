import { workflowDeps } from '../tasks/workflow-deps';
import type { PublicDeps } from './public-reads';

/** The composition's repositories, as the public reads use them. */
export const publicDeps = (): PublicDeps => workflowDeps() as PublicDeps;
