import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalServer, startLocalServer } from '../../packages/local/src/server';
import { startTestServer, type TestServer } from './support/local-server';

/**
 * What the local server adds for the staff console: the console's folder at /console/ and
 * the local sign-in (/local/people, /local/sign-in), which only a server started with the
 * console has; the API behind them is the same.
 */
let server: LocalServer;
let plain: TestServer;
let consoleDir: string;

beforeAll(async () => {
  process.env.LOG_LEVEL ??= 'silent';
  consoleDir = await mkdtemp(join(tmpdir(), 'double-random-console-dir-'));
  await writeFile(join(consoleDir, 'index.html'), '<!doctype html><title>工作台</title>');
  await writeFile(join(consoleDir, 'config.json'), '{"apiBase":"","auth":{"mode":"local"}}');
  server = await startLocalServer({ port: 0, consoleDir, log: { info() {}, error() {} } });
  plain = await startTestServer();
}, 60_000);

afterAll(async () => {
  await server?.close();
  await plain?.close();
  await rm(consoleDir, { recursive: true, force: true });
});

const get = (path: string) => fetch(`${server.url}${path}`, { redirect: 'manual' });

describe('the console on the local server', () => {
  it('serves the console at /console/, sends /console there, and keeps to its folder', async () => {
    const page = await get('/console/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('工作台');
    const bare = await get('/console');
    expect(bare.status).toBe(308);
    expect(bare.headers.get('location')).toBe('/console/');
    expect((await get('/console/config.json')).status).toBe(200);
    expect((await get('/console/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    // the API still answers beside it
    expect((await get('/health')).status).toBe(200);
  });

  it('lists the district to sign in as, saying the sign-in is local only', async () => {
    const res = await get('/local/people');
    const body = (await res.json()) as {
      notice: string;
      people: { role: string; dept?: string; sub?: string; label: string }[];
    };
    expect(body.notice).toContain('不会部署');
    expect(body.people.filter((p) => p.role === 'office')).toHaveLength(1);
    expect(body.people.filter((p) => p.role === 'dept')).toHaveLength(9);
    expect(body.people.find((p) => p.dept === 'SCJG' && p.role === 'dept')?.label).toBe(
      '区市场监管局',
    );
    expect(body.people.filter((p) => p.role === 'witness').map((p) => p.dept)).toEqual([
      'JJJC',
      'GZC',
    ]);
  });

  it('signs in with a token the API accepts, and refuses a role it does not know', async () => {
    const res = await fetch(`${server.url}/local/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'office' }),
    });
    const { token } = (await res.json()) as { token: string };
    const year = new Date().getFullYear();
    const plans = await fetch(`${server.url}/plans/${year}/internal`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(plans.status).toBe(200);
    const bad = await fetch(`${server.url}/local/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'admin' }),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { field: string } }).error.field).toBe('role');
  });

  it('is absent from a server without the console, as from every deployment', async () => {
    expect((await plain.request('GET', '/local/people')).status).toBe(404);
    expect(
      (await plain.request('POST', '/local/sign-in', { body: { role: 'office' } })).status,
    ).toBe(404);
  });
});
