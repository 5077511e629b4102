import './polyfill';
import { randomUUID } from 'node:crypto';
import type { TaskStage, WorkflowEngine } from '@double-random/domain';
import { StateMachine } from 'aws-local-stepfunctions';
import {
  STATE_HANDLERS,
  setWorkflowRuntime,
  type WorkflowRuntime,
} from '../../../../functions/src/workflow';
import type { LocalDefinition } from './definition';

/** Stages an execution still has work in; Done and Failed are final. */
export const UNFINISHED_STAGES: readonly TaskStage[] = [
  'Created',
  'Frozen',
  'Committed',
  'AwaitingEntropy',
  'Drawn',
  'Notified',
  'Inspecting',
  'Publishing',
  'HandingOff',
];

/**
 * aws-local-stepfunctions resolves `$$.Task.Token` from the run context, one value per run;
 * every wait needs its own token, so the context holds this marker and each waiting state
 * gets a fresh token in its place.
 */
const TOKEN_MARKER = 'local-task-token';

export interface ExecutionRecord {
  executionId: string;
  taskId: string;
  status: 'running' | 'succeeded' | 'failed' | 'aborted';
  error?: string;
  cause?: string;
}

export interface EngineLog {
  info(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export interface LocalWorkflowEngine extends WorkflowEngine {
  /**
   * Synthesizes the definition now rather than at the first start (`pnpm start --demo`,
   * which starts tasks within seconds, does it while the directories load)
   */
  prepare(): Promise<void>;
  /** starts an execution for every task not Done or Failed; returns their ids */
  resumeUnfinished(): Promise<string[]>;
  /** the executions of a task, oldest first */
  executions(taskId?: string): ExecutionRecord[];
  /** resolves once the task's running execution (if any) has ended */
  settled(taskId: string): Promise<ExecutionRecord | undefined>;
  /** tokens of waiting states, for tests and diagnostics */
  waitingTokens(): string[];
  /** aborts running executions; waits stay stored and resume on the next start */
  close(): Promise<void>;
}

interface Pending {
  executionId: string;
  resolve: (output: Record<string, unknown>) => void;
  reject: (error: Error) => void;
}

const deferred = <T>() => {
  let resolve!: (value: T) => void;
  let reject!: (reason: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

const named = (name: string, message: string): Error => {
  const e = new Error(message);
  e.name = name;
  return e;
};

/**
 * The WorkflowEngine on one machine: the definition synthesized from the CDK construct,
 * run by aws-local-stepfunctions with every Task state calling the same state handler
 * module in-process. Waiting states hold until `resume`/`fail` settles their token.
 * Installs itself, with `runtime`, as the state handlers' workflow runtime.
 */
export const createLocalWorkflowEngine = (options: {
  runtime: Omit<WorkflowRuntime, 'engine'>;
  definition?: LocalDefinition;
  log?: EngineLog;
}): LocalWorkflowEngine => {
  // Loaded on the first start: synthesizing loads aws-cdk-lib (seconds), which a server
  // without unfinished tasks should not pay at start-up.
  let loaded: Promise<{ local: LocalDefinition; machine: StateMachine }> | undefined;
  const load = () => {
    loaded ??= (async () => {
      const local = options.definition ?? (await import('./definition')).localDefinition();
      const machine = new StateMachine(local.definition as never, {
        // validated with asl-validator when loaded; local ARNs are not real ones
        validationOptions: { checkArn: false, checkPaths: true },
      });
      return { local, machine };
    })();
    return loaded;
  };
  const pending = new Map<string, Pending>();
  const records: ExecutionRecord[] = [];
  const running = new Map<string, { abort: () => void; done: Promise<ExecutionRecord> }>();
  let closed = false;
  let counter = 0;

  const handlersFor = (local: LocalDefinition, executionId: string) =>
    Object.fromEntries(
      [...local.tasks].map(([state, spec]) => {
        const handler = STATE_HANDLERS[spec.handler];
        const call = async (input: unknown): Promise<never> => {
          if (!spec.waits) return (await handler(input, {} as never)) as never;
          const payload = { ...((input as { Payload?: object }).Payload ?? {}) } as Record<
            string,
            unknown
          >;
          const token = `${executionId}/${state}/${randomUUID()}`;
          if (payload.token === TOKEN_MARKER) payload.token = token;
          const wait = deferred<Record<string, unknown>>();
          // registered before the handler runs: it may settle its own token at once
          pending.set(token, { executionId, resolve: wait.resolve, reject: wait.reject });
          try {
            await handler(payload, {} as never);
          } catch (e) {
            pending.delete(token);
            throw e;
          }
          return (await wait.promise) as never;
        };
        return [state, call];
      }),
    );

  const engine: LocalWorkflowEngine = {
    async prepare() {
      await load();
    },
    async start(taskId) {
      if (closed) throw new Error('workflow engine: closed');
      const current = [...running.keys()].find((id) => id.startsWith(`local:${taskId}:`));
      // one execution per task on this machine: a second start joins the running one
      if (current) return { executionId: current };
      const { local, machine } = await load();
      if (closed) throw new Error('workflow engine: closed');
      const again = [...running.keys()].find((id) => id.startsWith(`local:${taskId}:`));
      if (again) return { executionId: again };
      const executionId = `local:${taskId}:${++counter}`;
      const record: ExecutionRecord = { executionId, taskId, status: 'running' };
      records.push(record);
      const execution = machine.run(
        { taskId },
        {
          overrides: { taskResourceLocalHandlers: handlersFor(local, executionId) },
          noThrowOnAbort: true,
          context: {
            Execution: { Id: executionId, Input: { taskId }, StartTime: new Date().toISOString() },
            Task: { Token: TOKEN_MARKER },
          },
        },
      );
      const done = execution.result.then(
        (output) => {
          record.status = output === null && closed ? 'aborted' : 'succeeded';
          return record;
        },
        (e: unknown) => {
          const err = e as Error & { cause?: unknown };
          record.status = 'failed';
          record.error = err.name;
          record.cause = err.message;
          options.log?.error('workflow execution failed', {
            executionId,
            taskId,
            error: err.message,
          });
          return record;
        },
      );
      running.set(executionId, {
        abort: execution.abort,
        done: done.finally(() => {
          running.delete(executionId);
          for (const [token, p] of pending)
            if (p.executionId === executionId) pending.delete(token);
        }),
      });
      options.log?.info('workflow execution started', { executionId, taskId });
      return { executionId };
    },
    async resume(token, output) {
      const p = pending.get(token);
      if (!p) return;
      pending.delete(token);
      p.resolve(output);
    },
    async fail(token, error, cause) {
      const p = pending.get(token);
      if (!p) return;
      pending.delete(token);
      p.reject(named(error, cause));
    },
    async resumeUnfinished() {
      const started: string[] = [];
      for (const stage of UNFINISHED_STAGES) {
        let cursor: string | undefined;
        do {
          const page = await options.runtime.deps.tasks.listByStage(
            stage,
            cursor === undefined ? { limit: 100 } : { limit: 100, cursor },
          );
          for (const task of page.items) started.push((await engine.start(task.id)).executionId);
          cursor = page.cursor;
        } while (cursor !== undefined);
      }
      return started;
    },
    executions: (taskId) => records.filter((r) => taskId === undefined || r.taskId === taskId),
    async settled(taskId) {
      const id = [...running.keys()].find((k) => k.startsWith(`local:${taskId}:`));
      return id ? running.get(id)?.done : records.filter((r) => r.taskId === taskId).at(-1);
    },
    waitingTokens: () => [...pending.keys()],
    async close() {
      closed = true;
      const ending = [...running.values()];
      for (const r of ending) r.abort();
      await Promise.all(ending.map((r) => r.done));
      pending.clear();
    },
  };
  setWorkflowRuntime({ ...options.runtime, engine });
  return engine;
};
