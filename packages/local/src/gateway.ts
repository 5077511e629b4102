import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { LOCAL_BLOB_ROUTE, type LocalBlobLinks } from '@double-random/store';
import type {
  HttpEvent,
  HttpRequestContext,
  LambdaContext,
} from '../../../functions/src/http/middleware/types';
import type { TokenVerifier } from './identity';

/** A route as the gateway needs it; `RouteDefinition` from the functions package fits. */
export interface GatewayRoute {
  method: string;
  path: string;
  auth: 'public' | 'required';
  handler: (event: HttpEvent, context: LambdaContext) => Promise<unknown>;
}

export interface GatewayLog {
  info(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export interface GatewayOptions {
  routes: readonly GatewayRoute[];
  /** 0 picks a free port (tests) */
  port?: number;
  host?: string;
  /** checks bearer tokens; without one, every protected route answers 401 */
  verifier?: TokenVerifier;
  /** the reason a 401 gives in its body (`reason`), from the Authorization header */
  explainUnauthorized?: (authorization: string | undefined) => Promise<string>;
  /** serves files from here for GET/HEAD requests no route matches (the public page) */
  staticDir?: string;
  /** more static folders under a path prefix, e.g. `{ '/console/': dir }` (the staff console) */
  staticMounts?: Readonly<Record<`/${string}/`, string>>;
  /**
   * The answer folder and the links handlers give to the large answers in it:
   * `GET /blobs/<key>?…` serves a linked answer as S3 serves a presigned GET of the answers
   * bucket (not a Lambda route: S3 is not one either).
   */
  answers?: { dir: string; links: LocalBlobLinks };
  /** the integration timeout; API Gateway's HTTP API stops waiting after 30 s */
  timeoutMs?: number;
  /** request bodies above this are refused with 413 (HTTP API's payload limit is 10 MB) */
  maxBodyBytes?: number;
  log?: GatewayLog;
}

export interface Gateway {
  url: string;
  port: number;
  close(): Promise<void>;
}

const TEN_MB = 10 * 1024 * 1024;
const TIMED_OUT = Symbol('timed out');
const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ANY']);

type Segment =
  | { kind: 'literal'; value: string }
  | { kind: 'param'; name: string }
  | { kind: 'greedy'; name: string };

interface CompiledRoute {
  route: GatewayRoute;
  routeKey: string;
  segments: Segment[];
}

const compile = (route: GatewayRoute): CompiledRoute => {
  if (!METHODS.has(route.method))
    throw new Error(`route ${route.path}: unknown method ${route.method}`);
  if (!route.path.startsWith('/')) throw new Error(`route ${route.path}: a path starts with /`);
  const parts = route.path === '/' ? [] : route.path.slice(1).split('/');
  const segments = parts.map((part, i): Segment => {
    const greedy = /^\{([A-Za-z0-9_]+)\+\}$/.exec(part);
    if (greedy) {
      if (i !== parts.length - 1)
        throw new Error(`route ${route.path}: {${greedy[1]}+} must be last`);
      return { kind: 'greedy', name: greedy[1]! };
    }
    const param = /^\{([A-Za-z0-9_]+)\}$/.exec(part);
    if (param) return { kind: 'param', name: param[1]! };
    if (part.includes('{') || part.includes('}'))
      throw new Error(`route ${route.path}: a parameter takes a whole segment`);
    return { kind: 'literal', value: part };
  });
  return { route, routeKey: `${route.method} ${route.path}`, segments };
};

const RANK = { literal: 0, param: 1, greedy: 2 } as const;

/** API Gateway picks the most specific route: literal over {param} over {proxy+}, a method over ANY. */
const bySpecificity = (a: CompiledRoute, b: CompiledRoute): number => {
  const n = Math.max(a.segments.length, b.segments.length);
  for (let i = 0; i < n; i++) {
    const ra = a.segments[i] ? RANK[a.segments[i]!.kind] : -1;
    const rb = b.segments[i] ? RANK[b.segments[i]!.kind] : -1;
    if (ra !== rb) return ra - rb;
  }
  return (a.route.method === 'ANY' ? 1 : 0) - (b.route.method === 'ANY' ? 1 : 0);
};

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

const matchPath = (
  compiled: CompiledRoute,
  parts: string[],
): Record<string, string> | undefined => {
  const params: Record<string, string> = {};
  const { segments } = compiled;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const part = parts[i];
    if (segment.kind === 'greedy') {
      const rest = parts.slice(i);
      if (rest.length === 0 || rest.join('/') === '') return undefined;
      params[segment.name] = decode(rest.join('/'));
      return params;
    }
    if (part === undefined || part === '') return undefined;
    if (segment.kind === 'literal' && segment.value !== part) return undefined;
    if (segment.kind === 'param') params[segment.name] = decode(part);
  }
  return parts.length === segments.length ? params : undefined;
};

// Content types API Gateway hands to Lambda as text; everything else arrives base64-encoded.
const isTextType = (contentType: string | undefined): boolean => {
  if (!contentType) return false;
  const [type = '', ...params] = contentType.toLowerCase().split(';');
  const charset = params.map((p) => p.trim()).find((p) => p.startsWith('charset='));
  if (charset && !/^charset="?utf-?8"?$/.test(charset)) return false;
  const t = type.trim();
  return (
    t.startsWith('text/') ||
    /^application\/([\w.+-]+\+)?(json|xml)$/.test(t) ||
    t === 'application/javascript' ||
    t === 'application/x-www-form-urlencoded'
  );
};

const utf8 = new TextDecoder('utf-8', { fatal: true });
const asUtf8 = (bytes: Buffer): string | undefined => {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number): string => String(n).padStart(2, '0');
/** `26/Nov/2026:12:03:58 +0000`, the format of requestContext.time */
const clfTime = (d: Date): string =>
  `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;

/** The HTTP API authorizer passes every claim as a string, arrays as `[a b]`. */
const flattenClaims = (claims: Record<string, unknown>): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(claims)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) out[name] = `[${value.map(String).join(' ')}]`;
    else if (typeof value === 'object') out[name] = JSON.stringify(value);
    else out[name] = String(value);
  }
  return out;
};

/** The token of an `Authorization: Bearer <token>` header; a bare token is no bearer token. */
const bearer = (header: string | undefined): string | undefined =>
  header ? /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1] : undefined;

class BodyTooLarge extends Error {}

const readBody = (req: IncomingMessage, limit: number): Promise<Buffer> =>
  new Promise((resolvePromise, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    let size = 0;
    let tooLarge = declared > limit;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      // Keep draining an oversized body so the client reads the 413 instead of a reset,
      // but give up on clients that keep sending far beyond the limit.
      if (tooLarge) {
        chunks.length = 0;
        if (size > limit * 4) req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () =>
      tooLarge ? reject(new BodyTooLarge()) : resolvePromise(Buffer.concat(chunks)),
    );
    req.on('error', reject);
  });

const STATIC_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

const silentUnlessEnabled = (): GatewayLog => {
  const write = (level: string, msg: string, fields?: Record<string, unknown>) => {
    const wanted = (process.env.LOG_LEVEL ?? 'info').toLowerCase();
    if (wanted === 'silent' || (level === 'info' && (wanted === 'warn' || wanted === 'error')))
      return;
    const line = JSON.stringify({ level, time: new Date().toISOString(), msg, ...fields });
    if (level === 'error') console.error(line);
    else console.log(line);
  };
  return { info: (m, f) => write('info', m, f), error: (m, f) => write('error', m, f) };
};

/**
 * A local stand-in for API Gateway's HTTP API: matches the route table, authorises with
 * the local JWT verifier, turns each request into a payload-2.0 event for the same Lambda
 * handlers, and writes their result back. Each request builds its own event and context,
 * so requests run concurrently without sharing state.
 */
export const startGateway = async (options: GatewayOptions): Promise<Gateway> => {
  const compiled = options.routes.map(compile).sort(bySpecificity);
  const host = options.host ?? '127.0.0.1';
  const limit = options.maxBodyBytes ?? TEN_MB;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const log = options.log ?? silentUnlessEnabled();
  const staticRoot = options.staticDir ? resolve(options.staticDir) : undefined;

  const send = (
    res: ServerResponse,
    status: number,
    body: string | Buffer,
    headers: Record<string, string | string[]> = {},
  ) => {
    if (res.headersSent) return;
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(body);
  };
  const message = (
    res: ServerResponse,
    status: number,
    text: string,
    headers?: Record<string, string>,
  ) => send(res, status, JSON.stringify({ message: text }), headers);

  const serveStatic = async (
    res: ServerResponse,
    method: string,
    pathname: string,
  ): Promise<boolean> => {
    if (method !== 'GET' && method !== 'HEAD') return false;
    const mount = Object.entries(options.staticMounts ?? {}).find(([prefix]) =>
      `${pathname}/`.startsWith(prefix),
    );
    const root = mount ? resolve(mount[1]) : staticRoot;
    if (!root) return false;
    // `/console` without its slash: relative asset paths need the folder's address
    if (mount && pathname === mount[0].slice(0, -1)) {
      res.writeHead(308, { location: mount[0] });
      res.end();
      return true;
    }
    const rest = mount ? pathname.slice(mount[0].length - 1) : pathname;
    let file = resolve(root, `.${decode(rest)}`);
    if (file !== root && !file.startsWith(root + sep)) return false;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const content = await readFile(file);
      res.writeHead(200, {
        'content-type': STATIC_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': content.length,
        'cache-control': 'no-cache',
      });
      res.end(method === 'HEAD' ? undefined : content);
      return true;
    } catch {
      return false;
    }
  };

  /**
   * A linked blob, as S3 answers a presigned GET: 403 for a link that was not given out or
   * has expired, 404 when the blob is gone, else its bytes with the headers signed into the
   * link. The bytes are hashed against their address first, as the blob store reads them.
   */
  const serveBlob = async (
    res: ServerResponse,
    method: string,
    rawPath: string,
    rawQuery: string,
  ): Promise<number> => {
    const answers = options.answers!;
    const link = answers.links.check(rawPath, new URLSearchParams(rawQuery));
    if (!link.ok) {
      const reason = link.reason === 'expired' ? 'Request has expired' : 'Access Denied';
      send(res, 403, JSON.stringify({ message: reason, code: 'AccessDenied' }));
      return 403;
    }
    let content: Buffer;
    try {
      content = await readFile(join(answers.dir, link.key));
    } catch {
      send(res, 404, JSON.stringify({ message: 'The specified key does not exist.' }));
      return 404;
    }
    if (createHash('sha256').update(content).digest('hex') !== link.sha256) {
      message(res, 500, 'Internal Server Error');
      return 500;
    }
    res.writeHead(200, {
      'content-type': link.headers.contentType,
      ...(link.headers.disposition ? { 'content-disposition': link.headers.disposition } : {}),
      'content-length': content.length,
    });
    res.end(method === 'HEAD' ? undefined : content);
    return 200;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    const requestId = randomBytes(10).toString('base64').replace(/=+$/, '=');
    res.setHeader('apigw-requestid', requestId);
    const method = (req.method ?? 'GET').toUpperCase();
    const target = req.url ?? '/';
    const q = target.indexOf('?');
    const rawPath = (q === -1 ? target : target.slice(0, q)).split('#')[0] ?? '/';
    const rawQueryString = q === -1 ? '' : (target.slice(q + 1).split('#')[0] ?? '');
    const parts = rawPath === '/' ? [] : rawPath.slice(1).split('/');

    let matched: { compiled: CompiledRoute; params: Record<string, string> } | undefined;
    for (const c of compiled) {
      if (c.route.method !== method && c.route.method !== 'ANY') continue;
      const params = matchPath(c, parts);
      if (params) {
        matched = { compiled: c, params };
        break;
      }
    }

    let status = 0;
    try {
      if (
        !matched &&
        options.answers &&
        (method === 'GET' || method === 'HEAD') &&
        rawPath.startsWith(LOCAL_BLOB_ROUTE)
      ) {
        status = await serveBlob(res, method, rawPath, rawQueryString);
        return;
      }
      if (!matched) {
        if (!(await serveStatic(res, method, rawPath))) message(res, 404, 'Not Found');
        status = res.statusCode;
        return;
      }
      const { route, routeKey } = matched.compiled;

      // Public routes have no authorizer in AWS: a token neither helps nor hurts there, and
      // its claims never reach the handler, so a public answer is the same for everyone.
      const token = route.auth === 'required' ? bearer(req.headers.authorization) : undefined;
      const verified = token && options.verifier ? await options.verifier(token) : undefined;
      if (route.auth === 'required' && !verified) {
        req.resume();
        status = 401;
        // AWS answers a bare {"message":"Unauthorized"}; locally the reason helps more
        const reason = await options.explainUnauthorized?.(req.headers.authorization);
        send(
          res,
          401,
          JSON.stringify(
            reason ? { message: 'Unauthorized', reason } : { message: 'Unauthorized' },
          ),
          {
            'www-authenticate': req.headers.authorization
              ? 'Bearer error="invalid_token"'
              : 'Bearer',
          },
        );
        return;
      }

      let bytes: Buffer;
      try {
        bytes = await readBody(req, limit);
      } catch (error) {
        if (!(error instanceof BodyTooLarge)) throw error;
        status = 413;
        message(res, 413, 'Request Entity Too Large', { connection: 'close' });
        return;
      }

      const headers: Record<string, string> = {};
      for (const [name, values] of Object.entries(req.headersDistinct)) {
        if (name === 'cookie' || !values) continue;
        headers[name] = values.join(',');
      }
      const cookies = (req.headers.cookie ?? '')
        .split(';')
        .map((c) => c.trim())
        .filter(Boolean);

      const queryStringParameters: Record<string, string> = {};
      for (const [name, value] of new URLSearchParams(rawQueryString)) {
        queryStringParameters[name] =
          name in queryStringParameters ? `${queryStringParameters[name]},${value}` : value;
      }

      const now = new Date();
      const domainName = headers.host ?? host;
      const requestContext: HttpRequestContext = {
        accountId: '000000000000',
        apiId: 'local',
        domainName,
        domainPrefix: domainName.split('.')[0] ?? domainName,
        http: {
          method,
          path: rawPath,
          protocol: `HTTP/${req.httpVersion}`,
          sourceIp: (req.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, ''),
          userAgent: headers['user-agent'] ?? '',
        },
        requestId,
        routeKey,
        stage: '$default',
        time: clfTime(now),
        timeEpoch: now.getTime(),
      };
      if (verified) {
        requestContext.authorizer = {
          jwt: {
            claims: flattenClaims(verified.claims),
            scopes: verified.scopes ?? null,
          },
        };
      }

      const event: HttpEvent = {
        version: '2.0',
        routeKey,
        rawPath,
        rawQueryString,
        headers,
        requestContext,
        isBase64Encoded: false,
      };
      if (cookies.length > 0) event.cookies = cookies;
      if (Object.keys(queryStringParameters).length > 0)
        event.queryStringParameters = queryStringParameters;
      if (Object.keys(matched.params).length > 0) event.pathParameters = matched.params;
      if (bytes.length > 0) {
        const text = isTextType(headers['content-type']) ? asUtf8(bytes) : undefined;
        if (text !== undefined) event.body = text;
        else {
          event.body = bytes.toString('base64');
          event.isBase64Encoded = true;
        }
      }

      const deadline = Date.now() + timeoutMs;
      const functionName = `local-${route.method}-${route.path}`.replace(/[^A-Za-z0-9_-]+/g, '-');
      const context: LambdaContext = {
        awsRequestId: randomUUID(),
        functionName,
        functionVersion: '$LATEST',
        invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
        memoryLimitInMB: '1024',
        logGroupName: `/aws/lambda/${functionName}`,
        logStreamName: 'local',
        callbackWaitsForEmptyEventLoop: true,
        getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
      };

      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<typeof TIMED_OUT>((r) => {
        timer = setTimeout(() => r(TIMED_OUT), timeoutMs);
      });
      let result: unknown;
      try {
        result = await Promise.race([route.handler(event, context), timedOut]);
      } catch (error) {
        log.error('handler failed', {
          requestId,
          routeKey,
          errorMessage: error instanceof Error ? error.message : String(error),
          stack: error instanceof Error ? error.stack : undefined,
        });
        status = 500;
        message(res, 500, 'Internal Server Error');
        return;
      } finally {
        clearTimeout(timer);
      }
      if (result === TIMED_OUT) {
        status = 503;
        message(res, 503, 'Service Unavailable');
        return;
      }
      status = writeResult(res, result, method);
    } catch (error) {
      log.error('gateway failed', {
        requestId,
        errorMessage: error instanceof Error ? error.message : String(error),
      });
      status = 500;
      message(res, 500, 'Internal Server Error');
    } finally {
      log.info('gateway', {
        requestId,
        method,
        path: rawPath,
        route: matched?.compiled.routeKey,
        status: status || res.statusCode,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      });
    }
  };

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3000, host, () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolvePromise, reject) => {
        server.close((error) => (error ? reject(error) : resolvePromise()));
        server.closeAllConnections();
      }),
  };
};

/**
 * Writes a payload-2.0 Lambda result the way API Gateway does: a result with `statusCode`
 * is taken as a response; anything else is a 200 JSON body.
 */
const writeResult = (res: ServerResponse, result: unknown, method: string): number => {
  if (result === null || typeof result !== 'object' || !('statusCode' in result)) {
    const body = typeof result === 'string' ? result : JSON.stringify(result ?? null);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(method === 'HEAD' ? undefined : body);
    return 200;
  }
  const r = result as {
    statusCode: unknown;
    headers?: Record<string, unknown>;
    body?: unknown;
    isBase64Encoded?: boolean;
    cookies?: unknown;
  };
  if (
    typeof r.statusCode !== 'number' ||
    !Number.isInteger(r.statusCode) ||
    r.statusCode < 100 ||
    r.statusCode > 599
  ) {
    res.writeHead(500, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ message: 'Internal Server Error' }));
    return 500;
  }
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(r.headers ?? {})) {
    if (value !== undefined && value !== null) headers[name.toLowerCase()] = String(value);
  }
  if (Array.isArray(r.cookies) && r.cookies.length > 0)
    headers['set-cookie'] = r.cookies.map(String);
  const body =
    typeof r.body === 'string'
      ? r.isBase64Encoded
        ? Buffer.from(r.body, 'base64')
        : Buffer.from(r.body, 'utf8')
      : undefined;
  res.writeHead(r.statusCode, headers);
  res.end(method === 'HEAD' ? undefined : body);
  return r.statusCode;
};
