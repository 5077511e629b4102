import { join } from 'node:path';
import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import {
  type AuditStorage,
  grantAuditStorage,
  grantBlobWrite,
  grantTableWrite,
} from '../audit-storage';
import { LAMBDA_ENTRY_DIR } from '../paths';
import { scheduledFunction } from './scheduled-function';

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
    const fn = scheduledFunction(this, {
      entry: RESUME_CHANGES_ENTRY,
      timeout: Duration.minutes(4),
      rate: RESUMER_RATE,
      table: props.table,
      blobs: props.blobs,
      ...(props.logRetention ? { logRetention: props.logRetention } : {}),
      wildcardReason:
        'open intents are listed through the table’s index; draw records are blobs keyed by content hash; X-Ray writes have no resource',
    });
    grantTableWrite(props.table, fn);
    if (props.audit) grantAuditStorage(fn, props.audit, 'write');
    grantBlobWrite(props.blobs, fn);
    this.function = fn;
  }
}
