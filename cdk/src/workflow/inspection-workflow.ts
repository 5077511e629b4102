import { join } from 'node:path';
import type { TaskStage } from '@double-random/domain';
import { ArnFormat, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import {
  Choice,
  Condition,
  DefinitionBody,
  Fail,
  type IChainable,
  IntegrationPattern,
  JsonPath,
  LogLevel,
  Map as MapState,
  QueryLanguage,
  StateMachine,
  StateMachineType,
  Succeed,
  TaskInput,
  Timeout,
} from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import type { StateHandlerName } from '../../../functions/src/workflow';
import {
  type AuditStorage,
  grantAuditStorage,
  grantBlobWrite,
  grantTableWrite,
} from '../audit-storage';
import {
  NODE_FUNCTION_SUPPRESSIONS,
  nodeFunctionProps,
  POWERTOOLS_ENVIRONMENT,
} from '../node-function';
import { LAMBDA_ENTRY_DIR } from '../paths';

/** The module every state function is built from; `handler` picks the state's export. */
export const WORKFLOW_ENTRY = join(LAMBDA_ENTRY_DIR, 'workflow.lambda.ts');

/** A fixed name lets functions be granted the callback APIs without a reference cycle. */
export const STATE_MACHINE_NAME = 'double-random-inspection';

/** Longest run of one state handler; the Task state waits a little longer. */
const FUNCTION_TIMEOUT = Duration.seconds(60);
const TASK_TIMEOUT = Duration.seconds(90);
/** Matches MAX_WAIT_SECONDS of the handlers: one wait, re-armed until the event comes. */
const ENTROPY_WAIT = Duration.days(20);

type Access = { table: 'read' | 'readWrite'; blobs?: 'read' | 'readWrite'; callbacks?: true };

/** What each state's function may touch (least privilege, one role per state). */
const ACCESS: Readonly<Record<StateHandlerName, Access>> = {
  loadTask: { table: 'read' },
  freeze: { table: 'readWrite', blobs: 'readWrite' },
  commit: { table: 'readWrite', blobs: 'read' },
  awaitEntropy: { table: 'readWrite', callbacks: true },
  draw: { table: 'readWrite', blobs: 'readWrite' },
  notify: { table: 'readWrite' },
  prepareInspection: { table: 'readWrite' },
  awaitResult: { table: 'readWrite', callbacks: true },
  replaceTarget: { table: 'readWrite', blobs: 'read' },
  checkOverdue: { table: 'readWrite' },
  publish: { table: 'readWrite' },
  handoff: { table: 'readWrite' },
  finish: { table: 'readWrite' },
  recordFailure: { table: 'readWrite' },
};

export interface InspectionWorkflowProps {
  readonly table: ITable;
  readonly blobs: IBucket;
  /** the audit table and the checkpoint key (docs/audit-log.md) */
  readonly audit?: AuditStorage;
  readonly logRetention?: RetentionDays;
}

type Invoke = (
  state: string,
  name: StateHandlerName,
  options?: {
    payload?: Record<string, unknown>;
    resultPath?: string;
    timeout?: Timeout;
    waitForToken?: boolean;
  },
) => LambdaInvoke;

const BY_TASK = { 'taskId.$': '$.taskId' };

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The inspection state machine (DESIGN §3): a router on the task's stored stage, then
 * Freeze → Commit → AwaitEntropy → Draw → Notify → Inspect (a Map of waits bounded by the
 * task window) → Publish → Handoff → Done. Every Task state has an explicit timeout and a
 * catch to RecordFailure; the only retries are Lambda service errors on idempotent handlers.
 * The local engine runs the definition synthesized from this construct.
 */
export class InspectionWorkflow extends Construct {
  readonly stateMachine: StateMachine;
  /** the function of each state handler, by its export name */
  readonly functions: ReadonlyMap<StateHandlerName, NodejsFunction>;

  constructor(scope: Construct, id: string, props: InspectionWorkflowProps) {
    super(scope, id);
    const retention = props.logRetention ?? RetentionDays.SIX_MONTHS;
    const stack = Stack.of(this);
    const stateMachineArn = stack.formatArn({
      service: 'states',
      resource: 'stateMachine',
      resourceName: STATE_MACHINE_NAME,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
    const functions = new Map<StateHandlerName, NodejsFunction>();
    const invoke: Invoke = (state, name, options = {}) => {
      let handler = functions.get(name);
      if (!handler) {
        handler = this.stateFunction(name, props, retention, stateMachineArn);
        functions.set(name, handler);
      }
      const waits = options.waitForToken === true;
      return new LambdaInvoke(this, state, {
        stateName: state,
        lambdaFunction: handler,
        payload: TaskInput.fromObject({
          ...(options.payload ?? BY_TASK),
          ...(waits ? { token: JsonPath.taskToken } : {}),
        }),
        ...(waits
          ? { integrationPattern: IntegrationPattern.WAIT_FOR_TASK_TOKEN }
          : { payloadResponseOnly: true }),
        // `$` is the default; written out, aws-local-stepfunctions would nest the result
        // under a key named `$`
        ...(options.resultPath === '$'
          ? {}
          : { resultPath: options.resultPath ?? JsonPath.DISCARD }),
        taskTimeout: options.timeout ?? Timeout.duration(TASK_TIMEOUT),
      });
    };

    const failed = new Fail(this, 'Failed', {
      stateName: 'Failed',
      errorPath: '$.error.Error',
      causePath: '$.error.Cause',
    });
    const recordFailure = invoke('RecordFailure', 'recordFailure', {
      payload: { 'taskId.$': '$.taskId', 'error.$': '$.error' },
    });
    recordFailure.addCatch(failed, { resultPath: '$.recordError' });
    recordFailure.next(failed);
    const caught = <T extends LambdaInvoke | MapState>(state: T): T => {
      state.addCatch(recordFailure, { errors: ['States.ALL'], resultPath: '$.error' });
      return state;
    };

    const done = new Succeed(this, 'Done', { stateName: 'Done' });
    const finish = caught(invoke('Finish', 'finish')).next(done);
    const handoff = caught(invoke('Handoff', 'handoff'));
    handoff.next(finish);
    const publish = caught(invoke('Publish', 'publish'));
    publish.next(handoff);
    const inspect = caught(
      new MapState(this, 'Inspect', {
        stateName: 'Inspect',
        itemsPath: '$.inspection.items',
        maxConcurrency: 0,
        resultPath: JsonPath.DISCARD,
      }),
    );
    inspect.itemProcessor(this.inspection(invoke));
    inspect.next(publish);
    const prepare = caught(
      invoke('PrepareInspection', 'prepareInspection', { resultPath: '$.inspection' }),
    );
    prepare.next(inspect);
    const notify = caught(invoke('Notify', 'notify'));
    notify.next(prepare);
    const draw = caught(invoke('Draw', 'draw'));
    draw.next(notify);
    const awaitEntropy = invoke('AwaitEntropy', 'awaitEntropy', {
      waitForToken: true,
      timeout: Timeout.duration(ENTROPY_WAIT),
    });
    // a ceremony may be weeks away: the wait is re-armed until the entropy arrives; this
    // catch comes before the catch-all, which must be the last
    awaitEntropy.addCatch(awaitEntropy, {
      errors: ['States.Timeout'],
      resultPath: JsonPath.DISCARD,
    });
    caught(awaitEntropy);
    awaitEntropy.next(draw);
    const commit = caught(invoke('Commit', 'commit'));
    commit.next(awaitEntropy);
    const freeze = caught(invoke('Freeze', 'freeze'));
    freeze.next(commit);

    const stage = (s: TaskStage) => Condition.stringEquals('$.loaded.stage', s);
    const route = new Choice(this, 'Route', { stateName: 'Route' })
      .when(stage('Created'), freeze)
      .when(stage('Frozen'), commit)
      .when(Condition.or(stage('Committed'), stage('AwaitingEntropy')), awaitEntropy)
      .when(stage('Drawn'), notify)
      .when(Condition.or(stage('Notified'), stage('Inspecting')), prepare)
      .when(stage('Publishing'), publish)
      .when(stage('HandingOff'), handoff)
      .when(stage('Done'), done)
      .otherwise(
        new Fail(this, 'NotRunnable', {
          stateName: 'NotRunnable',
          error: 'TASK.NOT_RUNNABLE',
          cause: 'the task has failed; a failed task does not run again',
        }),
      );
    const load = caught(invoke('LoadTask', 'loadTask', { resultPath: '$.loaded' }));
    load.next(route);

    const logs = new LogGroup(this, 'Logs', { retention, removalPolicy: RemovalPolicy.RETAIN });
    this.stateMachine = new StateMachine(this, 'StateMachine', {
      stateMachineName: STATE_MACHINE_NAME,
      stateMachineType: StateMachineType.STANDARD,
      queryLanguage: QueryLanguage.JSON_PATH,
      definitionBody: DefinitionBody.fromChainable(load),
      logs: { destination: logs, level: LogLevel.ALL, includeExecutionData: true },
      tracingEnabled: true,
    });
    this.functions = functions;
    NagSuppressions.addResourceSuppressions(
      this.stateMachine,
      [
        {
          id: 'AwsSolutions-IAM5',
          reason: 'invoking a function includes its versions and aliases (`<arn>:*`)',
        },
      ],
      true,
    );
  }

  /** One inspection: wait for its results; a gone target hands over to its reserve. */
  private inspection(invoke: Invoke): IChainable {
    const payload = {
      'taskId.$': '$.taskId',
      'drawId.$': '$.drawId',
      'target.$': '$.target',
      'timeoutSeconds.$': '$.timeoutSeconds',
    };
    // bounded by the task window: PrepareInspection, ReplaceTarget and CheckOverdue compute it
    const awaitResult = invoke('AwaitResult', 'awaitResult', {
      payload,
      waitForToken: true,
      resultPath: '$.outcome',
      timeout: Timeout.at('$.timeoutSeconds'),
    });
    const replace = invoke('ReplaceTarget', 'replaceTarget', { payload, resultPath: '$' });
    replace.next(awaitResult);
    const checkOverdue = invoke('CheckOverdue', 'checkOverdue', { payload, resultPath: '$' });
    awaitResult.addCatch(checkOverdue, { errors: ['States.Timeout'], resultPath: '$.timedOut' });
    checkOverdue.next(
      new Choice(this, 'Overdue', { stateName: 'Overdue' })
        .when(
          Condition.booleanEquals('$.overdue', true),
          new Succeed(this, 'InspectionOverdue', { stateName: 'InspectionOverdue' }),
        )
        .otherwise(awaitResult),
    );
    return awaitResult.next(
      new Choice(this, 'TargetGone', { stateName: 'TargetGone' })
        .when(Condition.booleanEquals('$.outcome.gone', true), replace)
        .otherwise(new Succeed(this, 'Inspected', { stateName: 'Inspected' })),
    );
  }

  private stateFunction(
    name: StateHandlerName,
    props: InspectionWorkflowProps,
    retention: RetentionDays,
    stateMachineArn: string,
  ): NodejsFunction {
    const id = pascal(name);
    const access = ACCESS[name];
    const fn = new NodejsFunction(this, `${id}Function`, {
      entry: WORKFLOW_ENTRY,
      handler: name,
      ...nodeFunctionProps(),
      timeout: FUNCTION_TIMEOUT,
      tracing: Tracing.ACTIVE,
      environment: {
        ...POWERTOOLS_ENVIRONMENT,
        TABLE_NAME: props.table.tableName,
        // every state's runtime is composed with the blob store; only some are granted it
        BLOB_BUCKET: props.blobs.bucketName,
        NODE_OPTIONS: '--enable-source-maps',
        LOG_LEVEL: 'info',
      },
      logGroup: new LogGroup(this, `${id}Logs`, {
        retention,
        removalPolicy: RemovalPolicy.DESTROY,
      }),
    });
    if (access.table === 'read') props.table.grantReadData(fn);
    else grantTableWrite(props.table, fn);
    if (props.audit) grantAuditStorage(fn, props.audit, access.table === 'read' ? 'read' : 'write');
    if (access.blobs === 'read') props.blobs.grantRead(fn);
    if (access.blobs === 'readWrite') grantBlobWrite(props.blobs, fn);
    if (access.callbacks)
      fn.addToRolePolicy(
        new PolicyStatement({
          actions: ['states:SendTaskSuccess', 'states:SendTaskFailure'],
          resources: [stateMachineArn],
        }),
      );
    NagSuppressions.addResourceSuppressions(
      fn,
      [
        ...NODE_FUNCTION_SUPPRESSIONS,
        {
          id: 'AwsSolutions-IAM5',
          reason:
            'queries read the table’s indexes; blobs are keyed by content hash under one bucket; X-Ray writes have no resource',
          appliesTo: [
            { regex: '/^Resource::<.+\\.Arn>\\/index\\/\\*$/g' },
            { regex: '/^Resource::<.+\\.Arn>\\/\\*$/g' },
            { regex: '/^Action::s3:(Abort|DeleteObject|GetBucket|GetObject|List)\\*$/g' },
            // the table and bucket live in the data stack: their ARNs arrive as imports
            { regex: '/^Resource::[^:]+:ExportsOutputFnGetAtt.+Arn[0-9A-F]+\\/(index\\/)?\\*$/g' },
            'Resource::*',
          ],
        },
      ],
      true,
    );
    return fn;
  }
}
