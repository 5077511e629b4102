import { type Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { NagSuppressions } from 'cdk-nag';
import type { Construct } from 'constructs';
import {
  NODE_FUNCTION_SUPPRESSIONS,
  nodeFunctionProps,
  POWERTOOLS_ENVIRONMENT,
} from '../node-function';

export interface ScheduledFunctionProps {
  readonly entry: string;
  readonly timeout: Duration;
  readonly rate: Duration;
  readonly table: ITable;
  readonly blobs: IBucket;
  readonly logRetention?: RetentionDays;
  /** why its grants hold wildcards (cdk-nag AwsSolutions-IAM5) */
  readonly wildcardReason: string;
}

/**
 * A workflow function a schedule runs (the audit log's sequencer, the resumer of changes left
 * open): one run at a time (overlapping runs would be correct, but only cost), the table and
 * the blob bucket named in its environment, its grants given by the caller.
 */
export const scheduledFunction = (
  scope: Construct,
  props: ScheduledFunctionProps,
): NodejsFunction => {
  const fn = new NodejsFunction(scope, 'Function', {
    entry: props.entry,
    handler: 'handler',
    ...nodeFunctionProps(),
    timeout: props.timeout,
    tracing: Tracing.ACTIVE,
    reservedConcurrentExecutions: 1,
    environment: {
      ...POWERTOOLS_ENVIRONMENT,
      TABLE_NAME: props.table.tableName,
      BLOB_BUCKET: props.blobs.bucketName,
      NODE_OPTIONS: '--enable-source-maps',
      LOG_LEVEL: 'info',
    },
    logGroup: new LogGroup(scope, 'Logs', {
      retention: props.logRetention ?? RetentionDays.SIX_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    }),
  });
  new Rule(scope, 'Schedule', {
    schedule: Schedule.rate(props.rate),
    targets: [new LambdaFunction(fn, { retryAttempts: 2 })],
  });
  NagSuppressions.addResourceSuppressions(
    fn,
    [
      ...NODE_FUNCTION_SUPPRESSIONS,
      {
        id: 'AwsSolutions-IAM5',
        reason: props.wildcardReason,
        appliesTo: [
          { regex: '/^Resource::<.+\\.Arn>\\/index\\/\\*$/g' },
          { regex: '/^Resource::<.+\\.Arn>\\/\\*$/g' },
          { regex: '/^Action::s3:(Abort|GetBucket|GetObject|List|PutObject)\\*$/g' },
          { regex: '/^Resource::[^:]+:ExportsOutputFnGetAtt.+Arn[0-9A-F]+\\/(index\\/)?\\*$/g' },
          'Resource::*',
        ],
      },
    ],
    true,
  );
  return fn;
};
