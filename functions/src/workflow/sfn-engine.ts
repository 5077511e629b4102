import { createHash } from 'node:crypto';
import {
  SendTaskFailureCommand,
  SendTaskSuccessCommand,
  SFNClient,
  StartExecutionCommand,
} from '@aws-sdk/client-sfn';
import type { WorkflowEngine } from '@double-random/domain';

/** Tokens that no longer wait: settled already, timed out, or of a stopped execution. */
const GONE = new Set(['TaskDoesNotExist', 'TaskTimedOut', 'InvalidToken']);

const ignoringGone = async (send: () => Promise<unknown>): Promise<void> => {
  try {
    await send();
  } catch (e) {
    if (!(e instanceof Error && GONE.has(e.name))) throw e;
  }
};

/** What Step Functions accepts in a name and what its logs can show: 1–80 of these. */
const NAME_CHARS = /[^A-Za-z0-9_-]/g;
const NAME_MAX = 80;

/**
 * The execution name of a task's start: the task id for the first start, `<id>-r<attempt>` for a
 * deliberate restart. Deterministic so a retried or raced start meets Step Functions' own
 * "one execution per name" rule instead of running twice. An id that had to be changed to fit
 * (characters replaced, or cut to length) gets a digest of the original, so two ids never share
 * a name.
 */
export const executionName = (taskId: string, attempt = 0): string => {
  if (!Number.isInteger(attempt) || attempt < 0)
    throw new RangeError(`execution attempt must be a whole number ≥ 0, got ${attempt}`);
  const suffix = attempt === 0 ? '' : `-r${attempt}`;
  const clean = taskId.replace(NAME_CHARS, '_');
  if (clean === taskId && clean.length + suffix.length <= NAME_MAX) return `${clean}${suffix}`;
  const digest = createHash('sha256').update(taskId).digest('hex').slice(0, 12);
  const room = NAME_MAX - suffix.length - digest.length - 1;
  return `${clean.slice(0, room)}_${digest}${suffix}`;
};

/** The ARN Step Functions gives an execution of `stateMachineArn` named `name`. */
const executionArn = (stateMachineArn: string, name: string): string =>
  `${stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;

/** The WorkflowEngine on AWS Step Functions. */
export const createStepFunctionsEngine = (options: {
  /** needed to start executions; settling a token needs only the token */
  stateMachineArn?: string;
  client?: SFNClient;
}): WorkflowEngine => {
  const client = options.client ?? new SFNClient({});
  return {
    async start(taskId, startOptions) {
      const stateMachineArn = options.stateMachineArn;
      if (!stateMachineArn)
        throw new Error(
          'workflow engine: no state machine ARN configured; cannot start executions',
        );
      const name = executionName(taskId, startOptions?.attempt);
      try {
        const out = await client.send(
          new StartExecutionCommand({
            stateMachineArn,
            name,
            input: JSON.stringify({ taskId }),
          }),
        );
        return { executionId: out.executionArn ?? executionArn(stateMachineArn, name) };
      } catch (e) {
        // The name is the task's (and attempt's): it exists because this start already happened.
        if (e instanceof Error && e.name === 'ExecutionAlreadyExists')
          return { executionId: executionArn(stateMachineArn, name) };
        throw e;
      }
    },
    resume: (token, output) =>
      ignoringGone(() =>
        client.send(
          new SendTaskSuccessCommand({ taskToken: token, output: JSON.stringify(output) }),
        ),
      ),
    fail: (token, error, cause) =>
      ignoringGone(() =>
        client.send(new SendTaskFailureCommand({ taskToken: token, error, cause })),
      ),
  };
};
