import { buildApp, type DoubleRandomStacks } from '@double-random/cdk';
import { App } from 'aws-cdk-lib';

/** The app as `cdk synth` builds it, without bundling: the stacks' shape is under test here. */
export const synthApp = (): DoubleRandomStacks =>
  buildApp(new App({ context: { 'aws:cdk:bundling-stacks': [] } }));

/** An app with bundling skipped, for stacks built from test-made props. */
export const bareApp = (): App => new App({ context: { 'aws:cdk:bundling-stacks': [] } });
