import type {
  Clock,
  DistrictPlanRepository,
  ItemRepository,
  PlanRepository,
} from '@double-random/domain';
import {
  type BlobStore,
  createDistrictPlanRepository,
  createDocumentClient,
  createFileBlobStore,
  createInspectorRepository,
  createItemRepository,
  createPlanRepository,
  createTargetRepository,
  type DocumentClient,
  type StoreInspectorRepository,
  type StoreTargetRepository,
  type TableRef,
} from '@double-random/store';
import { type Config, ConfigError, config } from './config';

/** Everything the use cases need, built once per runtime. */
export interface Dependencies {
  targets: StoreTargetRepository;
  inspectors: StoreInspectorRepository;
  items: ItemRepository;
  plans: PlanRepository;
  districtPlans: DistrictPlanRepository;
  clock: Clock;
  /** present when the configuration names a blob location */
  blobs?: BlobStore;
}

export const systemClock: Clock = { now: () => new Date().toISOString() };

const blobStoreOf = (cfg: Config): BlobStore | undefined => {
  if (cfg.blobDir) return createFileBlobStore(cfg.blobDir);
  if (cfg.blobBucket) {
    throw new ConfigError('BLOB_BUCKET: this build has no S3 blob store; set BLOB_DIR instead', [
      'BLOB_BUCKET',
    ]);
  }
  return undefined;
};

/**
 * The composition root: one document client and one set of repositories over the
 * configured table. `client` lets a caller that already holds one (the local runtime,
 * tests) share it instead of opening another connection pool.
 */
export const createDependencies = (
  cfg: Config,
  options: { client?: DocumentClient; clock?: Clock } = {},
): Dependencies => {
  const client =
    options.client ??
    createDocumentClient({
      region: cfg.region,
      ...(cfg.dynamoEndpoint ? { endpoint: cfg.dynamoEndpoint } : {}),
    });
  const table: TableRef = { client, tableName: cfg.tableName };
  const blobs = blobStoreOf(cfg);
  return {
    targets: createTargetRepository(table),
    inspectors: createInspectorRepository(table),
    items: createItemRepository(table),
    plans: createPlanRepository(table),
    districtPlans: createDistrictPlanRepository(table),
    clock: options.clock ?? systemClock,
    ...(blobs ? { blobs } : {}),
  };
};

let current: Dependencies | undefined;

/**
 * The dependencies handlers use: built from the environment on first call (a Lambda's
 * cold start), then the same for every invocation.
 */
export const dependencies = (): Dependencies => {
  current ??= createDependencies(config());
  return current;
};

/** Installs dependencies built elsewhere (local runtime, tests); undefined resets. */
export const setDependencies = (deps: Dependencies | undefined): void => {
  current = deps;
};
