import { join } from 'node:path';
import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { type AuditStorage, grantAuditStorage, grantBlobWrite } from '../audit-storage';
import { LAMBDA_ENTRY_DIR } from '../paths';
import { scheduledFunction } from './scheduled-function';

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
    const fn = scheduledFunction(this, {
      entry: AUDIT_LOG_ENTRY,
      timeout: Duration.seconds(50),
      rate: SEQUENCER_RATE,
      table: props.table,
      blobs: props.blobs,
      ...(props.logRetention ? { logRetention: props.logRetention } : {}),
      wildcardReason:
        'the audit table’s indexes are read with it; checkpoint blobs are keyed by content hash; X-Ray writes have no resource',
    });
    grantAuditStorage(fn, props.audit, 'write');
    grantBlobWrite(props.blobs, fn);
    this.function = fn;
  }
}
