import { canonicalJson, type FrozenBundle } from '@double-random/domain';
import { createDrawStore, getItem, keys, sha256Hex, type TableRef } from '@double-random/store';
import { describe, expect, it } from 'vitest';
import { useEmbeddedStore } from '../support/embedded-store';
import {
  commitmentOf,
  drawRecordOf,
  exampleResult,
  frozenExample,
  task,
} from './workflow-fixtures';

const store = useEmbeddedStore();

describe('commitment store', () => {
  it('stores once; the same again returns what is stored; a different one is refused', async () => {
    const c = commitmentOf('2026-SCJG-001');
    expect(await store.repositories.commitments.putOnce(c)).toEqual(c);
    expect(await store.repositories.commitments.putOnce({ ...c })).toEqual(c);
    await expect(
      store.repositories.commitments.putOnce({ ...c, poolDigest: 'd'.repeat(64) }),
    ).rejects.toMatchObject({ code: 'COMMITMENT.DIFFERENT', kind: 'conflict' });
    expect(await store.repositories.commitments.get(c.taskId)).toEqual(c);
    expect(await store.repositories.commitments.get('2026-SCJG-404')).toBeUndefined();
  });
});

describe('bundle store', () => {
  it('keeps a bundle over 400 KB as a blob and the digest in the table', async () => {
    const pool = Array.from({ length: 20_000 }, (_, i) => ({
      id: `9133000${String(i).padStart(11, '0')}`,
      stratum: 'all',
      unit: `U-${i % 7}`,
    }));
    const big: FrozenBundle = { ...frozenExample(), drawId: '2026-SCJG-BIG', pool };
    const { sha256 } = await store.repositories.bundles.putOnce(big.drawId, big);
    expect(sha256).toBe(sha256Hex(canonicalJson(big)));
    expect(Buffer.byteLength(canonicalJson(big))).toBeGreaterThan(400 * 1024);
    const header = await getItem(store.table, keys.drawBundle(big.drawId));
    expect(header).toMatchObject({ sha256, pool: 20_000 });
    expect(await store.repositories.bundles.get(big.drawId)).toEqual(big);
    expect(await store.blobs.getBlob(sha256)).toBeDefined();
  });

  it('is idempotent for the same bundle and refuses another one under the same draw', async () => {
    const frozen = frozenExample();
    const first = await store.repositories.bundles.putOnce(frozen.drawId, frozen);
    expect(await store.repositories.bundles.putOnce(frozen.drawId, { ...frozen })).toEqual(first);
    const changed = { ...frozen, pool: frozen.pool.slice(1) };
    await expect(store.repositories.bundles.putOnce(frozen.drawId, changed)).rejects.toMatchObject({
      code: 'BUNDLE.DIFFERENT',
    });
    expect(await store.repositories.bundles.get(frozen.drawId)).toEqual(frozen);
    await expect(store.repositories.bundles.putOnce('2026-OTHER', frozen)).rejects.toMatchObject({
      code: 'BUNDLE.DRAW_ID_MISMATCH',
    });
    expect(await store.repositories.bundles.get('2026-NONE')).toBeUndefined();
  });
});

describe('draw store', () => {
  const taskId = exampleResult.drawId;

  it('stores the record once, as a blob with headers in its draw and task partitions', async () => {
    const record = drawRecordOf(taskId);
    expect(await store.repositories.draws.putOnce(record)).toEqual(record);
    expect(await store.repositories.draws.get(record.drawId)).toEqual(record);
    const inTask = await getItem(store.table, keys.taskDraw(taskId, record.drawId));
    expect(inTask).toMatchObject({ resultDigest: exampleResult.resultDigest, taskId });
    expect(await store.repositories.draws.listByTask(taskId)).toEqual([record]);
  });

  it('reads a draw once: its header and record are kept, and each reader gets its own copy', async () => {
    // a record this store wrote is not read back at all: its text is the blob's
    const record = drawRecordOf('2026-KEPT-001', { drawId: '2026-KEPT-001' });
    let gets = 0;
    let blobReads = 0;
    const draws = createDrawStore(
      {
        tableName: store.table.tableName,
        client: {
          send: ((command: { constructor: { name: string } }) => {
            if (command.constructor.name === 'GetCommand') gets++;
            return store.table.client.send(command as never);
          }) as TableRef['client']['send'],
        } as TableRef['client'],
      },
      {
        putBlob: (content) => store.blobs.putBlob(content),
        getBlob: (sha256) => {
          blobReads++;
          return store.blobs.getBlob(sha256);
        },
      },
    );
    await draws.putOnce(record);
    gets = 0;
    const first = await draws.get(record.drawId);
    const second = await draws.get(record.drawId);
    expect([gets, blobReads]).toEqual([1, 0]);
    expect(await draws.listByTask('2026-KEPT-001')).toEqual([record]);
    expect(blobReads).toBe(0);
    expect(second).toEqual(record);
    expect(second).not.toBe(first);
    first!.result.assignments.length = 0;
    expect(await draws.get(record.drawId)).toEqual(record);
    // a draw not found is read again: it may be drawn since
    expect(await draws.get('2026-KEPT-404')).toBeUndefined();
    expect(await draws.get('2026-KEPT-404')).toBeUndefined();
    expect(gets).toBe(3);
    // another store (another process) reads the blob once, then keeps its text
    const other = createDrawStore(store.table, {
      putBlob: (content) => store.blobs.putBlob(content),
      getBlob: (sha256) => {
        blobReads++;
        return store.blobs.getBlob(sha256);
      },
    });
    expect(await other.get(record.drawId)).toEqual(record);
    expect(await other.get(record.drawId)).toEqual(record);
    expect(blobReads).toBe(1);
  });

  it('a retried draw step (same entropy and result, later time) gets the stored record', async () => {
    const stored = drawRecordOf(taskId);
    const retry = drawRecordOf(taskId, { at: '2026-03-10T03:05:00.000Z' });
    expect(await store.repositories.draws.putOnce(retry)).toEqual(stored);
    expect(await store.repositories.draws.listByTask(taskId)).toHaveLength(1);
  });

  it('refuses another entropy or result under the same drawId, from any task', async () => {
    await expect(
      store.repositories.draws.putOnce(drawRecordOf(taskId, { entropy: 'ceremony:2026-03-10:42' })),
    ).rejects.toMatchObject({ code: 'DRAW.DIFFERENT' });
    await expect(
      store.repositories.draws.putOnce(
        drawRecordOf(taskId, { result: { ...exampleResult, resultDigest: 'f'.repeat(64) } }),
      ),
    ).rejects.toMatchObject({ code: 'DRAW.DIFFERENT' });
    await expect(
      store.repositories.draws.putOnce(
        drawRecordOf('2026-XX-001', { entropy: 'ceremony:2026-03-10:7' }),
      ),
    ).rejects.toMatchObject({ code: 'DRAW.DIFFERENT' });
    expect(await store.repositories.draws.listByTask('2026-XX-001')).toEqual([]);
  });

  it('lists the target draw before participant draws', async () => {
    const t = task('2026-JT-001');
    const target = drawRecordOf(t.id, {
      drawId: t.id,
      result: { ...exampleResult, drawId: t.id },
    });
    const participant = drawRecordOf(t.id, {
      drawId: `${t.id}.AJ`,
      department: 'AJ',
      result: { ...exampleResult, drawId: `${t.id}.AJ`, resultDigest: 'e'.repeat(64) },
    });
    await store.repositories.draws.putOnce(participant);
    await store.repositories.draws.putOnce(target);
    expect((await store.repositories.draws.listByTask(t.id)).map((d) => d.drawId)).toEqual([
      t.id,
      `${t.id}.AJ`,
    ]);
  });
});
