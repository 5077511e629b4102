/**
 * `pnpm bench`: runs every bench/*.bench.ts in turn, each in its own Node process so
 * one benchmark's heap does not inflate the next one's peak memory.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const file of benches) {
  process.stdout.write(`\n== ${file}\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', `${here}${file}`], {
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    failed++;
    process.stdout.write(`!! ${file} exited with ${run.status ?? run.signal}\n`);
  }
}
process.exitCode = failed === 0 ? 0 : 1;
