import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Clock, resumeWorkflowChanges, type WorkflowDeps } from '@double-random/domain';
import {
  createDocumentClient,
  createLocalBlobLinks,
  DEFAULT_TABLE_NAME,
  ensureTable,
} from '@double-random/store';
import { startEmbeddedDynamo } from '@double-random/store/embedded';
import {
  createDependencies,
  type Dependencies,
  setDependencies,
} from '../../../functions/src/composition';
import { routes } from '../../../functions/src/http/routes';
import { createWorkflowTokenStore, setWorkflowRuntime } from '../../../functions/src/workflow';
import { type AuditSequencer, startAuditSequencer } from './audit-sequencer';
import { openCheckpointSigner } from './checkpoint-key';
import { localSignInRoutes } from './console-sign-in';
import { type GatewayLog, startGateway } from './gateway';
import { type IssueTokenOptions, openLocalIdentity } from './identity';
import { keptCalendars } from './kept-calendars';
import { startNotificationTimer } from './notification-timer';
import { createLocalWorkflowEngine, type LocalWorkflowEngine } from './workflow/local-engine';

export interface LocalServerOptions {
  /** where tables, blobs and the signing key live; undefined = in memory (tests) */
  dataDir?: string;
  /** 0 picks a free port; default 3000 */
  port?: number;
  host?: string;
  /** the public page, served for GET requests no route matches */
  staticDir?: string;
  /** the staff console, served at /console/ with its local-only sign-in routes (/local/…) */
  consoleDir?: string;
  tableName?: string;
  /** Request body limit; default 10 MB, the HTTP API's, so a body AWS refuses is refused here. */
  maxBodyBytes?: number;
  /** how long the gateway waits for a handler (API Gateway: 30 s) */
  timeoutMs?: number;
  log?: GatewayLog;
  /** the domain's clock; the real one by default (the demo loads its year on its own) */
  clock?: Clock;
  /**
   * The embedded DynamoDB in a process of its own (`pnpm start`): the database works on the
   * machine's other core while the handlers and the workflow use this one.
   */
  dynamoInOwnProcess?: boolean;
  /**
   * Answers above this many bytes are kept in the answer folder and answered with a redirect to
   * the gateway's `/blobs/` link, as AWS answers with a presigned S3 link (1 MiB by default;
   * tests set a few KB so a modest draw crosses it).
   */
  answerInlineLimit?: number;
}

export interface LocalServer {
  url: string;
  port: number;
  /** the embedded DynamoDB and the table, for seeding and measurements */
  dynamoEndpoint: string;
  tableName: string;
  issueToken(options: IssueTokenOptions): Promise<string>;
  /** the signing key of this server's tokens */
  keyFile: string;
  /** the exchange's drop folder: each event to the provincial platform as JSON (+ CSV) */
  exchangeDir: string;
  /** the embedded state machine: one execution per task, the same handlers as AWS */
  workflow: LocalWorkflowEngine;
  /** the tasks whose executions were restarted at start-up (not Done or Failed) */
  resumedTasks: string[];
  /** how many changes left open by a crash were completed at start (docs/consistency.md) */
  resumedChanges: number;
  /** the audit log's sequencer: `sequence()` integrates what is pending and signs a checkpoint */
  auditLog: Pick<AuditSequencer, 'sequence'>;
  close(): Promise<void>;
}

/** The workflow's ports; bundles and draw records need the blob folder, which is always set here. */
const workflowDepsOf = (deps: Dependencies): WorkflowDeps => {
  const { bundles, draws } = deps;
  if (!bundles || !draws) throw new Error('local server: the workflow needs a blob folder');
  return { ...deps, bundles, draws };
};

const DYNAMO_CLOSE_GRACE_MS = 1000;

/**
 * The whole API on one machine: embedded DynamoDB (dynalite), the table, the functions'
 * dependencies, the local identity and the gateway over the same route table as AWS.
 * The functions' dependencies are process-wide, so one local server runs per process.
 */
export const startLocalServer = async (options: LocalServerOptions = {}): Promise<LocalServer> => {
  const tableName = options.tableName ?? DEFAULT_TABLE_NAME;
  // the signing key needs a folder even when the data stays in memory
  const keyDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'double-random-')));
  const cleanups: (() => Promise<unknown>)[] = [];
  if (!options.dataDir) cleanups.push(() => rm(keyDir, { recursive: true, force: true }));
  const close = async () => {
    for (const c of cleanups.reverse()) await c();
    cleanups.length = 0;
  };
  try {
    const dynamo = await startEmbeddedDynamo({
      ...(options.dataDir ? { path: join(options.dataDir, 'dynamo') } : {}),
      ...(options.dynamoInOwnProcess ? { ownProcess: true } : {}),
    });
    // handlers still running when the server stops (a long import) are cut after a second
    cleanups.push(() => dynamo.close({ graceMs: DYNAMO_CLOSE_GRACE_MS }));
    const client = createDocumentClient({ region: 'local', endpoint: dynamo.endpoint });
    cleanups.push(async () => client.destroy());
    await ensureTable(client, tableName);
    // blobs go next to the key when the data stays in memory: draws need bundles either way
    const blobDir = join(keyDir, 'blobs');
    // large answers beside them, kept a day as in the answers bucket, and linked as S3 presigns
    // them: signed by this process, served by the gateway
    const answerDir = join(keyDir, 'answers');
    const blobLinks = createLocalBlobLinks();
    const deps = createDependencies(
      {
        tableName,
        region: 'local',
        dynamoEndpoint: dynamo.endpoint,
        blobDir,
        answerDir,
        ...(options.answerInlineLimit !== undefined
          ? { answerInlineLimit: options.answerInlineLimit }
          : {}),
        // the drop folder of the exchange with the provincial platform (docs/exchange.md)
        exchangeDir: join(keyDir, 'exchange'),
      },
      {
        client,
        checkpointSigner: await openCheckpointSigner({ dataDir: keyDir }),
        blobLinks,
        ...(options.clock ? { clock: options.clock } : {}),
      },
    );
    // the audit log's sequencer hears of every append and signs checkpoints (docs/audit-log.md)
    const auditLog = startAuditSequencer(
      {
        auditTree: deps.auditTree,
        checkpointKey: deps.checkpointKey!,
        clock: deps.clock,
        logOrigin: deps.logOrigin,
      },
      options.log ? { log: options.log } : {},
    );
    cleanups.push(() => auditLog.close());
    deps.audit = auditLog.watching(deps.audit);
    // the only writer of its table keeps the calendars it read until it writes one
    deps.calendars = keptCalendars(deps.calendars);
    setDependencies(deps);
    cleanups.push(async () => setDependencies(undefined));
    // changes a crash left between their intent and its completion are completed first
    const resumedChanges = await resumeWorkflowChanges(workflowDepsOf(deps));
    const workflow = createLocalWorkflowEngine({
      runtime: {
        deps: workflowDepsOf(deps),
        tokens: createWorkflowTokenStore({ client, tableName }),
      },
      ...(options.log ? { log: options.log } : {}),
    });
    cleanups.push(async () => {
      await workflow.close();
      setWorkflowRuntime(undefined);
    });
    const identity = await openLocalIdentity({ dataDir: keyDir });
    const gateway = await startGateway({
      routes: options.consoleDir
        ? [...routes, ...localSignInRoutes({ deps: () => deps, issueToken: identity.issueToken })]
        : routes,
      ...(options.consoleDir ? { staticMounts: { '/console/': options.consoleDir } } : {}),
      port: options.port ?? 3000,
      ...(options.host ? { host: options.host } : {}),
      ...(options.staticDir ? { staticDir: options.staticDir } : {}),
      ...(options.log ? { log: options.log } : {}),
      answers: { dir: answerDir, links: blobLinks },
      verifier: identity.verifier,
      explainUnauthorized: identity.explainRefusal,
      ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    });
    cleanups.push(() => gateway.close());
    // the outbox is delivered every minute and swept daily, as the schedules do in AWS
    const notifications = startNotificationTimer(options.log ? { log: options.log } : {});
    cleanups.push(() => notifications.close());
    // executions stopped by a shutdown or a crash resume where their task's stage stands
    const resumed = await workflow.resumeUnfinished();
    return {
      workflow,
      resumedTasks: resumed.map((id) => id.split(':')[1] ?? id),
      resumedChanges,
      url: gateway.url,
      port: gateway.port,
      dynamoEndpoint: dynamo.endpoint,
      tableName,
      issueToken: identity.issueToken,
      auditLog: { sequence: auditLog.sequence },
      keyFile: identity.keyFile,
      exchangeDir: join(keyDir, 'exchange'),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
};
