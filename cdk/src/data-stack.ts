import { ANSWER_LIFETIME_DAYS, TABLE } from '@double-random/store';
import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import {
  AttributeType,
  BillingMode,
  type ITable,
  ProjectionType,
  Table,
  TableEncryption,
} from 'aws-cdk-lib/aws-dynamodb';
import { type IKey, Key, KeySpec, KeyUsage } from 'aws-cdk-lib/aws-kms';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  HttpMethods,
  type IBucket,
  ObjectLockRetention,
} from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { accessLogBucket } from './access-logs';

const ATTRIBUTE_TYPE = { S: AttributeType.STRING } as const;

/**
 * What outlives every deployment: the single table (its keys and indexes taken from the
 * store's description, so the embedded engine and AWS hold the same layout) and the bucket
 * of content-addressed blobs. Both are retained when the stack is deleted: published draws
 * and results are public records. Beside them, the bucket of large answers: transient copies
 * that expire after a day.
 */
export interface DataStackProps extends StackProps {
  /**
   * How long S3 Object Lock (compliance mode) keeps every version of a blob — draw bundles,
   * checkpoints, exports — from being overwritten or deleted, by anyone, the account's root
   * included. Ten years by default (docs/audit-log.md); it can be lengthened, never shortened.
   */
  readonly blobRetention?: Duration;
}

export const DEFAULT_BLOB_RETENTION = Duration.days(3650);

export class DataStack extends Stack {
  readonly table: ITable;
  readonly blobs: IBucket;
  /**
   * Answers too large to return inline, linked by presigned GETs (docs/text-and-limits.md):
   * copies of what the table and the blobs keep, so no Object Lock; each expires a day after
   * it was written.
   */
  readonly answers: IBucket;
  /** audit entries and the audit log: written only by conditional PutItem (docs/audit-log.md) */
  readonly auditTable: ITable;
  /** signs the audit log's checkpoints; only the workflow's and the API's writers may Sign */
  readonly checkpointKey: IKey;

  constructor(scope: Construct, id: string, props: DataStackProps = {}) {
    super(scope, id, props);

    const table = new Table(this, 'Table', {
      partitionKey: {
        name: TABLE.partitionKey.name,
        type: ATTRIBUTE_TYPE[TABLE.partitionKey.type],
      },
      sortKey: { name: TABLE.sortKey.name, type: ATTRIBUTE_TYPE[TABLE.sortKey.type] },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      encryption: TableEncryption.AWS_MANAGED,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of TABLE.globalSecondaryIndexes) {
      table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: {
          name: index.partitionKey.name,
          type: ATTRIBUTE_TYPE[index.partitionKey.type],
        },
        sortKey: { name: index.sortKey.name, type: ATTRIBUTE_TYPE[index.sortKey.type] },
        projectionType: ProjectionType[index.projectionType],
      });
    }

    // Who read or replaced a published bundle is part of the record, so blob requests are logged.
    const accessLogs = accessLogBucket(this, 'BlobAccessLogs');

    this.table = table;
    this.auditTable = new Table(this, 'AuditTable', {
      partitionKey: { name: TABLE.partitionKey.name, type: AttributeType.STRING },
      sortKey: { name: TABLE.sortKey.name, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      encryption: TableEncryption.AWS_MANAGED,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.checkpointKey = new Key(this, 'CheckpointKey', {
      description: 'double-random: signs the audit log checkpoints (ECDSA P-256, SHA-256)',
      keySpec: KeySpec.ECC_NIST_P256,
      keyUsage: KeyUsage.SIGN_VERIFY,
      alias: 'alias/double-random-audit-log',
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.blobs = new Bucket(this, 'Blobs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      // published records: no version can be overwritten or deleted before the retention ends
      objectLockEnabled: true,
      objectLockDefaultRetention: ObjectLockRetention.compliance(
        props.blobRetention ?? DEFAULT_BLOB_RETENTION,
      ),
      encryption: BucketEncryption.S3_MANAGED,
      removalPolicy: RemovalPolicy.RETAIN,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'blobs/',
    });
    this.answers = new Bucket(this, 'Answers', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      // a task's detail, the deadlines, an export: each distinct large answer is a new object,
      // kept a day after its last write (a function rewrites one it stores again), then gone
      lifecycleRules: [
        {
          id: 'transient-answers',
          expiration: Duration.days(ANSWER_LIFETIME_DAYS),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      // it empties itself within a day or two: a deleted stack leaves at worst an empty bucket
      removalPolicy: RemovalPolicy.RETAIN,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'answers/',
      // a large answer is a redirect to a presigned GET: the public page and the console, on
      // another origin, read it. CORS opens nothing: only a link the API signed reads an
      // object, and the bucket stays private to everyone else.
      cors: [
        {
          allowedMethods: [HttpMethods.GET, HttpMethods.HEAD],
          allowedOrigins: ['*'],
          maxAge: 3600,
        },
      ],
    });
  }
}
