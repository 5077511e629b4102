/**
 * The public reads under load: one local server (embedded dynalite, in memory) with the demo
 * district loaded at a small scale, then autocannon (a separate process, 10 connections)
 * against each route in turn. Each route's requests/s is printed with its ratio to /health
 * measured the same way in the same run. `BENCH_DEMO_SCALE=0.2` (default) and
 * `BENCH_SECONDS=5` (per route) adjust the run.
 */
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dependencies } from '../functions/src/composition';
import { loadDemo } from '../packages/local/src/demo/load';
import { startLocalServer } from '../packages/local/src/server';

const scale = Number(process.env.BENCH_DEMO_SCALE ?? 0.2);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const root = fileURLToPath(new URL('..', import.meta.url));
const autocannonBin = join(root, 'node_modules', 'autocannon', 'autocannon.js');

process.env.LOG_LEVEL = 'silent';
// the database in a process of its own, as `pnpm start` runs it
const server = await startLocalServer({
  port: 0,
  dynamoInOwnProcess: true,
  log: { info: () => {}, error: () => {} },
});
try {
  const loadStarted = performance.now();
  const summary = await loadDemo({
    url: server.url,
    scale,
    tokens: (caller) =>
      caller.role === 'office'
        ? server.issueToken({ role: 'office', sub: 'bench-office' })
        : server.issueToken({ role: caller.role, dept: caller.dept, sub: 'bench' }),
  });
  const loaded = (performance.now() - loadStarted) / 1000;
  // The loader returns while executions still move on (a state or two after the last call):
  // measured reads should be those of a district at rest, not of views rebuilt after changes.
  const versions = async () => {
    const page = await dependencies().tasks.listByYear(summary.year, { limit: 1000 });
    return page.items.map((t) => `${t.id}@${t.version}`).join(',');
  };
  for (let last = '', now = await versions(); now !== last; ) {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    [last, now] = [now, await versions()];
  }
  const task = summary.tasks.ids.find((id) => id.includes('-SCJG-')) ?? summary.tasks.ids[0]!;
  const routes = [
    '/health',
    `/tasks/${task}`,
    `/tasks?year=${summary.year}`,
    `/draws/${task}/bundle`,
    '/results?limit=100',
  ];

  /** autocannon in its own process, so the server keeps this process's event loop. */
  const measure = async (path: string) => {
    const child = spawn(
      process.execPath,
      [autocannonBin, '-c', '10', '-d', String(seconds), '-j', `${server.url}${path}`],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    if (code !== 0) throw new Error(`autocannon failed on ${path}: ${stderr}`);
    const out = JSON.parse(stdout) as {
      requests: { average: number };
      latency: { p50: number; p99: number };
      non2xx: number;
      errors: number;
    };
    if (out.non2xx > 0 || out.errors > 0) {
      throw new Error(`${path}: ${out.non2xx} answers not 2xx, ${out.errors} errors`);
    }
    return { rps: out.requests.average, p50: out.latency.p50, p99: out.latency.p99 };
  };

  // the server's request log would be most of the work measured
  process.env.LOG_LEVEL = 'silent';
  const rows = [];
  for (const path of routes) rows.push({ path, ...(await measure(path)) });
  const health = rows[0]!.rps;
  process.stdout.write(
    `demo district at scale ${scale} (${summary.tasks.ids.length} tasks, loaded in ${loaded.toFixed(1)} s); ` +
      `autocannon, 10 connections, ${seconds} s a route\n`,
  );
  const width = Math.max(...rows.map((r) => r.path.length));
  for (const r of rows) {
    process.stdout.write(
      `GET ${r.path.padEnd(width)}  ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms  ${((100 * r.rps) / health).toFixed(2).padStart(6)} % of /health\n`,
    );
  }
  const goal = rows.slice(1, 3).every((r) => r.rps >= 0.02 * health);
  process.stdout.write(
    `goal: GET /tasks/{id} and GET /tasks?year= each >= 2 % of /health: ${goal ? 'met' : 'NOT met'}; ` +
      `load average ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} cores\n`,
  );
} finally {
  await server.close();
}
