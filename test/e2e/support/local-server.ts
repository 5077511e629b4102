import type { Clock } from '@double-random/domain';
import type { LocalRole } from '@double-random/local';
import { type LocalServer, startLocalServer } from '../../../packages/local/src/server';

/** What `JSON.parse` gives: a test reads the answer's fields as the API documents them. */
export type ParsedJson = ReturnType<typeof JSON.parse>;

export interface ApiResponse<T = ParsedJson> {
  status: number;
  headers: Headers;
  body: T;
}

export interface TestServer {
  url: string;
  server: LocalServer;
  /** a bearer token for a role: `tokenFor('dept', 'SCJG')`, `tokenFor('inspector', 'SCJG', 'P0042')` */
  tokenFor(role: LocalRole, dept?: string, sub?: string): Promise<string>;
  /** one HTTP request; a non-string body is sent as JSON, JSON answers are parsed */
  request<T = ParsedJson>(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<ApiResponse<T>>;
  /**
   * The 执法证 numbers a team shows (《行政处罚法》第55条), read from its department's
   * directory: what a result sent to POST /tasks/{id}/results carries as `certificatesShown`.
   */
  certificatesOf(dept: string, team: readonly string[]): Promise<string[]>;
  close(): Promise<void>;
}

/** The whole API over real HTTP on a free port, with dynalite in memory: one per test file. */
export const startTestServer = async (
  options: { clock?: Clock; answerInlineLimit?: number } = {},
): Promise<TestServer> => {
  process.env.LOG_LEVEL ??= 'silent';
  const server = await startLocalServer({
    port: 0,
    log: { info: () => {}, error: () => {} },
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.answerInlineLimit !== undefined
      ? { answerInlineLimit: options.answerInlineLimit }
      : {}),
  });
  const tokens = new Map<string, Promise<string>>();
  const tokenFor = (role: LocalRole, dept?: string, sub?: string) => {
    const key = `${role}|${dept ?? ''}|${sub ?? ''}`;
    let token = tokens.get(key);
    if (!token) {
      token = server.issueToken({
        role,
        ...(dept ? { dept } : {}),
        ...(sub ? { sub } : {}),
      });
      tokens.set(key, token);
    }
    return token;
  };
  const request = async <T>(
    method: string,
    path: string,
    options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse<T>> => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: BodyInit | undefined;
    if (typeof options.body === 'string' || options.body instanceof Uint8Array)
      body = options.body as BodyInit;
    else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(`${server.url}${path}`, { method, headers, body });
    const text = await res.text();
    const type = res.headers.get('content-type') ?? '';
    return {
      status: res.status,
      headers: res.headers,
      body: (type.includes('json') && text ? JSON.parse(text) : text) as T,
    };
  };
  const certificatesOf = async (dept: string, team: readonly string[]) => {
    const token = await tokenFor('dept', dept);
    const out: string[] = [];
    for (const id of team) {
      const path = `/departments/${dept}/inspectors/${encodeURIComponent(id)}`;
      const res = await request<{ certificateNo?: string }>('GET', path, { token });
      if (res.status !== 200) throw new Error(`GET ${path}: ${res.status}`);
      if (res.body.certificateNo) out.push(res.body.certificateNo);
    }
    return out;
  };
  return {
    url: server.url,
    server,
    tokenFor,
    request,
    certificatesOf,
    close: () => server.close(),
  };
};
