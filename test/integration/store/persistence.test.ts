import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDocumentClient, ensureTable, getItem, keys, putOnce } from '@double-random/store';
import { startEmbeddedDynamo } from '@double-random/store/embedded';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const alive = (pid: number | undefined): boolean => {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe.each([
  { mode: 'in this process', ownProcess: false },
  { mode: 'in a process of its own (the local server)', ownProcess: true },
])('embedded dynalite with a data directory, $mode', ({ ownProcess }) => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dr-store-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps what was written across a restart', async () => {
    const path = join(dir, 'dynamo');
    const first = await startEmbeddedDynamo({ path, ownProcess });
    const c1 = createDocumentClient({ endpoint: first.endpoint, region: 'local' });
    await ensureTable(c1, 'persisted');
    await putOnce(
      { client: c1, tableName: 'persisted' },
      { ...keys.commitment('K-2026-001'), seed: 'abc', count: 3 },
    );
    c1.destroy();
    await first.close();

    const second = await startEmbeddedDynamo({ path, ownProcess });
    const c2 = createDocumentClient({ endpoint: second.endpoint, region: 'local' });
    await ensureTable(c2, 'persisted');
    const item = await getItem(
      { client: c2, tableName: 'persisted' },
      keys.commitment('K-2026-001'),
    );
    c2.destroy();
    await second.close();

    expect(item).toEqual({ ...keys.commitment('K-2026-001'), seed: 'abc', count: 3 });
    // a database process is gone once closed: none is left holding the directory
    expect(first.pid !== undefined).toBe(ownProcess);
    expect(alive(first.pid) || alive(second.pid)).toBe(false);
  });

  it('refuses a second instance on a directory in use, and the first keeps working', async () => {
    const path = join(dir, 'locked');
    const first = await startEmbeddedDynamo({ path, ownProcess });
    const client = createDocumentClient({ endpoint: first.endpoint, region: 'local' });

    const second = startEmbeddedDynamo({ path, ownProcess });

    await expect(second).rejects.toMatchObject({ code: 'STORE.DATA_DIR_IN_USE' });
    await ensureTable(client, 'still-here');
    const item = await getItem({ client, tableName: 'still-here' }, keys.commitment('none'));
    client.destroy();
    await first.close();
    expect(item).toBeUndefined();
  });
});

describe('embedded dynalite in a process of its own', () => {
  it('goes when the process that started it dies, even killed: no orphan keeps the directory', async () => {
    const script = `
      import { startEmbeddedDynamo } from '@double-random/store/embedded';
      const db = await startEmbeddedDynamo({ ownProcess: true });
      console.log(db.pid);
      setInterval(() => {}, 1000);
    `;
    const parent = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: fileURLToPath(new URL('../../../packages/store/', import.meta.url)),
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const pid = await new Promise<number>((resolve, reject) => {
      parent.stdout.once('data', (d: Buffer) => resolve(Number(String(d).trim())));
      parent.once('exit', (code) => reject(new Error(`parent exited ${code}`)));
    });
    expect(alive(pid)).toBe(true);
    parent.kill('SIGKILL');
    const until = Date.now() + 10_000;
    while (alive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(alive(pid)).toBe(false);
  });
});
