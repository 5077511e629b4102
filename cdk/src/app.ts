import { DEPARTMENTS } from '@double-random/domain';
import { routes } from '@double-random/functions';
import { type App, Aspects, Tags } from 'aws-cdk-lib';
import { ApiStack, type BlobAccess } from './api-stack';
import { DataStack } from './data-stack';
import { COGNITO_CLAIMS, type DeploymentOptions, deploymentOptions } from './deployment';
import { checkAwsSolutions } from './nag';
import { NotificationStack } from './notification-stack';
import { OpsStack } from './ops-stack';
import { routeGroupsOf } from './route-groups';
import { SiteStack } from './site-stack';
import { WithoutLambdaTracing } from './tracing';
import { WorkflowStack } from './workflow/workflow-stack';

/**
 * Route groups that read or write the blob bucket (draw bundles, results, exports). A
 * group is listed here when its handlers use the blob store; every other group is denied.
 * Only the state functions write bundles and draw records; the API reads them: the public
 * task, bundle and result reads, the workflow routes (their runtime holds the draw stores)
 * and the draw exports.
 */
export const BLOB_ACCESS: Readonly<Record<string, BlobAccess>> = {
  public: 'read',
  tasks: 'read',
  exports: 'read',
  // evidence: presigned PUTs are signed with this role (docs/evidence.md), and verify reads
  evidence: 'readWrite',
  // a case's evidence is hashed again from the bucket
  cases: 'read',
};

/**
 * Route groups whose answers grow with the district and go by link above the inline limit
 * (docs/text-and-limits.md): the public bundle, result, task and audit reads, the exports,
 * and the tasks' detail, groups and red lights. They put and get objects of the answers
 * bucket, whose objects expire after a day, and write nothing of the blob bucket.
 */
export const ANSWER_WRITERS: readonly string[] = ['public', 'exports', 'tasks'];

export interface DoubleRandomStacks {
  readonly data: DataStack;
  readonly api: ApiStack;
  readonly workflow: WorkflowStack;
  readonly site: SiteStack;
  readonly ops: OpsStack;
  readonly notifications: NotificationStack;
}

export interface BuildOptions {
  /** the built public page; `packages/site/dist` by default (cdk/bin/app.ts builds it first) */
  readonly siteDir?: string;
  /** the built staff console, deployed under console/ when given (cdk/bin/app.ts builds it) */
  readonly consoleDir?: string;
  /** target, identity and site domain; read from the app's context (`-c target=china`) by default */
  readonly deployment?: DeploymentOptions;
}

/** Route groups whose changes notify people at once (a returned plan, a handoff). */
export const NOTIFYING_GROUPS: readonly string[] = ['plans', 'tasks'];

/** Route groups that start executions and settle the state machine's waits. */
export const WORKFLOW_DRIVERS: readonly string[] = ['tasks'];

/**
 * The whole AWS app, stack by stack. Stacks are environment-agnostic (no account or region
 * lookups), so synthesis works offline and one template deploys to any region.
 */
export const buildApp = (app: App, options: BuildOptions = {}): DoubleRandomStacks => {
  const deployment = options.deployment ?? deploymentOptions(app.node);
  // CloudFormation takes no tags on a dashboard, whatever the CDK's resource model says
  Tags.of(app).add('project', 'double-random', {
    excludeResourceTypes: ['AWS::CloudWatch::Dashboard'],
  });
  checkAwsSolutions(app);
  const data = new DataStack(app, 'DoubleRandom-Data', {
    description: 'double-random: the single table, the blob bucket and the bucket of large answers',
  });
  const audit = { auditTable: data.auditTable, checkpointKey: data.checkpointKey };
  const notifications = new NotificationStack(app, 'DoubleRandom-Notify', {
    description: 'double-random: a notification topic per department, and the outbox delivery',
    table: data.table,
    departments: DEPARTMENTS.map((d) => d.code),
  });
  const api = new ApiStack(app, 'DoubleRandom-Api', {
    description: 'double-random: HTTP API, user pool and route-group functions',
    table: data.table,
    blobs: data.blobs,
    answers: data.answers,
    audit,
    groups: routeGroupsOf(routes),
    departments: DEPARTMENTS.map((d) => d.code),
    blobAccess: BLOB_ACCESS,
    answerWriters: ANSWER_WRITERS,
    identity: deployment.identity,
    ...(deployment.consoleUrls ? { consoleCallbackUrls: deployment.consoleUrls } : {}),
  });
  const workflow = new WorkflowStack(app, 'DoubleRandom-Workflow', {
    description: 'double-random: the inspection state machine and its state functions',
    table: data.table,
    blobs: data.blobs,
    audit,
  });
  for (const group of WORKFLOW_DRIVERS) {
    const fn = api.functions.get(group);
    if (fn) workflow.grantDriving(fn);
  }
  // who tells people: returned plans, handoffs (their routes) and assignments (Notify)
  for (const fn of [
    ...NOTIFYING_GROUPS.map((g) => api.functions.get(g)),
    workflow.workflow.functions.get('notify'),
  ])
    if (fn) notifications.grantPublishing(fn);
  // the console signs in where the API's tokens come from: the user pool, or the OIDC issuer
  const { identity } = deployment;
  const consoleAuth =
    identity.kind === 'cognito'
      ? api.userPool && api.userPoolClient
        ? {
            issuer: api.userPool.userPoolProviderUrl,
            clientId: api.userPoolClient.userPoolClientId,
            claims: COGNITO_CLAIMS,
          }
        : undefined
      : identity.issuer && identity.audience?.[0]
        ? { issuer: identity.issuer, clientId: identity.audience[0], claims: identity.claims }
        : undefined;
  const site = new SiteStack(app, 'DoubleRandom-Site', {
    description: 'double-random: the public page on CloudFront, reading the HTTP API',
    apiUrl: api.api.apiEndpoint,
    // the presigned links of large answers are virtual-hosted on the bucket's regional name
    answerOrigin: `https://${data.answers.bucketRegionalDomainName}`,
    ...(options.siteDir ? { siteDir: options.siteDir } : {}),
    ...(options.consoleDir && consoleAuth
      ? { console: { dir: options.consoleDir, ...consoleAuth } }
      : {}),
    originAccess: deployment.target === 'china' ? 'identity' : 'control',
    district: deployment.district,
    ...(deployment.siteDomain ? { domain: deployment.siteDomain } : {}),
  });
  const ops = new OpsStack(app, 'DoubleRandom-Ops', {
    description: 'double-random: alarms to the office, and the district dashboard',
    stateMachine: workflow.workflow.stateMachine,
    api: api.api,
    functions: [
      ...api.functions.values(),
      ...new Set(workflow.workflow.functions.values()),
      notifications.deliverer,
      notifications.sweeper,
    ],
  });
  if (deployment.target === 'china') Aspects.of(app).add(new WithoutLambdaTracing());
  return { data, api, workflow, site, ops, notifications };
};
