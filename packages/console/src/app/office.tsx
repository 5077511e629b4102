import { useEffect, useState } from 'preact/hooks';
import { DEPARTMENTS, departmentName } from '../../../domain/src/departments';
import { ApiError, must } from './api';
import { ExchangePanel } from './exchange';
import { OutboxPanel } from './outbox';
import {
  ErrorBox,
  Field,
  Loading,
  PLAN_STATUS,
  Progress,
  percent,
  Show,
  STAGE_NAMES,
  today,
  useAction,
  useApp,
  useLoad,
} from './ui';

/** drand quicknet: genesis 1692803367 s, a round every 3 s (spec §7.1). */
const QUICKNET_GENESIS = 1692803367;
export const quicknetRoundTime = (round: number): Date =>
  new Date((QUICKNET_GENESIS + (round - 1) * 3) * 1000);
const quicknetRoundAfter = (date: Date): number =>
  Math.floor((date.getTime() / 1000 - QUICKNET_GENESIS) / 3) + 2;

const timeText = (iso: string | Date): string =>
  new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

// ---------------------------------------------------------------- dashboard

const PlansPanel = () => {
  const { api, year } = useApp();
  const plans = useLoad(
    () =>
      must(
        api.GET('/plans/{year}/internal', { params: { path: { year }, query: { limit: 100 } } }),
      ),
    [year],
  );
  const deadline = `${year}-01-31`;
  return (
    <section aria-labelledby="plans-h">
      <h2 id="plans-h">{year} 年度抽查计划报送</h2>
      <Show load={plans}>
        {(page) => (
          <div class="scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">部门</th>
                  <th scope="col">状态</th>
                  <th scope="col">报送时间</th>
                  <th scope="col">任务</th>
                  <th scope="col">操作</th>
                </tr>
              </thead>
              <tbody>
                {DEPARTMENTS.map((d) => {
                  const plan = page.items.find((p) => p.department === d.code);
                  const overdue = plan ? plan.late : today() > deadline;
                  return (
                    <tr key={d.code} data-dept={d.code}>
                      <th scope="row">{d.name}</th>
                      <td>
                        {plan ? PLAN_STATUS[plan.status] : '未报送'}
                        {overdue ? <span class="badge late">逾期报送</span> : null}
                        {plan?.status === 'returned' ? (
                          <small>退回原因：{plan.returned?.reason}</small>
                        ) : null}
                      </td>
                      <td>{plan?.filedAt ? timeText(plan.filedAt) : '—'}</td>
                      <td>{plan?.tasks.length ?? 0}</td>
                      <td>
                        {plan ? <a href={`#/office/plans/${d.code}`}>审核 {d.name}计划</a> : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </Show>
    </section>
  );
};

const band = (r: { minBp: number; maxBp: number } | null): string =>
  r ? `${percent(r.minBp)} – ${percent(r.maxBp)}` : '—';

const QuotaPanel = () => {
  const { api, year } = useApp();
  const report = useLoad(
    () => must(api.GET('/plans/{year}/district/report', { params: { path: { year } } })),
    [year],
  );
  const approve = useAction();
  const [approved, setApproved] = useState(false);
  return (
    <section aria-labelledby="quota-h">
      <h2 id="quota-h">区级配额报告</h2>
      <Show load={report}>
        {(r) => (
          <>
            <ul class="figures">
              <li class={r.overall.keyRatioBp && r.overall.keyRatioBp.minBp < 2000 ? 'bad' : ''}>
                重点事项抽查比例 {band(r.overall.keyRatioBp)}（要求 ≥ 20%，{r.overall.keyTasks}{' '}
                项任务）
              </li>
              <li
                class={
                  r.overall.generalRatioBp &&
                  (r.overall.generalRatioBp.minBp < 300 || r.overall.generalRatioBp.maxBp > 1000)
                    ? 'bad'
                    : ''
                }
              >
                一般事项抽查比例 {band(r.overall.generalRatioBp)}（要求 3%–10%，
                {r.overall.generalTasks} 项任务）
              </li>
              <li class={r.overall.jointShareMet ? '' : 'bad'}>
                联合抽查占比 {percent(r.overall.jointShareBp)}（{r.overall.joint}/{r.overall.tasks}
                ，要求 ≥ 10%，{r.overall.jointShareMet ? '达到' : '未达到'}）
              </li>
              <li>
                逾期报送 {r.overall.lateFilings} 个部门；待审核 {r.overall.pendingPlans} 份
              </li>
            </ul>
            <ErrorBox error={approve.error} />
            {approved ? <p role="status">区级年度计划已审核通过。</p> : null}
            <button
              type="button"
              disabled={approve.busy}
              onClick={() =>
                approve
                  .run(() =>
                    must(
                      api.POST('/plans/{year}/district/approve', { params: { path: { year } } }),
                    ),
                  )
                  .then((ok) => ok && setApproved(true))
              }
            >
              审核通过区级年度计划
            </button>
          </>
        )}
      </Show>
    </section>
  );
};

const useTasks = () => {
  const { api, year } = useApp();
  return useLoad(
    () => must(api.GET('/tasks', { params: { query: { year, limit: 1000 } } })),
    [year],
  );
};

const TasksPanel = () => {
  const tasks = useTasks();
  return (
    <section aria-labelledby="tasks-h">
      <h2 id="tasks-h">抽查任务（按阶段）</h2>
      <Show load={tasks}>
        {(page) =>
          page.items.length === 0 ? (
            <p>
              本年度还没有任务。<a href="#/office/new-task">从计划创建任务</a>
            </p>
          ) : (
            Object.keys(STAGE_NAMES)
              .filter((stage) => page.items.some((t) => t.stage === stage))
              .map((stage) => (
                <details key={stage} open={stage === 'AwaitingEntropy'}>
                  <summary>
                    {STAGE_NAMES[stage]}（{page.items.filter((t) => t.stage === stage).length}）
                  </summary>
                  <ul>
                    {page.items
                      .filter((t) => t.stage === stage)
                      .map((t) => (
                        <li key={t.id}>
                          <a href={`#/office/tasks/${t.id}`}>
                            {t.id} {t.name}
                          </a>
                        </li>
                      ))}
                  </ul>
                </details>
              ))
          )
        }
      </Show>
    </section>
  );
};

const LIGHT = { overdue: '逾期', 'due-soon': '即将到期', 'on-time': '按期' } as const;

const LightsPanel = () => {
  const { api } = useApp();
  const lights = useLoad(() => must(api.GET('/office/deadlines')), []);
  return (
    <section aria-labelledby="lights-h">
      <h2 id="lights-h">亮灯（公示期限）</h2>
      <Show load={lights}>
        {(l) =>
          l.items.length === 0 && l.failedDeliveries.length === 0 ? (
            <p>没有即将到期或逾期的公示。</p>
          ) : (
            <ul class="lights">
              {l.items.map((x) => (
                <li key={`${x.taskId}-${x.targetId}-${x.item}-${x.kind}`} class={x.status}>
                  <span class="badge">{LIGHT[x.status]}</span> {x.taskName}：{x.targetId} · {x.item}{' '}
                  · {x.kind === 'penalty' ? '行政处罚' : '检查结果'} 公示期限 {x.dueBy}
                  {x.provisional ? '（暂定）' : ''}
                </li>
              ))}
              {l.failedDeliveries.map((n) => (
                <li key={n.id} class="overdue">
                  <span class="badge">通知未送达</span> {n.title} → {n.recipient}（
                  {n.lastError ?? '投递失败'}）
                </li>
              ))}
            </ul>
          )
        }
      </Show>
    </section>
  );
};

const HandoffsPanel = () => {
  const { api, year } = useApp();
  const waiting = useLoad(async () => {
    const tasks = await must(api.GET('/tasks', { params: { query: { year, limit: 1000 } } }));
    const out: { taskId: string; id: string; from: string; to: string; date: string }[] = [];
    const later = tasks.items.filter((t) =>
      ['Inspecting', 'Publishing', 'HandingOff', 'Done'].includes(t.stage),
    );
    // the browser runs a few at a time; the order of the list stays the tasks'
    const details = await Promise.all(
      later.map((t) =>
        // the handoffs are what is read here: the fewest assignments and results with them
        must(
          api.GET('/tasks/{taskId}/detail', {
            params: { path: { taskId: t.id }, query: { limit: 1 } },
          }),
        ),
      ),
    );
    for (const [i, t] of later.entries()) {
      const d = details[i]!;
      for (const h of d.handoffs)
        if (!h.acknowledgement)
          out.push({
            taskId: t.id,
            id: h.id,
            from: departmentName(h.from),
            to: h.receiverDepartment ? departmentName(h.receiverDepartment) : h.receiverName,
            date: h.date,
          });
    }
    return out;
  }, [year]);
  return (
    <section aria-labelledby="handoffs-h">
      <h2 id="handoffs-h">待签收的移交</h2>
      <Show load={waiting} what="读取各任务的移交">
        {(list) =>
          list.length === 0 ? (
            <p>没有待签收的移交。</p>
          ) : (
            <ul>
              {list.map((h) => (
                <li key={`${h.taskId}-${h.id}`}>
                  {h.taskId}：{h.from} → {h.to}（{h.date}）
                </li>
              ))}
            </ul>
          )
        }
      </Show>
    </section>
  );
};

/**
 * Coverage by town and credit-risk class: the active targets of every department against the
 * targets drawn (selected) in the year's target draws. Read on demand: it pages through every
 * directory.
 */
const CoveragePanel = () => {
  const { api, year } = useApp();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [table, setTable] =
    useState<Map<string, Record<string, { pool: number; drawn: number }>>>();
  const act = useAction();
  const run = async () => {
    const tasks = await must(api.GET('/tasks', { params: { query: { year, limit: 1000 } } }));
    const drawnTasks = tasks.items.filter((t) => t.drawnAt);
    const total = drawnTasks.length + DEPARTMENTS.length;
    let done = 0;
    setProgress({ done, total });
    const drawn = new Set<string>();
    for (const t of drawnTasks) {
      const full = await must(api.GET('/tasks/{taskId}', { params: { path: { taskId: t.id } } }));
      for (const d of full.draws ?? [])
        if (d.drawId === t.id)
          for (const s of d.strata)
            for (const x of s.selected) drawn.add(`${t.initiatingDepartment}|${x.id}`);
      setProgress({ done: ++done, total });
    }
    const out = new Map<string, Record<string, { pool: number; drawn: number }>>();
    for (const d of DEPARTMENTS) {
      let cursor: string | undefined;
      do {
        const page = await must(
          api.GET('/departments/{dept}/targets', {
            params: {
              path: { dept: d.code },
              query: { status: 'active', limit: 1000, ...(cursor ? { cursor } : {}) },
            },
          }),
        );
        for (const x of page.items) {
          const town = out.get(x.town) ?? {};
          const cell = town[x.riskClass] ?? { pool: 0, drawn: 0 };
          cell.pool += 1;
          if (drawn.has(`${d.code}|${x.id}`)) cell.drawn += 1;
          town[x.riskClass] = cell;
          out.set(x.town, town);
        }
        cursor = page.cursor;
      } while (cursor);
      setProgress({ done: ++done, total });
    }
    setTable(out);
  };
  return (
    <section aria-labelledby="coverage-h">
      <h2 id="coverage-h">抽查覆盖（按镇街、信用风险等级）</h2>
      <button type="button" disabled={act.busy} onClick={() => void act.run(run)}>
        统计覆盖情况
      </button>
      {progress ? <Progress label="统计进度" value={progress.done} max={progress.total} /> : null}
      <ErrorBox error={act.error} />
      {table ? (
        <div class="scroll">
          <table class="coverage">
            <thead>
              <tr>
                <th scope="col">镇街</th>
                {['A', 'B', 'C', 'D'].map((r) => (
                  <th key={r} scope="col">
                    {r} 类（抽中/在册）
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...table.entries()].map(([town, cells]) => (
                <tr key={town} data-town={town}>
                  <th scope="row">{town}</th>
                  {['A', 'B', 'C', 'D'].map((r) => (
                    <td key={r}>{cells[r] ? `${cells[r]!.drawn}/${cells[r]!.pool}` : '—'}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
};

export const Dashboard = () => {
  const { year } = useApp();
  return (
    <>
      <h1>联席会议办公室 · {year} 年度总览</h1>
      <div class="grid">
        <PlansPanel />
        <QuotaPanel />
        <TasksPanel />
        <LightsPanel />
        <HandoffsPanel />
        <OutboxPanel title="通知（全区）" />
        <ExchangePanel />
        <CoveragePanel />
      </div>
    </>
  );
};

// ---------------------------------------------------------------- plan review

export const PlanReview = ({ dept }: { dept: string }) => {
  const { api, year } = useApp();
  const plan = useLoad(
    () =>
      must(
        api.GET('/plans/{year}/departments/{dept}/internal', { params: { path: { year, dept } } }),
      ),
    [year, dept],
  );
  const act = useAction();
  const [reason, setReason] = useState('');
  const [done, setDone] = useState('');
  const path = { params: { path: { year, dept } } };
  return (
    <>
      <h1>
        {departmentName(dept)} {year} 年度抽查计划
      </h1>
      <p>
        <a href="#/office">返回总览</a>
      </p>
      <Show load={plan}>
        {(p) => (
          <>
            <p>
              状态：<strong data-status={p.status}>{PLAN_STATUS[p.status]}</strong>
              {p.late ? <span class="badge late">逾期报送</span> : null}（版本 {p.version}）
            </p>
            <div class="scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">序号</th>
                    <th scope="col">任务</th>
                    <th scope="col">类别</th>
                    <th scope="col">比例</th>
                    <th scope="col">联合</th>
                    <th scope="col">时间</th>
                  </tr>
                </thead>
                <tbody>
                  {p.tasks.map((t) => (
                    <tr key={t.seq}>
                      <td>{t.seq}</td>
                      <td>{t.name}</td>
                      <td>{t.category === 'key' ? '重点' : '一般'}</td>
                      <td>{percent(t.ratio.bp)}</td>
                      <td>{t.joint ? t.participants.map(departmentName).join('、') : '否'}</td>
                      <td>
                        {t.window.start} 至 {t.window.end}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <ErrorBox error={act.error} />
            {done ? <p role="status">{done}</p> : null}
            {p.status === 'filed' ? (
              <div class="actions">
                <button
                  type="button"
                  disabled={act.busy}
                  onClick={async () => {
                    const r = await act.run(() =>
                      must(
                        api.POST('/plans/{year}/departments/{dept}/approve', {
                          ...path,
                          body: { expectedVersion: p.version },
                        }),
                      ),
                    );
                    if (r) {
                      setDone('计划已审核通过。');
                      plan.reload();
                    }
                  }}
                >
                  审核通过
                </button>
                <form
                  onSubmit={async (e) => {
                    e.preventDefault();
                    const r = await act.run(() =>
                      must(
                        api.POST('/plans/{year}/departments/{dept}/return', {
                          ...path,
                          body: { reason, expectedVersion: p.version } as never,
                        }),
                      ),
                    );
                    if (r) {
                      setDone('计划已退回。');
                      plan.reload();
                    }
                  }}
                >
                  <Field label="退回原因" name="reason" error={act.error}>
                    {(f) => (
                      <textarea
                        {...f}
                        required
                        value={reason}
                        onInput={(e) => setReason((e.target as HTMLTextAreaElement).value)}
                      />
                    )}
                  </Field>
                  <button type="submit" disabled={act.busy}>
                    退回
                  </button>
                </form>
              </div>
            ) : null}
            {p.status === 'approved' ? (
              <button
                type="button"
                disabled={act.busy}
                onClick={async () => {
                  const r = await act.run(() =>
                    must(
                      api.POST('/plans/{year}/departments/{dept}/publish', {
                        ...path,
                        body: { expectedVersion: p.version },
                      }),
                    ),
                  );
                  if (r) {
                    setDone('计划已公示。');
                    plan.reload();
                  }
                }}
              >
                公示计划
              </button>
            ) : null}
          </>
        )}
      </Show>
    </>
  );
};

// ---------------------------------------------------------------- create a task

export const CreateTask = () => {
  const { api, year } = useApp();
  const plans = useLoad(
    () =>
      must(
        api.GET('/plans/{year}/internal', { params: { path: { year }, query: { limit: 100 } } }),
      ),
    [year],
  );
  const [dept, setDept] = useState('');
  const [seq, setSeq] = useState(0);
  const [source, setSource] = useState<'witness' | 'drand'>('witness');
  const [date, setDate] = useState(today());
  const [witnesses, setWitnesses] = useState('JJJC,GZC');
  const [minutes, setMinutes] = useState(10);
  const [reserves, setReserves] = useState<Record<string, number>>({});
  const act = useAction();
  return (
    <>
      <h1>从年度计划创建抽查任务</h1>
      <Show load={plans}>
        {(page) => {
          const usable = page.items.filter((p) => ['approved', 'published'].includes(p.status));
          const plan = usable.find((p) => p.department === dept);
          const planned = plan?.tasks.find((t) => t.seq === seq);
          const round = quicknetRoundAfter(new Date(Date.now() + minutes * 60_000));
          const entropySource =
            source === 'witness'
              ? `witness:${date}:${witnesses
                  .split(/[\s,，、]+/)
                  .filter(Boolean)
                  .join(',')}`
              : `drand:quicknet:${round}`;
          return (
            <form
              onSubmit={async (e) => {
                e.preventDefault();
                if (!plan || !planned) return;
                const task = await act.run(() =>
                  must(
                    api.POST('/tasks', {
                      body: {
                        department: plan.department,
                        year,
                        seq: planned.seq,
                        reserves,
                        entropySource,
                      },
                    }),
                  ),
                );
                if (task) location.hash = `#/office/tasks/${task.id}`;
              }}
            >
              {usable.length === 0 ? <p>本年度还没有审核通过的计划。</p> : null}
              <Field label="计划（部门）" name="department" error={act.error}>
                {(f) => (
                  <select
                    {...f}
                    value={dept}
                    onChange={(e) => {
                      setDept((e.target as HTMLSelectElement).value);
                      setSeq(0);
                    }}
                  >
                    <option value="">请选择</option>
                    {usable.map((p) => (
                      <option key={p.department} value={p.department}>
                        {departmentName(p.department)}（{PLAN_STATUS[p.status]}）
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label="计划任务" name="seq" error={act.error}>
                {(f) => (
                  <select
                    {...f}
                    value={String(seq)}
                    onChange={(e) => setSeq(Number((e.target as HTMLSelectElement).value))}
                  >
                    <option value="0">请选择</option>
                    {plan?.tasks.map((t) => (
                      <option key={t.seq} value={String(t.seq)}>
                        {t.seq}. {t.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              {planned?.strata.map((s) => (
                <Field
                  key={s.key}
                  label={`备选对象数（${s.key === 'all' ? '全部' : s.key}）`}
                  name={`reserves.${s.key}`}
                  error={act.error}
                >
                  {(f) => (
                    <input
                      {...f}
                      type="number"
                      min={0}
                      value={reserves[s.key] ?? 0}
                      onInput={(e) =>
                        setReserves({
                          ...reserves,
                          [s.key]: Number((e.target as HTMLInputElement).value),
                        })
                      }
                    />
                  )}
                </Field>
              ))}
              <fieldset>
                <legend>随机源（抽取前公示）</legend>
                <label>
                  <input
                    type="radio"
                    name="source"
                    checked={source === 'witness'}
                    onChange={() => setSource('witness')}
                  />
                  见证人承诺—揭示（纪检监察、公证处或参与部门）
                </label>
                <label>
                  <input
                    type="radio"
                    name="source"
                    checked={source === 'drand'}
                    onChange={() => setSource('drand')}
                  />
                  drand 公共随机信标
                </label>
                {source === 'witness' ? (
                  <>
                    <Field
                      label="见证人（编号，逗号分隔，至少两位）"
                      name="entropySource"
                      error={act.error}
                      hint="各见证人须在创建任务前公布其秘密的 SHA-256（见证页）"
                    >
                      {(f) => (
                        <input
                          {...f}
                          value={witnesses}
                          onInput={(e) => setWitnesses((e.target as HTMLInputElement).value)}
                        />
                      )}
                    </Field>
                    <Field label="揭示日期" name="entropySource" error={act.error}>
                      {(f) => (
                        <input
                          {...f}
                          type="date"
                          value={date}
                          onInput={(e) => setDate((e.target as HTMLInputElement).value)}
                        />
                      )}
                    </Field>
                  </>
                ) : (
                  <Field
                    label="距现在（分钟）"
                    name="entropySource"
                    error={act.error}
                    hint={`第 ${round} 轮，${timeText(quicknetRoundTime(round))} 产生`}
                  >
                    {(f) => (
                      <input
                        {...f}
                        type="number"
                        min={1}
                        value={minutes}
                        onInput={(e) => setMinutes(Number((e.target as HTMLInputElement).value))}
                      />
                    )}
                  </Field>
                )}
                <p>
                  随机源：<code>{entropySource}</code>
                </p>
              </fieldset>
              <ErrorBox error={act.error} />
              <button type="submit" disabled={act.busy || !planned}>
                {act.busy ? '创建中…' : '创建任务并冻结名录'}
              </button>
            </form>
          );
        }}
      </Show>
    </>
  );
};

// ---------------------------------------------------------------- the draw

const WAITING = new Set(['Created', 'Frozen', 'Committed']);

export const DrawScreen = ({ taskId }: { taskId: string }) => {
  const { api } = useApp();
  const [tick, setTick] = useState(0);
  // null: not readable yet (the workflow has not committed it); the screen keeps asking
  const task = useLoad(
    () =>
      must(api.GET('/tasks/{taskId}', { params: { path: { taskId } } })).catch((e) =>
        e instanceof ApiError && e.status === 404 ? null : Promise.reject(e),
      ),
    [taskId, tick],
  );
  const [value, setValue] = useState('');
  const [shown, setShown] = useState(0);
  // for a room: larger type, the screen on a projector
  const [room, setRoom] = useState(false);
  const act = useAction();
  const [posted, setPosted] = useState(false);
  const stage = task.data?.stage;
  const drawn = (task.data?.draws?.length ?? 0) > 0;
  // the workflow freezes, commits and draws on its own; the screen follows it
  useEffect(() => {
    if (task.loading) return undefined;
    // witnesses reveal from their own consoles: the room watches until the draw is there
    const waitingForEntropy = stage === 'AwaitingEntropy' && !drawn;
    if (stage && !WAITING.has(stage) && !waitingForEntropy && !(posted && !drawn)) return undefined;
    const t = setTimeout(() => setTick((n) => n + 1), 1000);
    return () => clearTimeout(t);
  }, [stage, posted, drawn, task.loading]);
  const t = task.data;
  if (task.error) return <ErrorBox error={task.error} />;
  if (t === null) return <Loading what={`任务 ${taskId} 正在创建`} />;
  if (!t) return <Loading what="读取任务" />;
  const source = t.commitment?.entropySource ?? '';
  const drand = /^drand:quicknet:(\d+)$/.exec(source);
  const draws = t.draws ?? [];
  const targetDraw = draws.find((d) => d.drawId === t.id);
  const strata = targetDraw?.strata ?? [];
  return (
    <div class={room ? 'room' : ''}>
      <h1>
        抽取：{t.id} {t.name}
      </h1>
      <label class="check">
        <input
          type="checkbox"
          checked={room}
          onChange={(e) => setRoom((e.target as HTMLInputElement).checked)}
        />
        投屏模式（放大字体）
      </label>
      <p>
        阶段：<strong data-stage={t.stage}>{STAGE_NAMES[t.stage] ?? t.stage}</strong>
        {WAITING.has(t.stage) ? <span role="status">（正在冻结名录并生成承诺…）</span> : null}
      </p>
      <section aria-labelledby="commit-h">
        <h2 id="commit-h">1. 抽取前公示的承诺</h2>
        {t.commitment ? (
          <dl class="digests">
            <dt>对象库摘要</dt>
            <dd>
              <code>{t.commitment.poolDigest}</code>
            </dd>
            <dt>参数摘要</dt>
            <dd>
              <code>{t.commitment.paramsDigest}</code>
            </dd>
            <dt>人员名册摘要</dt>
            <dd>
              <code>{t.commitment.rosterDigest}</code>
            </dd>
            {t.commitment.participants.map((p) => (
              <>
                <dt>{p.departmentName} 名册摘要</dt>
                <dd>
                  <code>{p.rosterDigest}</code>
                </dd>
              </>
            ))}
            <dt>随机源</dt>
            <dd>
              <code>{source}</code>
              {drand
                ? `（第 ${drand[1]} 轮，${timeText(quicknetRoundTime(Number(drand[1])))} 产生）`
                : null}
            </dd>
            <dt>承诺时间</dt>
            <dd>{timeText(t.commitment.committedAt)}</dd>
          </dl>
        ) : (
          <Loading what="等待承诺" />
        )}
      </section>
      <section aria-labelledby="entropy-h">
        <h2 id="entropy-h">2. 随机源</h2>
        {t.witnesses ? (
          <>
            <p>
              见证人揭示截止：{t.witnesses.revealBy}；
              {t.witnesses.status === 'complete'
                ? '全部见证人已揭示。'
                : t.witnesses.status === 'withheld'
                  ? '有见证人逾期未揭示，任务等待处理。'
                  : '等待见证人在各自的工作台揭示（本页自动刷新）。'}
            </p>
            <div class="scroll">
              <table class="witnesses">
                <thead>
                  <tr>
                    <th scope="col">见证人</th>
                    <th scope="col">秘密的 SHA-256</th>
                    <th scope="col">揭示</th>
                  </tr>
                </thead>
                <tbody>
                  {t.witnesses.witnesses.map((w) => (
                    <tr key={w.id} data-witness={w.id}>
                      <td>{w.id}</td>
                      <td>
                        <code>{w.commitment ?? '—'}</code>
                      </td>
                      <td>
                        {w.revealed ? (
                          w.reveal ? (
                            <code>{w.reveal}</code>
                          ) : (
                            '已揭示'
                          )
                        ) : w.withheld ? (
                          '逾期未揭示'
                        ) : (
                          '未揭示'
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ) : null}
        {t.stage === 'AwaitingEntropy' && drand ? (
          <form
            onSubmit={async (e) => {
              e.preventDefault();
              const v = value.trim();
              const entropy = v.startsWith(`${source}:`) ? v : `${source}:${v}`;
              const r = await act.run(() =>
                must(
                  api.POST('/tasks/{taskId}/entropy', {
                    params: { path: { taskId } },
                    body: { entropy },
                  }),
                ),
              );
              if (r) setPosted(true);
            }}
          >
            <Field
              label={`drand 第 ${drand[1]} 轮的签名（96 位十六进制）`}
              name="entropy"
              error={act.error}
              hint="从任一 drand 中继复制该轮的 signature 并粘贴；服务器用内置的 quicknet 公钥离线核验。"
            >
              {(f) => (
                <input
                  {...f}
                  required
                  autocomplete="off"
                  value={value}
                  onInput={(e) => setValue((e.target as HTMLInputElement).value)}
                />
              )}
            </Field>
            <ErrorBox error={act.error} />
            <button type="submit" disabled={act.busy}>
              {act.busy ? '抽取中…' : '录入并抽取'}
            </button>
          </form>
        ) : draws.length ? (
          <p>
            已录入：<code>{draws[0]!.entropy}</code>
          </p>
        ) : t.witnesses ? null : (
          <p>承诺公示后录入。</p>
        )}
      </section>
      <section aria-labelledby="draw-h">
        <h2 id="draw-h">3. 抽取结果</h2>
        {draws.length === 0 ? (
          <p>尚未抽取。</p>
        ) : (
          <>
            <p class="actions">
              <button
                type="button"
                disabled={shown >= strata.length}
                onClick={() => setShown(shown + 1)}
              >
                揭晓下一层（{Math.min(shown, strata.length)}/{strata.length}）
              </button>
              <button type="button" onClick={() => setShown(strata.length)}>
                全部揭晓
              </button>
            </p>
            {strata.slice(0, shown).map((s) => (
              <section key={s.key} class="stratum" aria-label={`分层 ${s.key}`}>
                <h3>
                  {s.key === 'all' ? '全部对象' : `信用风险 ${s.key.replace('risk:', '')} 类`}：名录{' '}
                  {s.population} 户，抽取 {s.size} 户
                </h3>
                <ol>
                  {s.selected.map((x) => {
                    const teams = draws.flatMap((d) =>
                      d.assignments
                        .filter((a) => a.target === x.id)
                        .map((a) => ({ dept: d.departmentName, a })),
                    );
                    return (
                      <li key={x.id}>
                        <strong>{x.name}</strong>
                        {teams.map(({ dept, a }) => (
                          <span class="team" key={dept}>
                            {' '}
                            {dept}：
                            {a.members
                              .map((m) => (m.id === a.leader ? `${m.name}（组长）` : m.name))
                              .join('、')}
                          </span>
                        ))}
                      </li>
                    );
                  })}
                </ol>
                {s.reserve.length ? <p>备选：{s.reserve.map((x) => x.name).join('、')}</p> : null}
              </section>
            ))}
          </>
        )}
      </section>
      <section aria-labelledby="verify-h">
        <h2 id="verify-h">4. 公开验证</h2>
        <p>
          <a href={`../#/tasks/${t.id}`}>公示页上的本任务</a> ·{' '}
          <a href={`../#/verify/${t.id}`}>在本机验证抽取</a>
        </p>
      </section>
    </div>
  );
};

// ---------------------------------------------------------------- calendar

export const CalendarScreen = () => {
  const { api, year } = useApp();
  const current = useLoad(
    () => must(api.GET('/calendar/{year}', { params: { path: { year } } })),
    [year],
  );
  const [holidays, setHolidays] = useState('');
  const [makeUp, setMakeUp] = useState('');
  const act = useAction();
  const [done, setDone] = useState('');
  const dates = (text: string) => text.split(/[\s,，、;；]+/).filter(Boolean);
  return (
    <>
      <h1>{year} 年工作日历</h1>
      <Show load={current}>
        {(c) => (
          <p>
            当前：{c.status === 'official' ? '正式' : '暂定'}（来源 {c.source}），节假日{' '}
            {c.holidays.length} 天，调休上班 {c.makeUpWorkdays.length} 天
          </p>
        )}
      </Show>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const r = await act.run(() =>
            must(
              api.PUT('/calendar/{year}', {
                params: { path: { year } },
                body: { holidays: dates(holidays), makeUpWorkdays: dates(makeUp) },
              }),
            ),
          );
          if (r) {
            setDone(`已载入；重新计算了 ${r.recomputed} 个暂定期限。`);
            current.reload();
          }
        }}
      >
        <Field label="法定节假日（YYYY-MM-DD，逗号或换行分隔）" name="holidays" error={act.error}>
          {(f) => (
            <textarea
              {...f}
              rows={5}
              value={holidays}
              onInput={(e) => setHolidays((e.target as HTMLTextAreaElement).value)}
            />
          )}
        </Field>
        <Field label="调休上班日" name="makeUpWorkdays" error={act.error}>
          {(f) => (
            <textarea
              {...f}
              rows={3}
              value={makeUp}
              onInput={(e) => setMakeUp((e.target as HTMLTextAreaElement).value)}
            />
          )}
        </Field>
        <ErrorBox error={act.error} />
        {done ? <p role="status">{done}</p> : null}
        <button type="submit" disabled={act.busy}>
          载入国务院节假日安排
        </button>
      </form>
    </>
  );
};
