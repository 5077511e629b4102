import type {
  WitnessCommitmentRecord,
  WitnessRevealRecord,
  WitnessStore,
} from '@double-random/domain';
import { keys, partitions, prefixes } from '../../keys';
import { queryAll, type TableRef } from '../../table-operations';
import { attributesOf, entityOf, writeOnce } from './support';

/**
 * Witnesses of a commit–reveal (`TASK#<id>` · `WCOMMIT#<witness>` and `WREVEAL#<witness>`):
 * each written once. A retry with the same hash or the same reveal gets the stored record
 * back; another value is refused and nothing changes.
 */
export const createWitnessStore = (table: TableRef): WitnessStore => ({
  async putCommitment(record) {
    const { stored } = await writeOnce(
      table,
      { ...attributesOf(record), ...keys.witnessCommitment(record.taskId, record.witness) },
      {
        code: 'WITNESS.COMMITMENT_EXISTS',
        message: `witness ${record.witness} has committed another SHA-256 for task ${record.taskId}; a commitment is never changed`,
        same: (s) => entityOf<WitnessCommitmentRecord>(s).commitment === record.commitment,
      },
    );
    return entityOf<WitnessCommitmentRecord>(stored);
  },

  async putReveal(record) {
    const { stored } = await writeOnce(
      table,
      { ...attributesOf(record), ...keys.witnessReveal(record.taskId, record.witness) },
      {
        code: 'WITNESS.REVEAL_EXISTS',
        message: `witness ${record.witness} has revealed another value for task ${record.taskId}`,
        same: (s) => entityOf<WitnessRevealRecord>(s).reveal === record.reveal,
      },
    );
    return entityOf<WitnessRevealRecord>(stored);
  },

  async listCommitments(taskId) {
    const items = await queryAll(table, {
      partition: partitions.task(taskId),
      sort: { beginsWith: prefixes.witnessCommitments() },
      consistent: true,
    });
    return items.map((i) => entityOf<WitnessCommitmentRecord>(i));
  },

  async listReveals(taskId) {
    const items = await queryAll(table, {
      partition: partitions.task(taskId),
      sort: { beginsWith: prefixes.witnessReveals() },
      consistent: true,
    });
    return items.map((i) => entityOf<WitnessRevealRecord>(i));
  },
});
