import { buildApp, type DoubleRandomStacks } from '@double-random/cdk';
import { App } from 'aws-cdk-lib';

/**
 * An app without bundling or aws-cdk-lib's own template validation: the tests look at the
 * stacks' shape, and `pnpm cdk synth` runs both of those for real.
 */
export const bareApp = (): App =>
  new App({
    builtinCloudFormationValidation: false,
    context: { 'aws:cdk:bundling-stacks': [] },
  });

/** The app as `cdk synth` builds it, minus bundling and template validation. */
export const synthApp = (): DoubleRandomStacks => buildApp(bareApp());
