/**
 * Import speed through the local gateway against raw batch writes of the same entities
 * into the same in-memory dynalite. Run: `npx tsx test/e2e/support/measure-import.ts 20000`.
 *
 * Measured 2026-11-26 on the shared 2-core machine (load average 5–9, Node 20):
 * 20,000 rows: gateway import 19.0 s (1,053 rows/s), unchanged re-import 13.3 s, raw
 * batchWriteAll 11.0 s (1,819 items/s) → 1.73×. 100,000 rows: gateway import 265 s,
 * unchanged re-import 43.5 s, 10 % changed 43.4 s, raw batchWriteAll 77 s → 3.4×.
 * Everything (gateway, handler, dynalite, client) shares one Node thread.
 */
import { newTarget, type Target } from '@double-random/domain';
import { batchWriteAll, createDocumentClient, keys } from '@double-random/store';
import { startLocalServer } from '../../../packages/local/src/server';
import { usccOf } from './fixtures';

process.env.LOG_LEVEL = 'silent';
const n = Number(process.argv[2] ?? 20_000);
const RISK = ['A', 'B', 'C', 'D'];
const TOWNS = ['运河街道', '涧头集镇', '马兰屯镇', '泥沟镇', '邳庄镇', '张山子镇'];
const row = (i: number, risk = RISK[i % 4]) =>
  `${usccOf(i)},台州市椒江区某某商店${i},企业,${TOWNS[i % 6]},餐饮,${risk},YHS`;
const csv = (rows: string[]) =>
  ['统一社会信用代码,名称,主体类型,所属镇街,行业,信用风险等级,管辖单位', ...rows].join('\r\n');

const server = await startLocalServer({ port: 0, timeoutMs: 600_000 });
const token = await server.issueToken({ role: 'dept', dept: 'SCJG' });
const post = async (body: string) => {
  const started = performance.now();
  const res = await fetch(`${server.url}/departments/SCJG/targets/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
    body,
  });
  const report = (await res.json()) as Record<string, unknown>;
  const s = (performance.now() - started) / 1000;
  return { s, status: res.status, report };
};
const rate = (count: number, s: number) => `${Math.round(count / s)} rows/s (${s.toFixed(1)} s)`;

try {
  const rows = Array.from({ length: n }, (_, i) => row(i));
  const first = await post(csv(rows));
  console.log(
    `import ${n} new rows via gateway: ${rate(n, first.s)}`,
    first.status,
    first.report.created,
  );
  const again = await post(csv(rows));
  console.log(`re-import unchanged:             ${rate(n, again.s)}`, again.report.unchanged);
  const changed = rows.map((r, i) => (i % 10 === 0 ? row(i, 'D') : r));
  const third = await post(csv(changed));
  console.log(`re-import, 10 % changed:          ${rate(n, third.s)}`, third.report.updated);

  const client = createDocumentClient({ region: 'local', endpoint: server.dynamoEndpoint });
  const ctx = { actor: 'measure', now: new Date().toISOString() };
  const entities: Target[] = Array.from(
    { length: n },
    (_, i) =>
      newTarget(
        {
          uscc: usccOf(i),
          name: `台州市椒江区某某商店${i}`,
          kind: 'enterprise',
          town: TOWNS[i % 6]!,
          industry: '餐饮',
          riskClass: RISK[i % 4] as Target['riskClass'],
          unit: 'YHS',
          department: 'ZJJ',
        },
        ctx,
      ).target,
  );
  const items = entities.map((t) => ({ ...keys.target('ZJJ', t.id), ...t }));
  const started = performance.now();
  await batchWriteAll({ client, tableName: server.tableName }, items, { concurrency: 8 });
  const s = (performance.now() - started) / 1000;
  console.log(`raw batchWriteAll of ${n} items:  ${rate(n, s)}`);
  console.log(`gateway import / raw batch write: ${(first.s / s).toFixed(2)}×`);
  client.destroy();
} finally {
  await server.close();
}
