import { useState } from 'preact/hooks';
import { must } from './api';
import { Show, useApp, useLoad } from './ui';

const STATUS = { pending: '待投递', delivered: '已送达', failed: '投递失败' } as const;
type Status = keyof typeof STATUS;

/**
 * The outbox as the signed-in person may read it (GET /notifications): everything for the
 * office, a department's own channel, an inspector's own. On one machine the outbox is where
 * notifications are delivered; in AWS each line also says whether its topic took it.
 */
export const OutboxPanel = ({ department, title }: { department?: string; title?: string }) => {
  const { api } = useApp();
  const [status, setStatus] = useState<Status | ''>('');
  const list = useLoad(
    () =>
      must(
        api.GET('/notifications', {
          params: {
            query: {
              limit: 100,
              ...(department ? { department } : {}),
              ...(status ? { status } : {}),
            },
          },
        }),
      ),
    [department, status],
  );
  return (
    <section aria-labelledby="outbox-h">
      <h2 id="outbox-h">{title ?? '通知'}</h2>
      <label>
        投递状态{' '}
        <select
          value={status}
          onChange={(e) => setStatus((e.target as HTMLSelectElement).value as Status | '')}
        >
          <option value="">全部</option>
          {(Object.keys(STATUS) as Status[]).map((s) => (
            <option key={s} value={s}>
              {STATUS[s]}
            </option>
          ))}
        </select>
      </label>
      <Show load={list} what="读取通知">
        {(page) =>
          page.items.length === 0 ? (
            <p>没有通知。</p>
          ) : (
            <ul class="outbox">
              {page.items.map((n) => (
                <li key={n.id} class={n.status === 'failed' ? 'overdue' : undefined}>
                  <span class="badge">{STATUS[n.status]}</span> <strong>{n.title}</strong>
                  <p>{n.text}</p>
                  <small>
                    {n.createdAt.slice(0, 16).replace('T', ' ')} · {n.recipient} · 投递 {n.attempts}{' '}
                    次{n.lastError ? `（${n.lastError}）` : ''}
                  </small>
                </li>
              ))}
            </ul>
          )
        }
      </Show>
    </section>
  );
};
