import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ConsoleConfig } from '../build';
import { apiClient } from './api';
import {
  departmentsOf,
  finishOidcSignIn,
  mainRole,
  type Session,
  savedSession,
  saveSession,
  startOidcSignIn,
} from './auth';
import {
  DeptHome,
  DirectoryEntry,
  DirectoryList,
  ImportScreen,
  PlanEditor,
  TaskWork,
} from './dept';
import { InspectorAssignment, InspectorHome } from './inspector';
import { LocalSignIn } from './local-sign-in';
import { CalendarScreen, CreateTask, Dashboard, DrawScreen, PlanReview } from './office';
import { Ctx, ErrorBox, today, useApp } from './ui';
import { WitnessScreen } from './witness';

/** The hash route split into segments: `#/office/tasks/X` → ['office', 'tasks', 'X']. */
const useRoute = (): string[] => {
  const parse = () =>
    location.hash
      .replace(/^#\/?/, '')
      .split('?')[0]!
      .split('/')
      .filter(Boolean)
      .map(decodeURIComponent);
  const [route, setRoute] = useState(parse);
  useEffect(() => {
    const on = () => {
      setRoute(parse());
      document.getElementById('main')?.focus();
    };
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return route;
};

const NotFound = () => (
  <>
    <h1>页面不存在</h1>
    <p>
      <a href="#/">回到首页</a>
    </p>
  </>
);

const Page = ({ route }: { route: string[] }) => {
  const { session } = useApp();
  const role = mainRole(session);
  const [area, a, b] = route;
  if (area === undefined) {
    if (role === 'office') return <Dashboard />;
    if (role === 'dept') return <DeptHome />;
    if (role === 'inspector') return <InspectorHome />;
    if (role === 'witness') return <WitnessScreen />;
    return (
      <p role="alert">此账号不属于联席会议办公室、任何部门或检查人员组（cognito:groups 为空）。</p>
    );
  }
  if (area === 'office') {
    if (a === 'plans' && b) return <PlanReview dept={b} />;
    if (a === 'new-task') return <CreateTask />;
    if (a === 'tasks' && b) return <DrawScreen taskId={b} />;
    if (a === 'calendar') return <CalendarScreen />;
    return <Dashboard />;
  }
  if (area === 'dept') {
    if (a === 'targets' || a === 'inspectors' || a === 'items')
      return b ? <DirectoryEntry kind={a} id={b} /> : <DirectoryList kind={a} />;
    if (a === 'import') return <ImportScreen />;
    if (a === 'plan') return <PlanEditor />;
    if (a === 'tasks' && b) return <TaskWork taskId={b} />;
    return <DeptHome />;
  }
  if (area === 'witness') return <WitnessScreen {...(a ? { taskId: a } : {})} />;
  if (area === 'inspector') {
    if (a && b) return <InspectorAssignment taskId={a} targetId={b} />;
    return <InspectorHome />;
  }
  return <NotFound />;
};

const Nav = () => {
  const { session, year, setYear, signOut } = useApp();
  const role = mainRole(session);
  const depts = departmentsOf(session);
  return (
    <header class="top">
      <nav aria-label="主导航">
        <a href="#/" class="brand">
          双随机 工作台
        </a>
        {role === 'office' ? (
          <>
            <a href="#/office">总览</a>
            <a href="#/office/new-task">创建任务</a>
            <a href="#/office/calendar">工作日历</a>
          </>
        ) : null}
        {role === 'dept' ? (
          <>
            <a href="#/dept">本部门</a>
            <a href="#/dept/plan">年度计划</a>
            <a href="#/dept/targets">检查对象</a>
            <a href="#/dept/inspectors">执法人员</a>
            <a href="#/dept/items">检查事项</a>
            <a href="#/dept/import">导入</a>
            <a href="#/witness">见证</a>
          </>
        ) : null}
        {role === 'inspector' ? <a href="#/inspector">我的任务</a> : null}
        {role === 'witness' ? <a href="#/witness">见证抽取</a> : null}
        <a href="../">公示页</a>
      </nav>
      <div class="who">
        <label>
          年度
          <input
            type="number"
            min={2000}
            max={2100}
            value={year}
            onChange={(e) => setYear(Number((e.target as HTMLInputElement).value))}
          />
        </label>
        <span>
          {session.label}
          {depts.length ? `（${depts.join('、')}）` : ''}
        </span>
        <button type="button" onClick={signOut}>
          退出
        </button>
      </div>
    </header>
  );
};

const Console = ({ config }: { config: ConsoleConfig }) => {
  const [session, setSession] = useState<Session | undefined>(savedSession);
  const [error, setError] = useState<unknown>();
  const [year, setYear] = useState(() => {
    const saved = Number(sessionStorage.getItem('double-random.console.year'));
    return saved >= 2000 ? saved : Number(today().slice(0, 4));
  });
  const route = useRoute();
  const api = useMemo(() => apiClient(config.apiBase, () => session?.token), [config, session]);
  useEffect(() => {
    if (config.auth.mode !== 'oidc' || session) return;
    finishOidcSignIn(config.auth, config.claims).then((s) => {
      if (s) {
        saveSession(s);
        setSession(s);
      }
    }, setError);
  }, [config, session]);
  const signIn = (s: Session) => {
    saveSession(s);
    setSession(s);
    location.hash = '#/';
  };
  if (!session) {
    return (
      <main id="main" tabIndex={-1}>
        <h1>双随机、一公开 工作台</h1>
        <ErrorBox error={error} />
        {config.auth.mode === 'local' ? (
          <LocalSignIn apiBase={config.apiBase} claims={config.claims} onSignIn={signIn} />
        ) : (
          <button
            type="button"
            onClick={() => startOidcSignIn(config.auth as never).catch(setError)}
          >
            统一身份认证登录
          </button>
        )}
      </main>
    );
  }
  const ctx = {
    api,
    apiBase: config.apiBase,
    session,
    year,
    setYear: (y: number) => {
      sessionStorage.setItem('double-random.console.year', String(y));
      setYear(y);
    },
    signOut: () => {
      saveSession(undefined);
      setSession(undefined);
    },
  };
  return (
    <Ctx.Provider value={ctx}>
      <Nav />
      <main id="main" tabIndex={-1}>
        <Page route={route} />
      </main>
    </Ctx.Provider>
  );
};

const start = async () => {
  const root = document.getElementById('app')!;
  try {
    const res = await fetch('./config.json', { cache: 'no-cache' });
    const config = (await res.json()) as ConsoleConfig;
    render(<Console config={config} />, root);
  } catch (error) {
    render(
      <main>
        <h1>双随机、一公开 工作台</h1>
        <ErrorBox error={error} />
      </main>,
      root,
    );
  }
};

void start();
