import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { synthApp } from './synth';

const { workflow } = synthApp();
const template = Template.fromStack(workflow);

describe('the changes a crash left open are completed in AWS too', () => {
  it('runs the resumer every five minutes, one run at a time', () => {
    const id = workflow.getLogicalId(workflow.resumer.function.node.defaultChild as never);
    const rules = Object.values(template.findResources('AWS::Events::Rule')) as {
      Properties: { ScheduleExpression?: string; Targets?: { Arn: unknown }[] };
    }[];
    const mine = rules.filter((r) =>
      (r.Properties.Targets ?? []).some((t) => JSON.stringify(t.Arn).includes(id)),
    );
    expect(mine.map((r) => r.Properties.ScheduleExpression)).toEqual(['rate(5 minutes)']);
    expect(
      (template.toJSON().Resources[id] as { Properties: { ReservedConcurrentExecutions?: number } })
        .Properties.ReservedConcurrentExecutions,
    ).toBe(1);
  });

  it('may write changes but delete nothing', () => {
    const roleId = workflow.getLogicalId(
      workflow.resumer.function.role?.node.defaultChild as never,
    );
    const actions = Object.values(template.findResources('AWS::IAM::Policy'))
      .filter((p) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleId))
      .flatMap((p) => p.Properties.PolicyDocument.Statement as { Action: string | string[] }[])
      .flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
    expect(actions).toContain('dynamodb:PutItem');
    expect(actions.filter((a) => /Delete/.test(a))).toEqual([]);
  });
});
