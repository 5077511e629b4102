import { createDocumentClient, type DocumentClient, ensureTable } from '@double-random/store';
import { type EmbeddedDynamo, startEmbeddedDynamo } from '@double-random/store/embedded';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDBClient } from '../../../packages/store/node_modules/@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '../../../packages/store/node_modules/@aws-sdk/lib-dynamodb';

/**
 * The document client keeps each kind of command's resolved middleware (client.ts): every
 * command must still send its own input and get its own answer, marshalled as the SDK's
 * document client does it per call.
 */
describe('the document client, resolving each kind of command once', () => {
  const TableName = 'document-client';
  let dynamo: EmbeddedDynamo;
  let client: DocumentClient;
  /** the SDK's document client as it comes, resolving every call */
  let plain: DynamoDBDocumentClient;
  beforeAll(async () => {
    dynamo = await startEmbeddedDynamo();
    client = createDocumentClient({ endpoint: dynamo.endpoint, region: 'local' });
    plain = DynamoDBDocumentClient.from(
      new DynamoDBClient({
        region: 'local',
        endpoint: dynamo.endpoint,
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      }),
      {
        marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
        unmarshallOptions: { wrapNumbers: false },
      },
    );
    await ensureTable(client, TableName);
  });
  afterAll(async () => {
    client.destroy();
    plain.destroy();
    await dynamo.close();
  });

  const item = (n: number) => ({
    pk: `P#${n % 3}`,
    sk: `S#${String(n).padStart(4, '0')}`,
    n,
    text: `值 ${n}`,
    nested: { list: [n, `${n}`, { deep: n % 2 === 0 }], empty: [], none: null },
    tags: new Set([`a${n}`, 'b']),
    bytes: new Uint8Array([n % 256, 1, 2]),
    left: undefined,
  });
  const stored = (n: number) => {
    const { left: _left, ...rest } = item(n);
    return rest;
  };

  it('sends many commands of one kind at once, each with its own input and answer', async () => {
    await Promise.all(
      Array.from({ length: 60 }, (_, n) =>
        client.send(new PutCommand({ TableName, Item: item(n) })),
      ),
    );
    const read = await Promise.all(
      Array.from({ length: 60 }, (_, n) =>
        client.send(
          new GetCommand({
            TableName,
            Key: { pk: `P#${n % 3}`, sk: `S#${String(n).padStart(4, '0')}` },
          }),
        ),
      ),
    );
    read.forEach((out, n) => {
      expect(out.Item).toEqual(stored(n));
    });
  });

  it('answers as the SDK document client does, for every kind the store sends', async () => {
    const key = { pk: 'P#1', sk: 'S#0004' };
    for (const c of [client, plain]) {
      expect((await c.send(new GetCommand({ TableName, Key: key }))).Item).toEqual(stored(4));
    }
    const query = (c: DynamoDBDocumentClient, start?: Record<string, unknown>) =>
      c.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :s)',
          ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
          ExpressionAttributeValues: { ':pk': 'P#2', ':s': 'S#' },
          Limit: 7,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
    const [mine, theirs] = [await query(client), await query(plain)];
    expect(mine.Items).toEqual(theirs.Items);
    expect(mine.Items).toHaveLength(7);
    expect(mine.LastEvaluatedKey).toEqual(theirs.LastEvaluatedKey);
    const [next, theirNext] = [
      await query(client, mine.LastEvaluatedKey),
      await query(plain, theirs.LastEvaluatedKey),
    ];
    expect(next.Items).toEqual(theirNext.Items);
    expect(next.Items?.[0]).toEqual(stored(23));

    const updated = await client.send(
      new UpdateCommand({
        TableName,
        Key: key,
        UpdateExpression: 'SET #n = #n + :one, #t = :t',
        ConditionExpression: '#n = :n',
        ExpressionAttributeNames: { '#n': 'n', '#t': 'text' },
        ExpressionAttributeValues: { ':one': 1, ':t': 'changed', ':n': 4 },
        ReturnValues: 'ALL_NEW',
      }),
    );
    expect(updated.Attributes).toEqual({ ...stored(4), n: 5, text: 'changed' });
    // a refused condition is the SDK's own error, as without the kept handlers
    const refused = client.send(
      new UpdateCommand({
        TableName,
        Key: key,
        UpdateExpression: 'SET #n = :n',
        ConditionExpression: '#n = :old',
        ExpressionAttributeNames: { '#n': 'n' },
        ExpressionAttributeValues: { ':n': 9, ':old': 4 },
      }),
    );
    await expect(refused).rejects.toMatchObject({ name: 'ConditionalCheckFailedException' });
    expect((await plain.send(new GetCommand({ TableName, Key: key }))).Item?.n).toBe(5);

    const deleted = await client.send(
      new DeleteCommand({ TableName, Key: key, ReturnValues: 'ALL_OLD' }),
    );
    expect(deleted.Attributes?.text).toBe('changed');
    expect((await plain.send(new GetCommand({ TableName, Key: key }))).Item).toBeUndefined();
  });

  it('writes and reads in batches, table by table', async () => {
    const written = await client.send(
      new BatchWriteCommand({
        RequestItems: {
          [TableName]: [
            { PutRequest: { Item: item(100) } },
            { PutRequest: { Item: item(101) } },
            { DeleteRequest: { Key: { pk: 'P#0', sk: 'S#0000' } } },
          ],
        },
      }),
    );
    expect(written.UnprocessedItems ?? {}).toEqual({});
    const keys = [100, 101, 0, 3].map((n) => ({
      pk: `P#${n % 3}`,
      sk: `S#${String(n).padStart(4, '0')}`,
    }));
    const [mine, theirs] = await Promise.all(
      [client, plain].map((c) =>
        c.send(new BatchGetCommand({ RequestItems: { [TableName]: { Keys: keys } } })),
      ),
    );
    const bySk = (xs: Record<string, unknown>[] | undefined) =>
      [...(xs ?? [])].sort((a, b) => String(a.sk).localeCompare(String(b.sk)));
    expect(bySk(mine?.Responses?.[TableName])).toEqual(bySk(theirs?.Responses?.[TableName]));
    expect(bySk(mine?.Responses?.[TableName])).toEqual([stored(3), stored(100), stored(101)]);
  });

  it('still takes a call with options the SDK way', async () => {
    const out = await client.send(new GetCommand({ TableName, Key: { pk: 'P#2', sk: 'S#0005' } }), {
      abortSignal: new AbortController().signal,
    });
    expect(out.Item).toEqual(stored(5));
  });
});
