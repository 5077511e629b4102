import { useState } from 'preact/hooks';
import {
  type ColumnSpec,
  columnIndex,
  INSPECTOR_COLUMNS,
  TARGET_COLUMNS,
} from '../../../../functions/src/import/columns';
import { DEPARTMENTS, departmentName } from '../../../domain/src/departments';
import {
  formatPercent,
  isWithinBand,
  overallRatio,
  type RiskClassCounts,
  ratioBand,
} from '../../../domain/src/ratio';
import { RESULT_WORDINGS } from '../../../domain/src/workflow/result-wordings';
import { ApiError, must, wholeTaskDetail } from './api';
import { departmentsOf } from './auth';
import { readSheet, type SheetRows, toCsv } from './files';
import { OutboxPanel } from './outbox';
import {
  download,
  ErrorBox,
  Field,
  Loading,
  PLAN_STATUS,
  Progress,
  Show,
  STAGE_NAMES,
  today,
  useAction,
  useApp,
  useLoad,
} from './ui';

const useDept = (): string => departmentsOf(useApp().session)[0] ?? '';

type Kind = 'targets' | 'inspectors' | 'items';
const KIND_NAMES: Record<Kind, string> = {
  targets: '检查对象名录',
  inspectors: '执法检查人员名录',
  items: '随机抽查事项清单',
};

// Paths per directory, so each call stays typed by the API's document.
const listOf = (
  api: ReturnType<typeof useApp>['api'],
  kind: Kind,
  dept: string,
  query: Record<string, unknown>,
): Promise<{ items: Record<string, unknown>[]; cursor?: string }> => {
  // the filters are the route's query schema; the form builds them from FILTERS below
  const params = { params: { path: { dept }, query: query as { limit?: number } } };
  if (kind === 'targets') return must(api.GET('/departments/{dept}/targets', params));
  if (kind === 'inspectors') return must(api.GET('/departments/{dept}/inspectors', params));
  return must(api.GET('/departments/{dept}/items', params));
};

type Entry = Record<string, unknown> & { version: number; status: string };

const getEntry = async (
  api: ReturnType<typeof useApp>['api'],
  kind: Kind,
  dept: string,
  id: string,
): Promise<Entry> => {
  const params = { params: { path: { dept, id } } };
  const entry: unknown =
    kind === 'targets'
      ? await must(api.GET('/departments/{dept}/targets/{id}', params))
      : kind === 'inspectors'
        ? await must(api.GET('/departments/{dept}/inspectors/{id}', params))
        : await must(api.GET('/departments/{dept}/items/{id}', params));
  return entry as Entry;
};

const patchEntry = (
  api: ReturnType<typeof useApp>['api'],
  kind: Kind,
  dept: string,
  id: string,
  body: Record<string, unknown>,
) => {
  const init = { params: { path: { dept, id } }, body: body as never };
  if (kind === 'targets') return must(api.PATCH('/departments/{dept}/targets/{id}', init));
  if (kind === 'inspectors') return must(api.PATCH('/departments/{dept}/inspectors/{id}', init));
  return must(api.PATCH('/departments/{dept}/items/{id}', init));
};

const deactivateEntry = (
  api: ReturnType<typeof useApp>['api'],
  kind: Kind,
  dept: string,
  id: string,
  body: { reason: string; expectedVersion: number },
): Promise<unknown> => {
  const init = { params: { path: { dept, id } }, body };
  if (kind === 'targets')
    return must(api.POST('/departments/{dept}/targets/{id}/deactivate', init));
  if (kind === 'inspectors')
    return must(api.POST('/departments/{dept}/inspectors/{id}/deactivate', init));
  return must(api.POST('/departments/{dept}/items/{id}/deactivate', init));
};

const idOf = (kind: Kind, e: Record<string, unknown>): string =>
  String(kind === 'items' ? e.code : e.id);

/** The fields a clerk edits, per directory; the rest changes through import. */
const EDITABLE: Record<
  Kind,
  { field: string; label: string; options?: string[]; hint?: string }[]
> = {
  targets: [
    { field: 'name', label: '名称' },
    { field: 'town', label: '所属镇街' },
    { field: 'industry', label: '行业' },
    { field: 'riskClass', label: '信用风险等级', options: ['A', 'B', 'C', 'D'] },
    { field: 'unit', label: '管辖单位' },
  ],
  inspectors: [
    { field: 'name', label: '姓名' },
    // 日常监管人员 hold no 执法证: listed as such, their certificate leaves the entry
    {
      field: 'category',
      label: '人员类别',
      options: ['enforcement', 'daily-supervision'],
      hint: '日常监管人员不持执法证、不参加抽取，可随同检查组；改为日常监管人员时执法证号与有效期一并移除，改为执法人员时须同时填写',
    },
    { field: 'certificateNo', label: '执法证号' },
    { field: 'certificateExpiry', label: '执法证有效期至' },
    { field: 'unit', label: '管辖单位' },
    { field: 'phone', label: '联系电话' },
  ],
  items: [
    { field: 'name', label: '事项名称' },
    { field: 'legalBasis', label: '法律依据' },
    { field: 'category', label: '类别', options: ['key', 'general'] },
  ],
};

const FILTERS: Record<Kind, { field: string; label: string; options?: string[] }[]> = {
  targets: [
    { field: 'status', label: '状态', options: ['active', 'inactive'] },
    { field: 'riskClass', label: '风险等级', options: ['A', 'B', 'C', 'D'] },
    { field: 'town', label: '镇街' },
    { field: 'industry', label: '行业' },
  ],
  inspectors: [
    { field: 'status', label: '状态', options: ['active', 'inactive'] },
    { field: 'qualification', label: '执法资质' },
  ],
  items: [
    { field: 'status', label: '状态', options: ['active', 'inactive'] },
    { field: 'category', label: '类别', options: ['key', 'general'] },
  ],
};

const WORDS: Record<string, string> = {
  active: '在册',
  inactive: '已停用',
  key: '重点',
  general: '一般',
  enforcement: '执法人员',
  'daily-supervision': '日常监管人员',
};

/** What an entry holds for a field the form shows: an inspector without a category is an 执法人员. */
const fieldValue = (kind: Kind, e: Record<string, unknown>, field: string): unknown =>
  kind === 'inspectors' && field === 'category' ? (e.category ?? 'enforcement') : e[field];

// ---------------------------------------------------------------- home

/** Handoffs sent to this department in the tasks it can read, not yet acknowledged. */
const Inbox = ({ dept, taskIds }: { dept: string; taskIds: string[] }) => {
  const { api } = useApp();
  const inbox = useLoad(async () => {
    const out: { taskId: string; id: string; from: string; reason: string; date: string }[] = [];
    const details = await Promise.all(
      taskIds.map((taskId) =>
        // the handoffs are what is read here: the fewest assignments and results with them
        must(
          api.GET('/tasks/{taskId}/detail', {
            params: { path: { taskId }, query: { limit: 1 } },
          }),
        ),
      ),
    );
    for (const [i, taskId] of taskIds.entries()) {
      const d = details[i]!;
      for (const h of d.handoffs)
        if (h.receiverDepartment === dept && !h.acknowledgement)
          out.push({ taskId, id: h.id, from: h.from, reason: h.reason, date: h.date });
    }
    return out;
  }, [dept, taskIds.join(',')]);
  return (
    <section aria-labelledby="inbox-home-h">
      <h2 id="inbox-home-h">收到的移交（待签收）</h2>
      <Show load={inbox} what="读取各任务的移交">
        {(list) =>
          list.length === 0 ? (
            <p>没有待签收的移交。</p>
          ) : (
            <ul>
              {list.map((h) => (
                <li key={`${h.taskId}-${h.id}`}>
                  <a href={`#/dept/tasks/${h.taskId}`}>{h.taskId}</a>：{departmentName(h.from)}{' '}
                  移交，{h.reason}（{h.date}）
                </li>
              ))}
            </ul>
          )
        }
      </Show>
    </section>
  );
};

export const DeptHome = () => {
  const { api, year } = useApp();
  const dept = useDept();
  const tasks = useLoad(
    () => must(api.GET('/tasks', { params: { query: { year, limit: 1000 } } })),
    [year],
  );
  const plan = useLoad(
    () =>
      must(
        api.GET('/plans/{year}/departments/{dept}/internal', { params: { path: { year, dept } } }),
      ).catch((e) => (e instanceof ApiError && e.status === 404 ? null : Promise.reject(e))),
    [year, dept],
  );
  return (
    <>
      <h1>
        {departmentName(dept)} · {year} 年度
      </h1>
      <section aria-labelledby="plan-h">
        <h2 id="plan-h">年度抽查计划</h2>
        <Show load={plan}>
          {(p) => (
            <p>
              {p ? (
                <>
                  {PLAN_STATUS[p.status]}
                  {p.late ? <span class="badge late">逾期报送</span> : null}
                  {p.status === 'returned' ? `（退回原因：${p.returned?.reason}）` : ''}
                </>
              ) : (
                '尚未报送'
              )}{' '}
              <a href="#/dept/plan">编辑计划</a>
            </p>
          )}
        </Show>
      </section>
      <OutboxPanel department={dept} title="本部门的通知" />
      <section aria-labelledby="tasks-h">
        <h2 id="tasks-h">本部门参与的抽查任务</h2>
        <Show load={tasks}>
          {(page) => {
            const mine = page.items.filter(
              (t) => t.initiatingDepartment === dept || t.participatingDepartments.includes(dept),
            );
            return mine.length === 0 ? (
              <p>本年度没有本部门参与的任务。</p>
            ) : (
              <ul>
                {mine.map((t) => (
                  <li key={t.id}>
                    <a href={`#/dept/tasks/${t.id}`}>
                      {t.id} {t.name}
                    </a>{' '}
                    （{STAGE_NAMES[t.stage] ?? t.stage}）
                  </li>
                ))}
              </ul>
            );
          }}
        </Show>
      </section>
      {tasks.data ? (
        <Inbox
          dept={dept}
          taskIds={tasks.data.items
            .filter(
              (t) =>
                t.drawnAt &&
                (t.initiatingDepartment === dept || t.participatingDepartments.includes(dept)),
            )
            .map((t) => t.id)}
        />
      ) : null}
      <section aria-labelledby="dir-h">
        <h2 id="dir-h">名录</h2>
        <ul>
          {(Object.keys(KIND_NAMES) as Kind[]).map((k) => (
            <li key={k}>
              <a href={`#/dept/${k}`}>{KIND_NAMES[k]}</a>
            </li>
          ))}
          <li>
            <a href="#/dept/import">导入名录文件</a>
          </li>
        </ul>
      </section>
    </>
  );
};

// ---------------------------------------------------------------- directories

const ITEM_METHODS = {
  'on-site': '实地核查',
  'desk-review': '书面检查',
  'online-monitoring': '网络监测',
} as const;

/** Adding an inspection item (targets and inspectors come in by import). */
const NewItem = ({ dept, onCreated }: { dept: string; onCreated(): void }) => {
  const { api } = useApp();
  const blank = {
    code: '',
    name: '',
    legalBasis: '',
    category: 'general' as 'key' | 'general',
    qualification: `${dept}-GEN`,
    methods: ['on-site'] as (keyof typeof ITEM_METHODS)[],
  };
  const [item, setItem] = useState(blank);
  const [done, setDone] = useState('');
  const act = useAction();
  const text = (field: 'code' | 'name' | 'legalBasis' | 'qualification', label: string) => (
    <Field label={label} name={field} error={act.error}>
      {(f) => (
        <input
          {...f}
          required
          value={item[field]}
          onInput={(e) => setItem({ ...item, [field]: (e.target as HTMLInputElement).value })}
        />
      )}
    </Field>
  );
  return (
    <details>
      <summary>新增检查事项</summary>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const r = await act.run(() =>
            must(api.POST('/departments/{dept}/items', { params: { path: { dept } }, body: item })),
          );
          if (r) {
            setDone(`已新增 ${item.code}。`);
            setItem(blank);
            onCreated();
          }
        }}
      >
        {text('code', '事项编码')}
        {text('name', '事项名称')}
        {text('legalBasis', '法律依据')}
        <Field label="类别" name="category" error={act.error}>
          {(f) => (
            <select
              {...f}
              value={item.category}
              onChange={(e) =>
                setItem({ ...item, category: (e.target as HTMLSelectElement).value as 'key' })
              }
            >
              <option value="key">重点检查事项</option>
              <option value="general">一般检查事项</option>
            </select>
          )}
        </Field>
        <fieldset>
          <legend>检查方式</legend>
          {(Object.keys(ITEM_METHODS) as (keyof typeof ITEM_METHODS)[]).map((m) => (
            <label key={m} class="check">
              <input
                type="checkbox"
                checked={item.methods.includes(m)}
                onChange={(e) =>
                  setItem({
                    ...item,
                    methods: (e.target as HTMLInputElement).checked
                      ? [...item.methods, m]
                      : item.methods.filter((x) => x !== m),
                  })
                }
              />
              {ITEM_METHODS[m]}
            </label>
          ))}
        </fieldset>
        {text('qualification', '所需执法资质')}
        <ErrorBox error={act.error} />
        {done ? <p role="status">{done}</p> : null}
        <button type="submit" disabled={act.busy}>
          新增
        </button>
      </form>
    </details>
  );
};

export const DirectoryList = ({ kind }: { kind: Kind }) => {
  const { api } = useApp();
  const dept = useDept();
  const [filters, setFilters] = useState<Record<string, string>>({ status: 'active' });
  const [search, setSearch] = useState('');
  const [pages, setPages] = useState<string[]>([]);
  const query = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== ''));
  const list = useLoad(async () => {
    const first = await listOf(api, kind, dept, { ...query, limit: 200 });
    return { items: first.items as Record<string, unknown>[], cursor: first.cursor };
  }, [kind, dept, JSON.stringify(query)]);
  const [more, setMore] = useState<{ items: Record<string, unknown>[]; cursor?: string }>();
  const all = [...(list.data?.items ?? []), ...(more?.items ?? [])];
  const cursor = more ? more.cursor : list.data?.cursor;
  const needle = search.trim().toLowerCase();
  const shown = needle
    ? all.filter((e) =>
        [e.name, e.id, e.code, e.uscc].some(
          (v) => typeof v === 'string' && v.toLowerCase().includes(needle),
        ),
      )
    : all;
  void pages;
  return (
    <>
      <h1>
        {departmentName(dept)} · {KIND_NAMES[kind]}
      </h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label="筛选">
        <Field label="搜索（名称、编号、信用代码）">
          {(f) => (
            <input
              {...f}
              type="search"
              value={search}
              onInput={(e) => setSearch((e.target as HTMLInputElement).value)}
            />
          )}
        </Field>
        {FILTERS[kind].map((flt) => (
          <Field key={flt.field} label={flt.label} name={flt.field} error={list.error}>
            {(f) =>
              flt.options ? (
                <select
                  {...f}
                  value={filters[flt.field] ?? ''}
                  onChange={(e) => {
                    setMore(undefined);
                    setPages([]);
                    setFilters({ ...filters, [flt.field]: (e.target as HTMLSelectElement).value });
                  }}
                >
                  <option value="">全部</option>
                  {flt.options.map((o) => (
                    <option key={o} value={o}>
                      {WORDS[o] ?? o}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  {...f}
                  value={filters[flt.field] ?? ''}
                  onChange={(e) => {
                    setMore(undefined);
                    setFilters({ ...filters, [flt.field]: (e.target as HTMLInputElement).value });
                  }}
                />
              )
            }
          </Field>
        ))}
      </form>
      {kind === 'items' ? <NewItem dept={dept} onCreated={list.reload} /> : null}
      {list.error ? <ErrorBox error={list.error} /> : null}
      {!list.data && !list.error ? <Loading /> : null}
      {list.data ? (
        <>
          <p role="status">
            显示 {shown.length} 条{cursor ? '（还有更多）' : ''}
          </p>
          <div class="scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">编号</th>
                  <th scope="col">名称</th>
                  <th scope="col">
                    {kind === 'targets'
                      ? '镇街 / 行业 / 风险'
                      : kind === 'inspectors'
                        ? '单位 / 资质'
                        : '类别'}
                  </th>
                  <th scope="col">状态</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((e) => {
                  const id = idOf(kind, e);
                  return (
                    <tr key={id}>
                      <td>
                        <a href={`#/dept/${kind}/${encodeURIComponent(id)}`}>{id}</a>
                      </td>
                      <td>{String(e.name ?? '')}</td>
                      <td>
                        {kind === 'targets'
                          ? `${e.town} / ${e.industry} / ${e.riskClass}`
                          : kind === 'inspectors'
                            ? e.category === 'daily-supervision'
                              ? `${e.unit || '—'} / 日常监管人员`
                              : `${e.unit || '—'} / ${((e.qualifications as string[]) ?? []).join('、')}`
                            : WORDS[String(e.category)]}
                      </td>
                      <td>{WORDS[String(e.status)] ?? String(e.status)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {cursor ? (
            <button
              type="button"
              onClick={async () => {
                const next = await listOf(api, kind, dept, { ...query, limit: 200, cursor });
                setMore({
                  items: [...(more?.items ?? []), ...(next.items as Record<string, unknown>[])],
                  cursor: next.cursor,
                });
              }}
            >
              加载更多
            </button>
          ) : null}
        </>
      ) : null}
    </>
  );
};

const show = (v: unknown): string =>
  v === undefined || v === null ? '—' : typeof v === 'string' ? v : JSON.stringify(v);

export const DirectoryEntry = ({ kind, id }: { kind: Kind; id: string }) => {
  const { api } = useApp();
  const dept = useDept();
  const entry = useLoad(() => getEntry(api, kind, dept, id), [kind, dept, id]);
  // what the clerk read, and what they changed: a conflict compares the two with the server's
  const [base, setBase] = useState<Entry>();
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<{ theirs: Entry; changed: string[] }>();
  const [reason, setReason] = useState('');
  const [done, setDone] = useState('');
  const act = useAction();
  const current = base ?? entry.data;
  const save = async () => {
    if (!current) return;
    setDone('');
    const body: Record<string, unknown> = { ...edits, expectedVersion: current.version };
    try {
      await patchEntry(api, kind, dept, id, body);
      setEdits({});
      setBase(undefined);
      setConflict(undefined);
      setDone('已保存。');
      entry.reload();
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        const theirs = await getEntry(api, kind, dept, id);
        const changed = EDITABLE[kind]
          .map((f) => f.field)
          .filter((f) => JSON.stringify(theirs[f]) !== JSON.stringify(current[f]));
        setConflict({ theirs, changed });
      }
      act.setError(e);
    }
  };
  return (
    <>
      <h1>
        {KIND_NAMES[kind]}：{id}
      </h1>
      <p>
        <a href={`#/dept/${kind}`}>返回名录</a>
      </p>
      <Show load={entry}>
        {() =>
          current ? (
            <>
              <p>
                状态：{WORDS[current.status] ?? current.status}（版本 {current.version}）
                {current.deactivation
                  ? `，停用原因：${(current.deactivation as { reason: string }).reason}`
                  : ''}
              </p>
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  void act.run(save);
                }}
              >
                {EDITABLE[kind].map((f) => (
                  <Field
                    key={f.field}
                    label={f.label}
                    name={f.field}
                    error={act.error}
                    {...(f.hint ? { hint: f.hint } : {})}
                  >
                    {(p) =>
                      f.options ? (
                        <select
                          {...p}
                          value={edits[f.field] ?? show(fieldValue(kind, current, f.field))}
                          onChange={(e) =>
                            setEdits({ ...edits, [f.field]: (e.target as HTMLSelectElement).value })
                          }
                        >
                          {f.options.map((o) => (
                            <option key={o} value={o}>
                              {WORDS[o] ?? o}
                            </option>
                          ))}
                        </select>
                      ) : (
                        <input
                          {...p}
                          value={edits[f.field] ?? (current[f.field] as string | undefined) ?? ''}
                          onInput={(e) =>
                            setEdits({ ...edits, [f.field]: (e.target as HTMLInputElement).value })
                          }
                        />
                      )
                    }
                  </Field>
                ))}
                {conflict ? (
                  <div class="conflict" role="alert">
                    <p>
                      保存前此条目已被他人修改（现为版本 {conflict.theirs.version}）。变化的字段：
                    </p>
                    <table>
                      <thead>
                        <tr>
                          <th scope="col">字段</th>
                          <th scope="col">您读取时</th>
                          <th scope="col">现在</th>
                          <th scope="col">您的修改</th>
                        </tr>
                      </thead>
                      <tbody>
                        {conflict.changed.map((f) => (
                          <tr key={f}>
                            <td>{EDITABLE[kind].find((x) => x.field === f)?.label ?? f}</td>
                            <td>{show(current[f])}</td>
                            <td>{show(conflict.theirs[f])}</td>
                            <td>{show(edits[f])}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                    <button
                      type="button"
                      onClick={() => {
                        setBase(conflict.theirs);
                        setConflict(undefined);
                        act.setError(undefined);
                      }}
                    >
                      以最新版本为基础，保留我的修改
                    </button>
                  </div>
                ) : null}
                <ErrorBox error={act.error} />
                {done ? <p role="status">{done}</p> : null}
                <button type="submit" disabled={act.busy || Object.keys(edits).length === 0}>
                  保存
                </button>
              </form>
              {current.status === 'active' ? (
                <form
                  onSubmit={async (e) => {
                    e.preventDefault();
                    const r = await act.run(() =>
                      deactivateEntry(api, kind, dept, id, {
                        reason,
                        expectedVersion: current.version,
                      }),
                    );
                    if (r) {
                      setDone('已停用。');
                      setBase(undefined);
                      entry.reload();
                    }
                  }}
                >
                  <Field label="停用原因" name="reason" error={act.error}>
                    {(p) => (
                      <input
                        {...p}
                        required
                        value={reason}
                        onInput={(e) => setReason((e.target as HTMLInputElement).value)}
                      />
                    )}
                  </Field>
                  <button type="submit" disabled={act.busy}>
                    停用
                  </button>
                </form>
              ) : null}
              <section aria-labelledby="history-h">
                <h2 id="history-h">变更记录</h2>
                <ol class="history">
                  {(
                    (current.history as {
                      version: number;
                      action: string;
                      by: string;
                      at: string;
                      why: string;
                      changes: { field: string; from: unknown; to: unknown }[];
                    }[]) ?? []
                  ).map((h) => (
                    <li key={h.version}>
                      版本 {h.version} · {h.action} · {h.by} · {h.at}
                      {h.why ? ` · ${h.why}` : ''}
                      {h.changes.length ? (
                        <ul>
                          {h.changes.map((c) => (
                            <li key={c.field}>
                              {c.field}：{show(c.from)} → {show(c.to)}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </li>
                  ))}
                </ol>
              </section>
            </>
          ) : null
        }
      </Show>
    </>
  );
};

// ---------------------------------------------------------------- import

const PART_ROWS = 500;
const COLUMNS: Record<'targets' | 'inspectors', readonly ColumnSpec[]> = {
  targets: TARGET_COLUMNS,
  inspectors: INSPECTOR_COLUMNS,
};

interface ImportError {
  row: number;
  field: string;
  rule: string;
  code: string;
  value?: unknown;
}

export const ImportScreen = () => {
  const { api } = useApp();
  const dept = useDept();
  const [kind, setKind] = useState<'targets' | 'inspectors'>('targets');
  const [file, setFile] = useState<{ name: string; sheet: SheetRows }>();
  const [readError, setReadError] = useState<unknown>();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [report, setReport] = useState<{
    created: number;
    updated: number;
    unchanged: number;
    invalid: number;
    errors: ImportError[];
    ignored: string[];
  }>();
  const act = useAction();
  const index = columnIndex(COLUMNS[kind]);
  const take = async (f: File | undefined) => {
    setReport(undefined);
    setProgress(undefined);
    setReadError(undefined);
    if (!f) return;
    try {
      setFile({ name: f.name, sheet: await readSheet(f) });
    } catch (e) {
      setReadError(e);
    }
  };
  const run = async () => {
    if (!file) return;
    const { headers, rows } = file.sheet;
    const total = rows.length;
    const sum = {
      created: 0,
      updated: 0,
      unchanged: 0,
      invalid: 0,
      errors: [] as ImportError[],
      ignored: [] as string[],
    };
    setProgress({ done: 0, total });
    for (let offset = 0; offset < total; offset += PART_ROWS) {
      const part = toCsv([headers, ...rows.slice(offset, offset + PART_ROWS)]);
      const init = {
        params: { path: { dept }, query: { rowOffset: offset } },
        body: part as never,
        bodySerializer: (b: unknown) => b as string,
        headers: { 'content-type': 'text/csv; charset=utf-8' },
      };
      const r =
        kind === 'targets'
          ? await must(api.POST('/departments/{dept}/targets/import', init))
          : await must(api.POST('/departments/{dept}/inspectors/import', init));
      sum.created += r.created;
      sum.updated += r.updated;
      sum.unchanged += r.unchanged;
      sum.invalid += r.invalid;
      sum.errors.push(...r.errors);
      sum.ignored = r.ignoredColumns;
      setProgress({ done: Math.min(offset + PART_ROWS, total), total });
      setReport({ ...sum, errors: [...sum.errors] });
    }
  };
  return (
    <>
      <h1>导入名录</h1>
      <Field label="导入到">
        {(f) => (
          <select
            {...f}
            value={kind}
            onChange={(e) =>
              setKind((e.target as HTMLSelectElement).value as 'targets' | 'inspectors')
            }
          >
            <option value="targets">检查对象名录</option>
            <option value="inspectors">执法检查人员名录</option>
          </select>
        )}
      </Field>
      {kind === 'inspectors' ? (
        <p>
          人员类别一列填写“执法人员”或“日常监管人员”（不填即为执法人员）。执法人员须填执法证号与有效期至；
          日常监管人员不填执法证，不参加抽取，不可任组长。
        </p>
      ) : null}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a pointer shortcut; the file input inside is the keyboard path */}
      <div
        class="drop"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          void take(e.dataTransfer?.files[0]);
        }}
      >
        <Field label="将 CSV（UTF-8 或 GB18030）或 XLSX 文件拖到此处，或选择文件">
          {(f) => (
            <input
              {...f}
              type="file"
              accept=".csv,.xlsx,text/csv"
              onChange={(e) => void take((e.target as HTMLInputElement).files?.[0])}
            />
          )}
        </Field>
      </div>
      <ErrorBox error={readError} />
      {file ? (
        <section aria-labelledby="preview-h">
          <h2 id="preview-h">
            预览：{file.name}（{file.sheet.encoding.toUpperCase()}，{file.sheet.rows.length} 行）
          </h2>
          <div class="scroll">
            <table class="preview">
              <thead>
                <tr>
                  {file.sheet.headers.map((h) => (
                    <th key={h} scope="col">
                      {h}
                      <br />
                      <small data-mapped={index.get(h.toLowerCase())?.field ?? ''}>
                        {index.get(h.toLowerCase())
                          ? `→ ${index.get(h.toLowerCase())!.field}`
                          : '（不导入）'}
                      </small>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {file.sheet.rows.slice(0, 5).map((r, i) => (
                  <tr key={i}>
                    {file.sheet.headers.map((h, j) => (
                      <td key={h}>{r[j] ?? ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ErrorBox error={act.error} />
          <button type="button" disabled={act.busy} onClick={() => void act.run(run)}>
            {act.busy ? '导入中…' : `导入 ${file.sheet.rows.length} 行`}
          </button>
        </section>
      ) : null}
      {progress ? (
        <Progress label="导入进度（行）" value={progress.done} max={progress.total} />
      ) : null}
      {report ? (
        <section aria-labelledby="report-h">
          <h2 id="report-h">导入结果</h2>
          <p role="status" data-report>
            新增 {report.created}，更新 {report.updated}，未变 {report.unchanged}，有误{' '}
            {report.invalid}
            {report.ignored.length ? `；未导入的列：${report.ignored.join('、')}` : ''}
          </p>
          {report.errors.length ? (
            <>
              <button
                type="button"
                onClick={() =>
                  download(
                    `${kind}-errors.csv`,
                    `\ufeff${toCsv([
                      ['行号', '字段', '规则', '代码', '值'],
                      ...report.errors.map((e) => [
                        String(e.row),
                        e.field,
                        e.rule,
                        e.code,
                        show(e.value),
                      ]),
                    ])}`,
                  )
                }
              >
                下载错误清单（CSV）
              </button>
              <div class="scroll">
                <table class="errors">
                  <thead>
                    <tr>
                      <th scope="col">行号</th>
                      <th scope="col">字段</th>
                      <th scope="col">规则</th>
                      <th scope="col">值</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.errors.map((e) => (
                      <tr key={`${e.row}-${e.field}`} data-row={e.row}>
                        <td>{e.row}</td>
                        <td>{e.field}</td>
                        <td>{e.rule}</td>
                        <td>{show(e.value)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : null}
        </section>
      ) : null}
    </>
  );
};

// ---------------------------------------------------------------- plan editor

interface DraftTask {
  seq: number;
  name: string;
  items: string[];
  participants: string[];
  stratified: boolean;
  /** percent text per stratum key, as typed */
  ratios: Record<string, string>;
  start: string;
  end: string;
  teamSize: number;
}

const RISK_KEYS = ['risk:A', 'risk:B', 'risk:C', 'risk:D'] as const;

const toInput = (t: DraftTask) => ({
  seq: t.seq,
  name: t.name,
  items: t.items,
  participants: t.participants,
  strata: (t.stratified ? RISK_KEYS : (['all'] as const)).map((key) => ({
    key,
    ratioBp: Math.round(Number(t.ratios[key] ?? '0') * 100),
  })),
  window: { start: t.start, end: t.end },
  teamSize: t.teamSize,
});

const fromPlanTask = (t: {
  seq: number;
  name: string;
  items: string[];
  participants: string[];
  strata: { key: string; ratioBp: number }[];
  window: { start: string; end: string };
  teamSize: number;
}): DraftTask => ({
  seq: t.seq,
  name: t.name,
  items: t.items,
  participants: t.participants,
  stratified: !t.strata.some((s) => s.key === 'all'),
  ratios: Object.fromEntries(t.strata.map((s) => [s.key, String(s.ratioBp / 100)])),
  start: t.window.start,
  end: t.window.end,
  teamSize: t.teamSize,
});

/**
 * The quota band as the server checks it (packages/domain/src/ratio.ts): the task's overall
 * ratio over the department's active targets, key items ≥ 20 %, general 3 %–10 %.
 */
const bandCheck = (
  t: DraftTask,
  i: number,
  categories: Map<string, string>,
  counts: RiskClassCounts,
): { field: string; message: string } | undefined => {
  const input = toInput(t);
  if (input.items.length === 0)
    return { field: `tasks.${i}.items`, message: `tasks.${i}.items: 至少选择一个检查事项` };
  const category = input.items.some((c) => categories.get(c) === 'key') ? 'key' : 'general';
  const band = ratioBand(category);
  const ratio = overallRatio(input.strata, counts);
  if (isWithinBand(ratio, band)) return undefined;
  const bounds =
    band.maxBp === undefined
      ? `≥ ${band.minBp / 100} %`
      : `${band.minBp / 100} %–${band.maxBp / 100} %`;
  return {
    field: `tasks.${i}.strata`,
    message: `tasks.${i}: overall ratio ${formatPercent(ratio)} (${ratio.numerator}/${ratio.denominator} bp) is outside ${bounds} required by ${band.rule}`,
  };
};

export const PlanEditor = () => {
  const { api, year } = useApp();
  const dept = useDept();
  const load = useLoad(async () => {
    const plan = await must(
      api.GET('/plans/{year}/departments/{dept}/internal', { params: { path: { year, dept } } }),
    ).catch((e) => (e instanceof ApiError && e.status === 404 ? undefined : Promise.reject(e)));
    const items = new Map<string, { name: string; category: string; department: string }>();
    for (const d of DEPARTMENTS) {
      const page = await must(
        api.GET('/departments/{dept}/items', {
          params: { path: { dept: d.code }, query: { status: 'active', limit: 1000 } },
        }),
      );
      for (const it of page.items)
        items.set(it.code, { name: it.name, category: it.category, department: d.code });
    }
    // active targets per risk class: what the server's ratio is computed over
    const counts: RiskClassCounts = { A: 0, B: 0, C: 0, D: 0 };
    let cursor: string | undefined;
    do {
      const page = await must(
        api.GET('/departments/{dept}/targets', {
          params: {
            path: { dept },
            query: { status: 'active', limit: 1000, ...(cursor ? { cursor } : {}) },
          },
        }),
      );
      for (const t of page.items) counts[t.riskClass] += 1;
      cursor = page.cursor;
    } while (cursor);
    return { plan, items, counts };
  }, [year, dept]);
  const [tasks, setTasks] = useState<DraftTask[]>();
  const [reason, setReason] = useState('');
  const [done, setDone] = useState('');
  const act = useAction();
  if (load.error) return <ErrorBox error={load.error} />;
  if (!load.data) return <Loading what="读取计划、事项清单与名录户数" />;
  const { plan, items, counts } = load.data;
  const list = tasks ??
    plan?.tasks.map(fromPlanTask) ?? [
      {
        seq: 1,
        name: '',
        items: [],
        participants: [],
        stratified: false,
        ratios: { all: '' },
        start: `${year}-01-01`,
        end: `${year}-12-31`,
        teamSize: 2,
      },
    ];
  const categories = new Map([...items].map(([code, it]) => [code, it.category]));
  const checks = list.map((t, i) => bandCheck(t, i, categories, counts));
  const update = (i: number, patch: Partial<DraftTask>) =>
    setTasks(list.map((t, j) => (j === i ? { ...t, ...patch } : t)));
  const editable = !plan || ['draft', 'returned', 'filed'].includes(plan.status);
  const submit = async () => {
    setDone('');
    const body = { tasks: list.map(toInput), ...(reason ? { reason } : {}) };
    const path = { params: { path: { year, dept } } };
    const saved =
      plan && plan.status === 'filed'
        ? await must(
            api.PATCH('/plans/{year}/departments/{dept}', {
              ...path,
              body: { ...body, expectedVersion: plan.version },
            }),
          )
        : await must(
            api.PUT('/plans/{year}/departments/{dept}', {
              ...path,
              body: { ...body, draft: false, ...(plan ? { expectedVersion: plan.version } : {}) },
            }),
          );
    setDone(
      `计划已${plan?.status === 'filed' ? '修改' : '报送'}（${PLAN_STATUS[saved.status]}，版本 ${saved.version}）。`,
    );
    setTasks(saved.tasks.map(fromPlanTask));
    load.reload();
  };
  const own = [...items].filter(([, it]) => it.department === dept);
  return (
    <>
      <h1>
        {departmentName(dept)} {year} 年度抽查计划
      </h1>
      <p>
        {plan ? (
          <>
            状态：<strong data-status={plan.status}>{PLAN_STATUS[plan.status]}</strong>（版本{' '}
            {plan.version}）{plan.late ? <span class="badge late">逾期报送</span> : null}
            {plan.status === 'returned' ? `，退回原因：${plan.returned?.reason}` : ''}
          </>
        ) : (
          '尚未报送'
        )}
        。名录在册对象：A 类 {counts.A}，B 类 {counts.B}，C 类 {counts.C}，D 类 {counts.D}。
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void act.run(submit);
        }}
      >
        {list.map((t, i) => (
          <fieldset key={i} class="plan-task">
            <legend>任务 {t.seq}</legend>
            <Field label="任务名称" name={`tasks.${i}.name`} error={act.error}>
              {(f) => (
                <input
                  {...f}
                  required
                  disabled={!editable}
                  value={t.name}
                  onInput={(e) => update(i, { name: (e.target as HTMLInputElement).value })}
                />
              )}
            </Field>
            <fieldset
              class={
                act.error && (act.error as ApiError).field?.startsWith(`tasks.${i}.items`)
                  ? 'invalid'
                  : ''
              }
            >
              <legend>检查事项</legend>
              {own.map(([code, it]) => (
                <label key={code} class="check">
                  <input
                    type="checkbox"
                    disabled={!editable}
                    checked={t.items.includes(code)}
                    onChange={(e) =>
                      update(i, {
                        items: (e.target as HTMLInputElement).checked
                          ? [...t.items, code]
                          : t.items.filter((c) => c !== code),
                      })
                    }
                  />
                  {it.name}（{code}，{WORDS[it.category]}）
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>参与部门（联合抽查）</legend>
              {DEPARTMENTS.filter((d) => d.code !== dept).map((d) => (
                <label key={d.code} class="check">
                  <input
                    type="checkbox"
                    disabled={!editable}
                    checked={t.participants.includes(d.code)}
                    onChange={(e) =>
                      update(i, {
                        participants: (e.target as HTMLInputElement).checked
                          ? [...t.participants, d.code]
                          : t.participants.filter((c) => c !== d.code),
                      })
                    }
                  />
                  {d.name}
                </label>
              ))}
            </fieldset>
            <label class="check">
              <input
                type="checkbox"
                disabled={!editable}
                checked={t.stratified}
                onChange={(e) => update(i, { stratified: (e.target as HTMLInputElement).checked })}
              />
              按信用风险分类分层抽取
            </label>
            {(t.stratified ? RISK_KEYS : (['all'] as const)).map((key) => (
              <Field
                key={key}
                label={
                  key === 'all' ? '抽查比例（%）' : `${key.replace('risk:', '')} 类抽查比例（%）`
                }
                name={`tasks.${i}.strata`}
                error={act.error}
              >
                {(f) => (
                  <input
                    {...f}
                    type="number"
                    inputMode="decimal"
                    min={0}
                    max={100}
                    step="0.01"
                    required
                    disabled={!editable}
                    value={t.ratios[key] ?? ''}
                    onInput={(e) =>
                      update(i, {
                        ratios: { ...t.ratios, [key]: (e.target as HTMLInputElement).value },
                      })
                    }
                  />
                )}
              </Field>
            ))}
            {checks[i] ? (
              <p class="warn" role="alert" data-check={checks[i]!.field}>
                {checks[i]!.message}
              </p>
            ) : (
              <p class="ok" data-check="">
                比例符合要求：{formatPercent(overallRatio(toInput(t).strata, counts))}
              </p>
            )}
            <div class="row">
              <Field label="开始日期" name={`tasks.${i}.window`} error={act.error}>
                {(f) => (
                  <input
                    {...f}
                    type="date"
                    disabled={!editable}
                    value={t.start}
                    onInput={(e) => update(i, { start: (e.target as HTMLInputElement).value })}
                  />
                )}
              </Field>
              <Field label="结束日期" name={`tasks.${i}.window`} error={act.error}>
                {(f) => (
                  <input
                    {...f}
                    type="date"
                    disabled={!editable}
                    value={t.end}
                    onInput={(e) => update(i, { end: (e.target as HTMLInputElement).value })}
                  />
                )}
              </Field>
              <Field label="每组人数" name={`tasks.${i}.teamSize`} error={act.error}>
                {(f) => (
                  <input
                    {...f}
                    type="number"
                    min={1}
                    disabled={!editable}
                    value={t.teamSize}
                    onInput={(e) =>
                      update(i, { teamSize: Number((e.target as HTMLInputElement).value) })
                    }
                  />
                )}
              </Field>
            </div>
            {editable && list.length > 1 ? (
              <button type="button" onClick={() => setTasks(list.filter((_, j) => j !== i))}>
                删除任务 {t.seq}
              </button>
            ) : null}
          </fieldset>
        ))}
        {editable ? (
          <>
            <button
              type="button"
              onClick={() =>
                setTasks([
                  ...list,
                  {
                    seq: Math.max(0, ...list.map((t) => t.seq)) + 1,
                    name: '',
                    items: [],
                    participants: [],
                    stratified: false,
                    ratios: { all: '' },
                    start: `${year}-01-01`,
                    end: `${year}-12-31`,
                    teamSize: 2,
                  },
                ])
              }
            >
              添加任务
            </button>
            {plan ? (
              <Field label="修改说明" name="reason" error={act.error}>
                {(f) => (
                  <input
                    {...f}
                    value={reason}
                    onInput={(e) => setReason((e.target as HTMLInputElement).value)}
                  />
                )}
              </Field>
            ) : null}
            <ErrorBox error={act.error} />
            {done ? <p role="status">{done}</p> : null}
            <button type="submit" disabled={act.busy}>
              {plan?.status === 'filed' ? '提交修改' : '报送计划'}
            </button>
          </>
        ) : (
          <>
            {done ? <p role="status">{done}</p> : null}
            <p>计划已审核通过，不能再修改。</p>
          </>
        )}
      </form>
    </>
  );
};

// ---------------------------------------------------------------- one task

const METHODS: Record<string, string> = {
  'on-site': '实地核查',
  'desk-review': '书面检查',
  'online-monitoring': '网络监测',
  'third-party': '委托第三方',
};

interface Row {
  target: string;
  targetName: string;
  team: string[];
  item: string;
  method: string;
  date: string;
  wording: string;
  pick: boolean;
  /** members whose 执法证 was not shown (unticked); the others' are recorded as shown */
  notShown: string[];
  /** 日常监管人员 who went with the team */
  accompanying: string[];
}

interface Person {
  id: string;
  name: string;
  status: string;
  category?: string;
  certificateNo?: string;
}

/** The department's whole inspector directory, every status: names and 执法证 of its teams. */
const useDirectory = (dept: string) => {
  const { api } = useApp();
  return useLoad(async () => {
    const all: Person[] = [];
    let cursor: string | undefined;
    do {
      const page = await must(
        api.GET('/departments/{dept}/inspectors', {
          params: { path: { dept }, query: { limit: 1000, ...(cursor ? { cursor } : {}) } },
        }),
      );
      all.push(...(page.items as Person[]));
      cursor = page.cursor;
    } while (cursor);
    return new Map(all.map((p) => [p.id, p]));
  }, [dept]);
};

export const TaskWork = ({ taskId }: { taskId: string }) => {
  const { api, session } = useApp();
  const dept = useDept();
  const detail = useLoad(() => wholeTaskDetail(api, taskId), [taskId]);
  const pub = useLoad(
    () => must(api.GET('/tasks/{taskId}', { params: { path: { taskId } } })),
    [taskId],
  );
  const directory = useDirectory(dept);
  const [rows, setRows] = useState<Row[]>();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [rowErrors, setRowErrors] = useState<Record<string, ApiError>>({});
  const [done, setDone] = useState('');
  const act = useAction();
  const [handoff, setHandoff] = useState({
    targetId: '',
    item: '',
    kind: 'department-in-charge',
    receiverDepartment: '',
    receiverName: '',
    reason: '',
    date: today(),
  });
  const [ackBy, setAckBy] = useState<Record<string, string>>({});
  if (detail.error) return <ErrorBox error={detail.error} />;
  if (directory.error) return <ErrorBox error={directory.error} />;
  if (!detail.data || !pub.data || !directory.data) return <Loading what="读取任务" />;
  const people = directory.data;
  /** 日常监管人员 of the department, in its directory now: who may go with a team */
  const dailyStaff = [...people.values()].filter(
    (p) => p.category === 'daily-supervision' && p.status === 'active',
  );
  const { task, results, handoffs, lights } = detail.data;
  const names = new Map<string, string>();
  for (const d of pub.data.draws ?? [])
    for (const s of d.strata)
      for (const x of [...s.selected, ...s.reserve]) names.set(x.id, x.name);
  const myItems = task.items.filter((i) => i.department === dept).map((i) => i.code);
  const recorded = new Set(results.map((r) => `${r.targetId}|${r.item}`));
  const assignments = detail.data.assignments as unknown as {
    drawId: string;
    department: string;
    target: string;
    role: string;
    members: string[];
    status: string;
    replaces?: string;
  }[];
  const mine = assignments.filter(
    (a) => a.department === dept && (a.role === 'selected' || a.replaces) && a.status === 'filled',
  );
  const initial: Row[] = mine.flatMap((a) =>
    myItems
      .filter((item) => !recorded.has(`${a.target}|${item}`))
      .map((item) => ({
        target: a.target,
        targetName: names.get(a.target) ?? a.target,
        team: a.members,
        item,
        method: 'on-site',
        date: [today(), task.window.end].sort()[0]!,
        wording: 'no-problem',
        pick: false,
        notShown: [],
        accompanying: [],
      })),
  );
  const table = rows ?? initial;
  const set = (i: number, patch: Partial<Row>) =>
    setRows(table.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const recordBatch = async () => {
    const picked = table.filter((r) => r.pick);
    const errors: Record<string, ApiError> = {};
    setProgress({ done: 0, total: picked.length });
    let n = 0;
    for (const r of picked) {
      try {
        await must(
          api.POST('/tasks/{taskId}/results', {
            params: { path: { taskId } },
            body: {
              targetId: r.target,
              item: r.item,
              method: r.method as 'on-site',
              inspectionDate: r.date,
              wording: r.wording as 'no-problem',
              team: r.team,
              // 《行政处罚法》第55条: the 执法证 the team showed
              certificatesShown: r.team.flatMap((id) => {
                const no = people.get(id)?.certificateNo;
                return no && !r.notShown.includes(id) ? [no] : [];
              }),
              ...(r.accompanying.length ? { accompanying: r.accompanying } : {}),
            },
          }),
        );
      } catch (e) {
        if (e instanceof ApiError) errors[`${r.target}|${r.item}`] = e;
        else throw e;
      }
      n += 1;
      setProgress({ done: n, total: picked.length });
    }
    setRowErrors(errors);
    setDone(
      `已录入 ${picked.length - Object.keys(errors).length} 条结果${Object.keys(errors).length ? `，${Object.keys(errors).length} 条被拒绝` : ''}。`,
    );
    setRows(table.filter((r) => errors[`${r.target}|${r.item}`] || !r.pick));
    detail.reload();
  };
  const unpublished = results.filter((r) => r.department === dept && !r.publication.publishedAt);
  const inbox = handoffs.filter((h) => h.receiverDepartment === dept);
  return (
    <>
      <h1>
        {task.id} {task.name}
      </h1>
      <p>
        阶段：{STAGE_NAMES[task.stage] ?? task.stage}；检查时间 {task.window.start} 至{' '}
        {task.window.end}； 本部门事项：{myItems.join('、') || '无'}
      </p>
      <ErrorBox error={act.error} />
      {done ? <p role="status">{done}</p> : null}
      <section aria-labelledby="batch-h">
        <h2 id="batch-h">批量录入检查结果</h2>
        {table.length === 0 ? (
          <p>本部门没有待录入的结果。</p>
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void act.run(recordBatch);
            }}
          >
            <div class="scroll">
              <table class="batch">
                <thead>
                  <tr>
                    <th scope="col">录入</th>
                    <th scope="col">检查对象</th>
                    <th scope="col">事项</th>
                    <th scope="col">方式</th>
                    <th scope="col">检查日期</th>
                    <th scope="col">结果</th>
                  </tr>
                </thead>
                <tbody>
                  {table.map((r, i) => {
                    const err = rowErrors[`${r.target}|${r.item}`];
                    return (
                      <tr
                        key={`${r.target}|${r.item}`}
                        class={err ? 'invalid' : ''}
                        data-target={r.target}
                      >
                        <td>
                          <input
                            type="checkbox"
                            aria-label={`录入 ${r.targetName} ${r.item}`}
                            checked={r.pick}
                            onChange={(e) =>
                              set(i, { pick: (e.target as HTMLInputElement).checked })
                            }
                          />
                        </td>
                        <td>
                          {r.targetName}
                          <br />
                          <small>检查组（出示执法证）：</small>
                          {r.team.map((id) => {
                            const p = people.get(id);
                            return p?.certificateNo ? (
                              <label key={id} class="check">
                                <input
                                  type="checkbox"
                                  aria-label={`${r.targetName} ${p.name} 出示执法证 ${p.certificateNo}`}
                                  checked={!r.notShown.includes(id)}
                                  onChange={(e) =>
                                    set(i, {
                                      notShown: (e.target as HTMLInputElement).checked
                                        ? r.notShown.filter((x) => x !== id)
                                        : [...r.notShown, id],
                                    })
                                  }
                                />
                                <small>
                                  {p.name} {p.certificateNo}
                                </small>
                              </label>
                            ) : (
                              <small key={id}>{p?.name ?? id}（无执法证号）</small>
                            );
                          })}
                          {dailyStaff.length ? (
                            <details>
                              <summary>
                                <small>
                                  随行日常监管人员（可选）
                                  {r.accompanying.length ? `：${r.accompanying.length} 人` : ''}
                                </small>
                              </summary>
                              {dailyStaff.map((p) => (
                                <label key={p.id} class="check">
                                  <input
                                    type="checkbox"
                                    aria-label={`${r.targetName} 随行 ${p.name}`}
                                    checked={r.accompanying.includes(p.id)}
                                    onChange={(e) =>
                                      set(i, {
                                        accompanying: (e.target as HTMLInputElement).checked
                                          ? [...r.accompanying, p.id]
                                          : r.accompanying.filter((x) => x !== p.id),
                                      })
                                    }
                                  />
                                  <small>{p.name}</small>
                                </label>
                              ))}
                            </details>
                          ) : null}
                          {err ? (
                            <small class="field-error" role="alert">
                              {err.message}
                            </small>
                          ) : null}
                        </td>
                        <td>{r.item}</td>
                        <td>
                          <select
                            aria-label={`${r.targetName} 检查方式`}
                            value={r.method}
                            onChange={(e) =>
                              set(i, { method: (e.target as HTMLSelectElement).value })
                            }
                          >
                            {Object.entries(METHODS).map(([k, v]) => (
                              <option key={k} value={k}>
                                {v}
                              </option>
                            ))}
                          </select>
                        </td>
                        <td>
                          <input
                            type="date"
                            aria-label={`${r.targetName} 检查日期`}
                            aria-invalid={err?.field === 'inspectionDate' ? 'true' : undefined}
                            value={r.date}
                            onInput={(e) => set(i, { date: (e.target as HTMLInputElement).value })}
                          />
                        </td>
                        <td>
                          <select
                            aria-label={`${r.targetName} 检查结果`}
                            value={r.wording}
                            onChange={(e) =>
                              set(i, { wording: (e.target as HTMLSelectElement).value })
                            }
                          >
                            {Object.entries(RESULT_WORDINGS).map(([k, v]) => (
                              <option key={k} value={k}>
                                {v}
                              </option>
                            ))}
                          </select>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <p class="actions">
              <button
                type="button"
                onClick={() => setRows(table.map((r) => ({ ...r, pick: true })))}
              >
                全选
              </button>
              <button type="submit" disabled={act.busy || !table.some((r) => r.pick)}>
                录入所选结果
              </button>
            </p>
          </form>
        )}
        {progress ? <Progress label="录入进度" value={progress.done} max={progress.total} /> : null}
      </section>
      <section aria-labelledby="publish-h">
        <h2 id="publish-h">公示（谁检查、谁公示）</h2>
        <p>
          本部门已录入 {results.filter((r) => r.department === dept).length} 条，待公示{' '}
          {unpublished.length} 条。
          {lights.filter((l) => l.status !== 'on-time').length
            ? ` 亮灯 ${lights.filter((l) => l.status !== 'on-time').length} 条。`
            : ''}
        </p>
        <button
          type="button"
          disabled={act.busy || unpublished.length === 0}
          onClick={async () => {
            const r = await act.run(() =>
              must(
                api.POST('/tasks/{taskId}/publish', {
                  params: { path: { taskId } },
                  body: { department: dept },
                }),
              ),
            );
            if (r) {
              setDone('结果已公示。');
              detail.reload();
            }
          }}
        >
          公示 {unpublished.length} 条结果
        </button>
      </section>
      <section aria-labelledby="handoff-h">
        <h2 id="handoff-h">移交问题线索</h2>
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            const { receiverDepartment, ...rest } = handoff;
            const r = await act.run(() =>
              must(
                api.POST('/tasks/{taskId}/handoffs', {
                  params: { path: { taskId } },
                  body: {
                    ...rest,
                    kind: rest.kind as 'judicial',
                    ...(rest.kind === 'department-in-charge' ? { receiverDepartment } : {}),
                  },
                }),
              ),
            );
            if (r) {
              setDone('已移交。');
              detail.reload();
            }
          }}
        >
          <Field label="检查结果" name="targetId" error={act.error}>
            {(f) => (
              <select
                {...f}
                value={`${handoff.targetId}|${handoff.item}`}
                onChange={(e) => {
                  const [targetId = '', item = ''] = (e.target as HTMLSelectElement).value.split(
                    '|',
                  );
                  setHandoff({ ...handoff, targetId, item });
                }}
              >
                <option value="|">请选择</option>
                {results
                  .filter((r) => r.department === dept)
                  .map((r) => (
                    <option key={`${r.targetId}|${r.item}`} value={`${r.targetId}|${r.item}`}>
                      {names.get(r.targetId) ?? r.targetId} · {r.item} ·{' '}
                      {RESULT_WORDINGS[r.wording]}
                    </option>
                  ))}
              </select>
            )}
          </Field>
          <Field label="移交类型" name="kind" error={act.error}>
            {(f) => (
              <select
                {...f}
                value={handoff.kind}
                onChange={(e) =>
                  setHandoff({ ...handoff, kind: (e.target as HTMLSelectElement).value })
                }
              >
                <option value="department-in-charge">移交主管部门</option>
                <option value="judicial">移送司法机关</option>
              </select>
            )}
          </Field>
          {handoff.kind === 'department-in-charge' ? (
            <Field label="接收部门" name="receiverDepartment" error={act.error}>
              {(f) => (
                <select
                  {...f}
                  value={handoff.receiverDepartment}
                  onChange={(e) => {
                    const code = (e.target as HTMLSelectElement).value;
                    setHandoff({
                      ...handoff,
                      receiverDepartment: code,
                      receiverName: departmentName(code),
                    });
                  }}
                >
                  <option value="">请选择</option>
                  {DEPARTMENTS.filter((d) => d.code !== dept).map((d) => (
                    <option key={d.code} value={d.code}>
                      {d.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          <Field label="接收机关名称" name="receiverName" error={act.error}>
            {(f) => (
              <input
                {...f}
                required
                value={handoff.receiverName}
                onInput={(e) =>
                  setHandoff({ ...handoff, receiverName: (e.target as HTMLInputElement).value })
                }
              />
            )}
          </Field>
          <Field label="移交原因" name="reason" error={act.error}>
            {(f) => (
              <textarea
                {...f}
                required
                value={handoff.reason}
                onInput={(e) =>
                  setHandoff({ ...handoff, reason: (e.target as HTMLTextAreaElement).value })
                }
              />
            )}
          </Field>
          <Field label="移交日期" name="date" error={act.error}>
            {(f) => (
              <input
                {...f}
                type="date"
                value={handoff.date}
                onInput={(e) =>
                  setHandoff({ ...handoff, date: (e.target as HTMLInputElement).value })
                }
              />
            )}
          </Field>
          <button type="submit" disabled={act.busy}>
            移交
          </button>
        </form>
      </section>
      <section aria-labelledby="inbox-h">
        <h2 id="inbox-h">收到的移交</h2>
        {inbox.length === 0 ? (
          <p>本任务没有移交给本部门的线索。</p>
        ) : (
          <ul>
            {inbox.map((h) => (
              <li key={h.id}>
                {departmentName(h.from)} 移交：{names.get(h.targetId) ?? h.targetId} · {h.item} ·{' '}
                {h.reason}（{h.date}）
                {h.acknowledgement ? (
                  <span>；已签收：{h.acknowledgement.by}</span>
                ) : (
                  <form
                    class="inline"
                    onSubmit={async (e) => {
                      e.preventDefault();
                      const r = await act.run(() =>
                        must(
                          api.POST('/tasks/{taskId}/handoffs/{handoffId}/acknowledge', {
                            params: { path: { taskId, handoffId: h.id } },
                            body: {
                              acknowledgedBy: ackBy[h.id] ?? session.label,
                              at: new Date().toISOString(),
                            },
                          }),
                        ),
                      );
                      if (r) detail.reload();
                    }}
                  >
                    <Field label="签收人" name="acknowledgedBy" error={act.error}>
                      {(f) => (
                        <input
                          {...f}
                          value={ackBy[h.id] ?? session.label}
                          onInput={(e) =>
                            setAckBy({ ...ackBy, [h.id]: (e.target as HTMLInputElement).value })
                          }
                        />
                      )}
                    </Field>
                    <button type="submit">签收</button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
};
