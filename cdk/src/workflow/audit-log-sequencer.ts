import { join } from 'node:path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { type AuditStorage, grantAuditStorage, grantBlobWrite } from '../audit-storage';
import {
  NODE_FUNCTION_SUPPRESSIONS,
  nodeFunctionProps,
  POWERTOOLS_ENVIRONMENT,
} from '../node-function';
import { LAMBDA_ENTRY_DIR } from '../paths';

export const AUDIT_LOG_ENTRY = join(LAMBDA_ENTRY_DIR, 'audit-log.lambda.ts');

/** How often the sequencer sweeps every chain and signs a checkpoint: the log's merge delay. */
export const SEQUENCER_RATE = Duration.minutes(1);

export interface AuditLogSequencerProps {
  readonly table: ITable;
  readonly blobs: IBucket;
  readonly audit: AuditStorage;
  readonly logRetention?: RetentionDays;
}

/**
 * The audit log's sequencer (docs/audit-log.md): a function of the workflow, run every
 * minute, that integrates new audit entries into the tree and signs a checkpoint with the
 * KMS key. It touches the audit table (conditional puts), the key (Sign) and the blob bucket
 * (the checkpoint under Object Lock) — not the single table.
 */
export class AuditLogSequencer extends Construct {
  readonly function: NodejsFunction;

  constructor(scope: Construct, id: string, props: AuditLogSequencerProps) {
    super(scope, id);
    const fn = new NodejsFunction(this, 'Function', {
      entry: AUDIT_LOG_ENTRY,
      handler: 'handler',
      ...nodeFunctionProps(),
      timeout: Duration.seconds(50),
      tracing: Tracing.ACTIVE,
      // one sweep at a time: overlapping runs are correct, but only cost
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
    grantAuditStorage(fn, props.audit, 'write');
    grantBlobWrite(props.blobs, fn);
    new Rule(this, 'Schedule', {
      schedule: Schedule.rate(SEQUENCER_RATE),
      targets: [new LambdaFunction(fn, { retryAttempts: 2 })],
    });
    NagSuppressions.addResourceSuppressions(
      fn,
      [
        ...NODE_FUNCTION_SUPPRESSIONS,
        {
          id: 'AwsSolutions-IAM5',
          reason:
            'the audit table’s indexes are read with it; checkpoint blobs are keyed by content hash; X-Ray writes have no resource',
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
