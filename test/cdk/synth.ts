import { readFileSync } from 'node:fs';
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
export const bareApp = (): App =>
  new App({
    builtinCloudFormationValidation: false,
    context: { ...cdkJsonContext, 'aws:cdk:bundling-stacks': [] },
  });

/** The app as `cdk synth` builds it, minus bundling and template validation. */
export const synthApp = (): DoubleRandomStacks => buildApp(bareApp());
