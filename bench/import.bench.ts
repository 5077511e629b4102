/**
 * Bulk import through the running gateway, against the store's own bulk write.
 *
 * 1. baseline: the repository's `putMany` (= `batchWriteAll` of the stored items, same
 *    keys and attributes as an import writes) of N targets into an empty in-memory dynalite;
 * 2. the same N targets as a CSV file, sent by the dr CLI's chunking code (≤ 5,000 rows per
 *    request) over HTTP to the same server and dynalite: decode, validate, compare, write;
 * 3. listing the department's N targets page by page (limit 1000) over HTTP.
 *
 * The baseline runs first, on the emptier store, so the ratio errs against the import.
 * `BENCH_IMPORT_ROWS=20000` for a quick run; default 100,000.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newTarget, type Target, usccCheckChar } from '@double-random/domain';
import { dependencies } from '../functions/src/composition';
import { importFile } from '../packages/local/src/cli/import-client';
import { startLocalServer } from '../packages/local/src/server';

process.env.LOG_LEVEL = 'silent';
const N = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const NOW = '2027-01-15T02:00:00.000Z';
const TOWNS = ['运河街道', '涧头集镇', '马兰屯镇', '泥沟镇'];
const RISK = ['A', 'B', 'C', 'D'] as const;

const usccOf = (n: number): string => {
  const first17 = `91331002${String(n).padStart(8, '0')}X`;
  return first17 + usccCheckChar(first17);
};
const row = (i: number) => ({
  uscc: usccOf(i),
  name: `台州市椒江区第${i}号商店`,
  kind: 'enterprise' as const,
  town: TOWNS[i % TOWNS.length] ?? '运河街道',
  industry: i % 3 === 0 ? '餐饮' : '零售',
  riskClass: RISK[i % RISK.length] ?? 'B',
});

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const perSecond = (rows: number, ms: number) => Math.round((rows / ms) * 1000).toLocaleString('en');

const main = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'import-bench-'));
  const server = await startLocalServer({
    port: 0,
    dynamoInOwnProcess: true,
    log: { info: () => {}, error: () => {} },
  });
  try {
    const file = join(dir, 'targets.csv');
    const lines = ['uscc,name,kind,town,industry,riskClass'];
    for (let i = 0; i < N; i++) {
      const r = row(i);
      lines.push(`${r.uscc},${r.name},${r.kind},${r.town},${r.industry},${r.riskClass}`);
    }
    await writeFile(file, `${lines.join('\n')}\n`);

    const entities: Target[] = [];
    for (let i = 0; i < N; i++)
      entities.push(
        newTarget({ ...row(i), department: 'BASE' }, { actor: 'bench', now: NOW }).target,
      );
    let t = performance.now();
    await dependencies().targets.putMany(entities);
    const rawMs = performance.now() - t;

    const token = await server.issueToken({ role: 'dept', dept: 'SCJG' });
    t = performance.now();
    const summary = await importFile({
      url: server.url,
      token,
      dept: 'SCJG',
      kind: 'targets',
      file,
    });
    const importMs = performance.now() - t;
    if (summary.created !== N || summary.invalid !== 0)
      throw new Error(`import stored ${summary.created} of ${N} (${summary.invalid} invalid)`);

    const office = await server.issueToken({ role: 'office' });
    t = performance.now();
    let listed = 0;
    let pages = 0;
    let cursor: string | undefined;
    do {
      const url = `${server.url}/departments/SCJG/targets?limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res = await fetch(url, { headers: { authorization: `Bearer ${office}` } });
      if (!res.ok)
        throw new Error(`list page ${pages + 1}: HTTP ${res.status} ${await res.text()}`);
      const page = (await res.json()) as { items: unknown[]; cursor?: string };
      listed += page.items.length;
      pages += 1;
      cursor = page.cursor;
    } while (cursor);
    const listMs = performance.now() - t;
    if (listed !== N) throw new Error(`listed ${listed} of ${N}`);

    const ratio = rawMs / importMs;
    process.stdout.write(
      [
        `targets: ${N.toLocaleString('en')} rows`,
        `raw putMany/batchWriteAll: ${seconds(rawMs)} s, ${perSecond(N, rawMs)} rows/s`,
        `import over HTTP (dr chunks of 5,000): ${seconds(importMs)} s, ${perSecond(N, importMs)} rows/s`,
        `import / raw throughput: ${ratio.toFixed(2)} (aim ≥ 0.70)${ratio >= 0.7 ? '' : '  BELOW AIM'}`,
        `list ${pages} pages of ≤ 1000: ${seconds(listMs)} s, ${perSecond(N, listMs)} rows/s`,
        '',
      ].join('\n'),
    );
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
};

await main();
