import {
  type ExchangeEvent,
  type Item,
  type PublishedResultEntry,
  resultPublishedEvent,
  sweepExchange,
} from '@double-random/domain';
import { createEventBridgeSink } from '@double-random/store';
import { describe, expect, it } from 'vitest';
import { exchangeFiles } from '../../../functions/src/exchange/format';
import { memoryExchangeLog, publishedEntry } from './fixtures';

const NOW = '2026-04-30T01:00:00.000Z';
const published = (targetId: string, publishedAt: string, penalty = false): PublishedResultEntry =>
  publishedEntry({
    publishedAt,
    result: {
      targetId,
      targetName: `企业${targetId}`,
      ...(penalty
        ? {
            result: '发现问题已责令改正',
            penalty: { decisionNo: `罚-${targetId}`, decisionDate: '2026-04-10', kind: '罚款' },
          }
        : {}),
    },
  });

describe('the daily sweep of the exchange', () => {
  // newest first, as the index lists them, two per page
  const index = [
    published('T3', '2026-04-29T02:00:00.000Z', true),
    published('T2', '2026-04-20T02:00:00.000Z'),
    published('T1', '2026-03-01T02:00:00.000Z'),
  ];
  const publicResults = {
    async search(q: { limit: number; cursor?: string }) {
      const from = Number(q.cursor ?? 0);
      const items = index.slice(from, from + 2);
      return from + 2 < index.length ? { items, cursor: String(from + 2) } : { items };
    },
    listByTarget: async () => ({ items: [] }),
  };
  const items = {
    get: async () => undefined,
    create: async () => {},
    update: async () => {},
    async list(department: string) {
      return {
        items:
          department === 'SCJG'
            ? ([{ code: 'SCJG-001', department, status: 'active', version: 3 }] as Item[])
            : [],
      };
    },
  };

  it('derives the results and penalties of the window and every item list, once', async () => {
    const exchange = memoryExchangeLog();
    const sent: string[] = [];
    const deps = {
      exchange,
      sink: { name: 'test', deliver: async (e: ExchangeEvent) => void sent.push(e.key) },
      clock: { now: () => NOW },
      publicResults,
      items,
    };
    const first = await sweepExchange(deps, { days: 30 });
    const keys = [...exchange.rows.values()].map((e) => e.key);
    // T1 was published before the window: the sweep stops at it
    expect(keys.filter((k) => !k.startsWith('items/'))).toEqual([
      'result/2026-SCJG-001/T3/SCJG-001',
      'penalty/2026-SCJG-001/T3/SCJG-001/罚-T3',
      'result/2026-SCJG-001/T2/SCJG-001',
    ]);
    // one item list per department, the empty ones too
    expect(keys.filter((k) => k.startsWith('items/'))).toHaveLength(9);
    expect(first).toEqual({ added: 12, delivery: { delivered: 12, retrying: 0, failed: 0 } });
    expect(sent).toHaveLength(12);
    // the event written at once by the publish route is the one the sweep derives
    expect(exchange.rows.has(resultPublishedEvent(index[1]!, '2026-04-20T02:00:01.000Z').id)).toBe(
      true,
    );
    // again: nothing new, nothing sent twice
    expect(await sweepExchange(deps, { days: 30 })).toEqual({
      added: 0,
      delivery: { delivered: 0, retrying: 0, failed: 0 },
    });
    expect(sent).toHaveLength(12);
  });
});

describe('the EventBridge sink', () => {
  const event = resultPublishedEvent(published('T9', '2026-04-29T02:00:00.000Z'), NOW);
  const fakes = (failed = 0) => {
    const calls: { name: string; input: Record<string, unknown> }[] = [];
    const sender = (out: unknown) => ({
      send: async (cmd: { constructor: { name: string }; input: Record<string, unknown> }) => {
        calls.push({ name: cmd.constructor.name, input: cmd.input });
        return out;
      },
    });
    return {
      calls,
      eventBridge: sender({
        FailedEntryCount: failed,
        Entries: [failed ? { ErrorCode: 'ThrottlingException', ErrorMessage: 'slow down' } : {}],
      }) as never,
      s3: sender({}) as never,
    };
  };

  it('archives each file, then puts the envelope on the bus', async () => {
    const f = fakes();
    const sink = createEventBridgeSink({
      busName: 'exchange-bus',
      bucket: 'archive',
      render: exchangeFiles,
      eventBridge: f.eventBridge,
      s3: f.s3,
    });
    await sink.deliver(event);
    expect(f.calls.map((c) => c.name)).toEqual([
      'PutObjectCommand',
      'PutObjectCommand',
      'PutEventsCommand',
    ]);
    expect(f.calls.slice(0, 2).map((c) => c.input.Key)).toEqual([
      `exchange/2026-04-29/${event.id}.json`,
      `exchange/2026-04-29/${event.id}.csv`,
    ]);
    const entry = (f.calls[2]!.input.Entries as Record<string, string>[])[0]!;
    expect(entry).toMatchObject({
      EventBusName: 'exchange-bus',
      Source: 'double-random.exchange',
      DetailType: 'result.published',
    });
    expect(JSON.parse(entry.Detail!)).toMatchObject({ id: event.id, format: 'dr-exchange/1' });
    expect(JSON.parse(entry.Detail!).status).toBeUndefined();
  });

  it('a refused entry is a failed attempt, with the bus’s error', async () => {
    const f = fakes(1);
    const sink = createEventBridgeSink({
      busName: 'b',
      bucket: 'a',
      render: exchangeFiles,
      eventBridge: f.eventBridge,
      s3: f.s3,
    });
    await expect(sink.deliver(event)).rejects.toThrow(/ThrottlingException/);
  });
});
