import { fileURLToPath } from 'node:url';

/** The repository root: bundling runs from here so the workspace's lock file and esbuild apply. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where each route group's Lambda entry lives: `functions/src/lambda/<group>.lambda.ts`. */
export const LAMBDA_ENTRY_DIR = fileURLToPath(
  new URL('../../functions/src/lambda/', import.meta.url),
);

/** The built public page (`pnpm build:site`), deployed by the site stack. */
export const SITE_DIST = fileURLToPath(new URL('../../packages/site/dist/', import.meta.url));
