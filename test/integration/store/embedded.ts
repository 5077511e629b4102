import { createDocumentClient, ensureTable, type TableRef } from '@double-random/store';
import { type EmbeddedDynamo, startEmbeddedDynamo } from '@double-random/store/embedded';
import { afterAll, beforeAll } from 'vitest';

/** A fresh in-memory dynalite and table for one test file. */
export const useEmbeddedTable = (tableName = 'store-test'): { table: TableRef } => {
  const ctx = {} as { table: TableRef };
  let dynamo: EmbeddedDynamo;
  beforeAll(async () => {
    dynamo = await startEmbeddedDynamo();
    const client = createDocumentClient({ endpoint: dynamo.endpoint, region: 'local' });
    await ensureTable(client, tableName);
    ctx.table = { client, tableName };
  });
  afterAll(async () => {
    ctx.table?.client.destroy();
    await dynamo?.close();
  });
  return ctx;
};
