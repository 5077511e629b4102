import { DeleteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { WaitingToken, WorkflowTokenStore } from '@double-random/domain';
import { keys, partitions, type TableRef } from '@double-random/store';

/**
 * Callback tokens in the single table, one partition per task (`keys.workflowToken`) so one
 * Query lists a task's waits. A token is replaced when a restarted execution waits again;
 * removal is conditional on the token so a late remover never drops a newer wait.
 */

export const createWorkflowTokenStore = (table: TableRef): WorkflowTokenStore => {
  const { client, tableName } = table;
  return {
    async put(w) {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...keys.workflowToken(w.taskId, w.slot), ...w },
        }),
      );
    },
    async get(taskId, slot) {
      const out = await client.send(
        new GetCommand({ TableName: tableName, Key: keys.workflowToken(taskId, slot) }),
      );
      return out.Item ? strip(out.Item) : undefined;
    },
    async listByTask(taskId) {
      const items: WaitingToken[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const out = await client.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': partitions.workflowTokens(taskId) },
            ...(start ? { ExclusiveStartKey: start } : {}),
          }),
        );
        items.push(...(out.Items ?? []).map(strip));
        start = out.LastEvaluatedKey;
      } while (start);
      return items;
    },
    async remove(taskId, slot, token) {
      try {
        await client.send(
          new DeleteCommand({
            TableName: tableName,
            Key: keys.workflowToken(taskId, slot),
            ConditionExpression: '#t = :t',
            ExpressionAttributeNames: { '#t': 'token' },
            ExpressionAttributeValues: { ':t': token },
          }),
        );
      } catch (e) {
        if (!(e instanceof Error && e.name === 'ConditionalCheckFailedException')) throw e;
      }
    },
  };
};

const strip = (item: Record<string, unknown>): WaitingToken => ({
  taskId: String(item.taskId),
  slot: String(item.slot),
  token: String(item.token),
  at: String(item.at),
});
