import { fork } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { keepParsedExpressions, keepTableDescriptions } from './embedded-tables.mjs';
import { STORE_CODES, StoreError } from './errors';

export interface EmbeddedDynamoOptions {
  /** a directory to persist to (e.g. `.data/dynamo`); in memory when omitted */
  path?: string;
  /** 0 (the default) picks a free port */
  port?: number;
  host?: string;
  /**
   * Run dynalite in a child process (the local server does): the database works on another
   * core, as DynamoDB does beside a Lambda, and its memory is not this process's.
   */
  ownProcess?: boolean;
}

export interface EmbeddedDynamo {
  /** `http://127.0.0.1:<port>`, for `createDocumentClient({ endpoint })` */
  endpoint: string;
  port: number;
  /**
   * Stops taking requests and closes the database once its pending writes are done. With
   * `graceMs`, requests still open after that long are cut (a stopping server's handlers):
   * each write is idempotent, so whatever they left half done resumes on the next run.
   */
  close(options?: { graceMs?: number }): Promise<void>;
  /** the child process's id when `ownProcess` */
  pid?: number;
}

/**
 * Starts dynalite (DynamoDB's API on LevelDB) inside this process.
 *
 * Table changes take effect at once (the create/delete/update delays are 0), so tests
 * and the local start command never wait. Dynalite lacks TransactWriteItems,
 * TransactGetItems, PartiQL, TTL and streams; the store does not use them.
 *
 * dynalite is loaded on first use: Lambda bundles that import this package never run it.
 */
export const startEmbeddedDynamo = async (
  options: EmbeddedDynamoOptions = {},
): Promise<EmbeddedDynamo> => {
  if (options.path) {
    await mkdir(options.path, { recursive: true });
    await assertNotInUse(options.path);
  }
  if (options.ownProcess) return startInChildProcess(options);
  const { default: dynalite } = await import('dynalite');
  keepTableDescriptions();
  keepParsedExpressions();
  const host = options.host ?? '127.0.0.1';
  const server: Server = dynalite({
    ...(options.path ? { path: options.path } : {}),
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  await new Promise<void>((resolve, reject) => {
    const onError = (e: Error) => reject(e);
    server.once('error', onError);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const endpoint = `http://${host}:${port}`;
  // one request makes dynalite open (and lock) its directory now rather than later
  if (options.path) await touch(endpoint);
  let closing: Promise<void> | undefined;
  return {
    endpoint,
    port,
    close: (closeOptions = {}) => {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        // keep-alive sockets of SDK clients would otherwise hold the server open
        server.closeIdleConnections();
        if (closeOptions.graceMs !== undefined)
          setTimeout(() => server.closeAllConnections(), closeOptions.graceMs).unref();
      });
      return closing;
    },
  };
};

type ChildMessage =
  | { type: 'listening'; port: number }
  | { type: 'error'; message: string }
  | { type: 'closed' };

/** dynalite in a forked process (embedded-process.mjs), closed by message, never orphaned. */
const startInChildProcess = async (options: EmbeddedDynamoOptions): Promise<EmbeddedDynamo> => {
  const host = options.host ?? '127.0.0.1';
  const script = fileURLToPath(new URL('./embedded-process.mjs', import.meta.url));
  const child = fork(
    script,
    [JSON.stringify({ path: options.path, port: options.port ?? 0, host })],
    // no loader needed, none inherited (tsx, a profiler, an inspector port)
    { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    const onExit = (code: number | null) =>
      reject(new Error(`embedded DynamoDB exited (${code}) before listening`));
    child.once('exit', onExit);
    child.on('message', (m: ChildMessage) => {
      if (m.type === 'listening') {
        child.off('exit', onExit);
        resolve(m.port);
      } else if (m.type === 'error') reject(new Error(`embedded DynamoDB: ${m.message}`));
    });
  });
  const endpoint = `http://${host}:${port}`;
  if (options.path) await touch(endpoint);
  let closing: Promise<void> | undefined;
  return {
    endpoint,
    port,
    ...(child.pid !== undefined ? { pid: child.pid } : {}),
    close: (closeOptions = {}) => {
      closing ??= new Promise<void>((resolve) => {
        if (child.exitCode !== null || !child.connected) return resolve();
        child.once('exit', () => resolve());
        child.send({ type: 'close', graceMs: closeOptions.graceMs });
      });
      return closing;
    },
  };
};

interface LevelDb {
  open(): Promise<void>;
  close(): Promise<void>;
}

/**
 * dynalite opens its LevelDB lazily and throws from a callback when the directory is
 * locked by another running instance, which would crash this process on the first
 * request. Opening it once here turns that into a clear error at start-up.
 */
const assertNotInUse = async (path: string): Promise<void> => {
  const fromDynalite = createRequire(createRequire(import.meta.url).resolve('dynalite'));
  const { Level } = fromDynalite('level') as { Level: new (p: string) => LevelDb };
  const db = new Level(path);
  try {
    await db.open();
  } catch (e) {
    throw new StoreError(
      STORE_CODES.dataDirInUse,
      `the data directory ${path} is in use by another running instance`,
      { cause: e },
    );
  }
  await db.close();
};

const touch = async (endpoint: string): Promise<void> => {
  const client = new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    await client.send(new ListTablesCommand({ Limit: 1 }));
  } finally {
    client.destroy();
  }
};
