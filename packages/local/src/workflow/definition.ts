import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { App } from 'aws-cdk-lib';
import { DataStack } from '../../../../cdk/src/data-stack';
import { WorkflowStack } from '../../../../cdk/src/workflow/workflow-stack';
import type { StateHandlerName } from '../../../../functions/src/workflow';

const require = createRequire(import.meta.url);
const aslValidator = require('asl-validator') as (
  definition: unknown,
  options?: { checkPaths?: boolean; checkArn?: boolean },
) => { isValid: boolean; errorsText: (separator?: string) => string };

/** The stable stand-ins for the account and region the local engine runs in. */
export const LOCAL_PARTITION = 'aws';
export const LOCAL_REGION = 'local';
export const LOCAL_ACCOUNT = '000000000000';
export const localFunctionArn = (logicalId: string): string =>
  `arn:${LOCAL_PARTITION}:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:${logicalId}`;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Resources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;

export interface LocalTaskState {
  /** the state handler module export the state's function runs */
  handler: StateHandlerName;
  /** `.waitForTaskToken`: the state waits until the token is settled */
  waits: boolean;
}

export interface LocalDefinition {
  /** the ASL, tokens resolved to local ARNs */
  definition: Record<string, unknown>;
  /** every Task state by name (Map iterations included) */
  tasks: ReadonlyMap<string, LocalTaskState>;
  /** SHA-256 of the definition as synthesized, for caches */
  sha256: string;
}

const PSEUDO: Record<string, string> = {
  'AWS::Partition': LOCAL_PARTITION,
  'AWS::Region': LOCAL_REGION,
  'AWS::AccountId': LOCAL_ACCOUNT,
  'AWS::URLSuffix': 'amazonaws.com',
};

/** Resolves the intrinsic functions CDK leaves in a DefinitionString. */
const resolve = (value: unknown, resources: Resources): string => {
  if (typeof value === 'string') return value;
  const v = value as Record<string, unknown>;
  if ('Fn::Join' in v) {
    const [sep, parts] = v['Fn::Join'] as [string, unknown[]];
    return parts.map((p) => resolve(p, resources)).join(sep);
  }
  if ('Ref' in v) {
    const ref = String(v.Ref);
    const pseudo = PSEUDO[ref];
    if (pseudo !== undefined) return pseudo;
    if (resources[ref]) return ref;
  }
  if ('Fn::GetAtt' in v) {
    const [id, attr] = v['Fn::GetAtt'] as [string, string];
    if (resources[id]?.Type === 'AWS::Lambda::Function' && attr === 'Arn')
      return localFunctionArn(id);
  }
  throw new Error(`workflow definition: cannot resolve ${JSON.stringify(value)} locally`);
};

const eachState = (
  states: Record<string, Record<string, unknown>>,
  visit: (name: string, state: Record<string, unknown>) => void,
) => {
  for (const [name, state] of Object.entries(states)) {
    visit(name, state);
    const processor = (state.ItemProcessor ?? state.Iterator) as
      | { States: Record<string, Record<string, unknown>> }
      | undefined;
    if (processor) eachState(processor.States, visit);
    for (const branch of (state.Branches ?? []) as {
      States: Record<string, Record<string, unknown>>;
    }[])
      eachState(branch.States, visit);
  }
};

/**
 * Maps each Task state to the handler its function runs (the function's `Handler`,
 * `index.<export>`), and adapts one thing the embedded engine reads differently: it
 * evaluates `TimeoutSecondsPath` on the state's effective parameters rather than on the
 * state input, so a path the payload passes through (`$.x` → `Payload.x.$ = $.x`) is read
 * at `$.Payload.x`.
 */
const localTasks = (definition: Record<string, unknown>, resources: Resources) => {
  const byArn = new Map<string, string>();
  for (const [id, r] of Object.entries(resources))
    if (r.Type === 'AWS::Lambda::Function') byArn.set(localFunctionArn(id), id);
  const tasks = new Map<string, LocalTaskState>();
  eachState(definition.States as Record<string, Record<string, unknown>>, (name, state) => {
    if (state.Type !== 'Task') return;
    const resource = String(state.Resource);
    const waits = resource.endsWith('.waitForTaskToken');
    const params = (state.Parameters ?? {}) as Record<string, unknown>;
    const arn = waits || resource.includes(':states:::') ? String(params.FunctionName) : resource;
    const id = byArn.get(arn);
    const handler = String(resources[id ?? '']?.Properties?.Handler ?? '');
    if (!id || !handler.startsWith('index.'))
      throw new Error(`workflow definition: state ${name} runs no known state function (${arn})`);
    tasks.set(name, { handler: handler.slice('index.'.length) as StateHandlerName, waits });
    const path = state.TimeoutSecondsPath;
    const payload = params.Payload as Record<string, unknown> | undefined;
    if (typeof path === 'string' && payload) {
      const key = path.replace(/^\$\./, '');
      if (payload[`${key}.$`] === path) state.TimeoutSecondsPath = `$.Payload.${key}`;
    }
  });
  return tasks;
};

/** Checks a definition with asl-validator; throws with every problem listed. */
export const validateDefinition = (definition: unknown): void => {
  // the validator annotates states in place; it gets its own copy
  const result = aslValidator(structuredClone(definition), { checkPaths: true, checkArn: true });
  if (!result.isValid)
    throw new Error(`workflow definition is not valid ASL: ${result.errorsText('; ')}`);
};

/** The state machine's definition from a synthesized template, tokens resolved locally. */
export const definitionFromTemplate = (template: { Resources: Resources }): LocalDefinition => {
  const resources = template.Resources;
  const machines = Object.values(resources).filter(
    (r) => r.Type === 'AWS::StepFunctions::StateMachine',
  );
  if (machines.length !== 1)
    throw new Error(`workflow template: expected one state machine, found ${machines.length}`);
  const text = resolve(machines[0]!.Properties?.DefinitionString, resources);
  const definition = JSON.parse(text) as Record<string, unknown>;
  validateDefinition(definition);
  const tasks = localTasks(definition, resources);
  return { definition, tasks, sha256: createHash('sha256').update(text).digest('hex') };
};

/** Synthesizes the workflow stack in-process, without bundling, and returns its template. */
export const synthesizeWorkflowTemplate = (): { Resources: Resources } => {
  const app = new App({
    context: { 'aws:cdk:bundling-stacks': [] },
    builtinCloudFormationValidation: false,
  } as ConstructorParameters<typeof App>[0]);
  const data = new DataStack(app, 'DoubleRandom-Data');
  const stack = new WorkflowStack(app, 'DoubleRandom-Workflow', {
    table: data.table,
    blobs: data.blobs,
  });
  return app.synth().getStackByName(stack.stackName).template as { Resources: Resources };
};

let cached: LocalDefinition | undefined;

/**
 * The definition the local engine runs: synthesized once per process from the same CDK
 * construct AWS deploys (there is no hand-written copy), validated, then kept in memory.
 */
export const localDefinition = (): LocalDefinition => {
  cached ??= definitionFromTemplate(synthesizeWorkflowTemplate());
  return cached;
};

export type { Json };
