import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IBucket } from 'aws-cdk-lib/aws-s3';

/**
 * Storage that refuses rewriting (docs/audit-log.md): the audit table holds every audit entry
 * and the audit log; the checkpoint key signs the log's checkpoints in KMS.
 */
export interface AuditStorage {
  readonly auditTable: ITable;
  readonly checkpointKey: IKey;
}

/** Writes of the single table: never DeleteItem — nothing in the domain is ever deleted. */
export const TABLE_WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  // bulk imports and a draw's assignments; IAM cannot tell a batch's puts from its deletes
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
] as const;

/** The only write on the audit table: a put the code makes conditional (write-once). */
export const AUDIT_WRITE_ACTIONS = ['dynamodb:PutItem'] as const;

/** Reads and writes of the single table, without DeleteItem. */
export const grantTableWrite = (table: ITable, fn: IGrantable): void => {
  table.grantReadData(fn);
  table.grant(fn, ...TABLE_WRITE_ACTIONS);
};

/** Blob writes are new content-addressed objects: read and put, never delete. */
export const grantBlobWrite = (bucket: IBucket, fn: IGrantable): void => {
  bucket.grantRead(fn);
  bucket.grantPut(fn);
};

/**
 * The audit table and the checkpoint key for one function: its environment, and either
 * reads with `kms:GetPublicKey` (read-only functions publish the key) or, for writers,
 * conditional puts and `kms:Sign` as well.
 */
export const grantAuditStorage = (
  fn: IGrantable & { addEnvironment(key: string, value: string): unknown },
  storage: AuditStorage,
  mode: 'read' | 'write',
): void => {
  fn.addEnvironment('AUDIT_TABLE_NAME', storage.auditTable.tableName);
  fn.addEnvironment('CHECKPOINT_KEY_ID', storage.checkpointKey.keyArn);
  storage.auditTable.grantReadData(fn);
  storage.checkpointKey.grant(fn, 'kms:GetPublicKey');
  if (mode === 'write') {
    storage.auditTable.grant(fn, ...AUDIT_WRITE_ACTIONS);
    storage.checkpointKey.grant(fn, 'kms:Sign');
  }
};
