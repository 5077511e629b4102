import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../packages/local/src/errors';
import { type LocalIdentity, openLocalIdentity } from '../../../packages/local/src/identity';

let dir: string;
let mine: LocalIdentity;
let other: LocalIdentity;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dr-refusal-'));
  mine = await openLocalIdentity({ dataDir: join(dir, 'server') });
  other = await openLocalIdentity({ dataDir: join(dir, 'elsewhere') });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('why the local gateway refuses a token', () => {
  it('names a missing header and a missing Bearer prefix', async () => {
    expect(await mine.explainRefusal(undefined)).toMatch(/^no token/);
    const token = await mine.issueToken({ role: 'office' });
    expect(await mine.explainRefusal(token)).toMatch(/^no Bearer prefix/);
  });

  it('names something that is not a JWT', async () => {
    expect(await mine.explainRefusal('Bearer not-a-token')).toMatch(/^not a JWT/);
  });

  it('names a token signed with another DATA_DIR’s key, and this server’s key file', async () => {
    const token = await other.issueToken({ role: 'office' });
    const reason = await mine.explainRefusal(`Bearer ${token}`);
    expect(reason).toMatch(/^signed by another key: .*same DATA_DIR|DATA_DIR this server uses/);
    expect(reason).toContain(mine.keyFile);
  });

  it('names an expired token and when it expired', async () => {
    const token = await mine.issueToken({
      role: 'office',
      ttlSeconds: 60,
      issuedAt: new Date('2026-01-01T00:00:00Z'),
    });
    expect(await mine.explainRefusal(`Bearer ${token}`)).toBe(
      'expired at 2026-01-01T00:01:00.000Z: issue a new one with pnpm --silent run token',
    );
  });
});

describe('a CLI opening the key', () => {
  it('refuses to create a key where no server keeps one, naming the folder', async () => {
    const stray = join(dir, 'stray');
    await expect(openLocalIdentity({ dataDir: stray, create: false })).rejects.toThrow(ConfigError);
    await expect(stat(stray)).rejects.toThrow(/ENOENT/);
  });

  it('signs with the key the server created', async () => {
    const cli = await openLocalIdentity({ dataDir: join(dir, 'server'), create: false });
    const token = await cli.issueToken({ role: 'office' });
    expect(await mine.verifier(token)).toBeDefined();
  });
});
