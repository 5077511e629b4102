import {
  type Actor,
  acknowledged,
  acknowledgeExchangeEvent,
  afterAttempt,
  deliverDue,
  drawPublishedEvent,
  EXCHANGE_FORMAT,
  type ExchangeEvent,
  ExchangeEventSchema,
  envelopeOf,
  exchangeEventId,
  type Item,
  itemsChangedEvent,
  MAX_DELIVERY_ATTEMPTS,
  type PublishedResultEntry,
  penaltyPublishedEvents,
  planPublishedEvent,
  resultPublishedEvent,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { exchangeFiles, resultCsv } from '../../../functions/src/exchange/format';
import { NATIONAL_COLUMNS } from '../../../functions/src/exports/layouts';
import { memoryExchangeLog, publishedEntry } from './fixtures';

const NOW = '2026-04-02T01:00:00.000Z';
const entry = (over: Partial<PublishedResultEntry['result']> = {}): PublishedResultEntry =>
  publishedEntry({
    town: '胜利街道',
    result: {
      inspectionType: '定向抽查',
      targetName: '=HYPERLINK("x"),超市',
      uscc: '91370405MA3C00001X',
      ...over,
    },
  });

const item = (code: string, version = 1, status: Item['status'] = 'active'): Item =>
  ({
    code,
    department: 'SCJG',
    name: `事项${code}`,
    legalBasis: '《食品安全法》',
    category: 'key',
    methods: ['on-site'],
    qualification: 'SCJG-FOOD',
    status,
    createdAt: NOW,
    updatedAt: NOW,
    version,
    history: [],
  }) as Item;

describe('exchange events (dr-exchange/1)', () => {
  it('a published result is one event, its id derived from task, target and item', () => {
    const e = resultPublishedEvent(entry(), NOW);
    expect(ExchangeEventSchema.parse(e)).toEqual(e);
    expect(e).toMatchObject({
      format: EXCHANGE_FORMAT,
      type: 'result.published',
      key: 'result/2026-SCJG-001/T-0001/SCJG-001',
      department: 'SCJG',
      occurredAt: '2026-04-01T08:00:00.000Z',
      status: 'pending',
      attempts: 0,
    });
    expect(e.id).toBe(exchangeEventId('result/2026-SCJG-001/T-0001/SCJG-001'));
    expect(e.id).toMatch(/^dx-[0-9a-f]{32}$/);
    // the same result later (the sweep) is the same event; another item is another
    expect(resultPublishedEvent(entry(), '2026-05-01T00:00:00.000Z').id).toBe(e.id);
    expect(resultPublishedEvent({ ...entry(), item: 'SCJG-002' }, NOW).id).not.toBe(e.id);
    expect(Object.keys(envelopeOf(e)).sort()).toEqual(
      ['department', 'format', 'id', 'key', 'occurredAt', 'payload', 'type'].sort(),
    );
  });

  it('each published penalty decision is one event; warning-free results make none', () => {
    expect(penaltyPublishedEvents(entry(), NOW)).toEqual([]);
    const p = { decisionNo: '台市监罚〔2026〕12号', decisionDate: '2026-03-25', kind: '罚款' };
    const q = { decisionNo: '台市监罚〔2026〕31号', decisionDate: '2026-04-20', kind: '没收' };
    const events = penaltyPublishedEvents(
      entry({
        penalty: p,
        followUps: [
          { date: '2026-04-20', penalty: q },
          { date: '2026-04-21', penalty: p },
        ],
      }),
      NOW,
    );
    expect(events.map((e) => e.type)).toEqual(['penalty.published', 'penalty.published']);
    expect(events.map((e) => (e.payload.penalty as typeof p).decisionNo)).toEqual([
      p.decisionNo,
      q.decisionNo,
    ]);
    expect(events[0]!.payload).toMatchObject({ uscc: '91370405MA3C00001X', itemCode: 'SCJG-001' });
  });

  it('an item list is one event per distinct list of active items', () => {
    const a = itemsChangedEvent('SCJG', [item('B'), item('A'), item('C', 1, 'inactive')], NOW);
    expect(a.type).toBe('items.changed');
    expect((a.payload.items as { code: string }[]).map((i) => i.code)).toEqual(['A', 'B']);
    // order of reading does not matter; a new version of an item is a new list
    expect(itemsChangedEvent('SCJG', [item('A'), item('B')], '2026-06-01T00:00:00.000Z').id).toBe(
      a.id,
    );
    expect(itemsChangedEvent('SCJG', [item('A', 2), item('B')], NOW).id).not.toBe(a.id);
    expect(itemsChangedEvent('STHJ', [], NOW).key).toMatch(/^items\/STHJ\//);
  });
});

describe('the exchange files', () => {
  it('a result is JSON and a CSV of the national fields, with a BOM and CRLF', () => {
    const e = resultPublishedEvent(entry(), NOW);
    const files = exchangeFiles(e);
    expect(files.map((f) => f.name)).toEqual([`${e.id}.json`, `${e.id}.csv`]);
    const json = JSON.parse(new TextDecoder().decode(files[0]!.body));
    expect(json).toEqual(envelopeOf(e));
    const bytes = files[1]!.body;
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines[0]).toBe(NATIONAL_COLUMNS.map((c) => c.header).join(','));
    // the formula-looking name stays text, and its quotes and comma are quoted (RFC 4180)
    expect(lines[1]).toContain('"\'=HYPERLINK(""x""),超市"');
    expect(lines[1]).toContain('91370405MA3C00001X');
    expect(new TextDecoder().decode(resultCsv(entry().result))).toBe(
      new TextDecoder().decode(bytes),
    );
  });

  it('a penalty or an item list is JSON only', () => {
    expect(exchangeFiles(itemsChangedEvent('SCJG', [item('A')], NOW)).map((f) => f.name)).toEqual([
      `${itemsChangedEvent('SCJG', [item('A')], NOW).id}.json`,
    ]);
  });
});

describe('receipts', () => {
  const e = resultPublishedEvent(entry(), NOW);

  it('pending → delivered → acknowledged; a repeat changes nothing', () => {
    const delivered = afterAttempt(e, NOW, { ok: true, channel: 'drop-folder' });
    expect(delivered).toMatchObject({ status: 'delivered', attempts: 1, channel: 'drop-folder' });
    const ack = { at: NOW, by: 'office-1', reference: 'SD-123' };
    const acked = acknowledged(delivered, ack);
    expect(acked).toMatchObject({ status: 'acknowledged', acknowledgement: ack });
    expect(acknowledged(acked, { at: 'later', by: 'someone' })).toBe(acked);
  });

  it('a pending or failed event cannot be acknowledged (EXCHANGE.NOT_DELIVERED)', () => {
    expect(() => acknowledged(e, { at: NOW, by: 'x' })).toThrow(
      expect.objectContaining({ code: 'EXCHANGE.NOT_DELIVERED', kind: 'conflict' }),
    );
    let failed: ExchangeEvent = e;
    for (let i = 0; i < MAX_DELIVERY_ATTEMPTS; i++)
      failed = afterAttempt(failed, NOW, { ok: false, error: 'bus refused' });
    expect(failed).toMatchObject({ status: 'failed', lastError: 'bus refused' });
    expect(() => acknowledged(failed, { at: NOW, by: 'x' })).toThrow(/failed/);
  });

  it('delivery through a sink records the receipt; only the office acknowledges', async () => {
    const log = memoryExchangeLog();
    await log.enqueue([e]);
    const seen: string[] = [];
    const clock = { now: () => NOW };
    const report = await deliverDue({
      outbox: log,
      channel: { name: 'test', deliver: async (ev) => void seen.push(ev.id) },
      clock,
    });
    expect(report).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect(seen).toEqual([e.id]);
    const dept: Actor = { sub: 'clerk', roles: ['dept:SCJG'] };
    await expect(
      acknowledgeExchangeEvent({ exchange: log, clock }, { actor: dept, id: e.id, input: {} }),
    ).rejects.toMatchObject({ code: 'EXCHANGE.OFFICE_ONLY' });
    const office: Actor = { sub: 'office-1', roles: ['office'] };
    const acked = await acknowledgeExchangeEvent(
      { exchange: log, clock },
      { actor: office, id: e.id, input: { reference: 'SD-9' } },
    );
    expect(acked.acknowledgement).toEqual({ at: NOW, by: 'office-1', reference: 'SD-9' });
    expect(log.rows.get(e.id)?.status).toBe('acknowledged');
    await expect(
      acknowledgeExchangeEvent({ exchange: log, clock }, { actor: office, id: 'dx-0', input: {} }),
    ).rejects.toMatchObject({ code: 'EXCHANGE.EVENT_NOT_FOUND' });
  });
});

describe('plans and draws for the provincial platform', () => {
  const stamp = { by: 'official-7', at: '2027-01-20T02:00:00.000Z' };
  const plan = {
    id: 'SCJG-2027',
    department: 'SCJG',
    year: 2027,
    version: 4,
    status: 'published',
    tasks: [],
    history: [{ action: 'file', by: 'official-7' }],
    approved: stamp,
    published: { ...stamp, at: '2027-01-25T02:00:00.000Z' },
  } as unknown as Parameters<typeof planPublishedEvent>[0];

  it('a published plan is one event per version, without its history or officials', () => {
    const e = planPublishedEvent(plan, '2027-01-26T00:00:00.000Z');
    expect(e).toMatchObject({
      type: 'plan.published',
      key: 'plan/2027/SCJG/v4',
      occurredAt: '2027-01-25T02:00:00.000Z',
    });
    expect(JSON.stringify(e.payload)).not.toContain('official-7');
    expect(JSON.stringify(e.payload)).not.toContain('history');
    expect(planPublishedEvent({ ...plan, version: 5 }, '2027-02-01T00:00:00.000Z').id).not.toBe(
      e.id,
    );
  });

  it('a draw is one event, with what its public result says', () => {
    const record = {
      drawId: '2027-SCJG-001',
      taskId: '2027-SCJG-001',
      department: 'SCJG',
      entropy: 'witness:ab12',
      at: '2027-02-10T02:00:00.000Z',
      result: {
        seed: 'ff'.repeat(32),
        resultDigest: 'ee'.repeat(32),
        strata: [{ key: 'all', selected: ['T1'], reserve: [] }],
        assignments: [{ target: 'T1', members: ['P1', 'P2'], leader: 'P1', status: 'filled' }],
        reserveAssignments: [],
      },
    };
    const e = drawPublishedEvent(record, '2027-02-11T00:00:00.000Z');
    expect(e).toMatchObject({ type: 'draw.published', key: 'draw/2027-SCJG-001' });
    expect(e.payload).toMatchObject({ seed: 'ff'.repeat(32), entropy: 'witness:ab12' });
    expect(drawPublishedEvent(record, '2027-03-01T00:00:00.000Z').id).toBe(e.id);
  });
});
