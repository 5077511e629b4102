import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { DepartmentCodeSchema, IsoDateTimeSchema } from '../codes';
import { ConflictError } from '../errors';
import type { Item } from '../item.schema';
import { deliveryRecordFields } from '../notification/notification';
import type { Plan } from '../plan.schema';
import type { PublishedResultEntry } from '../workflow/ports';

/**
 * Exchange with the provincial work platform (省工作平台) and through it the national
 * disclosure system (台政发〔2019〕12号 二(二)、二(六)): every result published, every penalty
 * published and every change of a department's item list becomes one event of the exchange
 * format `dr-exchange/1` (docs/exchange.md). An event is written once under an id derived
 * from what it is about, so the publish route, a retry and the daily sweep that re-derives
 * the events from the store never make two; its receipt says whether the sink took it
 * (delivered), the platform confirmed it (acknowledged) or it could not be handed over
 * (failed, after the retries).
 */
export const EXCHANGE_FORMAT = 'dr-exchange/1' as const;

export const EXCHANGE_EVENT_TYPES = [
  'result.published',
  'penalty.published',
  'items.changed',
  'plan.published',
  'draw.published',
] as const;
export type ExchangeEventType = (typeof EXCHANGE_EVENT_TYPES)[number];

export const RECEIPT_STATUSES = ['pending', 'delivered', 'acknowledged', 'failed'] as const;
export type ReceiptStatus = (typeof RECEIPT_STATUSES)[number];

export const ExchangeEventIdSchema = z
  .string()
  .regex(/^dx-[0-9a-f]{32}$/, 'dx- and 32 hexadecimal digits');

export const AcknowledgementSchema = z.object({
  at: IsoDateTimeSchema,
  /** who acknowledged: the platform's account, or the office on its behalf */
  by: z.string().min(1),
  /** the platform's own reference for what it received */
  reference: z.string().max(200).optional(),
  note: z.string().max(500).optional(),
});

export const ExchangeAckInputSchema = z
  .object({
    reference: z.string().trim().min(1).max(200).optional(),
    note: z.string().trim().min(1).max(500).optional(),
  })
  .strict();
export type ExchangeAckInput = z.infer<typeof ExchangeAckInputSchema>;

export const ExchangeEventSchema = z.object({
  id: ExchangeEventIdSchema,
  format: z.literal(EXCHANGE_FORMAT),
  type: z.enum(EXCHANGE_EVENT_TYPES),
  /** what it is about, in words: `result/<task>/<target>/<item>` … */
  key: z.string().min(1).max(600),
  department: DepartmentCodeSchema,
  /** when it happened: the publication instant, or when the list was read */
  occurredAt: IsoDateTimeSchema,
  payload: z.record(z.string(), z.unknown()),
  // the receipt
  status: z.enum(RECEIPT_STATUSES),
  ...deliveryRecordFields,
  acknowledgement: AcknowledgementSchema.optional(),
});
export type ExchangeEvent = z.infer<typeof ExchangeEventSchema>;

/** What the platform receives: the event without its receipt. */
export interface ExchangeEnvelope {
  format: typeof EXCHANGE_FORMAT;
  id: string;
  type: ExchangeEventType;
  key: string;
  department: string;
  occurredAt: string;
  payload: Record<string, unknown>;
}

export const envelopeOf = (e: ExchangeEvent): ExchangeEnvelope => ({
  format: e.format,
  id: e.id,
  type: e.type,
  key: e.key,
  department: e.department,
  occurredAt: e.occurredAt,
  payload: e.payload,
});

/** The event id of a key: path-safe, the same for the same key on every run. */
export const exchangeEventId = (key: string): string =>
  `dx-${bytesToHex(sha256(utf8ToBytes(key))).slice(0, 32)}`;

const fresh = (
  e: { type: ExchangeEventType; key: string; department: string; occurredAt: string } & {
    payload: Record<string, unknown>;
  },
  now: string,
): ExchangeEvent => ({
  id: exchangeEventId(e.key),
  format: EXCHANGE_FORMAT,
  ...e,
  createdAt: now,
  status: 'pending',
  attempts: 0,
  nextAttemptAt: now,
});

/** 抽查结果公示: one published result, with the national fields as `result`. */
export const resultPublishedEvent = (entry: PublishedResultEntry, now: string): ExchangeEvent =>
  fresh(
    {
      type: 'result.published',
      key: `result/${entry.result.taskId}/${entry.result.targetId}/${entry.item}`,
      department: entry.department,
      occurredAt: entry.publishedAt,
      payload: {
        year: entry.year,
        itemCode: entry.item,
        method: entry.method,
        ...(entry.town ? { town: entry.town } : {}),
        result: entry.result,
      },
    },
    now,
  );

/**
 * 行政处罚信息公示 (within 7 working days): each published penalty decision of a result, the
 * first decision and those of its follow-ups, one event per decision.
 */
export const penaltyPublishedEvents = (
  entry: PublishedResultEntry,
  now: string,
): ExchangeEvent[] => {
  const r = entry.result;
  const decisions = [
    ...(r.penalty ? [r.penalty] : []),
    ...(r.followUps ?? []).flatMap((f) => (f.penalty ? [f.penalty] : [])),
  ];
  const seen = new Set<string>();
  return decisions
    .filter((p) => !seen.has(p.decisionNo) && seen.add(p.decisionNo))
    .map((penalty) =>
      fresh(
        {
          type: 'penalty.published',
          key: `penalty/${r.taskId}/${r.targetId}/${entry.item}/${penalty.decisionNo}`,
          department: entry.department,
          occurredAt: entry.publishedAt,
          payload: {
            year: entry.year,
            taskId: r.taskId,
            itemCode: entry.item,
            item: r.item,
            authority: r.authority,
            targetId: r.targetId,
            targetName: r.targetName,
            ...(r.uscc ? { uscc: r.uscc } : {}),
            penalty,
          },
        },
        now,
      ),
    );
};

/**
 * 随机抽查事项清单: a department's active item list as it stands. The key carries a digest of
 * the list's codes, versions and statuses, so each distinct list is one event, however often
 * it is read.
 */
export const itemsChangedEvent = (
  department: string,
  items: readonly Item[],
  now: string,
): ExchangeEvent => {
  const listed = items
    .filter((i) => i.department === department && i.status === 'active')
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const digest = bytesToHex(
    sha256(utf8ToBytes(listed.map((i) => `${i.code}@${i.version}`).join('\n'))),
  ).slice(0, 16);
  return fresh(
    {
      type: 'items.changed',
      key: `items/${department}/${digest}`,
      department,
      occurredAt: now,
      payload: {
        department,
        digest,
        items: listed.map((i) => ({
          code: i.code,
          name: i.name,
          category: i.category,
          legalBasis: i.legalBasis,
          methods: i.methods,
          qualification: i.qualification,
          version: i.version,
        })),
      },
    },
    now,
  );
};

/** A stamp as the public reads it: when, never which official (their account id). */
const publicStamp = <T extends { by: string; at: string }>(stamp: T | undefined) => {
  if (!stamp) return undefined;
  const { by: _by, ...rest } = stamp;
  return rest;
};

/**
 * 年度抽查计划 (二(四): filed for the record and made public): a department's plan as the
 * public reads it, once per published version — without its history or officials' ids.
 */
export const planPublishedEvent = (plan: Plan, now: string): ExchangeEvent => {
  const { history: _h, approved, published, returned, ...rest } = plan;
  const stamps = {
    ...(approved ? { approved: publicStamp(approved) } : {}),
    ...(published ? { published: publicStamp(published) } : {}),
    ...(returned ? { returned: publicStamp(returned) } : {}),
  };
  return fresh(
    {
      type: 'plan.published',
      key: `plan/${plan.year}/${plan.department}/v${plan.version}`,
      department: plan.department,
      occurredAt: published?.at ?? now,
      payload: { year: plan.year, department: plan.department, plan: { ...rest, ...stamps } },
    },
    now,
  );
};

/**
 * 随机抽取、随机匹配: one draw as run — its entropy, seed and result digest and the targets
 * and teams drawn (what `GET /draws/{drawId}/result` publishes), so the platform holds the
 * draw and anyone can re-run it from the bundle.
 */
export const drawPublishedEvent = (
  record: { drawId: string; taskId: string; department: string; entropy: string; at: string } & {
    result: {
      seed: string;
      resultDigest: string;
      strata: readonly unknown[];
      assignments: readonly unknown[];
      reserveAssignments: readonly unknown[];
    };
  },
  now: string,
): ExchangeEvent =>
  fresh(
    {
      type: 'draw.published',
      key: `draw/${record.drawId}`,
      department: record.department,
      occurredAt: record.at,
      payload: {
        taskId: record.taskId,
        drawId: record.drawId,
        entropy: record.entropy,
        seed: record.result.seed,
        resultDigest: record.result.resultDigest,
        strata: record.result.strata,
        assignments: record.result.assignments,
        reserveAssignments: record.result.reserveAssignments,
      },
    },
    now,
  );

/**
 * The receipt after the platform's acknowledgement: a delivered event becomes acknowledged;
 * one acknowledged already stays as it was (a repeated acknowledgement changes nothing); one
 * not yet delivered, or failed, cannot be acknowledged.
 */
export const acknowledged = (
  e: ExchangeEvent,
  ack: z.infer<typeof AcknowledgementSchema>,
): ExchangeEvent => {
  if (e.status === 'acknowledged') return e;
  if (e.status !== 'delivered')
    throw new ConflictError(
      'EXCHANGE.NOT_DELIVERED',
      `event ${e.id} is ${e.status}: only a delivered event can be acknowledged`,
      { field: 'status', rule: 'delivered before acknowledged', value: e.status },
    );
  return { ...e, status: 'acknowledged', acknowledgement: ack };
};
