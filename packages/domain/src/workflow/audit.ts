import { sha256 } from '@noble/hashes/sha2.js';
import { z } from 'zod';
import { IsoDateTimeSchema } from '../codes';
import { ValidationError } from '../errors';

/**
 * Audit log (全过程记录): append-only and hash-chained, so that removing, reordering or
 * editing an entry breaks every hash after it.
 *
 * Canonical form, for outside verification (`dr-audit/1`):
 * - the entry without `hash`, i.e. `{seq, at, actor, action, subject, data, prevHash}`,
 *   written as canonical JSON: object keys sorted by UTF-16 code units, no whitespace,
 *   strings and numbers as `JSON.stringify` writes them, arrays in order, no `undefined`
 *   (such keys are left out), numbers finite only;
 * - `hash` = lowercase hex of SHA-256 over the UTF-8 bytes of that text;
 * - the first entry has `seq` 1 and `prevHash` = GENESIS_HASH (64 zeros); entry k+1 has
 *   `seq` k+1 and `prevHash` = hash of entry k.
 */
export const GENESIS_HASH = '0'.repeat(64);

export const AuditEntrySchema = z.object({
  seq: z.number().int().min(1),
  at: IsoDateTimeSchema,
  actor: z.string().min(1),
  action: z.string().min(1).meta({ description: 'use-case name, e.g. task.freeze' }),
  subject: z.string().min(1).meta({ description: 'what it acted on, e.g. a task id' }),
  data: z.unknown(),
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export type AuditInput = Pick<AuditEntry, 'at' | 'actor' | 'action' | 'subject' | 'data'>;

/** A value JSON.stringify writes as canonical JSON does: string, boolean, null, finite number. */
const isLeaf = (v: unknown): boolean =>
  v === null ||
  typeof v === 'string' ||
  typeof v === 'boolean' ||
  (typeof v === 'number' && Number.isFinite(v));

/**
 * A plain object whose own keys already come in code-unit order, each holding a leaf or
 * undefined (both leave such a key out): JSON.stringify writes it exactly as canonical JSON.
 */
const isSortedRecord = (v: unknown): boolean => {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return false;
  let previous: string | undefined;
  for (const k of Object.keys(v)) {
    if (previous !== undefined && !(previous < k)) return false;
    const x = (v as Record<string, unknown>)[k];
    if (x !== undefined && !isLeaf(x)) return false;
    previous = k;
  }
  return true;
};

/** Canonical JSON as defined above. */
export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value === 'boolean' || typeof value === 'string')
    return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new ValidationError('AUDIT.NOT_CANONICAL', `number ${value} has no canonical form`, {
        field: 'data',
        rule: 'finite numbers only',
        value,
      });
    return JSON.stringify(value);
  }
  // built by appending, without the intermediate arrays of entries: a frozen bundle is
  // 100,000 small objects, written canonically once per freeze
  if (Array.isArray(value)) {
    // a frozen pool's records ({id, stratum, unit}: keys in order, strings) are such records:
    // the native writer gives the same text, flat, many times faster than appending
    if (value.length > 0 && value.every(isSortedRecord)) return JSON.stringify(value);
    let out = '[';
    for (let i = 0; i < value.length; i++)
      out += `${i > 0 ? ',' : ''}${canonicalJson(value[i] ?? null)}`;
    return `${out}]`;
  }
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    // the default sort orders strings by UTF-16 code units, as `<` does
    const keys = Object.keys(o).sort();
    let out = '{';
    let first = true;
    for (const k of keys) {
      const v = o[k];
      if (v === undefined) continue;
      out += `${first ? '' : ','}${JSON.stringify(k)}:${canonicalJson(v)}`;
      first = false;
    }
    return `${out}}`;
  }
  throw new ValidationError('AUDIT.NOT_CANONICAL', `a ${typeof value} has no canonical form`, {
    field: 'data',
    rule: 'JSON values only',
    value: String(value),
  });
};

const hex = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export const auditHash = (entry: Omit<AuditEntry, 'hash'>): string =>
  hex(
    sha256(
      new TextEncoder().encode(
        canonicalJson({
          seq: entry.seq,
          at: entry.at,
          actor: entry.actor,
          action: entry.action,
          subject: entry.subject,
          data: entry.data ?? null,
          prevHash: entry.prevHash,
        }),
      ),
    ),
  );

/** The next entry after `prev` (undefined for the first entry of a chain). */
export const appendEntry = (prev: AuditEntry | undefined, input: AuditInput): AuditEntry => {
  const base = {
    seq: (prev?.seq ?? 0) + 1,
    at: input.at,
    actor: input.actor,
    action: input.action,
    subject: input.subject,
    data: input.data ?? null,
    prevHash: prev?.hash ?? GENESIS_HASH,
  };
  // Round-trip through canonical JSON so the stored data is exactly what was hashed.
  const data = JSON.parse(canonicalJson(base.data)) as unknown;
  const entry = { ...base, data };
  return { ...entry, hash: auditHash(entry) };
};

export type ChainVerification =
  | { ok: true; length: number; head: string }
  | { ok: false; seq: number; reason: 'seq' | 'prev-hash' | 'hash'; message: string };

/** Re-computes the chain from the genesis hash; reports the first entry that does not fit. */
export const verifyChain = (entries: readonly AuditEntry[]): ChainVerification => {
  let prevHash = GENESIS_HASH;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.seq !== i + 1)
      return {
        ok: false,
        seq: e.seq,
        reason: 'seq',
        message: `entry ${i + 1} carries seq ${e.seq}`,
      };
    if (e.prevHash !== prevHash)
      return {
        ok: false,
        seq: e.seq,
        reason: 'prev-hash',
        message: `seq ${e.seq} points to ${e.prevHash}, the previous hash is ${prevHash}`,
      };
    const { hash, ...rest } = e;
    const expected = auditHash(rest);
    if (hash !== expected)
      return {
        ok: false,
        seq: e.seq,
        reason: 'hash',
        message: `seq ${e.seq} hash ${hash} ≠ ${expected}`,
      };
    prevHash = hash;
  }
  return { ok: true, length: entries.length, head: prevHash };
};
