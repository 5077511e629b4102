/**
 * Measures a bulk import into in-memory dynalite (a script, not a test):
 *   npx tsx test/integration/store/measure-bulk-import.ts [items=100000] [concurrency=8]
 */
import {
  batchWriteAll,
  createDocumentClient,
  ensureTable,
  indexKeys,
  keys,
  partitions,
  queryAll,
} from '@double-random/store';
import { startEmbeddedDynamo } from '@double-random/store/embedded';

const main = async () => {
  const n = Number(process.argv[2] ?? 100_000);
  const concurrency = Number(process.argv[3] ?? 8);
  const dynamo = await startEmbeddedDynamo();
  const client = createDocumentClient({ endpoint: dynamo.endpoint, region: 'local' });
  await ensureTable(client, 'measure-table');
  const table = { client, tableName: 'measure-table' };
  const items = Array.from({ length: n }, (_, i) => {
    const id = `T${String(i).padStart(6, '0')}`;
    const riskClass = 'ABCD'[i % 4] ?? 'A';
    return {
      ...keys.target('SCJG', id),
      ...indexKeys.targetByStatus('SCJG', 'active', riskClass, id),
      id,
      name: `企业${i}`,
      riskClass,
      status: 'active',
    };
  });

  const t0 = performance.now();
  const { written } = await batchWriteAll(table, items, { concurrency });
  const t1 = performance.now();
  const back = await queryAll(table, { partition: partitions.department('SCJG') });
  const t2 = performance.now();

  console.log(
    JSON.stringify({
      items: n,
      concurrency,
      written,
      writeMs: Math.round(t1 - t0),
      itemsPerSecond: Math.round(written / ((t1 - t0) / 1000)),
      readBack: back.length,
      queryAllMs: Math.round(t2 - t1),
    }),
  );
  client.destroy();
  await dynamo.close();
};

await main();
