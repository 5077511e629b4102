import type { HttpEvent, LambdaContext } from '../../../../functions/src/http/middleware';

/** A Lambda context as the runtime hands one to a handler. */
export const context: LambdaContext = {
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

/** An API Gateway v2 event for `POST /x`, with JWT claims when given. */
export const event = (
  over: Partial<HttpEvent> = {},
  claims?: Record<string, string>,
): HttpEvent => ({
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
