import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ChangeIntent, IntentStore } from '@double-random/domain';
import { indexKeys, indexPartitions, keys, partitions, prefixes } from '../../keys';
import { KEY_ATTRIBUTES } from '../../table';
import { getItem, queryAll, queryPage, type TableRef } from '../../table-operations';
import { attributesOf, entityOf, writeOnce } from './support';

const isConditionFailure = (e: unknown): boolean =>
  (e as { name?: string })?.name === 'ConditionalCheckFailedException';

/**
 * Intents (`<chain partition>` · `INTENT#<id>`, docs/consistency.md) are write-once; an open
 * one also carries gsi2 `INTENTS#OPEN` · `<chain>#<id>` (a sparse index of what a restart
 * completes), which completing removes.
 */
export const createIntentStore = (table: TableRef): IntentStore => ({
  async open(intent) {
    const { seq: _ignored, ...fresh } = intent;
    const { stored, created } = await writeOnce(
      table,
      {
        ...attributesOf(fresh),
        ...keys.changeIntent(intent.chain, intent.id),
        ...indexKeys.openIntent(intent.chain, intent.id),
      },
      // an intent under the id stands, whoever wrote it: the caller compares the change
      { code: 'INTENT.EXISTS', message: `intent ${intent.id} exists`, same: () => true },
    );
    return { stored: entityOf<ChangeIntent>(stored), created };
  },

  async get(chain, id) {
    const item = await getItem(table, keys.changeIntent(chain, id), { consistent: true });
    return item ? entityOf<ChangeIntent>(item) : undefined;
  },

  async complete(chain, id, seq) {
    try {
      await table.client.send(
        new UpdateCommand({
          TableName: table.tableName,
          Key: keys.changeIntent(chain, id),
          UpdateExpression: 'SET #seq = :seq REMOVE #g2pk, #g2sk',
          ConditionExpression:
            'attribute_exists(#pk) AND (attribute_not_exists(#seq) OR #seq = :seq)',
          ExpressionAttributeNames: {
            '#pk': KEY_ATTRIBUTES.pk,
            '#seq': 'seq',
            '#g2pk': KEY_ATTRIBUTES.gsi2pk,
            '#g2sk': KEY_ATTRIBUTES.gsi2sk,
          },
          ExpressionAttributeValues: { ':seq': seq },
        }),
      );
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
      throw new Error(`intent ${id} of ${chain} is absent or complete with another entry`);
    }
  },

  async listByPrefix(chain, prefix) {
    const items = await queryAll(table, {
      partition: partitions.auditChain(chain),
      sort: { beginsWith: prefixes.changeIntents(prefix) },
      consistent: true,
    });
    return items.map((i) => entityOf<ChangeIntent>(i));
  },

  async listOpen(page, chain) {
    const out = await queryPage(table, {
      index: 'gsi2',
      partition: indexPartitions.openIntents(),
      ...(chain ? { sort: { beginsWith: prefixes.openIntentsOf(chain) } } : {}),
      ...page,
    });
    return {
      items: out.items.map((i) => entityOf<ChangeIntent>(i)),
      ...(out.cursor ? { cursor: out.cursor } : {}),
    };
  },
});
