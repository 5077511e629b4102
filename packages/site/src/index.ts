/** For Node: build the public page. The page itself starts from `main.ts` in the browser. */
export { buildSite, ensureSite, SITE_DIST, SITE_ROOT } from './build';
