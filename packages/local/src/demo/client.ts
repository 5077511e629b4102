/**
 * The loader's HTTP client: JSON in and out, one bearer token per caller. The demo talks to
 * the server only through the API, like any department's or the office's own tools.
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

export const demoClient = (baseUrl: string, tokens: TokenSource): DemoClient => {
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
    const res = await fetch(new URL(path, baseUrl), {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    const type = res.headers.get('content-type') ?? '';
    return {
      status: res.status,
      body: (type.includes('json') && text ? JSON.parse(text) : text) as T,
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
