/**
 * One in-memory dynalite per test file, with the table created and every repository
 * built on it. Call at the top of a test file (it registers beforeAll / afterAll):
 *
 *   const store = useEmbeddedStore();
 *   it('…', async () => { await store.repositories.targets.create(target); });
 *
 * Each call gets its own table name, so files and repeated calls never share data.
 * `store.table` is the raw TableRef for tests that need the table operations directly;
 * `store.endpoint` lets another client (a gateway under test) reach the same engine;
 * `store.blobs` is a file blob store in a temporary folder, removed afterwards.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type BlobStore,
  blobKey,
  createDistrictPlanRepository,
  createDocumentClient,
  createFileBlobStore,
  createInspectorRepository,
  createItemRepository,
  createPlanRepository,
  createTargetRepository,
  ensureTable,
  sha256Hex,
  type TableRef,
  workflowRepositoriesOn,
} from '@double-random/store';
import { type EmbeddedDynamo, startEmbeddedDynamo } from '@double-random/store/embedded';
import { afterAll, beforeAll } from 'vitest';

/** Blobs in a Map, for callers of `repositoriesOn` that bring no blob store of their own. */
export const memoryBlobStore = (): BlobStore => {
  const blobs = new Map<string, Uint8Array>();
  return {
    async putBlob(content) {
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      const sha256 = sha256Hex(bytes);
      blobs.set(sha256, bytes);
      return { sha256, key: blobKey(sha256) };
    },
    getBlob: async (sha256) => blobs.get(sha256),
  };
};

export const repositoriesOn = (table: TableRef, blobs: BlobStore = memoryBlobStore()) => ({
  targets: createTargetRepository(table),
  inspectors: createInspectorRepository(table),
  items: createItemRepository(table),
  plans: createPlanRepository(table),
  districtPlans: createDistrictPlanRepository(table),
  ...workflowRepositoriesOn(table, blobs),
});
export type Repositories = ReturnType<typeof repositoriesOn>;

export interface EmbeddedStore {
  table: TableRef;
  endpoint: string;
  blobs: BlobStore;
  repositories: Repositories;
}

let tables = 0;

export const useEmbeddedStore = (): EmbeddedStore => {
  const store = {} as EmbeddedStore;
  let dynamo: EmbeddedDynamo | undefined;
  let blobDir: string | undefined;
  beforeAll(async () => {
    dynamo = await startEmbeddedDynamo();
    blobDir = await mkdtemp(join(tmpdir(), 'dr-blobs-'));
    store.blobs = createFileBlobStore(blobDir);
    const client = createDocumentClient({ endpoint: dynamo.endpoint, region: 'local' });
    const tableName = `test-${process.pid}-${++tables}-${Date.now().toString(36)}`;
    await ensureTable(client, tableName);
    store.table = { client, tableName };
    store.endpoint = dynamo.endpoint;
    store.repositories = repositoriesOn(store.table, store.blobs);
  });
  afterAll(async () => {
    store.table?.client.destroy();
    await dynamo?.close();
    if (blobDir) await rm(blobDir, { recursive: true, force: true });
  });
  return store;
};
