import type { Role } from '@double-random/domain';
import {
  CfnOutput,
  CfnParameter,
  Duration,
  Fn,
  RemovalPolicy,
  Stack,
  type StackProps,
} from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpStage,
  LogGroupLogDestination,
  type ThrottleSettings,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import {
  AccountRecovery,
  Mfa,
  OAuthScope,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
} from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { NagSuppressions } from 'cdk-nag';
import type { Construct } from 'constructs';
import {
  type AuditStorage,
  grantAuditStorage,
  grantBlobWrite,
  grantTableWrite,
} from './audit-storage';
import { COGNITO_CLAIMS, claimEnvironment, type IdentityOptions } from './deployment';
import {
  NODE_FUNCTION_SUPPRESSIONS,
  nodeFunctionProps,
  openApiBundling,
  POWERTOOLS_ENVIRONMENT,
} from './node-function';
import { type RouteGroup, tableAccessOf } from './route-groups';

export { EMBEDDED_ONLY_MODULES } from './node-function';

/** Bucket access a group's function is granted; groups not named get none. */
export type BlobAccess = 'read' | 'readWrite';

export interface ApiStackProps extends StackProps {
  readonly table: ITable;
  readonly blobs: IBucket;
  /** the bucket of large answers, kept a day (docs/text-and-limits.md); needed by answerWriters */
  readonly answers?: IBucket;
  /** the audit table and the checkpoint key (docs/audit-log.md) */
  readonly audit?: AuditStorage;
  /** one Lambda function per group; routes are added from the groups' route lists */
  readonly groups: readonly RouteGroup[];
  /** department codes: each gets a `dept:<code>` user group */
  readonly departments: readonly string[];
  /** groups that store or read bundles, results or exports in the blob bucket */
  readonly blobAccess?: Readonly<Record<string, BlobAccess>>;
  /**
   * Groups whose large answers go by link (docs/text-and-limits.md): each may put and get
   * objects of the answers bucket (a link is a GET presigned with its role), nothing more there,
   * and learns its name (ANSWER_BUCKET).
   */
  readonly answerWriters?: readonly string[];
  readonly throttle?: ThrottleSettings;
  readonly logRetention?: RetentionDays;
  /** who issues the tokens the API accepts; a Cognito user pool of this stack by default */
  readonly identity?: IdentityOptions;
  /**
   * Where the hosted UI may send a signed-in person back: the console's page on the site
   * (`https://<PublicPageUrl>/console/index.html`), known after the first deployment.
   */
  readonly consoleCallbackUrls?: readonly string[];
  /** the hosted UI's domain prefix (unique in the region); derived from the stack by default */
  readonly cognitoDomainPrefix?: string;
}

/** Steady and burst requests per second for the whole stage, before any route-level limit. */
/** Until the console's URL is known, the hosted UI returns to a console on this machine. */
export const LOCAL_CONSOLE_CALLBACK = 'http://localhost:3000/console/index.html';

export const DEFAULT_THROTTLE: ThrottleSettings = { rateLimit: 50, burstLimit: 100 };

const ACCESS_LOG_FORMAT = JSON.stringify({
  requestId: '$context.requestId',
  ip: '$context.identity.sourceIp',
  time: '$context.requestTime',
  method: '$context.httpMethod',
  routeKey: '$context.routeKey',
  path: '$context.path',
  status: '$context.status',
  responseLength: '$context.responseLength',
  latency: '$context.responseLatency',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
});

const pascal = (kebab: string): string =>
  kebab.replace(/(^|-)([a-z0-9])/g, (_m, _dash, c: string) => c.toUpperCase());

export const userGroupNames = (departments: readonly string[]): Role[] => [
  'office',
  'inspector',
  ...departments.map((code): Role => `dept:${code}`),
];

/**
 * The HTTP API: a JWT authorizer on every protected route, trusting a Cognito user pool of
 * this stack or an external OpenID Connect issuer, and one Lambda function per route group
 * serving that group's routes through one dispatcher.
 */
export class ApiStack extends Stack {
  readonly api: HttpApi;
  /** the stack's user pool; none when tokens come from an external issuer */
  readonly userPool?: UserPool;
  readonly userPoolClient?: UserPoolClient;
  readonly functions: ReadonlyMap<string, NodejsFunction>;
  private readonly claimEnv: Record<string, string>;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const retention = props.logRetention ?? RetentionDays.SIX_MONTHS;
    const identity = props.identity ?? { kind: 'cognito' };
    let authorizer: HttpJwtAuthorizer;
    if (identity.kind === 'cognito') {
      const pool = this.cognitoPool(props);
      this.userPool = pool.userPool;
      this.userPoolClient = pool.userPoolClient;
      authorizer = pool.authorizer;
    } else authorizer = this.oidcAuthorizer(identity);
    this.claimEnv = claimEnvironment(
      identity.kind === 'cognito' ? COGNITO_CLAIMS : identity.claims,
    );

    this.api = new HttpApi(this, 'HttpApi', {
      apiName: 'double-random',
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: ['*'],
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.HEAD, CorsHttpMethod.OPTIONS],
        allowHeaders: ['content-type', 'authorization'],
        maxAge: Duration.hours(1),
      },
    });
    new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle ?? DEFAULT_THROTTLE,
      accessLogSettings: {
        destination: new LogGroupLogDestination(
          new LogGroup(this, 'AccessLogs', {
            retention,
            removalPolicy: RemovalPolicy.RETAIN,
          }),
        ),
        format: AccessLogFormat.custom(ACCESS_LOG_FORMAT),
      },
    });

    const functions = new Map<string, NodejsFunction>();
    for (const group of props.groups) {
      const fn = this.groupFunction(group, props, retention);
      functions.set(group.name, fn);
      const integration = new HttpLambdaIntegration(`${pascal(group.name)}Integration`, fn);
      for (const route of group.routes) {
        const added = this.api.addRoutes({
          path: route.path,
          methods: [HttpMethod[route.method]],
          integration,
          ...(route.auth === 'required' ? { authorizer } : {}),
        });
        if (route.auth === 'public')
          NagSuppressions.addResourceSuppressions(added, [
            { id: 'AwsSolutions-APIG4', reason: 'a public route: published records are open' },
          ]);
      }
    }
    this.functions = functions;

    new CfnOutput(this, 'ApiUrl', { value: this.api.apiEndpoint });
  }

  /** A user pool of this stack (administrators create the users) and its groups. */
  private cognitoPool(props: ApiStackProps) {
    const userPool = new UserPool(this, 'Users', {
      selfSignUpEnabled: false,
      signInAliases: { username: true, email: true },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
      },
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    NagSuppressions.addResourceSuppressions(userPool, [
      {
        id: 'AwsSolutions-COG2',
        reason: 'TOTP is offered to every user; making it mandatory is the district’s decision',
      },
      {
        id: 'AwsSolutions-COG8',
        reason: 'the Plus plan adds threat protection at a per-user price a district decides on',
      },
    ]);
    for (const name of userGroupNames(props.departments)) {
      userPool.addGroup(`Group${pascal(name.replace(':', '-').toLowerCase())}`, {
        groupName: name,
      });
    }
    // the staff console signs in through the hosted UI: authorization code with PKCE (a public
    // client, no secret), back to the console's page (docs/deploy.md, "The staff console")
    const hostedUi = userPool.addDomain('HostedUi', {
      cognitoDomain: {
        domainPrefix: props.cognitoDomainPrefix ?? `dr-${this.node.addr.slice(0, 16)}`,
      },
    });
    const userPoolClient = userPool.addClient('ApiClient', {
      authFlows: { userSrp: true },
      generateSecret: false,
      preventUserExistenceErrors: true,
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [...(props.consoleCallbackUrls ?? [LOCAL_CONSOLE_CALLBACK])],
        logoutUrls: [...(props.consoleCallbackUrls ?? [LOCAL_CONSOLE_CALLBACK])],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
    });
    new CfnOutput(this, 'HostedUiUrl', { value: hostedUi.baseUrl() });

    const authorizer = new HttpJwtAuthorizer(
      'Jwt',
      `https://cognito-idp.${this.region}.${this.urlSuffix}/${userPool.userPoolId}`,
      { jwtAudience: [userPoolClient.userPoolClientId] },
    );
    new CfnOutput(this, 'UserPoolId', { value: userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: userPoolClient.userPoolClientId });
    return { userPool, userPoolClient, authorizer };
  }

  /**
   * Tokens of an external OpenID Connect issuer. Issuer and audience not fixed at synthesis
   * are stack parameters, so one template serves any district's identity platform.
   */
  private oidcAuthorizer(identity: Extract<IdentityOptions, { kind: 'oidc' }>) {
    const issuer =
      identity.issuer ??
      new CfnParameter(this, 'OidcIssuer', {
        type: 'String',
        description: 'the OpenID Connect issuer whose tokens the API accepts (https://…)',
        allowedPattern: '^https://\\S+$',
      }).valueAsString;
    const audience = identity.audience
      ? [...identity.audience]
      : new CfnParameter(this, 'OidcAudience', {
          type: 'CommaDelimitedList',
          description: 'the client ids (aud) of the tokens the API accepts, comma-separated',
        }).valueAsList;
    new CfnOutput(this, 'OidcIssuerUrl', { value: issuer });
    new CfnOutput(this, 'OidcAudienceList', { value: Fn.join(',', audience) });
    return new HttpJwtAuthorizer('Jwt', issuer, { jwtAudience: audience });
  }

  private groupFunction(
    group: RouteGroup,
    props: ApiStackProps,
    retention: RetentionDays,
  ): NodejsFunction {
    const id = pascal(group.name);
    const blobAccess = props.blobAccess?.[group.name];
    const linksAnswers = props.answerWriters?.includes(group.name) ?? false;
    if (linksAnswers && !props.answers)
      throw new Error(`group ${group.name} links its large answers: the answers bucket is needed`);
    const answers = linksAnswers ? props.answers : undefined;
    const fn = new NodejsFunction(this, `${id}Function`, {
      entry: group.entry,
      handler: 'handler',
      ...nodeFunctionProps(),
      // the OpenAPI function serves a document written beside its bundle, not every route
      ...(group.name === 'openapi' ? { bundling: openApiBundling() } : {}),
      // API Gateway stops waiting after 30 s; a function running longer only costs money.
      timeout: Duration.seconds(29),
      environment: {
        ...POWERTOOLS_ENVIRONMENT,
        TABLE_NAME: props.table.tableName,
        // Only groups granted the bucket learn its name: the runtime builds a blob store
        // whenever the variable is set, and one without access would fail on first use.
        ...(blobAccess ? { BLOB_BUCKET: props.blobs.bucketName } : {}),
        ...(answers ? { ANSWER_BUCKET: answers.bucketName } : {}),
        NODE_OPTIONS: '--enable-source-maps',
        ...this.claimEnv,
        LOG_LEVEL: 'info',
      },
      logGroup: new LogGroup(this, `${id}Logs`, {
        retention,
        removalPolicy: RemovalPolicy.DESTROY,
      }),
    });

    const access = tableAccessOf(group);
    if (access === 'read') props.table.grantReadData(fn);
    else grantTableWrite(props.table, fn);
    if (props.audit) grantAuditStorage(fn, props.audit, access === 'read' ? 'read' : 'write');

    if (blobAccess === 'read') props.blobs.grantRead(fn);
    if (blobAccess === 'readWrite') grantBlobWrite(props.blobs, fn);
    if (answers)
      // stores an answer (rewriting it: its day starts anew) and signs the link that reads it
      fn.addToRolePolicy(
        new PolicyStatement({
          actions: ['s3:PutObject', 's3:GetObject'],
          resources: [answers.arnForObjects('*')],
        }),
      );

    NagSuppressions.addResourceSuppressions(
      fn,
      [
        ...NODE_FUNCTION_SUPPRESSIONS,
        {
          id: 'AwsSolutions-IAM5',
          reason:
            'queries read the table’s indexes; blobs are keyed by content hash under one bucket',
          appliesTo: [
            { regex: '/^Resource::<.+\\.Arn>\\/index\\/\\*$/g' },
            { regex: '/^Resource::<.+\\.Arn>\\/\\*$/g' },
            { regex: '/^Action::s3:(Abort|DeleteObject|GetBucket|GetObject|List)\\*$/g' },
          ],
        },
      ],
      true,
    );
    return fn;
  }
}
