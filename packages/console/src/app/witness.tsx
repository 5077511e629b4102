import { useState } from 'preact/hooks';
import { ApiError, must } from './api';
import { witnessIdsOf } from './auth';
import { download, ErrorBox, Field, Show, useAction, useApp, useLoad } from './ui';

const hex = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** SHA-256 of the secret as ASCII text, as `witnessCommitment` of @double-random/draw computes it. */
const commitmentOf = async (secret: string): Promise<string> =>
  hex(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(secret))));

const keyOf = (taskId: string, witness: string) => `double-random.witness.${taskId}.${witness}`;

/**
 * A witness of a draw (纪检监察, a notary, a participating department): before the office
 * creates the task, it publishes SHA-256 of a secret made here; after the commitment, it
 * reveals the secret. The secret stays in this browser (and in the file it saves) until then.
 */
export const WitnessScreen = ({ taskId: initial }: { taskId?: string }) => {
  const { api, session, year } = useApp();
  const ids = witnessIdsOf(session);
  const [witness, setWitness] = useState(ids[0] ?? '');
  const [taskId, setTaskId] = useState(initial ?? `${year}-`);
  const [secret, setSecret] = useState('');
  const [done, setDone] = useState('');
  const act = useAction();
  const valid = /^\d{4}-[A-Z0-9]{2,16}-\d{3}$/.test(taskId);
  const task = useLoad(
    async () =>
      valid
        ? must(api.GET('/tasks/{taskId}', { params: { path: { taskId } } })).catch((e) =>
            e instanceof ApiError && e.status === 404 ? null : Promise.reject(e),
          )
        : null,
    [taskId, done],
  );
  const stored = valid && witness ? localStorage.getItem(keyOf(taskId, witness)) : null;
  const path = { params: { path: { taskId, witness } } };
  return (
    <>
      <h1>抽取见证</h1>
      <p>
        见证人先公布自己秘密的
        SHA-256，再由联席会议办公室创建任务；承诺公示后各见证人揭示秘密，随机源由全部揭示按承诺顺序计算，任何一方都无法单独决定。
      </p>
      <div class="row">
        <Field label="见证身份" name="witness" error={act.error}>
          {(f) => (
            <select
              {...f}
              value={witness}
              onChange={(e) => setWitness((e.target as HTMLSelectElement).value)}
            >
              {ids.map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="任务编号（计划任务，如 2026-SCJG-001）" name="taskId" error={act.error}>
          {(f) => (
            <input
              {...f}
              value={taskId}
              onInput={(e) => setTaskId((e.target as HTMLInputElement).value.trim())}
            />
          )}
        </Field>
      </div>
      <Show load={task}>
        {(t) =>
          t?.witnesses ? (
            <table>
              <thead>
                <tr>
                  <th scope="col">见证人</th>
                  <th scope="col">已公布哈希</th>
                  <th scope="col">已揭示</th>
                </tr>
              </thead>
              <tbody>
                {t.witnesses.witnesses.map((w) => (
                  <tr key={w.id}>
                    <td>{w.id}</td>
                    <td>{w.commitment ? <code>{w.commitment.slice(0, 16)}…</code> : '否'}</td>
                    <td>{w.revealed ? '是' : w.withheld ? '逾期未揭示' : '否'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{t ? `任务阶段：${t.stage}` : valid ? '任务尚未创建：可以公布哈希。' : ''}</p>
          )
        }
      </Show>
      <ErrorBox error={act.error} />
      {done ? <p role="status">{done}</p> : null}
      <section aria-labelledby="commit-h">
        <h2 id="commit-h">1. 公布秘密的 SHA-256（任务创建前）</h2>
        {stored ? (
          <p>
            本浏览器保存的秘密：<code>{stored}</code>
          </p>
        ) : null}
        <button
          type="button"
          disabled={act.busy || !valid || !witness}
          onClick={async () => {
            const value = stored ?? hex(crypto.getRandomValues(new Uint8Array(32)));
            localStorage.setItem(keyOf(taskId, witness), value);
            const commitment = await commitmentOf(value);
            const r = await act.run(() =>
              must(
                api.POST('/tasks/{taskId}/witnesses/{witness}/commitment', {
                  ...path,
                  body: { commitment },
                }),
              ),
            );
            if (r) {
              download(`${taskId}-${witness}-secret.txt`, `${value}\n`, 'text/plain');
              setDone(`已公布 SHA-256 ${commitment}；请妥善保存秘密文件，揭示时需要。`);
            }
          }}
        >
          生成秘密并公布其 SHA-256
        </button>
      </section>
      <section aria-labelledby="reveal-h">
        <h2 id="reveal-h">2. 揭示秘密（承诺公示后）</h2>
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            const reveal = (secret || stored || '').trim();
            const r = await act.run(() =>
              must(
                api.POST('/tasks/{taskId}/witnesses/{witness}/reveal', {
                  ...path,
                  body: { reveal },
                }),
              ),
            );
            if (r)
              setDone(
                r.entropy ? `全部见证人已揭示，随机源 ${r.entropy}` : '已揭示，等待其他见证人。',
              );
          }}
        >
          <Field label="秘密（64 位十六进制）" name="reveal" error={act.error}>
            {(f) => (
              <input
                {...f}
                autocomplete="off"
                placeholder={stored ?? ''}
                value={secret}
                onInput={(e) => setSecret((e.target as HTMLInputElement).value)}
              />
            )}
          </Field>
          <button type="submit" disabled={act.busy || !valid || !(secret || stored)}>
            揭示
          </button>
        </form>
      </section>
    </>
  );
};
