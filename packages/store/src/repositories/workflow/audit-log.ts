import {
  type AuditEntry,
  type AuditLog,
  ConflictError,
  isDomainError,
  ValidationError,
} from '@double-random/domain';
import { keys, partitions, prefixes } from '../../keys';
import { getItem, putOnce, queryAll, queryPage, type TableRef } from '../../table-operations';
import { registerChain } from './audit-tree';
import { attributesOf, entityOf } from './support';

const stale = (chain: string, seq: number) =>
  new ConflictError(
    'AUDIT.STALE',
    `chain ${chain} has moved on: seq ${seq} cannot follow its last entry; read the head again`,
    { field: 'seq', rule: 'append after the last entry', value: seq },
  );

/**
 * A chain's entries are `AUDIT#<seq:9>` in its partition (the task folder; `CALENDAR` for
 * the calendar chain). Appending is a write-once put on the next seq after checking that
 * the previous entry exists and is the one `prevHash` names: of two appenders holding the
 * same head, one wins the put and the other gets `AUDIT.STALE`, so the chain never forks.
 */
export const createAuditLog = (table: TableRef): AuditLog => ({
  async head(chain) {
    const page = await queryPage(table, {
      partition: partitions.auditChain(chain),
      sort: { beginsWith: prefixes.audit() },
      forward: false,
      consistent: true,
      limit: 1,
    });
    const last = page.items[0];
    return last ? entityOf<AuditEntry>(last) : undefined;
  },

  async append(chain, entry, prev) {
    if (!Number.isSafeInteger(entry.seq) || entry.seq < 1) {
      throw new ValidationError('AUDIT.SEQ_INVALID', `seq ${entry.seq} is not 1, 2, …`, {
        field: 'seq',
        rule: 'a positive integer',
        value: entry.seq,
      });
    }
    if (entry.seq > 1) {
      // the previous entry as the caller read it (write-once, so it still stands), else read now
      const known = prev?.seq === entry.seq - 1 ? prev : undefined;
      const before =
        known ??
        (await getItem(table, keys.chainAudit(chain, entry.seq - 1), { consistent: true }));
      if (!before || before.hash !== entry.prevHash) throw stale(chain, entry.seq);
    } else {
      // the audit log's sequencer sweeps registered chains: registered first, never missed
      await registerChain(table, chain);
    }
    try {
      await putOnce(
        table,
        { ...attributesOf(entry), ...keys.chainAudit(chain, entry.seq) },
        { code: 'AUDIT.STALE' },
      );
    } catch (e) {
      if (isDomainError(e) && e.code === 'AUDIT.STALE') throw stale(chain, entry.seq);
      throw e;
    }
  },

  async from(chain, seq) {
    const items = await queryAll(table, {
      partition: partitions.auditChain(chain),
      sort: { between: [keys.chainAudit(chain, Math.max(1, seq)).sk, `${prefixes.audit()}~`] },
      consistent: true,
    });
    return items.map((i) => entityOf<AuditEntry>(i));
  },

  async read(chain, page) {
    const out = await queryPage(table, {
      partition: partitions.auditChain(chain),
      sort: { beginsWith: prefixes.audit() },
      consistent: true,
      ...page,
    });
    return {
      items: out.items.map((i) => entityOf<AuditEntry>(i)),
      ...(out.cursor ? { cursor: out.cursor } : {}),
    };
  },
});
