import {
  createDocumentClient,
  type DocumentClient,
  describeTable,
  ensureTable,
  INDEXES,
} from '@double-random/store';
import { type EmbeddedDynamo, startEmbeddedDynamo } from '@double-random/store/embedded';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('ensureTable on embedded dynalite', () => {
  let dynamo: EmbeddedDynamo;
  let client: DocumentClient;
  beforeAll(async () => {
    dynamo = await startEmbeddedDynamo();
    client = createDocumentClient({ endpoint: dynamo.endpoint, region: 'local' });
  });
  afterAll(async () => {
    client.destroy();
    await dynamo.close();
  });

  it('creates an active table with both indexes', async () => {
    await ensureTable(client, 'table-one');

    const Table = await describeTable(client, 'table-one');
    expect(Table?.TableStatus).toBe('ACTIVE');
    expect(Table?.GlobalSecondaryIndexes?.map((g) => g.IndexName).sort()).toEqual([
      INDEXES.gsi1.name,
      INDEXES.gsi2.name,
    ]);
    expect(Table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
  });

  it('is idempotent, also when two callers race', async () => {
    await ensureTable(client, 'table-two');
    const before = await describeTable(client, 'table-two');

    await Promise.all([ensureTable(client, 'table-two'), ensureTable(client, 'table-three')]);
    await Promise.all([ensureTable(client, 'table-three'), ensureTable(client, 'table-three')]);

    const after = await describeTable(client, 'table-two');
    expect(after?.TableId).toBe(before?.TableId);
    const third = await describeTable(client, 'table-three');
    expect(third?.TableStatus).toBe('ACTIVE');
  });
});
