import { join } from 'node:path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import {
  type AuditStorage,
  grantAuditStorage,
  grantBlobWrite,
  grantTableWrite,
} from '../audit-storage';
import {
  NODE_FUNCTION_SUPPRESSIONS,
  nodeFunctionProps,
  POWERTOOLS_ENVIRONMENT,
} from '../node-function';
import { LAMBDA_ENTRY_DIR } from '../paths';

export const RESUME_CHANGES_ENTRY = join(LAMBDA_ENTRY_DIR, 'resume-changes.lambda.ts');

/** How often open intents are swept: a crashed change is completed within this and a minute. */
export const RESUMER_RATE = Duration.minutes(5);

export interface ChangeResumerProps {
  readonly table: ITable;
  readonly blobs: IBucket;
  readonly audit?: AuditStorage;
  readonly logRetention?: RetentionDays;
}

/**
 * Completes the changes a crash left open (docs/consistency.md), every five minutes: one
 * Query of the open-intents index, then for each its entry, its change and its completion,
 * all idempotent. The local server does the same at start.
 */
export class ChangeResumer extends Construct {
  readonly function: NodejsFunction;

  constructor(scope: Construct, id: string, props: ChangeResumerProps) {
    super(scope, id);
    const fn = new NodejsFunction(this, 'Function', {
      entry: RESUME_CHANGES_ENTRY,
      handler: 'handler',
      ...nodeFunctionProps(),
      timeout: Duration.minutes(4),
      reservedConcurrentExecutions: 1,
      environment: {
        ...POWERTOOLS_ENVIRONMENT,
        TABLE_NAME: props.table.tableName,
        BLOB_BUCKET: props.blobs.bucketName,
        NODE_OPTIONS: '--enable-source-maps',
        LOG_LEVEL: 'info',
      },
      logGroup: new LogGroup(this, 'Logs', {
        retention: props.logRetention ?? RetentionDays.SIX_MONTHS,
        removalPolicy: RemovalPolicy.DESTROY,
      }),
    });
    grantTableWrite(props.table, fn);
    if (props.audit) grantAuditStorage(fn, props.audit, 'write');
    grantBlobWrite(props.blobs, fn);
    new Rule(this, 'Schedule', {
      schedule: Schedule.rate(RESUMER_RATE),
      targets: [new LambdaFunction(fn, { retryAttempts: 2 })],
    });
    NagSuppressions.addResourceSuppressions(
      fn,
      [
        ...NODE_FUNCTION_SUPPRESSIONS,
        {
          id: 'AwsSolutions-IAM5',
          reason:
            'open intents are listed through the table’s index; draw records are blobs keyed by content hash; X-Ray writes have no resource',
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
    this.function = fn;
  }
}
