import { useState } from 'preact/hooks';
import { departmentName } from '../../../domain/src/departments';
import { RESULT_WORDINGS } from '../../../domain/src/workflow/result-wordings';
import { ApiError, must } from './api';
import { departmentsOf } from './auth';
import { OutboxPanel } from './outbox';
import { ErrorBox, Field, Loading, names, Show, today, useAction, useApp, useLoad } from './ui';

const METHODS: Record<string, string> = {
  'on-site': '实地核查',
  'desk-review': '书面检查',
  'online-monitoring': '网络监测',
  'third-party': '委托第三方',
};

interface Assignment {
  taskId: string;
  taskName: string;
  department: string;
  departmentName: string;
  target: string;
  targetName: string;
  members: { id: string; name: string }[];
  leader: string | null;
}

/** The drawn teams this inspector is on, read from the published draws of the year. */
const useAssignments = () => {
  const { api, year, session } = useApp();
  const depts = departmentsOf(session);
  return useLoad(async () => {
    const tasks = await must(api.GET('/tasks', { params: { query: { year, limit: 1000 } } }));
    const out: Assignment[] = [];
    const drawn = tasks.items.filter(
      (t) =>
        t.drawnAt &&
        (!depts.length ||
          [t.initiatingDepartment, ...t.participatingDepartments].some((d) => depts.includes(d))),
    );
    const fulls = await Promise.all(
      drawn.map((t) => must(api.GET('/tasks/{taskId}', { params: { path: { taskId: t.id } } }))),
    );
    for (const [i, t] of drawn.entries()) {
      const full = fulls[i]!;
      for (const d of full.draws ?? [])
        for (const a of d.assignments)
          if (a.status === 'filled' && a.members.some((m) => m.id === session.sub))
            out.push({
              taskId: t.id,
              taskName: t.name,
              department: d.department,
              departmentName: d.departmentName,
              target: a.target,
              targetName: a.targetName,
              members: a.members,
              leader: a.leader,
            });
    }
    return out;
  }, [year, session.sub]);
};

export const InspectorHome = () => {
  const { session, year } = useApp();
  const list = useAssignments();
  return (
    <>
      <h1>我的检查任务</h1>
      <p>
        {session.label}（{session.sub}），{year} 年度
      </p>
      <Show load={list} what="读取抽取结果">
        {(items) =>
          items.length === 0 ? (
            <p>本年度没有分派给您的检查对象。</p>
          ) : (
            <ul class="cards">
              {items.map((a) => (
                <li key={`${a.taskId}-${a.target}-${a.department}`}>
                  <a href={`#/inspector/${a.taskId}/${encodeURIComponent(a.target)}`}>
                    <strong>{a.targetName}</strong>
                  </a>
                  <span>{a.taskName}</span>
                  <span>
                    {a.departmentName}检查组：
                    {a.members
                      .map((m) => (m.id === a.leader ? `${m.name}（组长）` : m.name))
                      .join('、')}
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </Show>
      <OutboxPanel title="我的通知" />
    </>
  );
};

const sha256Hex = async (file: File): Promise<string> =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');

export const InspectorAssignment = ({ taskId, targetId }: { taskId: string; targetId: string }) => {
  const { api, session } = useApp();
  const task = useLoad(
    () => must(api.GET('/tasks/{taskId}', { params: { path: { taskId } } })),
    [taskId],
  );
  const target = useLoad(async () => {
    const t = task.data;
    if (!t) return undefined;
    return must(
      api.GET('/departments/{dept}/targets/{id}', {
        params: { path: { dept: t.initiatingDepartment, id: targetId } },
      }),
    ).catch((e) =>
      e instanceof ApiError && (e.status === 403 || e.status === 404) ? null : Promise.reject(e),
    );
  }, [task.data, targetId]);
  const [form, setForm] = useState({
    item: '',
    method: 'on-site',
    performer: '',
    inspectionDate: today(),
    wording: 'no-problem',
    note: '',
  });
  const [evidence, setEvidence] = useState<{ id: string; sha256: string }[]>([]);
  const [penalty, setPenalty] = useState<{
    decisionNo: string;
    decisionDate: string;
    kind: string;
    warningOnly: boolean;
  }>();
  // what the team's result records of the people: 执法证 shown, 日常监管人员 who went along
  const teams = useLoad(
    () =>
      must(
        api.GET('/tasks/{taskId}/teams/{targetId}', {
          params: { path: { taskId, targetId } },
        }),
      ).catch((e) =>
        e instanceof ApiError && e.status === 404 ? { items: [] } : Promise.reject(e),
      ),
    [taskId, targetId],
  );
  /** members whose 执法证 the inspector unticked (not shown); every other one is shown */
  const [notShown, setNotShown] = useState<string[]>([]);
  const [accompanying, setAccompanying] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const act = useAction();
  if (task.error) return <ErrorBox error={task.error} />;
  if (!task.data) return <Loading what="读取任务" />;
  const t = task.data;
  const draws = (t.draws ?? []).filter((d) => d.assignments.some((a) => a.target === targetId));
  const mine = draws.find((d) =>
    d.assignments.some((a) => a.target === targetId && a.members.some((m) => m.id === session.sub)),
  );
  const team = mine?.assignments.find((a) => a.target === targetId);
  const people = teams.data?.items.find((x) => x.drawId === mine?.drawId);
  const certified = (people?.members ?? []).filter((m) => m.certificateNo);
  const items = t.items;
  const item = form.item || items[0]?.code || '';
  const name = team?.targetName ?? targetId;
  const set = (patch: Partial<typeof form>) => setForm({ ...form, ...patch });
  return (
    <>
      <h1>{name}</h1>
      <p>
        <a href="#/inspector">返回我的任务</a>
      </p>
      <section aria-labelledby="target-h">
        <h2 id="target-h">检查对象</h2>
        <Show load={target}>
          {(x) =>
            x ? (
              <dl class="facts">
                <dt>统一社会信用代码</dt>
                <dd>{x.uscc ?? x.id}</dd>
                <dt>所属镇街</dt>
                <dd>{x.town}</dd>
                <dt>行业</dt>
                <dd>{x.industry}</dd>
                <dt>信用风险等级</dt>
                <dd>{x.riskClass} 类</dd>
              </dl>
            ) : (
              <p>
                {targetId}（名录由{departmentName(t.initiatingDepartment)}管理）
              </p>
            )
          }
        </Show>
        <p>
          任务：{t.id} {t.name}（{t.window.start} 至 {t.window.end}）
        </p>
        {draws.map((d) => {
          const a = d.assignments.find((x) => x.target === targetId)!;
          return (
            <p key={d.drawId}>
              {d.departmentName}检查组：
              {a.members.map((m) => (m.id === a.leader ? `${m.name}（组长）` : m.name)).join('、')}
            </p>
          );
        })}
      </section>
      <section aria-labelledby="record-h">
        <h2 id="record-h">录入检查结果</h2>
        {saved ? (
          <p role="status">结果已录入，待部门公示。</p>
        ) : (
          <form
            onSubmit={async (e) => {
              e.preventDefault();
              if (!team) return;
              const r = await act.run(() =>
                must(
                  api.POST('/tasks/{taskId}/results', {
                    params: { path: { taskId } },
                    body: {
                      targetId,
                      item,
                      method: form.method as 'on-site',
                      ...(form.method === 'third-party' ? { performer: form.performer } : {}),
                      inspectionDate: form.inspectionDate,
                      wording: form.wording as 'no-problem',
                      evidence,
                      team: team.members.map((m) => m.id),
                      // 《行政处罚法》第55条: the 执法证 the team showed, each one ticked
                      certificatesShown: certified
                        .filter((m) => !notShown.includes(m.id))
                        .map((m) => m.certificateNo!),
                      ...(accompanying.length ? { accompanying } : {}),
                      ...(penalty ? { penalty } : {}),
                      ...(form.note ? { note: form.note } : {}),
                    },
                  }),
                ),
              );
              if (r) setSaved(true);
            }}
          >
            <Field label="检查事项" name="item" error={act.error}>
              {(f) => (
                <select
                  {...f}
                  value={item}
                  onChange={(e) => set({ item: (e.target as HTMLSelectElement).value })}
                >
                  {items.map((i) => (
                    <option key={i.code} value={i.code}>
                      {i.name}（{i.code}）
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="检查方式" name="method" error={act.error}>
              {(f) => (
                <select
                  {...f}
                  value={form.method}
                  onChange={(e) => set({ method: (e.target as HTMLSelectElement).value })}
                >
                  {Object.entries(METHODS).map(([k, v]) => (
                    <option key={k} value={k}>
                      {v}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {form.method === 'third-party' ? (
              <Field label="受委托的第三方" name="performer" error={act.error}>
                {(f) => (
                  <input
                    {...f}
                    required
                    value={form.performer}
                    onInput={(e) => set({ performer: (e.target as HTMLInputElement).value })}
                  />
                )}
              </Field>
            ) : null}
            <Field label="检查完成日期" name="inspectionDate" error={act.error}>
              {(f) => (
                <input
                  {...f}
                  type="date"
                  required
                  value={form.inspectionDate}
                  onInput={(e) => set({ inspectionDate: (e.target as HTMLInputElement).value })}
                />
              )}
            </Field>
            <Field label="检查结果（标准用语）" name="wording" error={act.error}>
              {(f) => (
                <select
                  {...f}
                  value={form.wording}
                  onChange={(e) => set({ wording: (e.target as HTMLSelectElement).value })}
                >
                  {Object.entries(RESULT_WORDINGS).map(([k, v]) => (
                    <option key={k} value={k}>
                      {v}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <fieldset
              class={names(act.error, 'certificatesShown') ? 'invalid' : undefined}
              aria-describedby={names(act.error, 'certificatesShown') ? 'shown-err' : undefined}
            >
              <legend>出示执法证</legend>
              {teams.error ? <ErrorBox error={teams.error} /> : null}
              {!teams.data && !teams.error ? <Loading what="读取检查组执法证" /> : null}
              {certified.map((m) => (
                <label key={m.id} class="check">
                  <input
                    type="checkbox"
                    name="certificatesShown"
                    value={m.certificateNo}
                    checked={!notShown.includes(m.id)}
                    onChange={(e) =>
                      setNotShown(
                        (e.target as HTMLInputElement).checked
                          ? notShown.filter((x) => x !== m.id)
                          : [...notShown, m.id],
                      )
                    }
                  />
                  {m.name}：执法证号 {m.certificateNo}
                </label>
              ))}
              {names(act.error, 'certificatesShown') ? (
                <small id="shown-err" class="field-error">
                  {(act.error as ApiError).message}
                </small>
              ) : null}
            </fieldset>
            {people && people.mayAccompany.length > 0 ? (
              <fieldset
                class={names(act.error, 'accompanying') ? 'invalid' : undefined}
                aria-describedby={names(act.error, 'accompanying') ? 'along-err' : undefined}
              >
                <legend>随行日常监管人员（可选，不计入执法人员）</legend>
                {people.mayAccompany.map((p) => (
                  <label key={p.id} class="check">
                    <input
                      type="checkbox"
                      name="accompanying"
                      value={p.id}
                      checked={accompanying.includes(p.id)}
                      onChange={(e) =>
                        setAccompanying(
                          (e.target as HTMLInputElement).checked
                            ? [...accompanying, p.id]
                            : accompanying.filter((x) => x !== p.id),
                        )
                      }
                    />
                    {p.name}（{p.id}）
                  </label>
                ))}
                {names(act.error, 'accompanying') ? (
                  <small id="along-err" class="field-error">
                    {(act.error as ApiError).message}
                  </small>
                ) : null}
              </fieldset>
            ) : null}
            <Field
              label="执法记录（照片、录像等，计算 SHA-256 作为证据索引）"
              name="evidence"
              error={act.error}
            >
              {(f) => (
                <input
                  {...f}
                  type="file"
                  multiple
                  onChange={async (e) => {
                    const files = Array.from((e.target as HTMLInputElement).files ?? []);
                    setEvidence(
                      await Promise.all(
                        files.map(async (file) => ({
                          id: file.name,
                          sha256: await sha256Hex(file),
                        })),
                      ),
                    );
                  }}
                />
              )}
            </Field>
            {evidence.length ? (
              <ul class="evidence">
                {evidence.map((x) => (
                  <li key={x.id}>
                    {x.id}：<code>{x.sha256.slice(0, 16)}…</code>
                  </li>
                ))}
              </ul>
            ) : null}
            <label class="check">
              <input
                type="checkbox"
                checked={!!penalty}
                onChange={(e) =>
                  setPenalty(
                    (e.target as HTMLInputElement).checked
                      ? {
                          decisionNo: '',
                          decisionDate: form.inspectionDate,
                          kind: '',
                          warningOnly: false,
                        }
                      : undefined,
                  )
                }
              />
              作出行政处罚
            </label>
            {penalty ? (
              <fieldset>
                <legend>行政处罚</legend>
                <Field label="处罚决定书文号" name="penalty.decisionNo" error={act.error}>
                  {(f) => (
                    <input
                      {...f}
                      required
                      value={penalty.decisionNo}
                      onInput={(e) =>
                        setPenalty({ ...penalty, decisionNo: (e.target as HTMLInputElement).value })
                      }
                    />
                  )}
                </Field>
                <Field label="处罚决定日期" name="penalty.decisionDate" error={act.error}>
                  {(f) => (
                    <input
                      {...f}
                      type="date"
                      required
                      value={penalty.decisionDate}
                      onInput={(e) =>
                        setPenalty({
                          ...penalty,
                          decisionDate: (e.target as HTMLInputElement).value,
                        })
                      }
                    />
                  )}
                </Field>
                <Field label="处罚种类" name="penalty.kind" error={act.error}>
                  {(f) => (
                    <input
                      {...f}
                      required
                      value={penalty.kind}
                      onInput={(e) =>
                        setPenalty({ ...penalty, kind: (e.target as HTMLInputElement).value })
                      }
                    />
                  )}
                </Field>
                <label class="check">
                  <input
                    type="checkbox"
                    checked={penalty.warningOnly}
                    onChange={(e) =>
                      setPenalty({
                        ...penalty,
                        warningOnly: (e.target as HTMLInputElement).checked,
                      })
                    }
                  />
                  仅警告（不公示）
                </label>
              </fieldset>
            ) : null}
            <Field label="备注（不公示）" name="note" error={act.error}>
              {(f) => (
                <textarea
                  {...f}
                  value={form.note}
                  onInput={(e) => set({ note: (e.target as HTMLTextAreaElement).value })}
                />
              )}
            </Field>
            <ErrorBox error={act.error} />
            {!team ? <p role="alert">您不在此检查对象的检查组中。</p> : null}
            <button type="submit" disabled={act.busy || !team}>
              {act.busy ? '提交中…' : '提交结果'}
            </button>
          </form>
        )}
      </section>
    </>
  );
};
