import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface EmbeddedDynamoOptions {
  /** a directory to persist to (e.g. `.data/dynamo`); in memory when omitted */
  path?: string;
  /** 0 (the default) picks a free port */
  port?: number;
  host?: string;
}

export interface EmbeddedDynamo {
  /** `http://127.0.0.1:<port>`, for `createDocumentClient({ endpoint })` */
  endpoint: string;
  port: number;
  close(): Promise<void>;
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
  const { default: dynalite } = await import('dynalite');
  if (options.path) await mkdir(options.path, { recursive: true });
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
  let closing: Promise<void> | undefined;
  return {
    endpoint: `http://${host}:${port}`,
    port,
    close: () => {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        // keep-alive sockets of SDK clients would otherwise hold the server open
        server.closeIdleConnections();
      });
      return closing;
    },
  };
};
