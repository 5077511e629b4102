import { TABLE } from '@double-random/store';
import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import {
  AttributeType,
  BillingMode,
  type ITable,
  ProjectionType,
  Table,
  TableEncryption,
} from 'aws-cdk-lib/aws-dynamodb';
import { BlockPublicAccess, Bucket, BucketEncryption, type IBucket } from 'aws-cdk-lib/aws-s3';
import { NagSuppressions } from 'cdk-nag';
import type { Construct } from 'constructs';

const ATTRIBUTE_TYPE = { S: AttributeType.STRING } as const;

/**
 * What outlives every deployment: the single table (its keys and indexes taken from the
 * store's description, so the embedded engine and AWS hold the same layout) and the bucket
 * of content-addressed blobs. Both are retained when the stack is deleted: published draws
 * and results are public records.
 */
export class DataStack extends Stack {
  readonly table: ITable;
  readonly blobs: IBucket;

  constructor(scope: Construct, id: string, props?: StackProps) {
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
    const accessLogs = new Bucket(this, 'BlobAccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [{ expiration: Duration.days(3 * 365) }],
    });
    NagSuppressions.addResourceSuppressions(accessLogs, [
      { id: 'AwsSolutions-S1', reason: 'the access-log bucket itself; logging it would loop' },
    ]);

    this.table = table;
    this.blobs = new Bucket(this, 'Blobs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      encryption: BucketEncryption.S3_MANAGED,
      removalPolicy: RemovalPolicy.RETAIN,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'blobs/',
    });
  }
}
