import { ANSWER_LIFETIME_DAYS, INDEXES, TABLE } from '@double-random/store';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { CfnBucket } from 'aws-cdk-lib/aws-s3';
import { describe, expect, it } from 'vitest';
import { synthApp } from './synth';

const { data } = synthApp();
const template = Template.fromStack(data);
const blobBucketId = data.getLogicalId(data.blobs.node.defaultChild as CfnBucket);
const blobBucket = () => template.findResources('AWS::S3::Bucket')[blobBucketId];
const answersBucketId = data.getLogicalId(data.answers.node.defaultChild as CfnBucket);
const answersBucket = () => template.findResources('AWS::S3::Bucket')[answersBucketId];

describe('data stack: the table', () => {
  it('has exactly the keys of the store description, as strings', () => {
    // the single table and the audit table (test/cdk/audit-storage.test.ts)
    template.resourceCountIs('AWS::DynamoDB::Table', 2);
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: TABLE.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: TABLE.sortKey.name, KeyType: 'RANGE' },
      ],
      AttributeDefinitions: Match.arrayWith([
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
      ]),
    });
  });

  it('has the store’s global indexes, keyed and projected as described', () => {
    const [, table] =
      Object.entries(template.findResources('AWS::DynamoDB::Table')).find(
        ([id]) => !id.startsWith('AuditTable'),
      ) ?? [];
    const indexes = table?.Properties.GlobalSecondaryIndexes as unknown[];
    expect(indexes).toEqual(
      Object.values(INDEXES).map((index) => ({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    );
  });

  it('bills per request, keeps point-in-time recovery and refuses deletion', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
      SSESpecification: { SSEEnabled: true },
    });
  });

  it('is retained when the stack is deleted or the table replaced', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });
});

describe('data stack: the blob bucket', () => {
  it('blocks every kind of public access', () => {
    expect(blobBucket()?.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
  });

  it('denies requests that do not use TLS', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: blobBucketId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('keeps versions, logs access and is retained with the stack gone', () => {
    expect(blobBucket()).toMatchObject({
      Properties: {
        VersioningConfiguration: { Status: 'Enabled' },
        LoggingConfiguration: { DestinationBucketName: expect.anything() },
      },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('answers no other origin: the links of large answers name the answers bucket', () => {
    expect(blobBucket()?.Properties.CorsConfiguration).toBeUndefined();
  });

  it('carries the project tag, as every resource of the app does', () => {
    expect(blobBucket()?.Properties.Tags).toContainEqual({
      Key: 'project',
      Value: 'double-random',
    });
  });
});

// docs/text-and-limits.md: answers too large to return inline, transient copies of the records
describe('data stack: the bucket of large answers', () => {
  it('holds no Object Lock and no versions: an answer is not a record', () => {
    expect(answersBucket()?.Properties).not.toHaveProperty('ObjectLockEnabled');
    expect(answersBucket()?.Properties).not.toHaveProperty('ObjectLockConfiguration');
    expect(answersBucket()?.Properties).not.toHaveProperty('VersioningConfiguration');
  });

  it('expires every object a day after it was written', () => {
    expect(ANSWER_LIFETIME_DAYS).toBe(1);
    expect(answersBucket()?.Properties.LifecycleConfiguration).toEqual({
      Rules: [
        {
          Id: 'transient-answers',
          Status: 'Enabled',
          ExpirationInDays: ANSWER_LIFETIME_DAYS,
          AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
        },
      ],
    });
  });

  it('blocks public access, is encrypted as the blobs are and logs access beside theirs', () => {
    expect(answersBucket()?.Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: blobBucket()?.Properties.BucketEncryption,
      LoggingConfiguration: {
        DestinationBucketName: blobBucket()?.Properties.LoggingConfiguration.DestinationBucketName,
        LogFilePrefix: 'answers/',
      },
    });
  });

  it('denies requests that do not use TLS', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: answersBucketId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  // large answers are redirects to presigned GETs, followed by the page on another origin
  it('lets a page on any origin read what a presigned GET link serves, and nothing more', () => {
    expect(answersBucket()?.Properties.CorsConfiguration).toEqual({
      CorsRules: [{ AllowedMethods: ['GET', 'HEAD'], AllowedOrigins: ['*'], MaxAge: 3600 }],
    });
  });
});
