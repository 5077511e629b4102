import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  type TableDescription as DynamoTableDescription,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
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
  return DynamoDBDocumentClient.from(base, {
    // optional fields of entities are left out rather than refused by the marshaller
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    unmarshallOptions: { wrapNumbers: false },
  });
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
