import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badUsccOf, usccOf } from './support/fixtures';

const ROOT = join(import.meta.dirname, '../..');
const START = join(ROOT, 'packages/local/src/start.ts');
const DR = join(ROOT, 'packages/local/src/dr.cli.ts');

// GB18030 bytes, as Excel saves them: the header row, "，某店" and "，企业，运河街道，零售，B\n".
const GB_HEADER = Buffer.from(
  'cdb3d2bbc9e7bbe1d0c5d3c3b4fac2eb2cc3fbb3c62cc0e0d0cd2ccbf9caf4d5f2bdd62cd0d0d2b52cb7e7cfd5b5c8bcb60a',
  'hex',
);
const GB_NAME = Buffer.from('2cc4b3b5ea', 'hex');
const GB_REST = Buffer.from('2cc6f3d2b52cd4cbbad3bdd6b5c02cc1e3cadb2c420a', 'hex');

let dataDir: string;
let csvFile: string;
const env = () => ({ ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', PORT: '0' });

const startServer = async (): Promise<{ child: ChildProcess; url: string }> => {
  const child = spawn(process.execPath, ['--import', 'tsx', START], {
    cwd: ROOT,
    env: env(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL line in 30 s: ${out} ${err}`)), 30_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('exit', (code) => reject(new Error(`start exited with ${code}: ${out} ${err}`)));
  });
  expect(out).toContain(`${url}/openapi.json`);
  expect(out).toContain('pnpm --silent run token --role office');
  return { child, url };
};

const stopServer = (child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') =>
  new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill(signal);
  });

const run = (args: string[], extraEnv: Record<string, string> = {}) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', DR, ...args], {
      cwd: ROOT,
      env: { ...env(), ...extraEnv },
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

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dr-start-'));
  csvFile = join(dataDir, 'targets-gb18030.csv');
  // 12 data rows; the 8th (file row 9) carries a wrong check character
  const rows = Array.from({ length: 12 }, (_, i) =>
    Buffer.concat([Buffer.from(i === 7 ? badUsccOf(i) : usccOf(i)), GB_NAME, GB_REST]),
  );
  await writeFile(csvFile, Buffer.concat([GB_HEADER, ...rows]));
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('pnpm start and pnpm dr', () => {
  it('serves, imports a GB18030 file in parts, stops cleanly and keeps the data', async () => {
    const first = await startServer();
    try {
      const health = await fetch(`${first.url}/health`);
      expect(health.status).toBe(200);
      const openapi = await fetch(`${first.url}/openapi.json`);
      expect(((await openapi.json()) as { openapi: string }).openapi).toBe('3.1.0');

      const imported = await run([
        'import',
        'targets',
        csvFile,
        '--dept',
        'SCJG',
        '--url',
        first.url,
        '--chunk-rows',
        '5',
      ]);
      expect(imported.stdout).toContain(
        '12 rows read (gb18030): 11 created, 0 updated, 0 unchanged, 1 invalid',
      );
      expect(imported.stdout).toMatch(/row 9: uscc/);
      expect(imported.code).toBe(1);
      // not a terminal: one plain progress line per request of ≤ 5 rows
      expect(imported.stderr.match(/targets sent/g)).toHaveLength(3);

      const again = await run(['import', 'targets', csvFile, '--dept', 'SCJG', '--url', first.url]);
      expect(again.stdout).toContain('0 created, 0 updated, 11 unchanged, 1 invalid');
    } finally {
      expect(await stopServer(first.child)).toBe(0);
    }

    const second = await startServer();
    try {
      const token = await run(['token', '--role', 'office']);
      expect(token.code).toBe(0);
      const list = await fetch(`${second.url}/departments/SCJG/targets?limit=100`, {
        headers: { authorization: `Bearer ${token.stdout.trim()}` },
      });
      expect(list.status).toBe(200);
      const body = (await list.json()) as { items: { uscc: string; name: string }[] };
      expect(body.items).toHaveLength(11);
      expect(body.items.map((t) => t.name)).toContain('某店');
    } finally {
      expect(await stopServer(second.child, 'SIGINT')).toBe(0);
    }
  }, 120_000);

  it('says when the server is not reachable and exits with 3', async () => {
    const port = await freePort();
    const res = await run([
      'import',
      'targets',
      csvFile,
      '--dept',
      'SCJG',
      '--url',
      `http://127.0.0.1:${port}`,
    ]);
    expect(res.code).toBe(3);
    expect(res.stderr).toContain(`the server at http://127.0.0.1:${port} is not reachable`);
  }, 30_000);

  it('shows the server’s refusal and exits with 3 when the token is not accepted', async () => {
    const server = await startServer();
    try {
      const res = await run(['import', 'targets', csvFile, '--dept', 'SCJG', '--url', server.url], {
        DR_TOKEN: 'not-a-token',
      });
      expect(res.code).toBe(3);
      expect(res.stderr).toContain('HTTP 401');
      expect(res.stderr).toContain('Unauthorized');
    } finally {
      await stopServer(server.child);
    }
  }, 60_000);

  it('exits with 2 on a missing department', async () => {
    const res = await run(['import', 'targets', csvFile]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('missing --dept');
  }, 30_000);
});
