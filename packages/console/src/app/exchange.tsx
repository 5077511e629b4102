import { must } from './api';
import { ErrorBox, Show, useAction, useApp, useLoad } from './ui';

const RECEIPT = {
  pending: '待发送',
  delivered: '已送达',
  acknowledged: '平台已确认',
  failed: '发送失败',
} as const;
const TYPE = {
  'result.published': '抽查结果',
  'penalty.published': '行政处罚',
  'items.changed': '事项清单',
  'plan.published': '年度抽查计划',
  'draw.published': '抽取结果',
} as const;

/**
 * The exchange with the provincial work platform (docs/exchange.md), for the office: the
 * events not yet confirmed, each with its receipt; a delivered one is confirmed here on the
 * platform's behalf.
 */
export const ExchangePanel = () => {
  const { api } = useApp();
  const action = useAction();
  const open = useLoad(async () => {
    const [failed, pending, delivered] = await Promise.all(
      (['failed', 'pending', 'delivered'] as const).map((status) =>
        must(api.GET('/exchange/events', { params: { query: { status, limit: 50 } } })),
      ),
    );
    return [...failed!.items, ...pending!.items, ...delivered!.items];
  }, []);
  return (
    <section aria-labelledby="exchange-h">
      <h2 id="exchange-h">省工作平台数据交换</h2>
      {action.error ? <ErrorBox error={action.error} /> : null}
      <Show load={open} what="读取交换记录">
        {(events) =>
          events.length === 0 ? (
            <p>所有推送均已由平台确认。</p>
          ) : (
            <ul class="outbox">
              {events.map((e) => (
                <li
                  key={e.id}
                  class={e.status === 'failed' ? 'overdue' : undefined}
                  // keys are long and unbroken: they wrap rather than widen a phone's screen
                  style={{ overflowWrap: 'anywhere' }}
                >
                  <span class="badge">{RECEIPT[e.status]}</span> {TYPE[e.type]} · {e.key}
                  <small>
                    {' '}
                    {e.createdAt.slice(0, 16).replace('T', ' ')} · 发送 {e.attempts} 次
                    {e.lastError ? `（${e.lastError}）` : ''}
                  </small>
                  {e.status === 'delivered' ? (
                    <button
                      type="button"
                      disabled={action.busy}
                      onClick={async () => {
                        await action.run(() =>
                          must(
                            api.POST('/exchange/events/{id}/ack', {
                              params: { path: { id: e.id } },
                              body: {},
                            }),
                          ),
                        );
                        open.reload();
                      }}
                    >
                      确认已接收
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          )
        }
      </Show>
    </section>
  );
};
