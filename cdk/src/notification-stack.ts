import { Duration, RemovalPolicy, Stack, type StackProps, TimeZone } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { Alias } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption } from 'aws-cdk-lib/aws-s3';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { NagSuppressions } from 'cdk-nag';
import type { Construct } from 'constructs';
import { accessLogBucket } from './access-logs';
import { grantTableWrite } from './audit-storage';
import {
  NODE_FUNCTION_SUPPRESSIONS,
  nodeFunctionProps,
  POWERTOOLS_ENVIRONMENT,
} from './node-function';
import { LAMBDA_ENTRY_DIR } from './paths';

export interface NotificationStackProps extends StackProps {
  readonly table: ITable;
  /** department codes: each gets its own topic */
  readonly departments: readonly string[];
  readonly logRetention?: RetentionDays;
}

/**
 * Notifications that reach people (docs/deploy.md, "Operating it"): one SNS topic per
 * department, which its staff subscribe to by e-mail (or SMS where the region offers it), an
 * inspector with a filter policy on `recipient`; a function that delivers the outbox every
 * five minutes and sweeps it daily, run by EventBridge Scheduler. The exchange with the
 * provincial platform (docs/exchange.md) rides on the same functions: an EventBridge bus its
 * events are put on, where a rule of the platform's account forwards them, and an S3 archive
 * with one object per event file.
 */
export class NotificationStack extends Stack {
  readonly topics: ReadonlyMap<string, Topic>;
  readonly deliverer: NodejsFunction;
  readonly sweeper: NodejsFunction;
  readonly exchangeBus: EventBus;
  readonly exchangeArchive: Bucket;

  constructor(scope: Construct, id: string, props: NotificationStackProps) {
    super(scope, id, props);
    const key = Alias.fromAliasName(this, 'SnsKey', 'alias/aws/sns');
    const topics = new Map<string, Topic>();
    for (const dept of props.departments)
      topics.set(
        dept,
        new Topic(this, `Topic${dept}`, {
          displayName: `double-random: notifications of ${dept}`,
          enforceSSL: true,
          masterKey: key,
        }),
      );
    this.topics = topics;

    this.exchangeBus = new EventBus(this, 'ExchangeBus', {
      description: 'double-random: dr-exchange/1 events for the provincial work platform',
    });
    const archiveLogs = accessLogBucket(this, 'ExchangeArchiveLogs');
    this.exchangeArchive = new Bucket(this, 'ExchangeArchive', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      encryption: BucketEncryption.S3_MANAGED,
      removalPolicy: RemovalPolicy.RETAIN,
      serverAccessLogsBucket: archiveLogs,
      serverAccessLogsPrefix: 'exchange/',
    });

    const retention = props.logRetention ?? RetentionDays.SIX_MONTHS;
    this.deliverer = new NodejsFunction(this, 'DeliverFunction', {
      entry: `${LAMBDA_ENTRY_DIR}/notifications.lambda.ts`,
      handler: 'deliver',
      ...nodeFunctionProps(),
      timeout: Duration.minutes(5),
      environment: {
        ...POWERTOOLS_ENVIRONMENT,
        TABLE_NAME: props.table.tableName,
        NODE_OPTIONS: '--enable-source-maps',
        LOG_LEVEL: 'info',
      },
      logGroup: new LogGroup(this, 'DeliverLogs', {
        retention,
        removalPolicy: RemovalPolicy.DESTROY,
      }),
    });
    this.sweeper = new NodejsFunction(this, 'SweepFunction', {
      entry: `${LAMBDA_ENTRY_DIR}/notifications.lambda.ts`,
      handler: 'sweep',
      ...nodeFunctionProps(),
      timeout: Duration.minutes(10),
      environment: {
        ...POWERTOOLS_ENVIRONMENT,
        TABLE_NAME: props.table.tableName,
        NODE_OPTIONS: '--enable-source-maps',
        LOG_LEVEL: 'info',
      },
      logGroup: new LogGroup(this, 'SweepLogs', {
        retention,
        removalPolicy: RemovalPolicy.DESTROY,
      }),
    });
    for (const fn of [this.deliverer, this.sweeper]) {
      grantTableWrite(props.table, fn);
      this.grantPublishing(fn);
      // the exchange: put events on the bus, write (never read or delete) archive objects
      this.exchangeBus.grantPutEventsTo(fn);
      this.exchangeArchive.grantPut(fn);
      fn.addEnvironment('EXCHANGE_BUS', this.exchangeBus.eventBusName);
      fn.addEnvironment('EXCHANGE_BUCKET', this.exchangeArchive.bucketName);
      NagSuppressions.addResourceSuppressions(
        fn,
        [
          ...NODE_FUNCTION_SUPPRESSIONS,
          {
            id: 'AwsSolutions-IAM5',
            reason:
              'the outbox is listed through the table’s indexes; X-Ray writes have no resource',
            appliesTo: [{ regex: '/^Resource::<.+\\.Arn>\\/index\\/\\*$/g' }],
          },
          {
            id: 'AwsSolutions-IAM5',
            reason: 'an archive object per exchange event, under keys named by the event id',
            appliesTo: [
              'Action::s3:Abort*',
              { regex: '/^Resource::<ExchangeArchive.+\\.Arn>\\/\\*$/g' },
            ],
          },
        ],
        true,
      );
    }

    // every five minutes what is due; at 08:00 Asia/Shanghai what is owed today
    new Schedule(this, 'DeliverSchedule', {
      description: 'double-random: deliver due notifications',
      schedule: ScheduleExpression.rate(Duration.minutes(5)),
      target: new LambdaInvoke(this.deliverer, {}),
    });
    new Schedule(this, 'SweepSchedule', {
      description: 'double-random: the daily sweep of notifications owed',
      schedule: ScheduleExpression.cron({
        minute: '0',
        hour: '8',
        timeZone: TimeZone.ASIA_SHANGHAI,
      }),
      target: new LambdaInvoke(this.sweeper, {}),
    });
    // the schedules' roles may invoke their function and its versions (`<arn>:*`) only
    for (const child of this.node.children.filter((c) =>
      c.node.id.startsWith('SchedulerRoleForTarget'),
    ))
      NagSuppressions.addResourceSuppressions(
        child,
        [
          {
            id: 'AwsSolutions-IAM5',
            reason: 'a schedule invokes its own function, any version of it',
            appliesTo: [{ regex: '/^Resource::<(Deliver|Sweep)Function.+\\.Arn>:\\*$/g' }],
          },
        ],
        true,
      );
  }

  /** The topics' ARNs by department, and leave to publish on them. */
  grantPublishing(fn: IFunction & { addEnvironment(key: string, value: string): unknown }): void {
    for (const topic of this.topics.values()) topic.grantPublish(fn);
    const arns = Object.fromEntries([...this.topics].map(([dept, t]) => [dept, t.topicArn]));
    fn.addEnvironment('NOTIFY_TOPICS', Stack.of(fn).toJsonString(arns));
  }
}
