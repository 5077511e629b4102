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

/** Execution names are unique per state machine for 90 days: the task id and the instant. */
export const executionName = (taskId: string, at: Date): string =>
  `${taskId}-${at.getTime().toString(36)}`.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 80);

/** The WorkflowEngine on AWS Step Functions. */
export const createStepFunctionsEngine = (options: {
  /** needed to start executions; settling a token needs only the token */
  stateMachineArn?: string;
  client?: SFNClient;
  now?: () => Date;
}): WorkflowEngine => {
  const client = options.client ?? new SFNClient({});
  const now = options.now ?? (() => new Date());
  return {
    async start(taskId) {
      if (!options.stateMachineArn)
        throw new Error(
          'workflow engine: no state machine ARN configured; cannot start executions',
        );
      const out = await client.send(
        new StartExecutionCommand({
          stateMachineArn: options.stateMachineArn,
          name: executionName(taskId, now()),
          input: JSON.stringify({ taskId }),
        }),
      );
      return { executionId: out.executionArn ?? '' };
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
