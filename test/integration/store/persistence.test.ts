import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDocumentClient, ensureTable, getItem, keys, putOnce } from '@double-random/store';
import { startEmbeddedDynamo } from '@double-random/store/embedded';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('embedded dynalite with a data directory', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dr-store-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps what was written across a restart', async () => {
    const path = join(dir, 'dynamo');
    const first = await startEmbeddedDynamo({ path });
    const c1 = createDocumentClient({ endpoint: first.endpoint, region: 'local' });
    await ensureTable(c1, 'persisted');
    await putOnce(
      { client: c1, tableName: 'persisted' },
      { ...keys.commitment('K-2026-001'), seed: 'abc', count: 3 },
    );
    c1.destroy();
    await first.close();

    const second = await startEmbeddedDynamo({ path });
    const c2 = createDocumentClient({ endpoint: second.endpoint, region: 'local' });
    await ensureTable(c2, 'persisted');
    const item = await getItem(
      { client: c2, tableName: 'persisted' },
      keys.commitment('K-2026-001'),
    );
    c2.destroy();
    await second.close();

    expect(item).toEqual({ ...keys.commitment('K-2026-001'), seed: 'abc', count: 3 });
  });

  it('refuses a second instance on a directory in use, and the first keeps working', async () => {
    const path = join(dir, 'locked');
    const first = await startEmbeddedDynamo({ path });
    const client = createDocumentClient({ endpoint: first.endpoint, region: 'local' });

    const second = startEmbeddedDynamo({ path });

    await expect(second).rejects.toMatchObject({ code: 'STORE.DATA_DIR_IN_USE' });
    await ensureTable(client, 'still-here');
    const item = await getItem({ client, tableName: 'still-here' }, keys.commitment('none'));
    client.destroy();
    await first.close();
    expect(item).toBeUndefined();
  });
});
