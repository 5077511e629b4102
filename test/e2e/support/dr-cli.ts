import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const DR = fileURLToPath(new URL('../../../packages/local/src/dr.cli.ts', import.meta.url));

/** Runs `pnpm dr …` as a clerk would, in a child process: its exit code and output. */
export const runDr = (args: string[]) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', DR, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
