import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  ConflictError,
  type Handoff,
  type HandoffRepository,
  NotFoundError,
} from '@double-random/domain';
import { keys, partitions, prefixes } from '../../keys';
import { KEY_ATTRIBUTES } from '../../table';
import { getItem, putOnce, queryAll, type TableRef } from '../../table-operations';
import { attributesOf, entityOf } from './support';

const isConditionFailure = (e: unknown): boolean =>
  (e as { name?: string })?.name === 'ConditionalCheckFailedException';

/**
 * Handoffs (`TASK#<id>` · `HANDOFF#<handoffId>`, the id `<target>.<item>.<kind>` being
 * deterministic): created once; the acknowledgement is set by one conditional update that
 * only succeeds while none is stored, so two receivers cannot both sign for it.
 */
export const createHandoffRepository = (table: TableRef): HandoffRepository => ({
  async create(handoff) {
    await putOnce(
      table,
      { ...attributesOf(handoff), ...keys.handoffById(handoff.taskId, handoff.id) },
      { code: 'HANDOFF.EXISTS', message: `handoff ${handoff.id} was made already` },
    );
  },

  async get(taskId, id) {
    const item = await getItem(table, keys.handoffById(taskId, id), { consistent: true });
    return item ? entityOf<Handoff>(item) : undefined;
  },

  async acknowledge(handoff) {
    const key = keys.handoffById(handoff.taskId, handoff.id);
    try {
      await table.client.send(
        new UpdateCommand({
          TableName: table.tableName,
          Key: key,
          UpdateExpression: 'SET #ack = :ack',
          ConditionExpression: 'attribute_exists(#pk) AND attribute_not_exists(#ack)',
          ExpressionAttributeNames: { '#pk': KEY_ATTRIBUTES.pk, '#ack': 'acknowledgement' },
          ExpressionAttributeValues: { ':ack': attributesOf(handoff.acknowledgement ?? {}) },
        }),
      );
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
      const stored = await getItem(table, key, { consistent: true });
      if (!stored) {
        throw new NotFoundError('HANDOFF.NOT_FOUND', `handoff ${handoff.id} not found`, {
          value: handoff.id,
        });
      }
      const ack = (stored as { acknowledgement?: Handoff['acknowledgement'] }).acknowledgement;
      throw new ConflictError(
        'HANDOFF.ALREADY_ACKNOWLEDGED',
        `handoff ${handoff.id} was acknowledged by ${ack?.by} at ${ack?.at}`,
        { field: 'handoffId', rule: 'acknowledged once', value: handoff.id },
      );
    }
  },

  async listByTask(taskId) {
    const items = await queryAll(table, {
      partition: partitions.task(taskId),
      sort: { beginsWith: prefixes.handoffs() },
      consistent: true,
    });
    return items.map((i) => entityOf<Handoff>(i));
  },
});
