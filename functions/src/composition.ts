import type { SFNClient } from '@aws-sdk/client-sfn';
import type {
  AssignmentRepository,
  AuditLog,
  AuditLogTree,
  BundleStore,
  CalendarStore,
  CaseRepository,
  CheckpointSigner,
  Clock,
  CommitmentStore,
  DistrictPlanRepository,
  DrawStore,
  ExchangeLog,
  HandoffRepository,
  InspectionHistory,
  IntentStore,
  ItemRepository,
  NotificationChannel,
  Outbox,
  PlanRepository,
  PublicationSink,
  PublicResultIndex,
  ResultRepository,
  TaskRepository,
  WitnessStore,
  WorkflowDeps,
} from '@double-random/domain';
import { DEFAULT_LOG_ORIGIN } from '@double-random/domain';
import type { DrawOptions } from '@double-random/draw';
import { nodeDrawOptions } from '@double-random/draw/node';
import {
  type AnswerStore,
  type BlobLinks,
  type BlobStore,
  createAnswerFolder,
  createAnswerStore,
  createAssignmentRepository,
  createAuditLog,
  createAuditTree,
  createBundleStore,
  createCalendarStore,
  createCaseRepository,
  createCommitmentStore,
  createDistrictPlanRepository,
  createDocumentClient,
  createDrawStore,
  createDropFolderSink,
  createEventBridgeSink,
  createExchangeLog,
  createFileBlobStore,
  createHandoffRepository,
  createInspectionHistory,
  createInspectorRepository,
  createIntentStore,
  createItemRepository,
  createKmsCheckpointSigner,
  createOutbox,
  createPlanRepository,
  createPublicResultIndex,
  createPublicViewStore,
  createResultRepository,
  createS3BlobLinks,
  createS3BlobStore,
  createS3EvidenceUploads,
  createSnsChannel,
  createTargetRepository,
  createTaskPages,
  createTaskRepository,
  createWitnessStore,
  type DocumentClient,
  type EvidenceUploads,
  type KmsSender,
  localEvidenceUploads,
  outboxChannel,
  type PublicViewStore,
  type S3Sender,
  type StoreInspectorRepository,
  type StoreTargetRepository,
  type TableRef,
  type TaskPages,
} from '@double-random/store';
import { type Config, config } from './config';
import { createDrandFetcher, type DrandFetcher } from './drand';
import { exchangeFiles } from './exchange/format';
import { traced } from './observability';
// the modules, not the workflow index: the state handlers stay out of other groups' bundles
import { onWorkflowRuntimeMissing, type WorkflowRuntime } from './workflow/runtime';
import { createStepFunctionsEngine } from './workflow/sfn-engine';
import { createWorkflowTokenStore } from './workflow/token-store';

/** Everything the use cases need, built once per runtime. */
export interface Dependencies {
  targets: StoreTargetRepository;
  inspectors: StoreInspectorRepository;
  items: ItemRepository;
  plans: PlanRepository;
  districtPlans: DistrictPlanRepository;
  /* the inspection workflow, named as in the domain's WorkflowDeps */
  tasks: TaskRepository;
  /** a task's assignments and results a page at a time (the staff's reads of a large draw) */
  taskPages: TaskPages;
  commitments: CommitmentStore;
  witnesses: WitnessStore;
  assignments: AssignmentRepository;
  results: ResultRepository;
  handoffs: HandoffRepository;
  audit: AuditLog;
  /** the district-wide audit log over every chain (docs/audit-log.md) */
  auditTree: AuditLogTree;
  /** the checkpoint key; absent where no key is configured (no checkpoints are signed) */
  checkpointKey?: CheckpointSigner;
  logOrigin: string;
  /** changes on their way to the store (docs/consistency.md) */
  intents: IntentStore;
  /** the wait before retry `attempt` of a contended audit append */
  backoff: (attempt: number) => Promise<void>;
  calendars: CalendarStore;
  history: InspectionHistory;
  publicResults: PublicResultIndex;
  /** case inspections (个案处理, docs/cases.md) */
  cases: CaseRepository;
  /** where evidence files are uploaded: presigned S3 PUTs, or the local server's route */
  evidenceUploads: EvidenceUploads;
  /** the public read model of tasks, refreshed when a task changes (docs/public-views.md) */
  publicViews: PublicViewStore;
  /** bundles and draw records are blobs: present when a blob location is configured */
  bundles?: BundleStore;
  draws?: DrawStore;
  clock: Clock;
  /** present when the configuration names a blob location */
  blobs?: BlobStore;
  /**
   * Where answers too large to return inline are kept, a day, and linked
   * (docs/text-and-limits.md): the answers bucket with presigned GETs, or the local answer
   * folder with the local server's signed `/blobs/` links; absent without an answer location
   * (they are then refused above 6 MB).
   */
  answers?: AnswerStore;
  /** notifications to deliver, and their delivery record */
  outbox: Outbox;
  /** an SNS topic per department where NOTIFY_TOPICS names them; else the outbox itself */
  notificationChannel: NotificationChannel;
  /** the exchange with the provincial platform: events and receipts (docs/exchange.md) */
  exchange: ExchangeLog;
  /** the drop folder (EXCHANGE_DIR) or the bus and archive (EXCHANGE_BUS); absent: events wait */
  publicationSink?: PublicationSink;
  /** fetches drand rounds from relays; present when DRAND_URLS names some (docs/entropy.md) */
  drand?: DrandFetcher;
  /** the draw engine's SHA-256 on node:crypto: digests of a 100,000-target pool in milliseconds */
  drawOptions: DrawOptions;
}

export const systemClock: Clock = { now: () => new Date().toISOString() };

/** Full jitter, doubling from 2 ms up to 50 ms: 20+ writers on one chain spread out. */
export const jitteredBackoff = (attempt: number): Promise<void> =>
  new Promise((resolve) =>
    setTimeout(resolve, Math.random() * Math.min(50, 2 * 2 ** Math.min(attempt, 5))),
  );

/** A signer given by the runtime wins; else the KMS key of CHECKPOINT_KEY_ID, if any. */
const checkpointKeyOf = (
  cfg: Config,
  options: { checkpointSigner?: CheckpointSigner; kms?: KmsSender },
): CheckpointSigner | undefined => {
  if (options.checkpointSigner) return options.checkpointSigner;
  if (!cfg.checkpointKeyId) return undefined;
  return createKmsCheckpointSigner({
    keyId: cfg.checkpointKeyId,
    ...(options.kms ? { client: options.kms } : { region: cfg.region }),
  });
};

/** BLOB_DIR (local runs) wins over BLOB_BUCKET (AWS), so a local run never reaches S3. */
const blobStoreOf = (cfg: Config, s3?: S3Sender): BlobStore | undefined => {
  if (cfg.blobDir) return createFileBlobStore(cfg.blobDir);
  if (cfg.blobBucket) {
    return createS3BlobStore({
      bucket: cfg.blobBucket,
      ...(s3 ? { client: s3 } : { region: cfg.region }),
    });
  }
  return undefined;
};

/**
 * Large answers go to a place of their own, never among the records under Object Lock: the
 * answers bucket (ANSWER_BUCKET), whose objects expire a day after they are written, each put
 * rewriting its object; or the local answer folder (ANSWER_DIR), pruned the same way. S3 links
 * are presigned with the function's role; local links need the local server, which serves
 * them, to sign them.
 */
const answerStoreOf = (cfg: Config, s3?: S3Sender, links?: BlobLinks): AnswerStore | undefined => {
  const inline = cfg.answerInlineLimit !== undefined ? { inlineLimit: cfg.answerInlineLimit } : {};
  if (cfg.answerDir)
    return links
      ? createAnswerStore({ blobs: createAnswerFolder(cfg.answerDir), links, ...inline })
      : undefined;
  if (!cfg.answerBucket) return undefined;
  return createAnswerStore({
    blobs: createS3BlobStore({
      bucket: cfg.answerBucket,
      rewrite: true,
      ...(s3 ? { client: s3 } : { region: cfg.region }),
    }),
    links: links ?? createS3BlobLinks({ bucket: cfg.answerBucket, region: cfg.region }),
    ...inline,
  });
};

/**
 * The composition root: one document client and one set of repositories over the
 * configured table. `client` lets a caller that already holds one (the local runtime,
 * tests) share it instead of opening another connection pool.
 */
const documentClientOf = (cfg: Config): DocumentClient =>
  createDocumentClient({
    region: cfg.region,
    ...(cfg.dynamoEndpoint ? { endpoint: cfg.dynamoEndpoint } : {}),
  });

const publicationSinkOf = (cfg: Config): { publicationSink?: PublicationSink } =>
  cfg.exchangeDir
    ? { publicationSink: createDropFolderSink({ dir: cfg.exchangeDir, render: exchangeFiles }) }
    : cfg.exchangeBus
      ? {
          publicationSink: createEventBridgeSink({
            ...cfg.exchangeBus,
            region: cfg.region,
            render: exchangeFiles,
          }),
        }
      : {};

export const createDependencies = (
  cfg: Config,
  options: {
    client?: DocumentClient;
    clock?: Clock;
    s3?: S3Sender;
    /** the local runtime's key file; in AWS the KMS key named by CHECKPOINT_KEY_ID */
    checkpointSigner?: CheckpointSigner;
    kms?: KmsSender;
    /** links to large answers: the local server's signed ones; presigned S3 GETs by default */
    blobLinks?: BlobLinks;
  } = {},
): Dependencies => {
  // in Lambda every table call is an X-Ray subsegment of the invocation
  const client = options.client ?? traced(documentClientOf(cfg));
  const table: TableRef = { client, tableName: cfg.tableName };
  // in AWS the audit entries and the audit log live in their own table, writable only by PutItem
  const auditTable: TableRef = { client, tableName: cfg.auditTableName ?? cfg.tableName };
  const blobs = blobStoreOf(cfg, options.s3);
  const answers = answerStoreOf(cfg, options.s3, options.blobLinks);
  const checkpointKey = checkpointKeyOf(cfg, options);
  return {
    targets: createTargetRepository(table),
    inspectors: createInspectorRepository(table),
    items: createItemRepository(table),
    plans: createPlanRepository(table),
    districtPlans: createDistrictPlanRepository(table),
    tasks: createTaskRepository(table),
    taskPages: createTaskPages(table),
    commitments: createCommitmentStore(table),
    witnesses: createWitnessStore(table),
    assignments: createAssignmentRepository(table),
    results: createResultRepository(table),
    handoffs: createHandoffRepository(table),
    audit: createAuditLog(auditTable),
    auditTree: createAuditTree(auditTable, blobs ? { blobs } : {}),
    ...(checkpointKey ? { checkpointKey } : {}),
    logOrigin: cfg.auditLogOrigin ?? DEFAULT_LOG_ORIGIN,
    intents: createIntentStore(table),
    backoff: jitteredBackoff,
    calendars: createCalendarStore(table),
    outbox: createOutbox(table),
    notificationChannel: cfg.notifyTopics
      ? createSnsChannel({ topics: cfg.notifyTopics, region: cfg.region })
      : outboxChannel,
    exchange: createExchangeLog(table),
    ...publicationSinkOf(cfg),
    history: createInspectionHistory(table),
    publicResults: createPublicResultIndex(table),
    cases: createCaseRepository(table),
    evidenceUploads: cfg.blobBucket
      ? createS3EvidenceUploads({ bucket: cfg.blobBucket, region: cfg.region })
      : localEvidenceUploads,
    publicViews: createPublicViewStore(table, blobs),
    clock: options.clock ?? systemClock,
    drawOptions: nodeDrawOptions,
    ...(cfg.drandUrls?.length ? { drand: createDrandFetcher(cfg.drandUrls) } : {}),
    ...(answers ? { answers } : {}),
    ...(blobs
      ? {
          blobs,
          bundles: createBundleStore(table, blobs),
          draws: createDrawStore(table, blobs),
        }
      : {}),
  };
};

/**
 * The workflow runtime on AWS: the use cases' dependencies, the callback tokens in the same
 * table and the Step Functions engine. `cfg.stateMachineArn` is needed to start executions
 * (the tasks function has it); settling a wait needs only its token, so the state functions
 * run without it.
 */
export const createWorkflowRuntime = (
  cfg: Config,
  deps: Dependencies,
  options: { client?: DocumentClient; sfn?: SFNClient } = {},
): WorkflowRuntime => {
  // bundles and draw records are blobs: a function without a blob location cannot run the workflow
  if (!deps.bundles || !deps.draws)
    throw new Error('workflow: BLOB_BUCKET or BLOB_DIR is required for bundles and draw records');
  const workflowDeps: WorkflowDeps = { ...deps, bundles: deps.bundles, draws: deps.draws };
  return {
    deps: workflowDeps,
    tokens: createWorkflowTokenStore({
      client: options.client ?? documentClientOf(cfg),
      tableName: cfg.tableName,
    }),
    engine: createStepFunctionsEngine({
      ...(cfg.stateMachineArn ? { stateMachineArn: cfg.stateMachineArn } : {}),
      ...(options.sfn ? { client: options.sfn } : {}),
    }),
  };
};

let current: Dependencies | undefined;
let client: DocumentClient | undefined;

/** One document client per runtime: the repositories and the token store share its pool. */
const sharedClient = (): DocumentClient => {
  client ??= documentClientOf(config());
  return client;
};

/**
 * The dependencies handlers use: built from the environment on first call (a Lambda's
 * cold start), then the same for every invocation.
 */
export const dependencies = (): Dependencies => {
  current ??= createDependencies(config(), { client: sharedClient() });
  return current;
};

/**
 * For a Lambda entry: the workflow runtime is built from the environment on its first use
 * (after the configuration is read, so a bad variable fails that invocation with its name)
 * and then kept for the module's life.
 */
export const buildWorkflowRuntimeOnFirstUse = (sfn?: SFNClient): void => {
  onWorkflowRuntimeMissing(() =>
    createWorkflowRuntime(config(), dependencies(), {
      client: sharedClient(),
      ...(sfn ? { sfn } : {}),
    }),
  );
};

/** Installs dependencies built elsewhere (local runtime, tests); undefined resets. */
export const setDependencies = (deps: Dependencies | undefined): void => {
  current = deps;
};
