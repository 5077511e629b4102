import { Aspects } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';

/**
 * Runs the AWS Solutions rules over everything under `scope` at synthesis. A finding is an
 * error annotation, which fails `cdk synth`; each accepted one is suppressed next to the
 * resource with its reason.
 */
export const checkAwsSolutions = (scope: IConstruct): void => {
  Aspects.of(scope).add(new AwsSolutionsChecks());
};
