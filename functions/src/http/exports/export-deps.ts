import { publicDeps } from '../public/public-deps';
import { publicResultIndex } from '../tasks/workflow-deps';
import type { ExportDeps } from './export-reads';

/** The repositories the exports read; a part this runtime lacks answers 503 when first used. */
export const exportDeps = (): ExportDeps => ({
  ...publicDeps(),
  publicResults: publicResultIndex(),
});
