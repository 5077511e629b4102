import { UnauthorisedError } from '@double-random/domain';
import middy from '@middy/core';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import type { z } from 'zod';
import { powertoolsMiddlewares } from '../../observability';
import type { Access } from './access';
import { type Actor, actorFromEvent } from './claims';
import { type FieldIssue, JSON_CONTENT_TYPE, mapError, RequestError } from './errors';
import { logger as defaultLogger, type Logger } from './logger';
import type { AuthMode, HttpEvent, HttpEventHandler, HttpResult, LambdaContext } from './types';
import { issuesToFields, type RequestPart } from './validation';

type Schema = z.ZodType;
type Params = Record<string, string | undefined>;
type Parsed<S, Otherwise> = S extends Schema ? z.output<S> : Otherwise;

/** What a handler receives: the request already parsed, validated and authenticated. */
export interface HttpRequest<Body, Query, Path, A extends AuthMode> {
  body: Body;
  query: Query;
  path: Path;
  /** present whenever a verified token came with the request; always present when auth is 'required' */
  actor: A extends 'required' ? Actor : Actor | undefined;
  headers: HttpEvent['headers'];
  requestId: string;
  log: Logger;
  event: HttpEvent;
  context: LambdaContext;
}

/** What a handler returns; the stack turns it into the API Gateway result. */
export interface HttpReply {
  statusCode?: number;
  /** a value sent as JSON; or a string / bytes sent as they are with the given content-type */
  body?: unknown;
  headers?: Record<string, string>;
  cookies?: string[];
}

export const ok = (body: unknown, headers?: Record<string, string>): HttpReply => ({
  statusCode: 200,
  body,
  ...(headers ? { headers } : {}),
});
export const created = (body: unknown, location?: string): HttpReply => ({
  statusCode: 201,
  body,
  ...(location ? { headers: { location } } : {}),
});
export const noContent = (): HttpReply => ({ statusCode: 204 });
/**
 * 303 See Other: the answer is at `location` (a short-lived link to a stored blob); clients
 * follow it with a GET, as fetch, browsers and `curl -L` do. Never cached: the link expires.
 */
export const seeOther = (location: string): HttpReply => ({
  statusCode: 303,
  headers: { location, 'cache-control': 'no-store' },
});

interface CommonOptions<Q, P, A extends AuthMode> {
  auth: A;
  /**
   * Who may call, from the token and the raw path parameters: checked right after
   * authentication, so a refused caller gets 403 before the body is parsed or validated.
   */
  access?: A extends 'required' ? Access : never;
  query?: Q;
  path?: P;
  logger?: Logger;
}

export interface JsonHttpOptions<B, Q, P, A extends AuthMode> extends CommonOptions<Q, P, A> {
  body?: B;
  rawBody?: false;
  handler: (
    request: HttpRequest<Parsed<B, undefined>, Parsed<Q, Params>, Parsed<P, Params>, A>,
  ) => Promise<HttpReply>;
}

export interface RawHttpOptions<Q, P, A extends AuthMode> extends CommonOptions<Q, P, A> {
  /** the body is handed over as bytes (base64-decoded when needed), e.g. CSV in any encoding */
  rawBody: true;
  body?: never;
  /** accepted media types (without parameters); any when omitted */
  accept?: readonly string[];
  handler: (
    request: HttpRequest<Uint8Array, Parsed<Q, Params>, Parsed<P, Params>, A>,
  ) => Promise<HttpReply>;
}

interface Input {
  body: unknown;
  query: unknown;
  path: unknown;
  actor: Actor | undefined;
  requestId: string;
}

interface State {
  started: number;
  requestId: string;
  body?: unknown;
  actor?: Actor;
}

type MiddyRequest = middy.Request<HttpEvent, HttpResult, Error, LambdaContext, { state?: State }>;

const mediaType = (event: HttpEvent): string | undefined =>
  event.headers['content-type']?.split(';')[0]?.trim().toLowerCase();

const stateOf = (request: MiddyRequest): State => {
  if (!request.internal.state) {
    const requestId =
      request.event.requestContext?.requestId ?? request.context?.awsRequestId ?? '';
    request.internal.state = { started: performance.now(), requestId };
  }
  return request.internal.state;
};

const requestLogging = (log: Logger): middy.MiddlewareObj<HttpEvent, HttpResult> => {
  const done = (request: MiddyRequest) => {
    const state = stateOf(request);
    const params = request.event.pathParameters;
    log.info('request', {
      requestId: state.requestId,
      // the request's correlation id, and the task's where the route names one
      correlationId: state.requestId,
      taskId:
        params?.taskId ?? (request.event.rawPath?.startsWith('/tasks/') ? params?.id : undefined),
      awsRequestId: request.context?.awsRequestId,
      route: request.event.routeKey,
      path: request.event.rawPath,
      status: request.response?.statusCode,
      durationMs: Math.round((performance.now() - state.started) * 10) / 10,
      sub: state.actor?.sub,
    });
  };
  return {
    before: (request) => {
      stateOf(request as MiddyRequest);
    },
    after: (request) => done(request as MiddyRequest),
    onError: (request) => done(request as MiddyRequest),
  };
};

const errorMapping = (log: Logger): middy.MiddlewareObj<HttpEvent, HttpResult> => ({
  onError: (request) => {
    const r = request as MiddyRequest;
    r.response = mapError(r.error, log, stateOf(r).requestId);
  },
});

const authentication = (
  mode: AuthMode,
  access: Access | undefined,
): middy.MiddlewareObj<HttpEvent, HttpResult> => ({
  before: (request) => {
    const state = stateOf(request as MiddyRequest);
    const actor = actorFromEvent(request.event);
    // The gateway (JWT authorizer) refuses unauthenticated calls to protected routes;
    // this repeats the check so a misconfigured route cannot reach a use case anonymously.
    if (!actor && mode === 'required')
      throw new UnauthorisedError('AUTH.REQUIRED', 'this route needs a valid bearer token', {
        rule: 'authentication required',
      });
    if (actor) state.actor = actor;
    if (access && actor) access(actor, request.event.pathParameters ?? {});
  },
});

const jsonParser = httpJsonBodyParser();

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A body that is not valid UTF-8 arrives base64-encoded; decoding it loosely would turn the
 * bad bytes into U+FFFD and store text nobody sent. Refused instead.
 */
const utf8Body = (event: HttpEvent): string | undefined => {
  if (event.body === undefined || !event.isBase64Encoded) return event.body;
  const bytes = Buffer.from(event.body, 'base64');
  try {
    return strictUtf8.decode(bytes);
  } catch (error) {
    throw new RequestError(
      400,
      'REQUEST.INVALID_UTF8',
      'the body is not valid UTF-8: send text as UTF-8',
      [{ field: 'body', rule: 'text is UTF-8' }],
      { cause: error },
    );
  }
};

const parseJson = async (event: HttpEvent): Promise<unknown> => {
  if (event.body === undefined || event.body === '') return undefined;
  const text = utf8Body(event);
  if (event.isBase64Encoded) event = { ...event, body: text ?? '', isBase64Encoded: false };
  // Parse a copy so the event keeps its original string body for logging and reuse.
  const shadow = {
    event: { headers: event.headers, body: event.body, isBase64Encoded: event.isBase64Encoded },
  };
  try {
    await jsonParser.before?.(shadow as never);
  } catch (error) {
    if ((error as Error).message === 'Unsupported Media Type')
      throw new RequestError(
        415,
        'REQUEST.UNSUPPORTED_MEDIA_TYPE',
        `the body must be JSON sent with content-type application/json (got ${mediaType(event) ?? 'no content-type'})`,
        [],
        { cause: error },
      );
    const detail = ((error as Error).cause as { message?: string } | undefined)?.message;
    throw new RequestError(
      400,
      'REQUEST.MALFORMED_JSON',
      `the body is not valid JSON${detail ? `: ${detail}` : ''}`,
      [],
      { cause: error },
    );
  }
  return shadow.event.body;
};

const bodyParsing = (
  mode: 'json' | 'raw' | 'none',
  accept: readonly string[] | undefined,
): middy.MiddlewareObj<HttpEvent, HttpResult> => ({
  before: async (request) => {
    const state = stateOf(request as MiddyRequest);
    const event = request.event;
    if (mode === 'none') return;
    if (mode === 'json') {
      state.body = await parseJson(event);
      return;
    }
    const type = mediaType(event);
    if (accept && event.body !== undefined && (!type || !accept.includes(type)))
      throw new RequestError(
        415,
        'REQUEST.UNSUPPORTED_MEDIA_TYPE',
        `the body must be sent as one of ${accept.join(', ')} (got ${type ?? 'no content-type'})`,
      );
    state.body =
      event.body === undefined
        ? new Uint8Array(0)
        : Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8');
  },
});

const validating = async (
  part: RequestPart,
  schema: Schema | undefined,
  value: unknown,
  issues: FieldIssue[],
): Promise<unknown> => {
  if (!schema) return value;
  const result = await schema.safeParseAsync(value);
  if (result.success) return result.data;
  issues.push(...issuesToFields(part, result.error.issues));
  return undefined;
};

const inputs = new WeakMap<HttpEvent, Input>();

const validation = (schemas: {
  body: Schema | undefined;
  query: Schema | undefined;
  path: Schema | undefined;
}): middy.MiddlewareObj<HttpEvent, HttpResult> => ({
  before: async (request) => {
    const state = stateOf(request as MiddyRequest);
    const event = request.event;
    const issues: FieldIssue[] = [];
    const path = await validating('path', schemas.path, event.pathParameters ?? {}, issues);
    const query = await validating(
      'query',
      schemas.query,
      event.queryStringParameters ?? {},
      issues,
    );
    const body = await validating('body', schemas.body, state.body, issues);
    if (issues.length > 0) {
      const first = issues[0]!;
      throw new RequestError(
        400,
        'REQUEST.INVALID',
        `the request is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}): ${first.field}: ${first.rule}`,
        issues,
      );
    }
    inputs.set(event, { body, query, path, actor: state.actor, requestId: state.requestId });
  },
});

/**
 * Lambda returns at most 6 MB to API Gateway (body, headers and envelope); above it the
 * caller gets a bare 500 in AWS. Routes whose answers grow with the district page them or
 * send large ones by link (`functions/src/http/answers.ts`), so this is the last guard:
 * refusing here, the same way locally and in AWS, tells the caller to ask for less.
 */
export const LAMBDA_RESPONSE_LIMIT = 6 * 1024 * 1024 - 64 * 1024;

const withinLambdaLimit = (result: HttpResult): HttpResult => {
  const size = Buffer.byteLength(result.body ?? '', 'utf8');
  if (size <= LAMBDA_RESPONSE_LIMIT) return result;
  throw new RequestError(
    400,
    'RESPONSE.TOO_LARGE',
    `the answer would be ${(size / 1024 / 1024).toFixed(1)} MB, above the 6 MB an API function may return: ask for fewer rows (limit) or a narrower range`,
    [{ field: 'limit', rule: 'an answer stays under 6 MB' }],
  );
};

const toResult = (reply: HttpReply): HttpResult => {
  const statusCode = reply.statusCode ?? 200;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(reply.headers ?? {}))
    headers[name.toLowerCase()] = value;
  const result: HttpResult = { statusCode, headers };
  if (reply.cookies?.length) result.cookies = reply.cookies;
  const { body } = reply;
  if (body === undefined || statusCode === 204 || statusCode === 304) return result;
  if (body instanceof Uint8Array) {
    headers['content-type'] ??= 'application/octet-stream';
    result.body = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('base64');
    result.isBase64Encoded = true;
  } else if (typeof body === 'string' && headers['content-type']) {
    result.body = body;
  } else {
    headers['content-type'] = JSON_CONTENT_TYPE;
    result.body = JSON.stringify(body);
  }
  return result;
};

/**
 * The one HTTP middleware stack. Order matters: logging wraps everything, the error mapper
 * turns any throw (from any middleware or the handler) into a response, then the request
 * is authenticated and its caller's access checked (401 / 403 whatever was sent), its body
 * parsed, its parts validated, and only then the handler runs.
 */
export function httpHandler<
  B extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
  A extends AuthMode = AuthMode,
>(options: JsonHttpOptions<B, Q, P, A>): HttpEventHandler;
export function httpHandler<
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
  A extends AuthMode = AuthMode,
>(options: RawHttpOptions<Q, P, A>): HttpEventHandler;
export function httpHandler(
  options:
    | JsonHttpOptions<Schema, Schema, Schema, AuthMode>
    | RawHttpOptions<Schema, Schema, AuthMode>,
): HttpEventHandler {
  const log = options.logger ?? defaultLogger;
  if (options.access && options.auth !== 'required')
    throw new Error('a public route has no access rule: it answers everyone alike');
  const raw = options.rawBody === true;
  const bodyMode = raw ? 'raw' : options.body ? 'json' : 'none';
  const accept = options.rawBody === true ? options.accept : undefined;
  const handle = options.handler as (
    request: HttpRequest<unknown, unknown, unknown, AuthMode>,
  ) => Promise<HttpReply>;

  // timeoutEarly is off: middy shares one AbortController across invocations, so in the
  // local gateway (many requests in one process) one slow request would abort the others.
  const stack = middy<HttpEvent, HttpResult, Error, LambdaContext>({ timeoutEarlyInMillis: 0 })
    .use(powertoolsMiddlewares() as middy.MiddlewareObj<HttpEvent, HttpResult>[])
    .use(requestLogging(log))
    .use(errorMapping(log))
    .use(authentication(options.auth, options.access))
    .use(bodyParsing(bodyMode, accept))
    .use(
      validation({
        body: raw ? undefined : options.body,
        query: options.query,
        path: options.path,
      }),
    )
    .handler(async (event: HttpEvent, context: LambdaContext) => {
      const input = inputs.get(event);
      if (!input) throw new Error('validated input missing: the middleware stack did not run');
      inputs.delete(event);
      const reply = await handle({
        body: input.body,
        query: input.query,
        path: input.path,
        actor: input.actor,
        headers: event.headers,
        requestId: input.requestId,
        log,
        event,
        context,
      });
      return withinLambdaLimit(toResult(reply));
    });
  return stack as unknown as HttpEventHandler;
}
