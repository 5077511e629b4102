import type { PublicViewStore } from '@double-random/store';
import { dependencies } from '../../composition';
import { workflowDeps } from '../tasks/workflow-deps';
import type { PublicDeps } from './public-reads';

/** The composition's repositories, as the public reads use them. */
export const publicDeps = (): PublicDeps => workflowDeps() as PublicDeps;

/** The public read model of tasks, when this runtime stores one. */
export const publicViews = (): PublicViewStore | undefined =>
  (dependencies() as { publicViews?: PublicViewStore }).publicViews;
