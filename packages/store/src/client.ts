import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  type TableDescription as DynamoTableDescription,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, DynamoDBDocumentClientCommand } from '@aws-sdk/lib-dynamodb';
import { STORE_CODES, StoreError } from './errors';
import { createTableInput, TABLE } from './table';

export interface DocumentClientOptions {
  region: string;
  /** a local endpoint (the embedded engine); omitted in AWS */
  endpoint?: string;
  /** defaults to fixed local credentials when an endpoint is given, else the SDK's chain */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
}

/** A well-formed SigV4 header with no signature work, for the embedded engine only. */
const localSigner = {
  sign: async <R extends { headers: Record<string, string> }>(request: R): Promise<R> => {
    const date = '20260101T000000Z';
    request.headers['x-amz-date'] = date;
    request.headers.authorization =
      'AWS4-HMAC-SHA256 Credential=local/20260101/local/dynamodb/aws4_request, ' +
      'SignedHeaders=host;x-amz-date, Signature=0000000000000000000000000000000000000000000000000000000000000000';
    return request;
  },
};

/** A command's resolved middleware: it takes the SDK command and answers its output. */
type ResolvedHandler = (command: unknown) => Promise<{ output: unknown }>;

/** What a document command holds beside its input: the DynamoDB command it marshals into. */
interface DocumentCommandParts {
  clientCommand: {
    middlewareStack: DynamoDBDocumentClient['middlewareStack'];
    resolveMiddleware(
      stack: DynamoDBDocumentClient['middlewareStack'],
      config: DynamoDBDocumentClient['config'],
      options: undefined,
    ): ResolvedHandler;
  };
  addMarshallingMiddleware(config: DynamoDBDocumentClient['config']): void;
}

/**
 * The document client resolves each command's middleware stack once per kind of command
 * (Get, Put, Query …) and runs every later command of that kind through it, as the SDK's
 * `cacheMiddleware` does for its own clients: resolving the stack on every call was a fifth
 * of the SDK's work per call. lib-dynamodb refuses that option (its commands bind their
 * handler to one instance), so the document client does here what it does per call — adds
 * the marshalling middleware, resolves the DynamoDB command's stack — once, and hands each
 * command's own DynamoDB command to the kept handler. What the marshalling middleware reads of
 * its command (the attribute paths to marshal) is the same for every command of a kind.
 * As with `cacheMiddleware`, middleware added to the client after its first call of a kind
 * (tracing is added before) would not apply to that kind; a call with options or a callback,
 * or of a command not of lib-dynamodb, goes the SDK's usual way.
 */
const resolvingOncePerKind = (client: DynamoDBDocumentClient): DynamoDBDocumentClient => {
  const handlers = new Map<unknown, ResolvedHandler>();
  const send = client.send.bind(client) as (...args: unknown[]) => Promise<unknown>;
  const kept = (command: unknown, ...rest: unknown[]): Promise<unknown> => {
    if (rest.length > 0 || !(command instanceof DynamoDBDocumentClientCommand))
      return send(command, ...rest);
    const parts = command as unknown as DocumentCommandParts;
    let handler = handlers.get(command.constructor);
    if (!handler) {
      parts.addMarshallingMiddleware(client.config);
      const stack = client.middlewareStack.concat(parts.clientCommand.middlewareStack);
      handler = parts.clientCommand.resolveMiddleware(stack, client.config, undefined);
      handlers.set(command.constructor, handler);
    }
    return handler(parts.clientCommand).then((result) => result.output);
  };
  const destroy = client.destroy.bind(client);
  Object.assign(client, {
    send: kept,
    destroy: () => {
      handlers.clear();
      destroy();
    },
  });
  return client;
};

/**
 * Builds the document client. A composition root calls this once per runtime and hands
 * the client to every repository: building clients per request wastes connections.
 */
export const createDocumentClient = (options: DocumentClientOptions): DynamoDBDocumentClient => {
  const credentials =
    options.credentials ??
    (options.endpoint ? { accessKeyId: 'local', secretAccessKey: 'local' } : undefined);
  const base = new DynamoDBClient({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(credentials ? { credentials } : {}),
    // the embedded engine checks that a request is signed, never the signature: SigV4's
    // hashing of every request was a tenth of a local server's work
    ...(options.endpoint && !options.credentials ? { signer: localSigner } : {}),
  });
  return resolvingOncePerKind(
    DynamoDBDocumentClient.from(base, {
      // optional fields of entities are left out rather than refused by the marshaller
      marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
      unmarshallOptions: { wrapNumbers: false },
    }),
  );
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The document client every repository shares. */
export type DocumentClient = DynamoDBDocumentClient;

/** The table's description, or undefined when it does not exist. */
export const describeTable = async (
  client: DynamoDBDocumentClient,
  tableName: string,
): Promise<DynamoTableDescription | undefined> => {
  try {
    const out = await client.send(new DescribeTableCommand({ TableName: tableName }));
    return out.Table;
  } catch (e) {
    if ((e as { name?: string }).name === 'ResourceNotFoundException') return undefined;
    throw e;
  }
};

const isActive = (t: DynamoTableDescription): boolean =>
  t.TableStatus === 'ACTIVE' &&
  (t.GlobalSecondaryIndexes ?? []).every((g) => g.IndexStatus === 'ACTIVE');

const checkShape = (t: DynamoTableDescription, tableName: string): void => {
  const hash = t.KeySchema?.find((k) => k.KeyType === 'HASH')?.AttributeName;
  const range = t.KeySchema?.find((k) => k.KeyType === 'RANGE')?.AttributeName;
  const indexes = new Set((t.GlobalSecondaryIndexes ?? []).map((g) => g.IndexName));
  const missing = TABLE.globalSecondaryIndexes.filter((g) => !indexes.has(g.indexName));
  if (hash !== TABLE.partitionKey.name || range !== TABLE.sortKey.name || missing.length > 0) {
    throw new StoreError(
      STORE_CODES.tableShape,
      `table ${tableName} exists with other keys or without indexes ${missing
        .map((g) => g.indexName)
        .join(', ')}`,
    );
  }
};

/**
 * Creates the table if it does not exist and waits until it and its indexes are active.
 * Idempotent and safe to race: for local runs and tests; in AWS the CDK stack owns the table.
 */
export const ensureTable = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  options: { timeoutMs?: number } = {},
): Promise<void> => {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  let table = await describeTable(client, tableName);
  if (!table) {
    try {
      await client.send(new CreateTableCommand(createTableInput(tableName)));
    } catch (e) {
      if ((e as { name?: string }).name !== 'ResourceInUseException') throw e;
    }
  }
  for (let delay = 20; ; delay = Math.min(delay * 2, 1000)) {
    table = await describeTable(client, tableName);
    if (table) {
      checkShape(table, tableName);
      if (isActive(table)) return;
    }
    if (Date.now() > deadline) {
      throw new StoreError(STORE_CODES.tableNotActive, `table ${tableName} did not become active`);
    }
    await sleep(delay);
  }
};
