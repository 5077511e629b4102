import { type Stack, Stack as StackClass } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CfnRole, IRole } from 'aws-cdk-lib/aws-iam';
import { describe, expect, it } from 'vitest';
import { synthApp } from './synth';

/**
 * The storage refuses rewriting (docs/audit-log.md): no role may delete, the audit table is
 * written only by PutItem, read-only functions hold no write, blobs sit under Object Lock in
 * compliance mode, and only the workflow's and the API's writers may sign checkpoints.
 */
const stacks = synthApp();
const all: Stack[] = [stacks.data, stacks.api, stacks.workflow];

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}

const actionsOf = (s: Statement): string[] => (Array.isArray(s.Action) ? s.Action : [s.Action]);

/** Every IAM statement of a stack, with the roles it is attached to. */
const statementsOf = (stack: Stack) => {
  const template = Template.fromStack(stack);
  const policies = template.findResources('AWS::IAM::Policy');
  return Object.values(policies).flatMap((p) =>
    (p.Properties.PolicyDocument.Statement as Statement[]).map((s) => ({
      ...s,
      roles: JSON.stringify(p.Properties.Roles ?? []),
    })),
  );
};

const roleIdOf = (role: IRole | undefined): string => {
  if (!role) throw new Error('function without a role');
  return StackClass.of(role).getLogicalId(role.node.defaultChild as CfnRole);
};

/** The actions granted to one role in its stack. */
const actionsOfRole = (stack: Stack, role: IRole | undefined) => {
  const id = roleIdOf(role);
  return statementsOf(stack)
    .filter((s) => s.roles.includes(`"${id}"`))
    .flatMap((s) => actionsOf(s).map((a) => ({ action: a, resource: JSON.stringify(s.Resource) })));
};

const touchesAuditTable = (resource: string) => resource.includes('AuditTable');
const WRITES =
  /^(dynamodb:(PutItem|UpdateItem|DeleteItem|BatchWriteItem)|s3:(Put|Delete|Abort).*|kms:Sign)$/;

describe('storage that refuses rewriting', () => {
  it('grants dynamodb:DeleteItem (or dynamodb:*) to no role in any stack', () => {
    const granted = all.flatMap((s) => statementsOf(s).flatMap(actionsOf));
    expect(granted.length).toBeGreaterThan(20);
    expect(granted.filter((a) => a === 'dynamodb:DeleteItem' || a === 'dynamodb:*')).toEqual([]);
  });

  it('lets writers of the audit table only put (no UpdateItem, no batch writes)', () => {
    const onAudit = all.flatMap((s) =>
      statementsOf(s)
        .filter((st) => touchesAuditTable(JSON.stringify(st.Resource)))
        .flatMap(actionsOf)
        .filter((a) => a.startsWith('dynamodb:')),
    );
    expect(onAudit).toContain('dynamodb:PutItem');
    expect(onAudit).toContain('dynamodb:Query');
    expect(
      onAudit.filter((a) => /UpdateItem|DeleteItem|BatchWriteItem|PartiQL|\*$/.test(a)),
    ).toEqual([]);
  });

  /** a large answer kept for its link (docs/text-and-limits.md): the answers bucket only */
  const answerPut = (g: { action: string; resource: string }) =>
    g.action === 's3:PutObject' && /Answers[0-9A-F]{8}Arn[^"]*"\},"\/\*"\]\]\}$/.test(g.resource);

  it.each(['public', 'exports', 'health', 'openapi'])(
    'gives the %s function reads only, on both tables and the blob bucket (its large answers aside), and no signing',
    (group) => {
      const fn = stacks.api.functions.get(group);
      expect(fn).toBeDefined();
      const granted = actionsOfRole(stacks.api, fn?.role);
      expect(granted.filter((g) => WRITES.test(g.action) && !answerPut(g))).toEqual([]);
      expect(granted.some(answerPut)).toBe(group === 'public' || group === 'exports');
      if (group === 'public') {
        expect(
          granted.some((g) => g.action === 'dynamodb:Query' && touchesAuditTable(g.resource)),
        ).toBe(true);
        expect(granted.map((g) => g.action)).toContain('kms:GetPublicKey');
      }
    },
  );

  it('lets only the workflow’s and the API’s writing functions sign with the checkpoint key', () => {
    const signers = all.flatMap((s) =>
      statementsOf(s)
        .filter((st) => actionsOf(st).includes('kms:Sign'))
        .map((st) => ({
          stack: s.stackName,
          roles: st.roles,
          resource: JSON.stringify(st.Resource),
        })),
    );
    expect(signers.length).toBeGreaterThan(0);
    expect(new Set(signers.map((s) => s.stack))).toEqual(
      new Set([stacks.api.stackName, stacks.workflow.stackName]),
    );
    for (const s of signers) expect(s.resource).toMatch(/CheckpointKey/);
    const tasks = actionsOfRole(stacks.api, stacks.api.functions.get('tasks')?.role);
    expect(tasks.map((g) => g.action)).toContain('kms:Sign');
    const sequencer = actionsOfRole(stacks.workflow, stacks.workflow.sequencer?.function.role);
    expect(sequencer.map((g) => g.action)).toContain('kms:Sign');
    const loadTask = stacks.workflow.workflow.functions.get('loadTask');
    expect(actionsOfRole(stacks.workflow, loadTask?.role).map((g) => g.action)).not.toContain(
      'kms:Sign',
    );
  });

  it('keeps the checkpoint key an ECC_NIST_P256 signing key that is never deleted', () => {
    const data = Template.fromStack(stacks.data);
    data.hasResource('AWS::KMS::Key', {
      Properties: { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' },
      DeletionPolicy: 'Retain',
    });
  });

  it('keeps a separate audit table with deletion protection and point-in-time recovery', () => {
    const data = Template.fromStack(stacks.data);
    const tables = data.findResources('AWS::DynamoDB::Table');
    const audit = Object.entries(tables).find(([id]) => id.startsWith('AuditTable'));
    expect(audit?.[1].Properties).toMatchObject({
      DeletionProtectionEnabled: true,
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
    expect(audit?.[1].DeletionPolicy).toBe('Retain');
  });

  it('puts blobs and checkpoints under S3 Object Lock in compliance mode for ten years', () => {
    const data = Template.fromStack(stacks.data);
    const buckets = data.findResources('AWS::S3::Bucket');
    const locked = Object.values(buckets).filter((b) => b.Properties.ObjectLockEnabled);
    expect(locked).toHaveLength(1);
    // large answers are transient copies: never locked, and they expire (test/cdk/data-stack.test.ts)
    const answers = Object.entries(buckets).find(([id]) => id.startsWith('Answers'))?.[1];
    expect(answers?.Properties.ObjectLockEnabled).toBeUndefined();
    expect(answers?.Properties.ObjectLockConfiguration).toBeUndefined();
    expect(locked[0]?.Properties).toMatchObject({
      VersioningConfiguration: { Status: 'Enabled' },
      ObjectLockConfiguration: {
        ObjectLockEnabled: 'Enabled',
        Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 3650 } },
      },
    });
    const blobGrants = all.flatMap((s) =>
      statementsOf(s)
        .filter((st) => /Blobs/.test(JSON.stringify(st.Resource)))
        .flatMap(actionsOf),
    );
    expect(blobGrants.filter((a) => /^s3:Delete/.test(a))).toEqual([]);
  });

  it('runs the sequencer every minute with the audit table and key in its environment', () => {
    const wf = Template.fromStack(stacks.workflow);
    wf.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(1 minute)' });
    const fn = stacks.workflow.sequencer?.function;
    const id = stacks.workflow.getLogicalId(fn?.node.defaultChild as never);
    const env = wf.findResources('AWS::Lambda::Function')[id]?.Properties.Environment.Variables;
    expect(Object.keys(env)).toEqual(
      expect.arrayContaining([
        'AUDIT_TABLE_NAME',
        'CHECKPOINT_KEY_ID',
        'TABLE_NAME',
        'BLOB_BUCKET',
      ]),
    );
  });
});
