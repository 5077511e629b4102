import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '../api/openapi.gen';

/** The API as its OpenAPI document types it; every call of the console goes through it. */
export type Api = ReturnType<typeof createClient<paths>>;
export type { paths };

/** A refusal as the API answers it: the code, the readable message, the field it names. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly rule?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** `body.tasks.0.strata` → `tasks.0.strata`: the field as a form names its input. */
export const fieldName = (field: string | undefined): string | undefined =>
  field?.replace(/^(body|query|path)\./, '');

const GATEWAY_MESSAGES: Record<number, string> = {
  401: '登录已失效或令牌无效，请重新登录',
  403: '无权进行此操作',
  404: '未找到',
  413: '请求过大（上限 10 MB），请分批提交',
  503: '服务暂不可用，请稍后重试',
};

/** The error of an answer: the API's own body when it has one, else the gateway's status. */
export const errorOf = (status: number, body: unknown): ApiError => {
  const e = (body as { error?: Record<string, unknown> } | undefined)?.error;
  if (e && typeof e.message === 'string')
    return new ApiError(
      status,
      String(e.code ?? 'ERROR'),
      e.message,
      fieldName(typeof e.field === 'string' ? e.field : undefined),
      typeof e.rule === 'string' ? e.rule : undefined,
      (e.details as Record<string, unknown> | undefined) ?? undefined,
    );
  const gateway = (body as { message?: unknown } | undefined)?.message;
  return new ApiError(
    status,
    `HTTP.${status}`,
    GATEWAY_MESSAGES[status] ?? (typeof gateway === 'string' ? gateway : `请求失败（${status}）`),
  );
};

/** Unwraps an openapi-fetch answer: its data, or the API's refusal thrown as an ApiError. */
export const must = async <T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> => {
  const { data, error, response } = await call;
  if (!response.ok) throw errorOf(response.status, error);
  return data as T;
};

/**
 * A task's detail with every assignment and result: the detail holds the first thousand of
 * each, a larger draw's others follow by their cursors (docs/text-and-limits.md).
 */
export const wholeTaskDetail = async (api: Api, taskId: string) => {
  const d = await must(api.GET('/tasks/{taskId}/detail', { params: { path: { taskId } } }));
  for (let cursor = d.assignmentsCursor; cursor; ) {
    const page = await must(
      api.GET('/tasks/{taskId}/assignments', { params: { path: { taskId }, query: { cursor } } }),
    );
    d.assignments.push(...page.items);
    cursor = page.cursor;
  }
  for (let cursor = d.resultsCursor; cursor; ) {
    const page = await must(
      api.GET('/tasks/{taskId}/results', { params: { path: { taskId }, query: { cursor } } }),
    );
    d.results.push(...page.items);
    cursor = page.cursor;
  }
  return d;
};

/** A client that sends the signed-in user's token with every request. */
export const apiClient = (baseUrl: string, token: () => string | undefined): Api => {
  const client = createClient<paths>({ baseUrl });
  const auth: Middleware = {
    onRequest({ request }) {
      const t = token();
      if (t) request.headers.set('authorization', `Bearer ${t}`);
      return request;
    },
  };
  client.use(auth);
  return client;
};

/** A raw body (CSV) to an import route, through the same client and its token. */
export const postText = async (
  baseUrl: string,
  token: string | undefined,
  path: string,
  body: string,
  contentType = 'text/csv; charset=utf-8',
): Promise<unknown> => {
  const res = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body,
  });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!res.ok) throw errorOf(res.status, parsed);
  return parsed;
};
