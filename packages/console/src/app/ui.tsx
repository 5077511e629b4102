import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useState } from 'preact/hooks';
import { type Api, ApiError } from './api';
import type { Session } from './auth';

export interface AppContext {
  api: Api;
  apiBase: string;
  session: Session;
  year: number;
  setYear(year: number): void;
  signOut(): void;
}

export const Ctx = createContext<AppContext | undefined>(undefined);
export const useApp = (): AppContext => {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useApp outside the signed-in console');
  return ctx;
};

export interface Loaded<T> {
  data?: T;
  error?: unknown;
  loading: boolean;
  reload(): void;
}

/** Loads on mount and whenever `deps` change; `reload()` loads again. */
export const useLoad = <T,>(load: () => Promise<T>, deps: unknown[]): Loaded<T> => {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({
    loading: true,
  });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => live && setState({ data, loading: false }),
      (error) => live && setState({ error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
};

/** Runs an action, keeping its error and whether it runs. */
export const useAction = () => {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const run = async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(undefined);
    try {
      return await action();
    } catch (e) {
      setError(e);
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
};

/** The server's message, with its rule and code, announced to screen readers. */
export const ErrorBox = ({ error }: { error: unknown }) => {
  const app = useContext(Ctx);
  if (!error) return null;
  const e = error instanceof ApiError ? error : undefined;
  return (
    <div class="error" role="alert">
      <p>{e ? e.message : error instanceof Error ? error.message : String(error)}</p>
      {e?.rule ? <p class="rule">规则：{e.rule}</p> : null}
      {e?.status === 401 && app ? (
        <button type="button" onClick={app.signOut}>
          重新登录
        </button>
      ) : null}
      {e ? (
        <p class="code">
          {e.code}
          {e.field ? ` · 字段 ${e.field}` : ''}
        </p>
      ) : null}
    </div>
  );
};

/** Whether an error names this field (or one inside it). */
export const names = (error: unknown, field: string): boolean =>
  error instanceof ApiError &&
  !!error.field &&
  (error.field === field ||
    error.field.startsWith(`${field}.`) ||
    field.startsWith(`${error.field}.`));

let fieldSeq = 0;
export const useId = (): string => {
  const [id] = useState(() => `f${++fieldSeq}`);
  return id;
};

/** A labelled control; marked invalid when the error names `name`. */
export const Field = ({
  label,
  name,
  error,
  hint,
  children,
}: {
  label: string;
  name?: string;
  error?: unknown;
  hint?: string;
  children: (props: {
    id: string;
    name?: string;
    'aria-invalid'?: 'true';
    'aria-describedby'?: string;
  }) => ComponentChildren;
}) => {
  const id = useId();
  const bad = name !== undefined && names(error, name);
  return (
    <div class={bad ? 'field invalid' : 'field'}>
      <label for={id}>{label}</label>
      {children({
        id,
        ...(name ? { name } : {}),
        ...(bad ? { 'aria-invalid': 'true' as const, 'aria-describedby': `${id}-err` } : {}),
      })}
      {hint ? <small>{hint}</small> : null}
      {bad ? (
        <small id={`${id}-err`} class="field-error">
          {(error as ApiError).message}
        </small>
      ) : null}
    </div>
  );
};

export const Progress = ({ value, max, label }: { value: number; max: number; label: string }) => (
  <div class="progress">
    <label>
      {label}
      <progress value={value} max={max} aria-label={label} />
    </label>
    <span>
      {value} / {max}
    </span>
  </div>
);

export const Loading = ({ what = '加载中' }: { what?: string }) => (
  <p class="loading" role="status" aria-live="polite">
    {what}…
  </p>
);

/** Renders a load: progress while it runs, the error, or the content. */
export const Show = <T,>({
  load,
  what,
  children,
}: {
  load: Loaded<T>;
  what?: string;
  children: (data: T) => ComponentChildren;
}) => {
  if (load.error) return <ErrorBox error={load.error} />;
  if (load.data === undefined) return <Loading {...(what ? { what } : {})} />;
  return <>{children(load.data)}</>;
};

export const STAGE_NAMES: Record<string, string> = {
  Created: '已创建',
  Frozen: '名录已冻结',
  Committed: '已公示承诺',
  AwaitingEntropy: '等待随机源',
  Drawn: '已抽取',
  Notified: '已通知',
  Inspecting: '检查中',
  Publishing: '公示中',
  HandingOff: '移交中',
  Done: '已完成',
  Failed: '失败',
};

export const PLAN_STATUS: Record<string, string> = {
  draft: '草稿',
  filed: '已报送',
  returned: '已退回',
  approved: '已审核通过',
  published: '已公示',
};

export const percent = (bp: number): string => `${(bp / 100).toFixed(bp % 100 === 0 ? 0 : 2)}%`;

/** Today in Asia/Shanghai, YYYY-MM-DD. */
export const today = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

export const download = (name: string, text: string, type = 'text/csv;charset=utf-8'): void => {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};
