import { BUSINESS_METRICS } from '@double-random/cdk';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { synthApp } from './synth';

const stacks = synthApp();
const ops = Template.fromStack(stacks.ops);

type Alarm = {
  Properties: {
    AlarmActions: unknown[];
    MetricName?: string;
    Namespace?: string;
    Metrics?: { Id: string; MetricStat?: unknown }[];
  };
};
const alarms = Object.values(ops.findResources('AWS::CloudWatch::Alarm')) as Alarm[];
// the API's route groups, the workflow's states, and the notifications' deliver and sweep
const functionCount =
  stacks.api.functions.size + new Set(stacks.workflow.workflow.functions.values()).size + 2;

describe('ops stack: the office is told', () => {
  it('has an encrypted alert topic that only accepts TLS', () => {
    ops.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    ops.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('sends every alarm to the office’s topic', () => {
    expect(alarms.length).toBeGreaterThan(0);
    const topic = Object.keys(ops.findResources('AWS::SNS::Topic'))[0];
    for (const a of alarms) expect(a.Properties.AlarmActions).toEqual([{ Ref: topic }]);
  });

  it('alarms on failed, timed-out and aborted inspection workflows', () => {
    const names = alarms.filter((a) => a.Properties.Namespace === 'AWS/States');
    expect(names.map((a) => a.Properties.MetricName).sort()).toEqual([
      'ExecutionsAborted',
      'ExecutionsFailed',
      'ExecutionsTimedOut',
    ]);
  });

  it('watches the errors and throttles of every function, ten to an alarm', () => {
    const watched = (metric: string) =>
      alarms
        .flatMap((a) => a.Properties.Metrics ?? [])
        .filter((m) => JSON.stringify(m.MetricStat ?? {}).includes(`"MetricName":"${metric}"`));
    expect(watched('Errors')).toHaveLength(functionCount);
    expect(watched('Throttles')).toHaveLength(functionCount);
    for (const a of alarms)
      expect((a.Properties.Metrics ?? []).filter((m) => m.MetricStat).length).toBeLessThanOrEqual(
        10,
      );
  });

  it('alarms on red lights past due and on failed deliveries from the business metrics', () => {
    const business = alarms.filter((a) => a.Properties.Namespace === 'DoubleRandom');
    expect(business.map((a) => a.Properties.MetricName).sort()).toEqual([
      'DeliveriesFailed',
      'RedLightsRaised',
    ]);
  });

  it('has one district dashboard showing every business metric', () => {
    const dashboards = Object.values(ops.findResources('AWS::CloudWatch::Dashboard')) as {
      Properties: { DashboardBody: unknown };
    }[];
    expect(dashboards).toHaveLength(1);
    const body = JSON.stringify(dashboards[0]?.Properties.DashboardBody);
    for (const m of BUSINESS_METRICS) expect(body).toContain(m);
  });

  it('raises no unjustified cdk-nag finding', () => {
    expect(
      Annotations.fromStack(synthApp().ops).findError('*', Match.stringLikeRegexp('AwsSolutions-')),
    ).toEqual([]);
  });
});

describe('functions are traced and name their metrics', () => {
  it('runs every function with active X-Ray tracing and the Powertools service', () => {
    for (const stack of [stacks.api, stacks.workflow]) {
      const fns = Object.values(
        Template.fromStack(stack).findResources('AWS::Lambda::Function'),
      ) as {
        Properties: {
          TracingConfig?: { Mode: string };
          Environment?: { Variables?: Record<string, string> };
        };
      }[];
      const ours = fns.filter((f) => f.Properties.Environment?.Variables?.TABLE_NAME);
      expect(ours.length).toBeGreaterThan(0);
      for (const f of ours) {
        expect(f.Properties.TracingConfig).toEqual({ Mode: 'Active' });
        expect(f.Properties.Environment?.Variables).toMatchObject({
          POWERTOOLS_SERVICE_NAME: 'double-random',
          POWERTOOLS_METRICS_NAMESPACE: 'DoubleRandom',
        });
      }
    }
  });
});
