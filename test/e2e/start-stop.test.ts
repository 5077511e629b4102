import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoYear } from '../../packages/local/src/demo/start-demo';
import { usccOf } from './support/fixtures';

const ROOT = join(import.meta.dirname, '../..');
const START = join(ROOT, 'packages/local/src/start.ts');
const TOKEN = join(ROOT, 'packages/local/src/token.cli.ts');
const DR = join(ROOT, 'packages/local/src/dr.cli.ts');
const PNPM = join(ROOT, 'node_modules/.bin/pnpm');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dr-start-stop-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** The environment of a shell where nothing about the server is set. */
const bareEnv = (pointer: string): NodeJS.ProcessEnv => {
  const { DATA_DIR: _d, PORT: _p, DR_TOKEN: _t, ...rest } = process.env;
  return { ...rest, DR_SERVER_FILE: pointer, LOG_LEVEL: 'silent' };
};

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

const started = (child: ChildProcess, until: RegExp): Promise<Started> => {
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not started in 60 s: ${out}`)), 60_000);
    const take = (d: Buffer) => {
      out += d.toString();
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (url && until.test(out)) {
        clearTimeout(timer);
        resolve({ child, url, output: () => out });
      }
    };
    child.stdout?.on('data', take);
    child.stderr?.on('data', take);
    child.once('exit', (code) => reject(new Error(`start exited with ${code}: ${out}`)));
  });
};

/** Sends the signal; resolves with the exit code, or 'alive' when still running after 5 s. */
const stopWithin5s = (child: ChildProcess, signal: NodeJS.Signals, group = false) =>
  new Promise<number | 'alive' | null>((resolve) => {
    const timer = setTimeout(() => {
      resolve('alive');
      child.kill('SIGKILL');
    }, 5_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    if (group && child.pid) process.kill(-child.pid, signal);
    else child.kill(signal);
  });

const cli = (file: string, args: string[], env: NodeJS.ProcessEnv, cwd: string) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    // tsx by its path: the shell's folder has no node_modules
    const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), file, ...args], {
      cwd,
      env,
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

describe('pnpm start leaves its address and key for the CLIs', () => {
  it('lets token and dr find it without DATA_DIR or PORT, and says why a token is refused', async () => {
    const dataDir = join(dir, 'district');
    const pointer = join(dir, 'pointer', 'server.json');
    // a folder of its own, where a default .data would appear if a CLI made one
    const cwd = await mkdtemp(join(dir, 'shell-'));
    const server = await started(
      spawn(process.execPath, ['--import', 'tsx', START], {
        cwd: ROOT,
        env: { ...bareEnv(pointer), DATA_DIR: dataDir, PORT: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
      /Ctrl-C/,
    );
    try {
      // the banner's try line asks for the year the demo loads, not the next one
      expect(server.output()).toContain(`${server.url}/plans/${demoYear()}`);
      const recorded = JSON.parse(await readFile(join(dataDir, 'server.json'), 'utf8'));
      expect(recorded).toMatchObject({ url: server.url, dataDir, pid: server.child.pid });
      expect(JSON.parse(await readFile(pointer, 'utf8'))).toEqual(recorded);

      const token = await cli(TOKEN, ['--role', 'office'], bareEnv(pointer), cwd);
      expect(token.code).toBe(0);
      const ok = await fetch(`${server.url}/departments/SCJG/targets?limit=1`, {
        headers: { authorization: `Bearer ${token.stdout.trim()}` },
      });
      expect(ok.status).toBe(200);

      const exported = await cli(
        DR,
        ['export', 'plans', '--year', '2026', '-o', join(cwd, 'plans.csv')],
        bareEnv(pointer),
        cwd,
      );
      expect(exported.stderr).toBe('');
      expect(exported.stdout).toMatch(/^wrote .*plans\.csv/);
      expect(await exists(join(cwd, '.data'))).toBe(false);

      // an import names the columns no field reads; a small file's progress is in bytes
      const csv = join(cwd, 'small.csv');
      await writeFile(
        csv,
        `统一社会信用代码,名称,主体类型,所属镇街,行业,信用风险等级,备注\n${usccOf(4242)},某店,企业,运河街道,餐饮,B,老客户\n`,
      );
      const imported = await cli(
        DR,
        ['import', 'targets', csv, '--dept', 'SCJG'],
        bareEnv(pointer),
        cwd,
      );
      expect(imported.stdout).toContain('1 rows read (utf-8): 1 created');
      expect(imported.stdout).toContain('columns ignored (no field reads them): 备注');
      expect(imported.stderr).toMatch(/1 targets sent \(\d+ of \d+ bytes\)/);
      expect(imported.stderr).not.toContain('0.0 of 0.0 MB');

      // a token signed with another folder's key: the 401 says so
      const elsewhere = join(dir, 'elsewhere');
      const { openLocalIdentity } = await import('../../packages/local/src/identity');
      const foreign = await (await openLocalIdentity({ dataDir: elsewhere })).issueToken({
        role: 'office',
      });
      const refused = await fetch(`${server.url}/departments/SCJG/targets`, {
        headers: { authorization: `Bearer ${foreign}` },
      });
      expect(refused.status).toBe(401);
      const body = (await refused.json()) as { message: string; reason: string };
      expect(body.message).toBe('Unauthorized');
      expect(body.reason).toMatch(/^signed by another key/);
    } finally {
      expect(await stopWithin5s(server.child, 'SIGTERM')).toBe(0);
    }
    expect(await exists(join(dataDir, 'server.json'))).toBe(false);
    expect(await exists(pointer)).toBe(false);

    // no server any more: the token command names the missing key and creates nothing
    const none = await cli(TOKEN, ['--role', 'office'], bareEnv(pointer), cwd);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no signing key at');
    expect(await exists(join(cwd, '.data'))).toBe(false);
  }, 120_000);
});

describe('stopping', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    it(`${signal} stops a server loading the demo within 5 s, with exit 0`, async () => {
      const server = await started(
        spawn(process.execPath, ['--import', 'tsx', START, '--demo=0.05'], {
          cwd: ROOT,
          env: {
            ...bareEnv(join(dir, `${signal}.json`)),
            DATA_DIR: join(dir, signal),
            PORT: '0',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        }),
        // the loader is busy: items are in, targets are on their way
        /demo: items/,
      );
      expect(await stopWithin5s(server.child, signal)).toBe(0);
      expect(server.output()).toContain(`${signal}: closing`);
    }, 120_000);

  it('Ctrl-C on pnpm start ends it with exit 0 and no ELIFECYCLE line', async () => {
    const server = await started(
      spawn(PNPM, ['start'], {
        cwd: ROOT,
        env: { ...bareEnv(join(dir, 'pnpm.json')), DATA_DIR: join(dir, 'pnpm'), PORT: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
        // its own process group, as a terminal's foreground job: Ctrl-C signals the group
        detached: true,
      }),
      /Ctrl-C/,
    );
    expect(await stopWithin5s(server.child, 'SIGINT', true)).toBe(0);
    expect(server.output()).not.toContain('ELIFECYCLE');
  }, 120_000);
});
