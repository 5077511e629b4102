import { Agent, request } from 'node:http';

/**
 * The loader's HTTP client: JSON in and out, one bearer token per caller. The demo talks to
 * the server only through the API, like any department's or the office's own tools. It uses
 * node's http with kept-alive connections rather than fetch, whose streams cost four times as
 * much CPU a request (measured: 590 against 155 µs), in the server's own process when the
 * server loads its demo; like fetch it follows a 303 to the answer's link.
 */
/** `witness` callers carry their witness id in `dept` (their group is `witness:<id>`). */
export type Caller = { role: 'office' } | { role: 'dept' | 'witness'; dept: string };

export type TokenSource = (caller: Caller) => Promise<string>;

export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
}

export class DemoRequestError extends Error {
  override readonly name = 'DemoRequestError';
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`${method} ${path} answered ${status}: ${JSON.stringify(body).slice(0, 600)}`);
  }
}

export interface DemoClient {
  /** any answer; the caller decides what a status means */
  send<T = unknown>(
    caller: Caller | undefined,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<ApiAnswer<T>>;
  /** a 2xx answer, or 409 when `conflictIsFine` (the thing exists: a re-run); else throws */
  call<T = unknown>(
    caller: Caller | undefined,
    method: string,
    path: string,
    body?: unknown,
    options?: { conflictIsFine?: boolean },
  ): Promise<ApiAnswer<T>>;
}

/** Redirects followed, as fetch follows them. */
const MAX_REDIRECTS = 5;

interface Raw {
  status: number;
  type: string;
  location?: string;
  text: string;
}

export const demoClient = (baseUrl: string, tokens: TokenSource): DemoClient => {
  const agent = new Agent({ keepAlive: true });
  const exchange = (url: URL, method: string, headers: Record<string, string>, body?: string) =>
    new Promise<Raw>((resolve, reject) => {
      const req = request(
        url,
        {
          method,
          agent,
          headers:
            body === undefined
              ? headers
              : { ...headers, 'content-length': `${Buffer.byteLength(body)}` },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              type: String(res.headers['content-type'] ?? ''),
              ...(res.headers.location ? { location: res.headers.location } : {}),
              text: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const cache = new Map<string, Promise<string>>();
  const tokenOf = (caller: Caller) => {
    const key = caller.role === 'office' ? 'office' : `${caller.role}:${caller.dept}`;
    let token = cache.get(key);
    if (!token) {
      token = tokens(caller);
      cache.set(key, token);
    }
    return token;
  };
  const send = async <T>(
    caller: Caller | undefined,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<ApiAnswer<T>> => {
    const headers: Record<string, string> = {};
    if (caller) headers.authorization = `Bearer ${await tokenOf(caller)}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let url = new URL(path, baseUrl);
    let res = await exchange(
      url,
      method,
      headers,
      body === undefined ? undefined : JSON.stringify(body),
    );
    // a large answer is a 303 to its link (docs/text-and-limits.md): fetched without the token,
    // as fetch would
    for (let hops = 0; res.status === 303 && res.location && hops < MAX_REDIRECTS; hops++) {
      url = new URL(res.location, url);
      res = await exchange(url, 'GET', {});
    }
    return {
      status: res.status,
      body: (res.type.includes('json') && res.text ? JSON.parse(res.text) : res.text) as T,
    };
  };
  return {
    send,
    call: async <T>(
      caller: Caller | undefined,
      method: string,
      path: string,
      body?: unknown,
      options: { conflictIsFine?: boolean } = {},
    ) => {
      const answer = await send<T>(caller, method, path, body);
      if (answer.status >= 200 && answer.status < 300) return answer;
      if (answer.status === 409 && options.conflictIsFine) return answer;
      throw new DemoRequestError(method, path, answer.status, answer.body);
    },
  };
};
