import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  acknowledgeExchangeEvent,
  afterAttempt,
  type PublishedResultEntry,
  resultPublishedEvent,
  sendEvents,
} from '@double-random/domain';
import { createDropFolderSink, createExchangeLog } from '@double-random/store';
import { describe, expect, it } from 'vitest';
import { exchangeFiles } from '../../../functions/src/exchange/format';
import { publishedEntry } from '../../unit/exchange/fixtures';
import { useEmbeddedTable } from './embedded';

const ctx = useEmbeddedTable('exchange-test');
const NOW = '2026-04-02T01:00:00.000Z';
const clock = { now: () => NOW };
const office = { sub: 'office-1', roles: ['office'] };

const entry = (targetId: string): PublishedResultEntry =>
  publishedEntry({ result: { targetId, targetName: `企业${targetId}` } });

describe('the exchange log on the embedded DynamoDB', () => {
  it('writes each event once: enqueuing it again keeps its receipt', async () => {
    const log = createExchangeLog(ctx.table);
    const e = resultPublishedEvent(entry('T1'), NOW);
    expect(await log.enqueue([e, e])).toEqual({ added: 1 });
    expect(await log.record(afterAttempt(e, NOW, { ok: true, channel: 'test' }), 0)).toBe(true);
    expect(
      await log.enqueue([resultPublishedEvent(entry('T1'), '2026-05-01T00:00:00.000Z')]),
    ).toEqual({ added: 0 });
    expect(await log.get(e.id)).toMatchObject({ status: 'delivered', attempts: 1, createdAt: NOW });
    // a second runner that read attempts 0 loses
    expect(await log.record(afterAttempt(e, NOW, { ok: false, error: 'x' }), 0)).toBe(false);
  });

  it('tells which events it holds, by one batch read', async () => {
    const log = createExchangeLog(ctx.table);
    const held = resultPublishedEvent(entry('K1'), NOW);
    const not = resultPublishedEvent(entry('K2'), NOW);
    await log.enqueue([held]);
    expect(await log.known!([held.id, not.id])).toEqual(new Set([held.id]));
    expect(await log.known!([])).toEqual(new Set());
  });

  it('delivers to the drop folder, lists by receipt status, and takes one acknowledgement', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'exchange-'));
    try {
      const log = createExchangeLog(ctx.table);
      const sink = createDropFolderSink({ dir, render: exchangeFiles });
      const events = [
        resultPublishedEvent(entry('T2'), NOW),
        resultPublishedEvent(entry('T3'), NOW),
      ];
      const out = await sendEvents({ exchange: log, sink, clock }, events);
      expect(out).toEqual({ added: 2, delivery: { delivered: 2, retrying: 0, failed: 0 } });
      // again (a retried request, the sweep): nothing new, nothing sent twice
      expect((await sendEvents({ exchange: log, sink, clock }, events)).added).toBe(0);
      const files = (await readdir(dir)).sort();
      expect(files).toEqual(events.flatMap((e) => [`${e.id}.csv`, `${e.id}.json`]).sort());
      const json = JSON.parse(await readFile(join(dir, `${events[0]!.id}.json`), 'utf8'));
      expect(json).toMatchObject({ format: 'dr-exchange/1', type: 'result.published' });
      const delivered = await log.list({ status: 'delivered' }, { limit: 100 });
      expect(delivered.items.map((e) => e.id)).toEqual(
        expect.arrayContaining(events.map((e) => e.id)),
      );

      const first = await acknowledgeExchangeEvent(
        { exchange: log, clock },
        { actor: office, id: events[0]!.id, input: { reference: 'SD-1' } },
      );
      expect(first.status).toBe('acknowledged');
      // two acknowledgements at once: one is stored, both answer it
      const [a, b] = await Promise.all(
        [1, 2].map(() =>
          acknowledgeExchangeEvent(
            { exchange: log, clock },
            { actor: office, id: events[1]!.id, input: {} },
          ),
        ),
      );
      expect(a!.status).toBe('acknowledged');
      expect(b!.acknowledgement).toEqual(a!.acknowledgement);
      const acked = await log.list({ status: 'acknowledged' }, { limit: 100 });
      expect(acked.items.map((e) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
      expect((await log.list({}, { limit: 1000 })).items.length).toBeGreaterThanOrEqual(3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a sink that refuses leaves the event pending with its error, then failed', async () => {
    const log = createExchangeLog(ctx.table);
    const e = resultPublishedEvent(entry('T4'), NOW);
    const sink = { name: 'down', deliver: async () => Promise.reject(new Error('bus down')) };
    const out = await sendEvents({ exchange: log, sink, clock }, [e]);
    expect(out.delivery.retrying).toBe(1);
    expect(await log.get(e.id)).toMatchObject({ status: 'pending', lastError: 'bus down' });
    expect(
      (await log.list({ status: 'pending' }, { limit: 100 })).items.map((x) => x.id),
    ).toContain(e.id);
  });
});
