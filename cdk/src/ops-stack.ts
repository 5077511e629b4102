import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  MathExpression,
  Metric,
  SingleValueWidget,
  TextWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Alias } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';

/** The namespace and service the functions publish their business metrics under (EMF). */
export const METRICS_NAMESPACE = 'DoubleRandom';
export const METRICS_SERVICE = 'double-random';

/** Business metrics published by the functions (functions/src/observability.ts). */
export const BUSINESS_METRICS = [
  'DrawsRun',
  'ResultsRecorded',
  'RedLightsRaised',
  'DeliveriesFailed',
] as const;

export interface OpsStackProps extends StackProps {
  readonly stateMachine: IStateMachine;
  readonly api: IHttpApi;
  /** every function of the deployment: the API's route groups and the workflow's states */
  readonly functions: readonly IFunction[];
}

// A metric-math alarm reads at most 10 metrics; functions are watched in groups of that size.
const MATH_METRICS_PER_ALARM = 10;

const chunks = <T>(items: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

/**
 * Operating the district: the office's alert topic, alarms on what needs a person (failed or
 * timed-out inspection workflows, function errors and throttles, red lights past due, failed
 * deliveries) and one dashboard. Alarms cost a few cents a month each, so functions are
 * watched in metric-math groups rather than one alarm each.
 */
export class OpsStack extends Stack {
  /** the joint-meeting office's alerts: subscribe its duty e-mail or phone */
  readonly alerts: Topic;
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: OpsStackProps) {
    super(scope, id, props);
    this.alerts = new Topic(this, 'OfficeAlerts', {
      displayName: 'double-random: alerts for the joint-meeting office',
      enforceSSL: true,
      masterKey: Alias.fromAliasName(this, 'SnsKey', 'alias/aws/sns'),
    });
    const notify = new SnsAction(this.alerts);
    const alarm = (name: string, metric: IMetric, description: string) => {
      const a = new Alarm(this, name, {
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      a.addAlarmAction(notify);
      this.alarms.push(a);
      return a;
    };

    const sm = props.stateMachine;
    const fiveMinutes = { period: Duration.minutes(5), statistic: 'Sum' };
    alarm(
      'WorkflowFailed',
      sm.metricFailed(fiveMinutes),
      'an inspection workflow failed: its task records the error (GET /tasks/{id}); restart it from its stored stage',
    );
    alarm('WorkflowTimedOut', sm.metricTimedOut(fiveMinutes), 'an inspection workflow timed out');
    alarm('WorkflowAborted', sm.metricAborted(fiveMinutes), 'an inspection workflow was aborted');

    chunks(props.functions, MATH_METRICS_PER_ALARM).forEach((group, i) => {
      const sum = (kind: 'errors' | 'throttles') =>
        new MathExpression({
          expression: group.map((_, k) => `m${k}`).join(' + '),
          usingMetrics: Object.fromEntries(
            group.map((fn, k) => [
              `m${k}`,
              kind === 'errors' ? fn.metricErrors(fiveMinutes) : fn.metricThrottles(fiveMinutes),
            ]),
          ),
          period: Duration.minutes(5),
          label: `${kind} of functions group ${i + 1}`,
        });
      alarm(`FunctionErrors${i + 1}`, sum('errors'), `Lambda errors in function group ${i + 1}`);
      alarm(
        `FunctionThrottles${i + 1}`,
        sum('throttles'),
        `Lambda throttles in function group ${i + 1}`,
      );
    });

    const business = (name: (typeof BUSINESS_METRICS)[number], period = Duration.hours(1)) =>
      new Metric({
        namespace: METRICS_NAMESPACE,
        metricName: name,
        dimensionsMap: { service: METRICS_SERVICE },
        statistic: 'Sum',
        period,
      });
    alarm(
      'RedLightsPastDue',
      business('RedLightsRaised'),
      '亮灯: an inspection window closed without a result; see GET /office/deadlines',
    );
    alarm(
      'DeliveriesFailed',
      business('DeliveriesFailed'),
      'a notification could not be delivered after its retries',
    );

    const apiMetric = (metricName: string, statistic: string) =>
      new Metric({
        namespace: 'AWS/ApiGateway',
        metricName,
        dimensionsMap: { ApiId: props.api.apiId },
        statistic,
        period: Duration.minutes(5),
      });
    this.dashboard = new Dashboard(this, 'District', {
      dashboardName: 'double-random',
      widgets: [
        [
          new TextWidget({
            markdown:
              '# double-random\nDraws, results and red lights of the district; the workflow; the API; the functions.',
            width: 24,
            height: 2,
          }),
        ],
        [
          new SingleValueWidget({
            title: 'this day',
            metrics: BUSINESS_METRICS.map((m) => business(m, Duration.days(1))),
            width: 24,
          }),
        ],
        [
          new GraphWidget({
            title: 'inspection workflows',
            left: [
              sm.metricStarted(fiveMinutes),
              sm.metricSucceeded(fiveMinutes),
              sm.metricFailed(fiveMinutes),
              sm.metricTimedOut(fiveMinutes),
            ],
            width: 12,
          }),
          new GraphWidget({
            title: 'API requests and errors',
            left: [apiMetric('Count', 'Sum'), apiMetric('4xx', 'Sum'), apiMetric('5xx', 'Sum')],
            right: [apiMetric('Latency', 'p99')],
            width: 12,
          }),
        ],
        [
          new GraphWidget({
            title: 'function errors',
            left: props.functions.map((fn) => fn.metricErrors(fiveMinutes)),
            width: 12,
          }),
          new GraphWidget({
            title: 'function duration p99',
            left: props.functions.map((fn) =>
              fn.metricDuration({ period: Duration.minutes(5), statistic: 'p99' }),
            ),
            width: 12,
          }),
        ],
      ],
    });

    new CfnOutput(this, 'OfficeAlertsTopicArn', {
      value: this.alerts.topicArn,
      description: 'subscribe the office’s duty e-mail or phone to receive alarms',
    });
  }
}
