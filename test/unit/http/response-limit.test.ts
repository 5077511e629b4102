import { beforeAll, describe, expect, it } from 'vitest';
import {
  type HttpEvent,
  httpHandler,
  LAMBDA_RESPONSE_LIMIT,
  type LambdaContext,
  ok,
} from '../../../functions/src/http/middleware';

beforeAll(() => {
  process.env.LOG_LEVEL = 'silent';
});

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

const event = (over: Partial<HttpEvent> = {}, claims?: Record<string, string>): HttpEvent => ({
  version: '2.0',
  routeKey: 'POST /x',
  rawPath: '/x',
  rawQueryString: '',
  headers: {},
  isBase64Encoded: false,
  requestContext: {
    accountId: '0',
    apiId: 'a',
    domainName: 'd',
    domainPrefix: 'd',
    http: {
      method: 'POST',
      path: '/x',
      protocol: 'HTTP/1.1',
      sourceIp: '127.0.0.1',
      userAgent: 't',
    },
    requestId: 'req-1',
    routeKey: 'POST /x',
    stage: '$default',
    time: '26/Nov/2026:12:00:00 +0000',
    timeEpoch: 0,
    ...(claims ? { authorizer: { jwt: { claims, scopes: null } } } : {}),
  },
  ...over,
});

const answering = (body: unknown) => httpHandler({ auth: 'public', handler: async () => ok(body) });

describe('answers stay under Lambda’s 6 MB', () => {
  it('refuses to return a body above the limit, naming limit as what to change', async () => {
    const big = 'x'.repeat(LAMBDA_RESPONSE_LIMIT + 1);
    const res = (await answering({ items: [big] })(event({ routeKey: 'GET /x' }), context)) as {
      statusCode: number;
      body: string;
    };
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body).error).toMatchObject({
      code: 'RESPONSE.TOO_LARGE',
      field: 'limit',
    });
  });

  it('returns a body just under it', async () => {
    const near = 'x'.repeat(LAMBDA_RESPONSE_LIMIT - 100);
    const res = (await answering(near)(event(), context)) as { statusCode: number; body: string };
    expect(res.statusCode).toBe(200);
    expect(res.body.length).toBeLessThanOrEqual(LAMBDA_RESPONSE_LIMIT);
    expect(LAMBDA_RESPONSE_LIMIT).toBeLessThan(6 * 1024 * 1024);
  });
});
