import type { Commitment, CommitmentStore } from '@double-random/domain';
import { keys } from '../../keys';
import { getItem, type TableRef } from '../../table-operations';
import { attributesOf, entityOf, sameContent, writeOnce } from './support';

/** The commitment (`TASK#<id>` · `COMMIT`): published once, never rewritten. */
export const createCommitmentStore = (table: TableRef): CommitmentStore => ({
  async putOnce(commitment) {
    const { stored } = await writeOnce(
      table,
      { ...attributesOf(commitment), ...keys.commitment(commitment.taskId) },
      {
        code: 'COMMITMENT.DIFFERENT',
        message: `task ${commitment.taskId} is committed already to other digests or another time`,
        same: (s) => sameContent(entityOf<Commitment>(s), commitment),
      },
    );
    return entityOf<Commitment>(stored);
  },

  async get(taskId) {
    const item = await getItem(table, keys.commitment(taskId), { consistent: true });
    return item ? entityOf<Commitment>(item) : undefined;
  },
});
