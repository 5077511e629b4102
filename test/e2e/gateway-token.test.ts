import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Gateway, openLocalIdentity, startGateway } from '@double-random/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpHandler, ok } from '../../functions/src/http/middleware';
import { routes } from '../../functions/src/http/routes';

process.env.LOG_LEVEL = 'silent';
const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');

/** Runs the token CLI as `pnpm --silent run token` does: tsx on the CLI module. */
const token = (args: string[], env: Record<string, string>) =>
  run(
    join(root, 'node_modules', '.bin', 'tsx'),
    [join(root, 'packages/local/src/token.cli.ts'), ...args],
    {
      cwd: root,
      env: { ...process.env, ...env },
    },
  );

let dataDir: string;
let gateway: Gateway;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dr-token-'));
  const identity = await openLocalIdentity({ dataDir });
  gateway = await startGateway({
    port: 0,
    verifier: identity.verifier,
    routes: [
      ...routes,
      {
        method: 'GET',
        path: '/whoami',
        auth: 'required',
        handler: httpHandler({ auth: 'required', handler: async ({ actor }) => ok(actor) }),
      },
    ],
  });
});

afterAll(async () => {
  await gateway?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('token CLI', () => {
  it('prints only a token, which the gateway sharing its data folder accepts', async () => {
    const { stdout } = await token(['--role', 'dept', '--dept', 'SCJG'], { DATA_DIR: dataDir });
    expect(stdout.trim()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const res = await fetch(`${gateway.url}/whoami`, {
      headers: { authorization: `Bearer ${stdout.trim()}` },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ roles: ['dept:SCJG'] });
  });

  it('issues an inspector token for the given subject', async () => {
    const { stdout } = await token(['--role', 'inspector', '--sub', 'P0042'], {
      DATA_DIR: dataDir,
    });
    const res = await fetch(`${gateway.url}/whoami`, {
      headers: { authorization: `Bearer ${stdout.trim()}` },
    });
    expect(await res.json()).toMatchObject({ sub: 'P0042', roles: ['inspector'] });
  });

  it('refuses a lifetime above seven days with exit 2 and the limit', async () => {
    const failure = await token(['--role', 'office', '--ttl', '3153600000'], {
      DATA_DIR: dataDir,
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2, stdout: '' });
    expect((failure as { stderr: string }).stderr).toMatch(/at most 604800 s \(7 days\)/);
  });

  it('exits with 2 and says why on a bad department code', async () => {
    const failure = await token(['--role', 'dept', '--dept', 'scjg'], { DATA_DIR: dataDir }).catch(
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 2, stdout: '' });
    expect((failure as { stderr: string }).stderr).toMatch(/bad department code "scjg"/);
  });

  it('exits with 2 naming the variable when the environment is bad', async () => {
    const failure = await token(['--role', 'office'], {
      DATA_DIR: dataDir,
      LOG_LEVEL: 'loud',
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toMatch(/LOG_LEVEL/);
  });
});
