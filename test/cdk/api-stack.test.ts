import { existsSync } from 'node:fs';
import {
  ANSWER_WRITERS,
  ApiStack,
  type ApiStackProps,
  BLOB_ACCESS,
  DataStack,
  routeGroupsOf,
  tableAccessOf,
} from '@double-random/cdk';
import { DEPARTMENTS } from '@double-random/domain';
import { routes } from '@double-random/functions';
import { Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { describe, expect, it } from 'vitest';
import { routeGroupOf, routeKeyOf } from '../../functions/src/http/dispatch';
import { bareApp, synthApp } from './synth';

const { api } = synthApp();
const template = Template.fromStack(api);
const groups = routeGroupsOf(routes);

type Resource = { Properties: Record<string, unknown> };
const resources = (type: string): Resource[] =>
  Object.values(template.findResources(type)) as Resource[];

const logicalIdOf = (stack: Stack, fn: NodejsFunction): string =>
  stack.getLogicalId(fn.node.defaultChild as CfnFunction);

// nothing in the domain is deleted: no group is granted DeleteItem (test/cdk/audit-storage.test.ts)
const WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:BatchWriteItem'];

/** Every action granted by the inline policies attached to a function's role. */
const actionsOf = (t: Template, stack: Stack, fn: NodejsFunction): string[] => {
  const roleId = stack.getLogicalId(fn.role?.node.defaultChild as CfnFunction);
  return Object.values(t.findResources('AWS::IAM::Policy'))
    .filter((p) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleId))
    .flatMap((p) => p.Properties.PolicyDocument.Statement as { Action: string | string[] }[])
    .flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
};

describe('api stack: identity', () => {
  it('lets only administrators create users', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
    });
  });

  it('has the office, inspector and one group per department of the district', () => {
    const names = resources('AWS::Cognito::UserPoolGroup').map((g) => g.Properties.GroupName);
    expect(names.sort()).toEqual(
      ['office', 'inspector', ...DEPARTMENTS.map((d) => `dept:${d.code}`)].sort(),
    );
  });

  it('checks tokens issued by the pool for its client', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: [{ Ref: Match.stringLikeRegexp('UsersApiClient') }],
        Issuer: Match.anyValue(),
      },
    });
  });
});

describe('api stack: routes', () => {
  const deployed = resources('AWS::ApiGatewayV2::Route');

  it('has exactly the routes of the route table', () => {
    expect(deployed.map((r) => r.Properties.RouteKey).sort()).toEqual(
      routes.map(routeKeyOf).sort(),
    );
  });

  it('puts the JWT authorizer on the required routes and on no public one', () => {
    for (const route of routes) {
      const found = deployed.find((r) => r.Properties.RouteKey === routeKeyOf(route));
      const expected = route.auth === 'required' ? 'JWT' : 'NONE';
      expect(found?.Properties.AuthorizationType, routeKeyOf(route)).toBe(expected);
      expect('AuthorizerId' in (found?.Properties ?? {}), routeKeyOf(route)).toBe(
        route.auth === 'required',
      );
    }
  });

  it('lets the office read a filed plan it is about to approve through a route with the authorizer', () => {
    const auth = (key: string) =>
      deployed.find((r) => r.Properties.RouteKey === key)?.Properties.AuthorizationType;
    // the public read has no authorizer in AWS, so it can only ever show published plans
    expect(auth('GET /plans/{year}/departments/{dept}')).toBe('NONE');
    expect(auth('GET /plans/{year}/departments/{dept}/internal')).toBe('JWT');
    expect(auth('GET /plans/{year}/internal')).toBe('JWT');
    expect(auth('POST /plans/{year}/departments/{dept}/approve')).toBe('JWT');
  });

  it('sends each route to the function of its group', () => {
    const integrations = template.findResources('AWS::ApiGatewayV2::Integration');
    for (const route of routes) {
      const found = deployed.find((r) => r.Properties.RouteKey === routeKeyOf(route));
      // Target is `integrations/<ref>`, a join CloudFormation resolves at deploy time.
      const target = found?.Properties.Target as {
        'Fn::Join': [string, [string, { Ref: string }]];
      };
      const integration = integrations[target['Fn::Join'][1][1].Ref];
      const uri = integration?.Properties.IntegrationUri as { 'Fn::GetAtt': [string, string] };
      const fn = api.functions.get(routeGroupOf(route));
      expect(fn, routeKeyOf(route)).toBeDefined();
      expect(uri['Fn::GetAtt'][0], routeKeyOf(route)).toBe(logicalIdOf(api, fn!));
    }
  });

  it('throttles the stage and logs every request to a log group with retention', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      AccessLogSettings: {
        DestinationArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('AccessLogs'), 'Arn'] },
        Format: Match.stringLikeRegexp('\\$context.requestId'),
      },
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 180 });
  });

  it('allows GET from any origin for the public page', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'HTTP',
      CorsConfiguration: {
        AllowOrigins: ['*'],
        AllowMethods: Match.arrayWith(['GET']),
      },
    });
  });
});

describe('api stack: functions', () => {
  it('has one function per route group, each with a Lambda entry file', () => {
    expect(resources('AWS::Lambda::Function')).toHaveLength(groups.length);
    expect([...api.functions.keys()].sort()).toEqual(groups.map((g) => g.name).sort());
    for (const group of groups) expect(existsSync(group.entry), group.entry).toBe(true);
  });

  it('runs every function on Node 22, ARM64, with source maps and the table name', () => {
    for (const fn of resources('AWS::Lambda::Function')) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Environment: {
          Variables: {
            NODE_OPTIONS: '--enable-source-maps',
            TABLE_NAME: expect.anything(),
          },
        },
      });
    }
  });

  it('gives groups of public reads no write action on the table', () => {
    const readers = groups.filter((g) => tableAccessOf(g) === 'read');
    expect(readers.length).toBeGreaterThan(0);
    for (const group of readers) {
      const actions = actionsOf(template, api, api.functions.get(group.name)!);
      expect(actions, group.name).toContain('dynamodb:GetItem');
      for (const write of WRITE_ACTIONS) expect(actions, group.name).not.toContain(write);
    }
  });

  it('gives every other group write actions on the table', () => {
    for (const group of groups) {
      const actions = actionsOf(template, api, api.functions.get(group.name)!);
      const writes = WRITE_ACTIONS.filter((a) => actions.includes(a));
      expect(writes, group.name).toEqual(tableAccessOf(group) === 'read' ? [] : WRITE_ACTIONS);
    }
  });
});

describe('api stack: access by group, from the route list', () => {
  const app = bareApp();
  const data = new DataStack(app, 'Data');
  const [health] = routeGroupsOf(routes);
  const entry = health!.entry;
  const stack = new ApiStack(app, 'Api', {
    table: data.table,
    blobs: data.blobs,
    departments: ['SCJG'],
    blobAccess: { draws: 'readWrite', reports: 'read' },
    groups: [
      { name: 'reports', entry, routes: [{ method: 'GET', path: '/reports', auth: 'public' }] },
      {
        name: 'draws',
        entry,
        routes: [
          { method: 'GET', path: '/draws/{id}', auth: 'public' },
          { method: 'POST', path: '/draws', auth: 'required' },
        ],
      },
      { name: 'notes', entry, routes: [{ method: 'GET', path: '/notes', auth: 'required' }] },
    ],
  });
  const t = Template.fromStack(stack);
  const actions = (name: string) => actionsOf(t, stack, stack.functions.get(name)!);
  const env = (name: string) =>
    (t.findResources('AWS::Lambda::Function')[logicalIdOf(stack, stack.functions.get(name)!)]
      ?.Properties.Environment.Variables ?? {}) as Record<string, unknown>;

  it('grants table writes to a group with any non-read route, reads only to GET-only groups', () => {
    expect(actions('draws')).toContain('dynamodb:PutItem');
    expect(actions('draws')).not.toContain('dynamodb:DeleteItem');
    expect(actions('notes')).not.toContain('dynamodb:PutItem');
    expect(actions('notes')).toContain('dynamodb:Query');
    expect(actions('reports')).not.toContain('dynamodb:PutItem');
  });

  it('grants the bucket only to the groups listed, at the level listed', () => {
    expect(actions('draws')).toContain('s3:PutObject');
    expect(actions('reports')).toContain('s3:GetObject*');
    expect(actions('reports')).not.toContain('s3:PutObject');
    expect(actions('notes').filter((a) => a.startsWith('s3:'))).toEqual([]);
  });

  it('tells only the groups granted the bucket its name', () => {
    expect(env('draws')).toHaveProperty('BLOB_BUCKET');
    expect(env('reports')).toHaveProperty('BLOB_BUCKET');
    expect(env('notes')).not.toHaveProperty('BLOB_BUCKET');
  });

  it('gives a group whose large answers go by link the answers bucket alone, and needs it', () => {
    const other = bareApp();
    const stores = new DataStack(other, 'Data');
    const props: ApiStackProps = {
      table: stores.table,
      blobs: stores.blobs,
      departments: ['SCJG'],
      groups: [
        {
          name: 'notes',
          entry,
          routes: [{ method: 'GET', path: '/notes', auth: 'public' }],
        },
      ],
      answerWriters: ['notes'],
    };
    expect(() => new ApiStack(other, 'Bare', props)).toThrow(/answers bucket/);
    const linking = new ApiStack(other, 'Linking', { ...props, answers: stores.answers });
    const lt = Template.fromStack(linking);
    const fn = linking.functions.get('notes')!;
    expect(
      actionsOf(lt, linking, fn)
        .filter((a) => a.startsWith('s3:'))
        .sort(),
    ).toEqual(['s3:GetObject', 's3:PutObject']);
    const vars =
      lt.findResources('AWS::Lambda::Function')[logicalIdOf(linking, fn)]?.Properties.Environment
        .Variables;
    expect(vars).toHaveProperty('ANSWER_BUCKET');
    expect(vars).not.toHaveProperty('BLOB_BUCKET');
  });

  it('holds no account or region: the stacks synthesize offline for any environment', () => {
    expect(Stack.of(stack).account).toMatch(/^\$\{Token\[AWS\.AccountId/);
    expect(Stack.of(stack).region).toMatch(/^\$\{Token\[AWS\.Region/);
  });
});

describe('api stack: the app’s blob grants', () => {
  const env = (name: string) =>
    (template.findResources('AWS::Lambda::Function')[logicalIdOf(api, api.functions.get(name)!)]
      ?.Properties.Environment.Variables ?? {}) as Record<string, unknown>;

  /** The S3 statements of a group's role, each action with its resource as written. */
  const s3Statements = (g: string) => {
    const roleId = api.getLogicalId(api.functions.get(g)!.role?.node.defaultChild as CfnFunction);
    return Object.values(template.findResources('AWS::IAM::Policy'))
      .filter((p) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleId))
      .flatMap(
        (p) =>
          p.Properties.PolicyDocument.Statement as {
            Action: string | string[];
            Resource: unknown;
          }[],
      )
      .flatMap((s) =>
        (Array.isArray(s.Action) ? s.Action : [s.Action])
          .filter((a) => a.startsWith('s3:'))
          .map((action) => ({ action, resource: JSON.stringify(s.Resource) })),
      );
  };

  const ANSWERS = /Answers[0-9A-F]{8}(Arn|[0-9A-F]{8})/;

  // the public reads, the workflow runtime and the draw exports read bundles and draw records;
  // their large answers are kept a day in a bucket of their own and linked (docs/text-and-limits.md)
  it.each(['public', 'tasks', 'exports'])(
    '%s reads the blob bucket and writes none of it; it puts and gets objects of the answers bucket',
    (g) => {
      expect(BLOB_ACCESS[g]).toBe('read');
      expect(ANSWER_WRITERS).toContain(g);
      expect(env(g)).toHaveProperty('BLOB_BUCKET');
      expect(JSON.stringify(env(g).ANSWER_BUCKET)).toMatch(ANSWERS);
      const s3 = s3Statements(g);
      const onAnswers = s3.filter((s) => ANSWERS.test(s.resource));
      // a presigned GET is signed with the role: it must get the answers' objects
      expect(onAnswers).toEqual(
        ['s3:GetObject', 's3:PutObject'].map((action) => ({
          action,
          resource: expect.stringMatching(/Answers[0-9A-F]{8}Arn[^"]*"\},"\/\*"\]\]\}$/),
        })),
      );
      // nothing else written anywhere: the blob bucket's records stay as the workflow wrote them
      const writes = s3.filter((s) => /^s3:(Put|Delete|Abort)/.test(s.action));
      expect(writes).toEqual([{ action: 's3:PutObject', resource: onAnswers[1]?.resource }]);
    },
  );

  it('lets no group that links no answers touch the answers bucket or learn its name', () => {
    for (const group of groups.filter((g) => !ANSWER_WRITERS.includes(g.name))) {
      expect(
        s3Statements(group.name).filter((s) => ANSWERS.test(s.resource)),
        group.name,
      ).toEqual([]);
      expect(env(group.name), group.name).not.toHaveProperty('ANSWER_BUCKET');
    }
  });

  it('gives the tasks function the state machine to start', () => {
    expect(env('tasks')).toHaveProperty('STATE_MACHINE_ARN');
    expect(env('public')).not.toHaveProperty('STATE_MACHINE_ARN');
  });
});
