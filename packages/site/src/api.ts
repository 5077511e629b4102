import type {
  DistrictPlan,
  InspectionItem,
  Page,
  PublicPlan,
  PublicResult,
  PublicTask,
  PublicTaskSummary,
  TargetResults,
} from './types';

/** A refusal or failure of the public API, with the API's error code when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface PublicApi {
  base: string;
  districtPlan(year: number): Promise<DistrictPlan | undefined>;
  plans(year: number, cursor?: string): Promise<Page<PublicPlan>>;
  tasks(year: number, cursor?: string): Promise<Page<PublicTaskSummary>>;
  task(taskId: string): Promise<PublicTask>;
  items(dept: string): Promise<Page<InspectionItem>>;
  bundle(drawId: string): Promise<unknown>;
  result(drawId: string): Promise<unknown>;
  searchResults(q: string, cursor?: string): Promise<Page<PublicResult>>;
  targetResults(targetId: string, cursor?: string): Promise<TargetResults>;
  /** the audit log's latest signed checkpoint and its key (docs/audit-log.md) */
  checkpoint?(): Promise<AuditCheckpoint | undefined>;
}

export interface AuditCheckpoint {
  checkpoint: string;
  origin: string;
  size: number;
  rootHash: string;
  time: string;
  publicKey: string;
  keyId: string;
}

/** Results and tasks are read a screen at a time: never the whole list. */
export const PAGE_SIZE = 20;

const query = (params: Record<string, string | number | undefined>): string => {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== '') search.set(k, `${v}`);
  const s = search.toString();
  return s ? `?${s}` : '';
};

const segment = encodeURIComponent;

/** The public read API of docs/public-api.md at `base` ('' = the page's own origin). */
export const createApi = (
  base: string,
  fetchFn: typeof fetch = fetch.bind(globalThis),
): PublicApi => {
  const root = base.replace(/\/+$/, '');
  const get = async <T>(path: string): Promise<T> => {
    let res: Response;
    try {
      res = await fetchFn(`${root}${path}`, { headers: { accept: 'application/json' } });
    } catch {
      throw new ApiError(0, undefined, '无法连接服务器，请稍后再试');
    }
    const text = await res.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      throw new ApiError(res.status, undefined, `服务器返回了无法识别的内容（HTTP ${res.status}）`);
    }
    if (!res.ok) {
      const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
      throw new ApiError(res.status, error?.code, error?.message ?? `HTTP ${res.status}`);
    }
    return body as T;
  };
  const orUndefinedOn404 = async <T>(p: Promise<T>): Promise<T | undefined> => {
    try {
      return await p;
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) return undefined;
      throw e;
    }
  };
  return {
    base: root,
    districtPlan: (year) => orUndefinedOn404(get(`/plans/${year}/district`)),
    plans: (year, cursor) => get(`/plans/${year}${query({ limit: 100, cursor })}`),
    tasks: (year, cursor) => get(`/tasks${query({ year, limit: PAGE_SIZE, cursor })}`),
    task: (taskId) => get(`/tasks/${segment(taskId)}`),
    items: (dept) => get(`/departments/${segment(dept)}/items${query({ limit: 1000 })}`),
    bundle: (drawId) => get(`/draws/${segment(drawId)}/bundle`),
    result: (drawId) => get(`/draws/${segment(drawId)}/result`),
    searchResults: (q, cursor) => get(`/results${query({ q, limit: PAGE_SIZE, cursor })}`),
    targetResults: (targetId, cursor) =>
      get(`/targets/${segment(targetId)}/results${query({ limit: PAGE_SIZE, cursor })}`),
    checkpoint: () => orUndefinedOn404(get('/audit-log/checkpoint')),
  };
};

/**
 * Where the API is: beside index.html a `config.json` of `{ "apiBase": "https://…" }` when the
 * page is served from elsewhere (S3 + CloudFront); otherwise the page's own origin.
 */
export const loadApiBase = async (
  fetchFn: typeof fetch = fetch.bind(globalThis),
): Promise<string> => (await loadSiteConfig(fetchFn)).apiBase;

/** The site's config.json: the API's address and the district's name (both may be empty). */
export const loadSiteConfig = async (
  fetchFn: typeof fetch = fetch.bind(globalThis),
): Promise<{ apiBase: string; district: string }> => {
  try {
    const res = await fetchFn('config.json', { cache: 'no-cache' });
    if (!res.ok) return { apiBase: '', district: '' };
    const config = (await res.json()) as { apiBase?: unknown; district?: unknown };
    return {
      apiBase: typeof config.apiBase === 'string' ? config.apiBase : '',
      district: typeof config.district === 'string' ? config.district : '',
    };
  } catch {
    return { apiBase: '', district: '' };
  }
};
