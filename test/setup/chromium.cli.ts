import { spawnSync } from 'node:child_process';
import { chromiumFacts, chromiumStep } from './chromium';

/**
 * The first step of the test command: makes sure the browser tests have their Chromium.
 * Exit 0 ready (installed now if it was missing and apt was usable), 1 with the command to run.
 */
const step = chromiumStep(chromiumFacts());
if (step.kind === 'install') {
  process.stderr.write(`test set-up: Chromium is missing; installing it: ${step.command}\n`);
  const run = spawnSync('sh', ['-c', step.command], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const after = chromiumStep(chromiumFacts());
  if (run.status !== 0 || after.kind !== 'ready') {
    process.stderr.write(
      `test set-up: installing Chromium failed (exit ${run.status}); run as root: ${step.command}\n`,
    );
    process.exitCode = 1;
  }
} else if (step.kind === 'stop') {
  process.stderr.write(`test set-up: ${step.message}\n`);
  process.exitCode = 1;
}
