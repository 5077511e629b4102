import {
  buildWorkflowRuntimeOnFirstUse,
  ConfigError,
  createDependencies,
  createWorkflowRuntime,
  readConfig,
} from '@double-random/functions';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  onWorkflowRuntimeMissing,
  setWorkflowRuntime,
  workflowRuntime,
} from '../../../functions/src/workflow';

/** The client type of @aws-sdk/client-sfn, a dependency of the functions package only. */
type SFNClient = NonNullable<NonNullable<Parameters<typeof createWorkflowRuntime>[2]>['sfn']>;

const ARN = 'arn:aws:states:cn-north-1:123456789012:stateMachine:double-random-inspection';

/** A Step Functions client stand-in that records the commands sent to it. */
const fakeSfn = () => {
  const sent: { name: string; input: Record<string, unknown> }[] = [];
  const client = {
    send: async (c: { constructor: { name: string }; input: Record<string, unknown> }) => {
      sent.push({ name: c.constructor.name, input: c.input });
      return c.constructor.name === 'StartExecutionCommand'
        ? {
            executionArn: `${ARN.replace(':stateMachine:', ':execution:')}:${String(c.input.name)}`,
          }
        : {};
    },
  } as unknown as SFNClient;
  return { client, sent };
};

describe('STATE_MACHINE_ARN', () => {
  it('is optional and read as the state machine to start', () => {
    expect(readConfig({ TABLE_NAME: 't' }).stateMachineArn).toBeUndefined();
    expect(readConfig({ TABLE_NAME: 't', STATE_MACHINE_ARN: ARN }).stateMachineArn).toBe(ARN);
    const govCloud = 'arn:aws-us-gov:states:us-gov-west-1:123456789012:stateMachine:x_y-1';
    expect(readConfig({ TABLE_NAME: 't', STATE_MACHINE_ARN: govCloud }).stateMachineArn).toBe(
      govCloud,
    );
  });

  it.each([
    'double-random-inspection',
    'arn:aws:lambda:cn-north-1:123456789012:function:tasks',
    'arn:aws:states:cn-north-1:123456789012:execution:double-random-inspection:x',
    'arn:aws:states:cn-north-1:1234:stateMachine:double-random-inspection',
  ])('refuses %s with the variable’s name', (value) => {
    const read = () => readConfig({ TABLE_NAME: 't', STATE_MACHINE_ARN: value });
    expect(read).toThrow(ConfigError);
    expect(read).toThrow(/STATE_MACHINE_ARN: must be a Step Functions state machine ARN/);
  });
});

describe('the workflow runtime on AWS', () => {
  afterEach(() => {
    setWorkflowRuntime(undefined);
    vi.unstubAllEnvs();
  });

  const cfg = readConfig({ TABLE_NAME: 't', BLOB_BUCKET: 'b', STATE_MACHINE_ARN: ARN });

  it('starts an execution of the configured state machine with the task id as input', async () => {
    const sfn = fakeSfn();
    const rt = createWorkflowRuntime(cfg, createDependencies(cfg), { sfn: sfn.client });
    const started = await rt.engine.start('2027-SCJG-001');
    expect(sfn.sent).toHaveLength(1);
    const [call] = sfn.sent;
    expect(call?.name).toBe('StartExecutionCommand');
    expect(call?.input).toMatchObject({
      stateMachineArn: ARN,
      input: '{"taskId":"2027-SCJG-001"}',
    });
    expect(call?.input.name).toBe('2027-SCJG-001');
    expect(started.executionId).toBe(
      `${ARN.replace(':stateMachine:', ':execution:')}:2027-SCJG-001`,
    );
  });

  it('names a task’s start from its id: starting it twice asks for one execution name', async () => {
    const sfn = fakeSfn();
    const rt = createWorkflowRuntime(cfg, createDependencies(cfg), { sfn: sfn.client });
    const a = await rt.engine.start('2027-SCJG-001');
    const b = await rt.engine.start('2027-SCJG-001');
    expect(new Set(sfn.sent.map((s) => s.input.name))).toEqual(new Set(['2027-SCJG-001']));
    expect(a).toEqual(b);
  });

  it('names a deliberate restart by its attempt number', async () => {
    const sfn = fakeSfn();
    const rt = createWorkflowRuntime(cfg, createDependencies(cfg), { sfn: sfn.client });
    await rt.engine.start('2027-SCJG-001', { attempt: 3 });
    expect(sfn.sent[0]?.input.name).toBe('2027-SCJG-001-r3');
  });

  it('answers ExecutionAlreadyExists for the name as already started', async () => {
    const names: unknown[] = [];
    const client = {
      send: async (c: { input: Record<string, unknown> }) => {
        names.push(c.input.name);
        throw Object.assign(new Error('Execution Already Exists'), {
          name: 'ExecutionAlreadyExists',
        });
      },
    } as unknown as SFNClient;
    const rt = createWorkflowRuntime(cfg, createDependencies(cfg), { sfn: client });
    await expect(rt.engine.start('2027-SCJG-001')).resolves.toEqual({
      executionId: `${ARN.replace(':stateMachine:', ':execution:')}:2027-SCJG-001`,
    });
    expect(names).toEqual(['2027-SCJG-001']);
  });

  it('passes on any other refusal', async () => {
    const client = {
      send: async () => {
        throw Object.assign(new Error('throttled'), { name: 'ThrottlingException' });
      },
    } as unknown as SFNClient;
    const rt = createWorkflowRuntime(cfg, createDependencies(cfg), { sfn: client });
    await expect(rt.engine.start('2027-SCJG-001')).rejects.toThrow('throttled');
  });

  it('settles a wait with SendTaskSuccess and the outcome as JSON', async () => {
    const sfn = fakeSfn();
    const rt = createWorkflowRuntime(cfg, createDependencies(cfg), { sfn: sfn.client });
    await rt.engine.resume('token-1', { gone: false });
    expect(sfn.sent).toEqual([
      { name: 'SendTaskSuccessCommand', input: { taskToken: 'token-1', output: '{"gone":false}' } },
    ]);
  });

  it('treats a wait that no longer exists as settled', async () => {
    const client = {
      send: async () => {
        throw Object.assign(new Error('gone'), { name: 'TaskTimedOut' });
      },
    } as unknown as SFNClient;
    const rt = createWorkflowRuntime(cfg, createDependencies(cfg), { sfn: client });
    await expect(rt.engine.resume('token-1', {})).resolves.toBeUndefined();
  });

  it('without STATE_MACHINE_ARN settles waits but refuses to start', async () => {
    const bare = readConfig({ TABLE_NAME: 't', BLOB_BUCKET: 'b' });
    const sfn = fakeSfn();
    const rt = createWorkflowRuntime(bare, createDependencies(bare), { sfn: sfn.client });
    await expect(rt.engine.start('2027-SCJG-001')).rejects.toThrow(/no state machine ARN/);
    await rt.engine.resume('token-1', {});
    expect(sfn.sent.map((s) => s.name)).toEqual(['SendTaskSuccessCommand']);
  });

  it('refuses to build without a blob location: bundles and draw records are blobs', () => {
    const noBlobs = readConfig({ TABLE_NAME: 't', STATE_MACHINE_ARN: ARN });
    expect(() => createWorkflowRuntime(noBlobs, createDependencies(noBlobs))).toThrow(
      /BLOB_BUCKET or BLOB_DIR/,
    );
  });

  it('a Lambda entry builds it from the environment on first use, once', async () => {
    vi.stubEnv('TABLE_NAME', 't');
    vi.stubEnv('BLOB_BUCKET', 'b');
    vi.stubEnv('STATE_MACHINE_ARN', ARN);
    const sfn = fakeSfn();
    buildWorkflowRuntimeOnFirstUse(sfn.client);
    const rt = workflowRuntime();
    expect(workflowRuntime()).toBe(rt);
    expect(rt.deps.bundles).toBeDefined();
    expect(rt.deps.draws).toBeDefined();
    await rt.engine.start('2027-SCJG-002');
    expect(sfn.sent[0]?.input.stateMachineArn).toBe(ARN);
  });

  it('the tasks entry installs the builder, so workflow routes find an engine', async () => {
    vi.stubEnv('TABLE_NAME', 't');
    vi.stubEnv('BLOB_BUCKET', 'b');
    vi.stubEnv('STATE_MACHINE_ARN', ARN);
    onWorkflowRuntimeMissing(() => {
      throw new Error('no builder registered by the entry');
    });
    await import('../../../functions/src/lambda/tasks.lambda');
    const rt = workflowRuntime();
    expect(rt.engine).toBeDefined();
    expect(rt.tokens).toBeDefined();
  });
});
