import type {
  Actor,
  WorkflowDeps,
  WorkflowEngine,
  WorkflowTokenStore,
} from '@double-random/domain';

/**
 * What the state handlers need: the workflow's use-case dependencies, the callback tokens
 * of waiting states and the engine that settles them.
 */
export interface WorkflowRuntime {
  deps: WorkflowDeps;
  tokens: WorkflowTokenStore;
  engine: WorkflowEngine;
}

/** The state machine acts for the joint-meeting office, which owns the task's course. */
export const WORKFLOW_ACTOR: Actor = { sub: 'workflow', roles: ['office'] };

let current: WorkflowRuntime | undefined;
let build: (() => WorkflowRuntime) | undefined;

/**
 * The runtime the handlers use. The Lambda entry registers a builder (run on the first
 * invocation, after the configuration is read); the local engine and tests install one.
 */
export const workflowRuntime = (): WorkflowRuntime => {
  if (!current && build) current = build();
  if (!current) throw new Error('workflow runtime: none installed and no builder registered');
  return current;
};

/** Installs a runtime built elsewhere (local engine, tests); undefined resets. */
export const setWorkflowRuntime = (runtime: WorkflowRuntime | undefined): void => {
  current = runtime;
};

/** Registers how a cold start builds the runtime (the Lambda composition root). */
export const onWorkflowRuntimeMissing = (builder: () => WorkflowRuntime): void => {
  build = builder;
};
