/**
 * The slice of the API Gateway HTTP API (payload format 2.0) contract the handlers use.
 * Declared here rather than taken from `@types/aws-lambda` so the local gateway and the
 * handlers share one definition without an extra dependency; field names and optionality
 * follow the AWS payload exactly, so real Lambda events satisfy it.
 */
export interface HttpEvent {
  version: '2.0';
  routeKey: string;
  rawPath: string;
  rawQueryString: string;
  cookies?: string[];
  headers: Record<string, string | undefined>;
  queryStringParameters?: Record<string, string | undefined>;
  pathParameters?: Record<string, string | undefined>;
  stageVariables?: Record<string, string | undefined>;
  body?: string;
  isBase64Encoded: boolean;
  requestContext: HttpRequestContext;
}

export interface HttpRequestContext {
  accountId: string;
  apiId: string;
  domainName: string;
  domainPrefix: string;
  http: {
    method: string;
    path: string;
    protocol: string;
    sourceIp: string;
    userAgent: string;
  };
  requestId: string;
  routeKey: string;
  stage: string;
  time: string;
  timeEpoch: number;
  authorizer?: {
    jwt?: {
      /** AWS passes every claim as a string; arrays arrive flattened as `[a b]`. */
      claims: Record<string, string | number | boolean | string[] | undefined>;
      scopes?: string[] | null;
    };
  };
}

export interface HttpResult {
  statusCode: number;
  headers?: Record<string, string | number | boolean>;
  body?: string;
  isBase64Encoded?: boolean;
  cookies?: string[];
}

/** The fields of the Lambda context the stack reads; the real context has more. */
export interface LambdaContext {
  awsRequestId: string;
  functionName: string;
  functionVersion: string;
  invokedFunctionArn: string;
  memoryLimitInMB: string;
  logGroupName: string;
  logStreamName: string;
  callbackWaitsForEmptyEventLoop: boolean;
  getRemainingTimeInMillis(): number;
}

export type HttpEventHandler = (event: HttpEvent, context: LambdaContext) => Promise<HttpResult>;

export type AuthMode = 'public' | 'required';
