import {
  EMBEDDED_ONLY_MODULES,
  REPO_ROOT,
  STATE_MACHINE_NAME,
  WORKFLOW_ENTRY,
} from '@double-random/cdk';
import { definitionFromTemplate, validateDefinition } from '@double-random/local/workflow';
import type { Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StateHandlerName } from '../../functions/src/workflow';
import { STATE_HANDLERS } from '../../functions/src/workflow';
import { synthApp } from './synth';

type State = Record<string, unknown> & { Type: string };
type Definition = { States: Record<string, State> };

const allStates = (d: Definition): [string, State][] =>
  Object.entries(d.States).flatMap(([name, s]) => [
    [name, s] as [string, State],
    ...(s.ItemProcessor ? allStates(s.ItemProcessor as Definition) : []),
  ]);

describe('workflow stack', () => {
  let stack: Stack;
  let api: Stack;
  let template: Template;
  let definition: Definition;

  beforeAll(() => {
    const app = synthApp();
    stack = app.workflow;
    api = app.api;
    template = Template.fromStack(stack);
    definition = definitionFromTemplate(template.toJSON() as never).definition as Definition;
  });

  it('has one Standard state machine with logging and tracing', () => {
    template.resourceCountIs('AWS::StepFunctions::StateMachine', 1);
    template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      StateMachineName: STATE_MACHINE_NAME,
      StateMachineType: 'STANDARD',
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: Match.objectLike({ Level: 'ALL' }),
    });
  });

  it('builds one Node 22 function per state handler', () => {
    const fns = template.findResources('AWS::Lambda::Function', {
      Properties: { Runtime: 'nodejs22.x' },
    });
    const handlers = Object.values(fns).map((f) => f.Properties.Handler as string);
    // and the audit log's scheduled sequencer and the resumer of changes left open (index.handler)
    expect(handlers.sort()).toEqual(
      [
        ...(Object.keys(STATE_HANDLERS) as StateHandlerName[]).map((h) => `index.${h}`),
        'index.handler',
        'index.handler',
      ].sort(),
    );
  });

  it('gives every Task state an explicit timeout', () => {
    const tasks = allStates(definition).filter(([, s]) => s.Type === 'Task');
    expect(tasks.length).toBeGreaterThanOrEqual(14);
    const without = tasks.filter(
      ([, s]) => s.TimeoutSeconds === undefined && s.TimeoutSecondsPath === undefined,
    );
    expect(without.map(([n]) => n)).toEqual([]);
  });

  it('routes every top-level Task and the Inspect map to RecordFailure on any error', () => {
    const top = Object.entries(definition.States).filter(
      ([name, s]) => (s.Type === 'Task' || s.Type === 'Map') && name !== 'RecordFailure',
    );
    for (const [name, s] of top) {
      const catches = (s.Catch ?? []) as { ErrorEquals: string[]; Next: string }[];
      const last = catches.at(-1);
      expect({ name, last }).toEqual({
        name,
        last: expect.objectContaining({ ErrorEquals: ['States.ALL'], Next: 'RecordFailure' }),
      });
    }
    expect(definition.States.RecordFailure?.Next).toBe('Failed');
  });

  it('retries only Lambda service errors', () => {
    const retried = allStates(definition).flatMap(([, s]) =>
      ((s.Retry ?? []) as { ErrorEquals: string[] }[]).flatMap((r) => r.ErrorEquals),
    );
    expect(retried.length).toBeGreaterThan(0);
    expect(retried.filter((e) => !e.startsWith('Lambda.'))).toEqual([]);
  });

  it('waits with task tokens in AwaitEntropy and AwaitResult, the latter bounded by a path', () => {
    const states = Object.fromEntries(allStates(definition));
    expect(String(states.AwaitEntropy?.Resource)).toMatch(/lambda:invoke\.waitForTaskToken$/);
    expect(String(states.AwaitResult?.Resource)).toMatch(/lambda:invoke\.waitForTaskToken$/);
    expect(states.AwaitResult?.TimeoutSecondsPath).toBeDefined();
    expect(states.AwaitResult?.Catch).toEqual([
      expect.objectContaining({ ErrorEquals: ['States.Timeout'], Next: 'CheckOverdue' }),
    ]);
  });

  it('starts at LoadTask and routes on the stored stage', () => {
    const d = template.toJSON() as never;
    expect(definitionFromTemplate(d).definition.StartAt).toBe('LoadTask');
    const route = definition.States.Route as unknown as { Choices: unknown[] };
    expect(JSON.stringify(route.Choices)).toContain('$.loaded.stage');
  });

  it('passes asl-validator, which refuses a broken definition', () => {
    expect(() => validateDefinition(definition)).not.toThrow();
    const broken = structuredClone(definition);
    (broken.States.Freeze as State).Next = 'Nowhere';
    expect(() => validateDefinition(broken)).toThrow(/Nowhere|transition|Next/i);
  });

  it('has no unjustified AWS Solutions findings', () => {
    const errors = Annotations.fromStack(stack)
      .findError('*', Match.stringLikeRegexp('AwsSolutions-'))
      .map((e) => `${e.id}: ${String(e.entry.data).split('\n')[0]}`);
    expect(errors).toEqual([]);
  });

  it('bundles the state entry with every handler exported and no embedded engine', async () => {
    const { metafile } = await build({
      entryPoints: [WORKFLOW_ENTRY],
      absWorkingDir: REPO_ROOT,
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      mainFields: ['module', 'main'],
      external: ['@aws-sdk/*', ...EMBEDDED_ONLY_MODULES],
      logLevel: 'silent',
    });
    const [output] = Object.values(metafile.outputs);
    expect([...(output?.exports ?? [])].sort()).toEqual(Object.keys(STATE_HANDLERS).sort());
    const inputs = Object.keys(metafile.inputs);
    expect(
      inputs.filter((i) => EMBEDDED_ONLY_MODULES.some((m) => i.includes(`/node_modules/${m}/`))),
    ).toEqual([]);
  });

  it('lets the tasks API start executions and settle waits on this state machine only', () => {
    const apiTemplate = Template.fromStack(api);
    const policies = Object.values(apiTemplate.findResources('AWS::IAM::Policy'));
    const statements = policies.flatMap(
      (p) =>
        p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[],
    );
    const states = statements.filter((st) => JSON.stringify(st.Action).includes('states:'));
    expect(states.flatMap((st) => [st.Action].flat()).sort()).toEqual([
      'states:SendTaskFailure',
      'states:SendTaskHeartbeat',
      'states:SendTaskSuccess',
      'states:StartExecution',
    ]);
    expect(JSON.stringify(states.map((st) => st.Resource))).not.toContain('"*"');
    apiTemplate.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ STATE_MACHINE_ARN: Match.anyValue() }) },
    });
  });
});
