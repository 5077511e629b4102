import { describe, expect, it } from 'vitest';
import {
  dispatch,
  routeGroupOf,
  routeGroups,
  routeKeyOf,
  routesOfGroup,
} from '../../../functions/src/http/dispatch';
import type { HttpEvent, HttpResult, LambdaContext } from '../../../functions/src/http/middleware';
import type { RouteDefinition } from '../../../functions/src/http/routes';

const context: LambdaContext = {
  awsRequestId: 'aws-1',
  functionName: 'f',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:local:0:function:f',
  memoryLimitInMB: '128',
  logGroupName: 'g',
  logStreamName: 's',
  callbackWaitsForEmptyEventLoop: true,
  getRemainingTimeInMillis: () => 10_000,
};

const eventFor = (routeKey: string, rawPath: string): HttpEvent => {
  const [method = 'GET'] = routeKey.split(' ');
  return {
    version: '2.0',
    routeKey,
    rawPath,
    rawQueryString: '',
    headers: {},
    isBase64Encoded: false,
    requestContext: {
      accountId: '0',
      apiId: 'a',
      domainName: 'd',
      domainPrefix: 'd',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 't' },
      requestId: 'req-1',
      routeKey,
      stage: '$default',
      time: '26/Nov/2026:12:00:00 +0000',
      timeEpoch: 0,
    },
  };
};

/** A route whose handler answers with its own name, so the test sees which one ran. */
const route = (
  method: RouteDefinition['method'],
  path: RouteDefinition['path'],
  entry: string,
): RouteDefinition => ({
  method,
  path,
  auth: 'public',
  entry,
  handler: async (): Promise<HttpResult> => ({ statusCode: 200, body: `${method} ${path}` }),
});

const table = [
  route('GET', '/plans/{year}', 'http/plans/list-plans.handler.ts'),
  route('PUT', '/plans/{year}', 'http/plans/file-plan.handler.ts'),
  route('GET', '/plans/{year}/departments/{dept}', 'http/plans/get-plan.handler.ts'),
  route('ANY', '/files/{proxy+}', 'http/files/files.handler.ts'),
  route('GET', '/health', 'http/health.handler.ts'),
];

describe('dispatch', () => {
  const handler = dispatch(table);

  it('runs the handler whose route key API Gateway put in the event', async () => {
    const result = await handler(eventFor('PUT /plans/{year}', '/plans/2027'), context);
    expect(result).toEqual({ statusCode: 200, body: 'PUT /plans/{year}' });
  });

  it('tells apart routes that share a path but not a method', async () => {
    const result = await handler(eventFor('GET /plans/{year}', '/plans/2027'), context);
    expect(result.body).toBe('GET /plans/{year}');
  });

  it('matches ANY and greedy routes by their key, not by the request path', async () => {
    const result = await handler(eventFor('ANY /files/{proxy+}', '/files/a/b.json'), context);
    expect(result.body).toBe('ANY /files/{proxy+}');
  });

  it('answers a route key it does not serve with a JSON 404', async () => {
    const result = await handler(eventFor('DELETE /plans/{year}', '/plans/2027'), context);
    expect(result.statusCode).toBe(404);
    expect(result.headers?.['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(result.body ?? '')).toEqual({
      error: { code: 'ROUTE.NOT_FOUND', message: 'no route DELETE /plans/{year}' },
    });
  });

  it('does not match a concrete path sent as the route key', async () => {
    const result = await handler(eventFor('GET /plans/2027', '/plans/2027'), context);
    expect(result.statusCode).toBe(404);
  });

  it('refuses a table listing the same route twice', () => {
    const twice = [...table, route('GET', '/health', 'http/health.handler.ts')];
    expect(() => dispatch(twice)).toThrow('route listed twice: GET /health');
  });
});

describe('route groups', () => {
  it('names the group after the folder of the entry under http/', () => {
    expect(routeGroupOf({ entry: 'http/plans/file-plan.handler.ts' })).toBe('plans');
  });

  it('makes a handler directly under http/ a group of its own', () => {
    expect(routeGroupOf({ entry: 'http/health.handler.ts' })).toBe('health');
  });

  it('refuses an entry outside http/', () => {
    expect(() => routeGroupOf({ entry: 'workflow/draw.handler.ts' })).toThrow(/under http\//);
  });

  it('lists each group once, in order of first appearance', () => {
    expect(routeGroups(table)).toEqual(['plans', 'files', 'health']);
  });

  it('selects the routes of one group', () => {
    expect(routesOfGroup(table, 'plans').map(routeKeyOf)).toEqual([
      'GET /plans/{year}',
      'PUT /plans/{year}',
      'GET /plans/{year}/departments/{dept}',
    ]);
  });

  it('refuses a group with no route, so a stale Lambda entry fails at cold start', () => {
    expect(() => routesOfGroup(table, 'draws')).toThrow('no route in group draws');
  });
});
