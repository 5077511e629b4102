import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type DoubleRandomStacks, REPO_ROOT } from '@double-random/cdk';
import { App } from 'aws-cdk-lib';

// The feature flags `cdk synth` reads from cdk.json change templates; the tests use them too.
const cdkJsonContext = (
  JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8')) as {
    context: Record<string, unknown>;
  }
).context;

/**
 * An app without bundling or aws-cdk-lib's own template validation: the tests look at the
 * stacks' shape, and `pnpm cdk synth` runs both of those for real.
 */
export const bareApp = (context: Record<string, unknown> = {}, outdir?: string): App =>
  new App({
    builtinCloudFormationValidation: false,
    context: { ...cdkJsonContext, ...context, 'aws:cdk:bundling-stacks': [] },
    ...(outdir ? { outdir } : {}),
  });

/**
 * A page folder shaped like `pnpm build:site` output. The stacks only upload it; building the
 * real page here would race the browser tests, which rebuild packages/site/dist.
 */
export const siteFixture = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'dr-site-'));
  const files: Record<string, string> = {
    'index.html': '<!doctype html><script type="module" src="app.0123456789.js"></script>',
    'app.0123456789.js': 'export {};',
    'styles.0123456789.css': 'body{}',
    'config.json': '{"apiBase":""}',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
};

const SITE_DIR = siteFixture();

/**
 * The app as `cdk synth` builds it, minus bundling and template validation; `context` as
 * `cdk synth -c key=value` gives it (e.g. `{ target: 'china' }`).
 */
export const synthApp = (
  context: Record<string, unknown> = {},
  outdir?: string,
): DoubleRandomStacks => buildApp(bareApp(context, outdir), { siteDir: SITE_DIR });
