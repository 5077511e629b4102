import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type LocalIdentity, openLocalIdentity } from '../../../packages/local/src/identity';

/** A token the gateway accepted stays accepted until it expires, and no longer. */
let dir: string;
let mine: LocalIdentity;
let other: LocalIdentity;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dr-kept-'));
  mine = await openLocalIdentity({ dataDir: join(dir, 'server') });
  other = await openLocalIdentity({ dataDir: join(dir, 'elsewhere') });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('tokens the local gateway accepted', () => {
  it('answers the same claims again, and refuses the token once it has expired', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T00:00:00Z'));
    const token = await mine.issueToken({ role: 'office', ttlSeconds: 60 });
    const first = await mine.verifier(token);
    expect(first?.claims['cognito:groups']).toEqual(['office']);
    expect(await mine.verifier(token)).toEqual(first);
    vi.setSystemTime(new Date('2026-03-01T00:01:01Z'));
    expect(await mine.verifier(token)).toBeUndefined();
  });

  it('never keeps a refusal: another key’s token stays refused, this key’s stays accepted', async () => {
    const theirs = await other.issueToken({ role: 'office' });
    expect(await mine.verifier(theirs)).toBeUndefined();
    expect(await mine.verifier(theirs)).toBeUndefined();
    const token = await mine.issueToken({ role: 'office' });
    expect(await mine.verifier(`${token}x`)).toBeUndefined();
    expect(await mine.verifier(token)).toBeDefined();
  });
});
