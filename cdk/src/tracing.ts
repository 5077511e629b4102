import type { IAspect } from 'aws-cdk-lib';
import { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import type { IConstruct } from 'constructs';

/**
 * Turns X-Ray off on every function under a scope, and tells Powertools' tracer so: Lambda in
 * the China regions has no X-Ray integration. Logs and embedded metrics stay.
 */
export class WithoutLambdaTracing implements IAspect {
  visit(node: IConstruct): void {
    if (!(node instanceof CfnFunction)) return;
    node.tracingConfig = undefined;
    node.addPropertyOverride('Environment.Variables.POWERTOOLS_TRACE_ENABLED', 'false');
  }
}
