import {
  batchGetAll,
  batchWriteAll,
  type DocumentClient,
  keys,
  StoreError,
  type TableRef,
} from '@double-random/store';
import { describe, expect, it } from 'vitest';

/**
 * DynamoDB may leave part of a batch unprocessed under load; dynalite never does, so
 * the retry path is driven here by a client that answers like DynamoDB does.
 */
interface BatchInput {
  RequestItems: Record<string, unknown>;
}
const writesOf = (input: BatchInput) => input.RequestItems['fake-table'] as unknown[];
const keysOf = (input: BatchInput) =>
  (input.RequestItems['fake-table'] as { Keys: { pk: string; sk: string }[] }).Keys;

type Answer = (input: BatchInput) => Record<string, unknown>;
const fakeTable = (answer: Answer): { table: TableRef; inputs: BatchInput[] } => {
  const inputs: BatchInput[] = [];
  const client = {
    send: async (command: { input: BatchInput }) => {
      inputs.push(command.input);
      return answer(command.input);
    },
  } as unknown as DocumentClient;
  return { table: { client, tableName: 'fake-table' }, inputs };
};

const items = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ ...keys.chainAudit('R', i), n: i }));

describe('batchWriteAll retries', () => {
  it('resends unprocessed items until all are written', async () => {
    let calls = 0;
    const { table, inputs } = fakeTable((input) => {
      calls++;
      const sent = writesOf(input);
      return calls === 1 ? { UnprocessedItems: { 'fake-table': sent.slice(15) } } : {};
    });

    const { written } = await batchWriteAll(table, items(25), { baseDelayMs: 1 });

    expect(written).toBe(25);
    expect(inputs.map((i) => writesOf(i).length)).toEqual([25, 10]);
  });

  it('gives up with a StoreError when items stay unprocessed', async () => {
    const { table, inputs } = fakeTable((input) => ({ UnprocessedItems: input.RequestItems }));

    const run = batchWriteAll(table, items(3), { baseDelayMs: 1, maxAttempts: 4 });

    await expect(run).rejects.toBeInstanceOf(StoreError);
    expect(inputs).toHaveLength(4);
  });

  it('sends chunks of at most 25', async () => {
    const { table, inputs } = fakeTable(() => ({}));

    await batchWriteAll(table, items(60));

    expect(inputs.map((i) => writesOf(i).length).sort()).toEqual([10, 25, 25]);
  });
});

describe('batchGetAll retries', () => {
  it('asks again for unprocessed keys and returns everything found, in key order', async () => {
    let calls = 0;
    const { table, inputs } = fakeTable((input) => {
      calls++;
      const asked = keysOf(input);
      const served = calls === 1 ? asked.slice(0, 2) : asked;
      return {
        Responses: { 'fake-table': served.map((k) => ({ ...k, found: true })) },
        ...(calls === 1 ? { UnprocessedKeys: { 'fake-table': { Keys: asked.slice(2) } } } : {}),
      };
    });
    const wanted = [3, 1, 2, 0].map((n) => keys.chainAudit('R', n));

    const found = await batchGetAll(table, wanted, { baseDelayMs: 1 });

    expect(found.map((f) => f.sk)).toEqual(wanted.map((k) => k.sk));
    expect(inputs.map((i) => keysOf(i).length)).toEqual([4, 2]);
  });
});
