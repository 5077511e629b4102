/**
 * The draw at district scale: a pool of 1,000,000 targets in 4 strata (about 100,000
 * selected) and a roster of 500. Times are compared with a baseline measured in the
 * same process on the same data: sorting the canonical pool lines and SHA-256 hashing
 * the canonical pool text, the least any implementation of dr-draw/1 must do.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DrawBundle, parseBundle, runDraw, type Sha256 } from '@double-random/draw';

const POOL = 1_000_000;
const ROSTER = 500;
const STRATA = [
  { key: 'risk:A', share: 0.1, ratioBp: 3000, reserve: 50 },
  { key: 'risk:B', share: 0.2, ratioBp: 1500, reserve: 50 },
  { key: 'risk:C', share: 0.3, ratioBp: 700, reserve: 50 },
  { key: 'risk:D', share: 0.4, ratioBp: 475, reserve: 50 },
];
const UNITS = Array.from({ length: 12 }, (_, i) => `TEZ-${String(i + 1).padStart(2, '0')}`);
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A fixed linear congruential generator: the benchmark data is the same on every run. */
let state = 20260202;
const next = (n: number): number => {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  return state % n;
};

const generate = (): DrawBundle => {
  const pool: DrawBundle['pool'] = [];
  const seen = new Set<string>();
  let s = 0;
  let bound = STRATA[0]!.share * POOL;
  while (pool.length < POOL) {
    let id = '91370405';
    for (let c = 0; c < 10; c++) id += ALPHABET[next(ALPHABET.length)];
    if (seen.has(id)) continue;
    seen.add(id);
    if (pool.length >= bound) bound += STRATA[++s]!.share * POOL;
    pool.push({
      id,
      stratum: STRATA[s]!.key,
      unit: next(20) === 0 ? '' : UNITS[next(UNITS.length)]!,
    });
  }
  const roster = Array.from({ length: ROSTER }, (_, i) => ({
    id: `INS-${String(i).padStart(4, '0')}`,
    unit: UNITS[i % UNITS.length]!,
    leader: next(4) === 0,
    qualifications: next(10) === 0 ? ['SCJG-SPEC'] : ['SCJG-FOOD', 'SCJG-SPEC'],
    conflicts: Array.from({ length: next(4) }, () => pool[next(POOL)]!.id),
  }));
  return {
    spec: 'dr-draw/1',
    drawId: '2026-SCJG-BENCH',
    params: {
      team: 2,
      qualification: 'SCJG-FOOD',
      cap: 0,
      crossUnit: true,
      strata: STRATA.map(({ key, ratioBp, reserve }) => ({ key, ratioBp, reserve })),
    },
    pool,
    roster,
    entropy:
      'drand:quicknet:18523001:9e9829df0c4d2b3c2f1e6c8f5b2a1d0e9f8c7b6a5d4e3f2a1b0c9d8e7f634798f',
  };
};

const nodeSha256: Sha256 = (data) => new Uint8Array(createHash('sha256').update(data).digest());

const time = <T>(fn: () => T): [T, number] => {
  const start = performance.now();
  const value = fn();
  return [value, (performance.now() - start) / 1000];
};

const peakMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
const rows: Array<[string, string, string, string]> = [];
const row = (what: string, seconds: number, baseline: number | undefined) =>
  rows.push([
    what,
    `${seconds.toFixed(2)} s`,
    baseline === undefined ? '' : `${(seconds / baseline).toFixed(2)}x`,
    `${peakMb()} MB`,
  ]);

const [bundle, generated] = time(generate);
row('generate bundle (not part of a draw)', generated, undefined);

const [, baseline] = time(() => {
  const lines = bundle.pool.map((r) => `${r.id}\t${r.stratum}\t${r.unit}\n`);
  lines.sort();
  createHash('sha256').update(lines.join('')).digest('hex');
});
row('baseline: sort pool lines + SHA-256 pool text', baseline, baseline);

const dir = mkdtempSync(join(tmpdir(), 'draw-bench-'));
const file = join(dir, 'bench.bundle.json');
const text = JSON.stringify(bundle);
writeFileSync(file, text);

const [parsed, parseSeconds] = time(() => parseBundle(JSON.parse(readFileSync(file, 'utf8'))));
row(
  `read + JSON.parse + parseBundle (${(text.length / 1e6).toFixed(0)} MB)`,
  parseSeconds,
  baseline,
);

const [result, nodeSeconds] = time(() => runDraw(parsed, { sha256: nodeSha256 }));
row('runDraw, node:crypto SHA-256 (CLI)', nodeSeconds, baseline);

const [browserResult, nobleSeconds] = time(() => runDraw(parsed));
row('runDraw, @noble/hashes SHA-256 (browser default)', nobleSeconds, baseline);

if (browserResult.resultDigest !== result.resultDigest) {
  throw new Error('the two SHA-256 implementations gave different draws');
}
const selected = result.strata.reduce((n, s) => n + s.size, 0);
const unfilled = result.assignments.filter((a) => a.status === 'unfilled').length;

/** Runs the CLI on the written bundle, stdout to /dev/null; wall, CPU and peak RSS of the child. */
const cliRun = (what: string, args: string[]) => {
  const timer = existsSync('/usr/bin/time');
  const [child, seconds] = time(() =>
    spawnSync(
      timer ? '/usr/bin/time' : process.execPath,
      [...(timer ? ['-f', '%U %S %M', process.execPath] : []), ...args, 'run', file],
      { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
    ),
  );
  if (child.status !== 0) throw new Error(`draw run failed: ${child.stderr}`);
  const usage = /([\d.]+) ([\d.]+) (\d+)\s*$/.exec(child.stderr.trim());
  rows.push([
    usage ? `${what} (CPU ${(Number(usage[1]) + Number(usage[2])).toFixed(2)} s)` : what,
    `${seconds.toFixed(2)} s`,
    `${(seconds / baseline).toFixed(2)}x`,
    usage ? `${Math.round(Number(usage[3]) / 1024)} MB (child)` : 'n/a',
  ]);
};

const source = fileURLToPath(new URL('../packages/draw/src/cli.ts', import.meta.url));
const built = fileURLToPath(new URL('../packages/draw/dist/cli.js', import.meta.url));
cliRun('CLI end to end: draw run bundle > /dev/null (tsx)', ['--import', 'tsx', source]);
if (existsSync(built)) cliRun('CLI end to end: dist/cli.js (npx dr-draw)', [built]);
rmSync(dir, { recursive: true, force: true });

process.stdout.write(
  `pool ${POOL.toLocaleString('en')} in ${STRATA.length} strata, roster ${ROSTER}: ` +
    `${selected.toLocaleString('en')} selected, ${unfilled} unfilled teams, resultDigest ${result.resultDigest.slice(0, 16)}…\n`,
);
const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows) {
  process.stdout.write(
    `${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')}\n`,
  );
}
process.stdout.write(
  `ratio = time / baseline; memory = peak RSS of this process so far; load average ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} cores\n`,
);
