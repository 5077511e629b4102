import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption } from 'aws-cdk-lib/aws-s3';
import { NagSuppressions } from 'cdk-nag';
import type { Construct } from 'constructs';

/** A private bucket for another bucket's server access logs, kept three years. */
export const accessLogBucket = (scope: Construct, id: string): Bucket => {
  const logs = new Bucket(scope, id, {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    encryption: BucketEncryption.S3_MANAGED,
    removalPolicy: RemovalPolicy.RETAIN,
    lifecycleRules: [{ expiration: Duration.days(3 * 365) }],
  });
  NagSuppressions.addResourceSuppressions(logs, [
    { id: 'AwsSolutions-S1', reason: 'the access-log bucket itself; logging it would loop' },
  ]);
  return logs;
};
