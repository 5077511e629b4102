import { NOTIFYING_GROUPS } from '@double-random/cdk';
import { DEPARTMENTS } from '@double-random/domain';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { synthApp } from './synth';

const stacks = synthApp();
const notify = Template.fromStack(stacks.notifications);

type Fn = { Properties: { Environment?: { Variables?: Record<string, unknown> } } };

describe('notification stack', () => {
  it('has one encrypted, TLS-only topic per department', () => {
    const topics = notify.findResources('AWS::SNS::Topic');
    expect(Object.keys(topics)).toHaveLength(DEPARTMENTS.length);
    for (const t of Object.values(topics) as { Properties: Record<string, unknown> }[])
      expect(t.Properties.KmsMasterKeyId).toBeDefined();
    expect(Object.keys(notify.findResources('AWS::SNS::TopicPolicy'))).toHaveLength(
      DEPARTMENTS.length,
    );
  });

  it('delivers every five minutes and sweeps daily at 08:00 in Shanghai', () => {
    notify.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(5 minutes)',
    });
    notify.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 8 * * ? *)',
      ScheduleExpressionTimezone: 'Asia/Shanghai',
    });
  });

  it('gives the deliver and sweep functions the topics and leave to publish on them', () => {
    const fns = Object.values(notify.findResources('AWS::Lambda::Function')) as Fn[];
    const ours = fns.filter((f) => f.Properties.Environment?.Variables?.TABLE_NAME);
    expect(ours).toHaveLength(2);
    for (const f of ours) expect(f.Properties.Environment?.Variables?.NOTIFY_TOPICS).toBeDefined();
    notify.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Action: 'sns:Publish' })]),
      },
    });
  });

  it('tells the routes that notify at once, and the Notify state, where the topics are', () => {
    const api = Template.fromStack(stacks.api);
    for (const group of NOTIFYING_GROUPS) {
      const fn = stacks.api.functions.get(group);
      expect(fn, group).toBeDefined();
      const id = stacks.api.getLogicalId(fn!.node.defaultChild as never);
      const vars = (api.toJSON().Resources[id] as Fn).Properties.Environment?.Variables;
      expect(vars?.NOTIFY_TOPICS, group).toBeDefined();
    }
    const health = stacks.api.functions.get('health');
    if (health) {
      const id = stacks.api.getLogicalId(health.node.defaultChild as never);
      expect(
        (api.toJSON().Resources[id] as Fn).Properties.Environment?.Variables?.NOTIFY_TOPICS,
      ).toBeUndefined();
    }
    const wf = Template.fromStack(stacks.workflow).toJSON().Resources as Record<string, Fn>;
    const notifyFn = stacks.workflow.workflow.functions.get('notify');
    const vars =
      wf[stacks.workflow.getLogicalId(notifyFn!.node.defaultChild as never)]?.Properties.Environment
        ?.Variables;
    expect(vars?.NOTIFY_TOPICS).toBeDefined();
  });

  it('puts exchange events on a bus and archives them in a private bucket, write-only', () => {
    notify.resourceCountIs('AWS::Events::EventBus', 1);
    const buckets = notify.findResources('AWS::S3::Bucket') as Record<
      string,
      { Properties: Record<string, unknown> }
    >;
    const archive = Object.entries(buckets).find(
      ([id]) => id.startsWith('ExchangeArchive') && !id.includes('Logs'),
    );
    expect(archive).toBeDefined();
    expect(archive![1].Properties).toMatchObject({
      VersioningConfiguration: { Status: 'Enabled' },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, RestrictPublicBuckets: true },
      LoggingConfiguration: expect.objectContaining({ LogFilePrefix: 'exchange/' }),
    });
    expect(archive![1].Properties.ObjectLockEnabled).toBeUndefined();
    const fns = Object.values(notify.findResources('AWS::Lambda::Function')) as Fn[];
    const ours = fns.filter((f) => f.Properties.Environment?.Variables?.TABLE_NAME);
    for (const f of ours) {
      expect(f.Properties.Environment?.Variables?.EXCHANGE_BUS).toBeDefined();
      expect(f.Properties.Environment?.Variables?.EXCHANGE_BUCKET).toBeDefined();
    }
    const statements = Object.values(notify.findResources('AWS::IAM::Policy')).flatMap(
      (p) =>
        (p as { Properties: { PolicyDocument: { Statement: { Action: string | string[] }[] } } })
          .Properties.PolicyDocument.Statement,
    );
    const actions = statements.flatMap((st) => [st.Action].flat());
    expect(actions).toContain('events:PutEvents');
    expect(actions).toContain('s3:PutObject');
    // the deliverer writes the archive; it never reads or deletes it
    expect(actions.filter((a) => /^s3:(Get|Delete|List)/.test(a))).toEqual([]);
  });

  it('raises no unjustified cdk-nag finding', () => {
    expect(
      Annotations.fromStack(synthApp().notifications).findError(
        '*',
        Match.stringLikeRegexp('AwsSolutions-'),
      ),
    ).toEqual([]);
  });
});
