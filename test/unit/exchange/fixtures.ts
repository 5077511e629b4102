import type { ExchangeEvent, ExchangeLog, PublishedResultEntry } from '@double-random/domain';

/** A published result as the published-results index keeps it. */
export const publishedEntry = (
  over: Partial<Omit<PublishedResultEntry, 'result'>> & {
    result?: Partial<PublishedResultEntry['result']>;
  } = {},
): PublishedResultEntry => {
  const { result, ...rest } = over;
  return {
    year: 2026,
    department: 'SCJG',
    item: 'SCJG-001',
    method: 'on-site',
    publishedAt: '2026-04-01T08:00:00.000Z',
    ...rest,
    result: {
      planId: '2026-SCJG',
      planName: '区市场监管局2026年度抽查计划',
      taskId: '2026-SCJG-001',
      taskName: '食品销售抽查',
      inspectionType: '不定向抽查',
      joint: false,
      authority: '区市场监管局',
      completedOn: '2026-03-20',
      item: '食品经营许可事项检查',
      result: '未发现问题',
      targetId: 'T-0001',
      targetName: '某某超市',
      ...result,
    },
  };
};

/** The exchange log in memory, with its write-once and conditional rules. */
export const memoryExchangeLog = (): ExchangeLog & { rows: Map<string, ExchangeEvent> } => {
  const rows = new Map<string, ExchangeEvent>();
  return {
    rows,
    async enqueue(events) {
      let added = 0;
      for (const e of events) if (!rows.has(e.id) && ++added) rows.set(e.id, e);
      return { added };
    },
    get: async (id) => rows.get(id),
    pending: async () => ({ items: [...rows.values()].filter((r) => r.status === 'pending') }),
    async record(after, expected) {
      if (rows.get(after.id)?.attempts !== expected) return false;
      rows.set(after.id, after);
      return true;
    },
    list: async () => ({ items: [...rows.values()] }),
    async acknowledge(after) {
      if (rows.get(after.id)?.status !== 'delivered') return false;
      rows.set(after.id, after);
      return true;
    },
  };
};
