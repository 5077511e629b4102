import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditLog, AuditLogTree, Checkpoint } from '@double-random/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startAuditSequencer } from '../../../packages/local/src/audit-sequencer';
import {
  CHECKPOINT_KEY_FILE,
  openCheckpointSigner,
} from '../../../packages/local/src/checkpoint-key';

/** A tree that records which chains each run integrated; it stays empty. */
const recordingTree = () => {
  const runs: (readonly string[] | undefined)[] = [];
  const size = 0;
  const tree = {
    integrate: async (chains?: readonly string[]) => {
      runs.push(chains);
      return size;
    },
    size: async () => size,
    nodes: async () => new Map(),
    leaves: async () => [],
    chainLeaves: async () => [],
    latestCheckpoint: async () => undefined,
    keepCheckpoint: async (_size: number, text: string) => text,
  } as unknown as AuditLogTree;
  return { tree, runs };
};

const audit: AuditLog = {
  head: async () => undefined,
  append: async () => {},
  read: async () => ({ items: [] }),
} as unknown as AuditLog;

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

const signerIn = async () => {
  dir = await mkdtemp(join(tmpdir(), 'dr-cp-key-'));
  return openCheckpointSigner({ dataDir: dir });
};

/** A sequencer over a recording tree, a fresh signing key and a fixed clock. */
const sequencerOn = async (options: Parameters<typeof startAuditSequencer>[1]) => {
  const { tree, runs } = recordingTree();
  const sequencer = startAuditSequencer(
    {
      auditTree: tree,
      checkpointKey: await signerIn(),
      clock: { now: () => '2027-01-01T00:00:00.000Z' },
      logOrigin: 'test/log',
    },
    options,
  );
  return { sequencer, runs };
};

describe('the local audit sequencer', () => {
  it('sweeps at start, then integrates only the chains appended to, and signs each time', async () => {
    const { sequencer, runs } = await sequencerOn({ delayMs: 60_000, sweepMs: 60_000 });
    const watched = sequencer.watching(audit);
    await watched.append('2027-SCJG-001', {} as never);
    await watched.append('calendar', {} as never);
    const cp: Checkpoint = await sequencer.sequence();
    await sequencer.close();
    expect(runs).toEqual([undefined, ['2027-SCJG-001', 'calendar']]);
    expect(cp.size).toBe(0);
    expect(cp.text).toMatch(/^test\/log\n0\n/);
  });

  it('runs once the appends pause, and at the latest the longest delay after the first', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const { sequencer, runs } = await sequencerOn({
        delayMs: 200,
        maxDelayMs: 2000,
        sweepMs: 600_000,
      });
      const watched = sequencer.watching(audit);
      const settle = async () => {
        for (let i = 0; i < 20; i++) await Promise.resolve();
      };
      await settle();
      const swept = runs.length;
      // an append every 100 ms for 3 s: no pause, so a run at 2 s, and one after the last
      for (let t = 0; t < 3000; t += 100) {
        await watched.append(`C-${t}`, {} as never);
        await vi.advanceTimersByTimeAsync(100);
      }
      await settle();
      expect(runs.length - swept).toBe(1);
      await vi.advanceTimersByTimeAsync(200);
      await settle();
      expect(runs.length - swept).toBe(2);
      expect(runs.slice(swept).flat()).toHaveLength(30);
      // alone, an append is integrated after the pause
      await watched.append('ALONE', {} as never);
      await vi.advanceTimersByTimeAsync(199);
      await settle();
      expect(runs.length - swept).toBe(2);
      await vi.advanceTimersByTimeAsync(1);
      await settle();
      expect(runs.at(-1)).toEqual(['ALONE']);
      await sequencer.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps its key in DATA_DIR, readable by the owner only, and reuses it', async () => {
    const first = await signerIn();
    const again = await openCheckpointSigner({ dataDir: dir! });
    expect(await again.publicKey()).toEqual(await first.publicKey());
    const file = join(dir!, CHECKPOINT_KEY_FILE);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readFile(file, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
  });
});
