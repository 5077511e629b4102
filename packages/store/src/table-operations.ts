import { isDeepStrictEqual } from 'node:util';
import {
  BatchGetCommand,
  BatchWriteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  type PutCommandInput,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { ConflictError, forEachLimit, ValidationError } from '@double-random/domain';
import { STORE_CODES, StoreError } from './errors';
import { type CursorExpectation, decodeCursor, encodeCursor, type TableKey } from './keys';
import {
  INDEXES,
  type IndexName,
  KEY_ATTRIBUTE_NAMES,
  KEY_ATTRIBUTES,
  type KeyAttributeName,
} from './table';

/** The table a repository works on: the shared client and the table's name. */
export interface TableRef {
  client: DynamoDBDocumentClient;
  tableName: string;
}

/** An item as stored: its table key, optional index keys, and the entity's attributes. */
export type StoredItem = TableKey & {
  gsi1pk?: string;
  gsi1sk?: string;
  gsi2pk?: string;
  gsi2sk?: string;
} & Record<string, unknown>;

/** The entity without the table's key attributes. */
export const withoutKeys = <T extends Record<string, unknown>>(
  item: T,
): Omit<T, KeyAttributeName> => {
  const out: Record<string, unknown> = { ...item };
  for (const name of KEY_ATTRIBUTE_NAMES) delete out[name];
  return out as Omit<T, KeyAttributeName>;
};

export const isConditionFailure = (e: unknown): boolean =>
  (e as { name?: string })?.name === 'ConditionalCheckFailedException';

const keyOf = (item: TableKey): TableKey => ({ pk: item.pk, sk: item.sk });
/** A key as one string, to find an item among others read. */
export const keyString = (k: TableKey): string => JSON.stringify([k.pk, k.sk]);

/** Drops undefined fields the way the marshaller does, to compare with what was read back. */
const normalise = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(normalise);
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(v)
        .filter(([, x]) => x !== undefined)
        .map(([k, x]) => [k, normalise(x)]),
    );
  }
  return v;
};

export interface RefusalOptions {
  /** the domain code to raise instead of the store's generic one (`DRAW.ALREADY_EXISTS`) */
  code?: string;
  message?: string;
}

export interface PutOnceOptions extends RefusalOptions {
  /**
   * When the item exists with exactly the same content, succeed with `'unchanged'`
   * instead of refusing: a retried step of a multi-item change then completes.
   */
  idempotent?: boolean;
}

/**
 * Writes an item that must not exist yet (draws, commitments, publications, audit
 * entries). An existing item is a ConflictError, unless `idempotent` and identical.
 */
export const putOnce = async (
  table: TableRef,
  item: StoredItem,
  options: PutOnceOptions = {},
): Promise<'created' | 'unchanged'> => {
  try {
    await table.client.send(
      new PutCommand({
        TableName: table.tableName,
        Item: item,
        ConditionExpression: 'attribute_not_exists(#pk)',
        ExpressionAttributeNames: { '#pk': KEY_ATTRIBUTES.pk },
      }),
    );
    return 'created';
  } catch (e) {
    if (!isConditionFailure(e)) throw e;
    if (options.idempotent) {
      const existing = await getItem(table, keyOf(item), { consistent: true });
      if (existing && isDeepStrictEqual(existing, normalise(item))) return 'unchanged';
    }
    throw new ConflictError(
      options.code ?? STORE_CODES.alreadyExists,
      options.message ?? 'this record exists already and is never overwritten',
      { rule: 'write-once' },
    );
  }
};

export interface PutVersionedOptions extends RefusalOptions {
  /** the attribute holding the version; `version` by default */
  versionAttribute?: string;
}

/**
 * Replaces an item only if its stored version is `expectedVersion` (0: it must not
 * exist yet). The item carries its own new version. A stale writer gets a ConflictError.
 */
export const putVersioned = async (
  table: TableRef,
  item: StoredItem,
  expectedVersion: number,
  options: PutVersionedOptions = {},
): Promise<void> => {
  if (!Number.isSafeInteger(expectedVersion) || expectedVersion < 0) {
    throw new RangeError(`expectedVersion must be a non-negative integer, got ${expectedVersion}`);
  }
  const versionAttribute = options.versionAttribute ?? 'version';
  const condition: Pick<
    PutCommandInput,
    'ConditionExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'
  > =
    expectedVersion === 0
      ? {
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': KEY_ATTRIBUTES.pk },
        }
      : {
          ConditionExpression: '#v = :expected',
          ExpressionAttributeNames: { '#v': versionAttribute },
          ExpressionAttributeValues: { ':expected': expectedVersion },
        };
  try {
    await table.client.send(
      new PutCommand({ TableName: table.tableName, Item: item, ...condition }),
    );
  } catch (e) {
    if (!isConditionFailure(e)) throw e;
    throw new ConflictError(
      options.code ?? STORE_CODES.versionConflict,
      options.message ??
        `this record changed since version ${expectedVersion} was read; read it again and retry`,
      { field: versionAttribute, rule: 'optimistic concurrency', value: expectedVersion },
    );
  }
};

export const getItem = async (
  table: TableRef,
  key: TableKey,
  options: { consistent?: boolean } = {},
): Promise<StoredItem | undefined> => {
  const out = await table.client.send(
    new GetCommand({
      TableName: table.tableName,
      Key: keyOf(key),
      ConsistentRead: options.consistent ?? false,
    }),
  );
  return out.Item as StoredItem | undefined;
};

/* ------------------------------------------------------------------ queries */

/** A condition on the sort key (of the table or of the index queried). */
export type SortCondition =
  | { beginsWith: string }
  | { equals: string }
  | { between: readonly [string, string] }
  | { lt: string }
  | { lte: string }
  | { gt: string }
  | { gte: string };

export interface Filter {
  /** a FilterExpression; its names and values must not start with `#k` / `:k` */
  expression: string;
  names?: Record<string, string>;
  values?: Record<string, unknown>;
}

export interface QuerySpec {
  /** omitted: the table itself */
  index?: IndexName;
  /** the partition key value (`pk`, or the index's partition key) */
  partition: string;
  sort?: SortCondition;
  filter?: Filter;
  /** ascending by sort key unless false */
  forward?: boolean;
  /** only for the table; indexes are always eventually consistent */
  consistent?: boolean;
  /**
   * read only these attributes (whole-set reads that need a few fields of each item); a
   * page's items hold the keys too, its cursor is built from them, `queryAll`'s do not
   */
  attributes?: readonly string[];
}

export interface PageQuery extends QuerySpec {
  /** 1 – 1000 */
  limit: number;
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  /** present when more may follow; pass it back as `cursor` */
  cursor?: string;
}

export const MAX_PAGE_LIMIT = 1000;

const byteCompare = (a: string, b: string): number =>
  Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

const acceptsSort = (cond: SortCondition | undefined) => (v: string) => {
  if (!cond) return true;
  if ('beginsWith' in cond) return v.startsWith(cond.beginsWith);
  if ('equals' in cond) return v === cond.equals;
  if ('between' in cond)
    return byteCompare(v, cond.between[0]) >= 0 && byteCompare(v, cond.between[1]) <= 0;
  if ('lt' in cond) return byteCompare(v, cond.lt) < 0;
  if ('lte' in cond) return byteCompare(v, cond.lte) <= 0;
  if ('gt' in cond) return byteCompare(v, cond.gt) > 0;
  return byteCompare(v, cond.gte) >= 0;
};

const sortExpression = (
  cond: SortCondition,
): { expression: string; values: Record<string, string> } => {
  if ('beginsWith' in cond) {
    return { expression: 'begins_with(#ksk, :ks1)', values: { ':ks1': cond.beginsWith } };
  }
  if ('between' in cond) {
    return {
      expression: '#ksk BETWEEN :ks1 AND :ks2',
      values: { ':ks1': cond.between[0], ':ks2': cond.between[1] },
    };
  }
  const [op, value] =
    'equals' in cond
      ? ['=', cond.equals]
      : 'lt' in cond
        ? ['<', cond.lt]
        : 'lte' in cond
          ? ['<=', cond.lte]
          : 'gt' in cond
            ? ['>', cond.gt]
            : ['>=', cond.gte];
  return { expression: `#ksk ${op} :ks1`, values: { ':ks1': value } };
};

const keyNames = (index: IndexName | undefined) =>
  index
    ? { partition: INDEXES[index].partitionKey, sort: INDEXES[index].sortKey }
    : { partition: KEY_ATTRIBUTES.pk, sort: KEY_ATTRIBUTES.sk };

/** The attributes of a LastEvaluatedKey: the table key, plus the index key for an index. */
const lastKeyAttributes = (index: IndexName | undefined): string[] =>
  index
    ? [KEY_ATTRIBUTES.pk, KEY_ATTRIBUTES.sk, INDEXES[index].partitionKey, INDEXES[index].sortKey]
    : [KEY_ATTRIBUTES.pk, KEY_ATTRIBUTES.sk];

/**
 * `withKeys`: a projection also reads the key attributes, for a page whose cursor is built
 * from its last kept item. A read of the whole set needs none of them: DynamoDB answers each
 * page's LastEvaluatedKey whatever the projection.
 */
const queryInput = (table: TableRef, q: QuerySpec, withKeys: boolean): QueryCommandInput => {
  const names = keyNames(q.index);
  const sort = q.sort ? sortExpression(q.sort) : undefined;
  const filterNames = q.filter?.names ?? {};
  const filterValues = q.filter?.values ?? {};
  for (const n of [...Object.keys(filterNames), ...Object.keys(filterValues)]) {
    if (/^[#:]k/.test(n)) throw new RangeError(`filter placeholder ${n} clashes with the key's`);
  }
  const projection = q.attributes?.length
    ? [...new Set([...(withKeys ? lastKeyAttributes(q.index) : []), ...q.attributes])]
    : [];
  const projected = Object.fromEntries(projection.map((a, i) => [`#kp${i}`, a]));
  return {
    TableName: table.tableName,
    ...(q.index ? { IndexName: INDEXES[q.index].name } : {}),
    KeyConditionExpression: sort ? `#kpk = :kpk AND ${sort.expression}` : '#kpk = :kpk',
    ExpressionAttributeNames: {
      '#kpk': names.partition,
      ...(sort ? { '#ksk': names.sort } : {}),
      ...filterNames,
      ...projected,
    },
    ExpressionAttributeValues: { ':kpk': q.partition, ...(sort?.values ?? {}), ...filterValues },
    ...(q.filter ? { FilterExpression: q.filter.expression } : {}),
    ...(projection.length > 0 ? { ProjectionExpression: Object.keys(projected).join(', ') } : {}),
    ScanIndexForward: q.forward ?? true,
    ...(q.consistent && !q.index ? { ConsistentRead: true } : {}),
  };
};

/** What a cursor of this query must look like (for `decodeCursor`). */
export const cursorExpectation = (q: QuerySpec): CursorExpectation => {
  const names = keyNames(q.index);
  return {
    attributes: lastKeyAttributes(q.index),
    partition: { name: names.partition, value: q.partition },
    sort: { name: names.sort, accepts: acceptsSort(q.sort) },
  };
};

/**
 * One page of a Query. With a filter, DynamoDB's Limit counts items read, not items
 * kept, so this reads larger batches until `limit` items are kept or the partition
 * ends, and returns a cursor right after the last item it returns.
 */
export const queryPage = async (table: TableRef, q: PageQuery): Promise<Page<StoredItem>> => {
  if (!Number.isInteger(q.limit) || q.limit < 1 || q.limit > MAX_PAGE_LIMIT) {
    throw new ValidationError(STORE_CODES.limitInvalid, `limit: 1 to ${MAX_PAGE_LIMIT}`, {
      field: 'limit',
      rule: `an integer from 1 to ${MAX_PAGE_LIMIT}`,
      value: q.limit,
    });
  }
  const input = queryInput(table, q, true);
  const attributes = lastKeyAttributes(q.index);
  let start: Record<string, unknown> | undefined =
    q.cursor === undefined ? undefined : decodeCursor(q.cursor, cursorExpectation(q));
  const items: StoredItem[] = [];
  do {
    const wanted = q.limit - items.length;
    const out = await table.client.send(
      new QueryCommand({
        ...input,
        Limit: q.filter ? Math.max(wanted, FILTERED_READ) : wanted,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    const got = (out.Items ?? []) as StoredItem[];
    start = out.LastEvaluatedKey;
    if (got.length > wanted) {
      const kept = got.slice(0, wanted);
      items.push(...kept);
      const last = kept[kept.length - 1] as StoredItem;
      start = Object.fromEntries(attributes.map((a) => [a, last[a]]));
    } else {
      items.push(...got);
    }
  } while (start && items.length < q.limit);
  return start ? { items, cursor: encodeCursor(start) } : { items };
};

/** Items read per request when a filter drops some: fewer round trips on sparse matches. */
const FILTERED_READ = 200;

/**
 * Every item a Query matches, paging internally. For use cases that need the whole set.
 * With `attributes`, the items hold those attributes only, not the keys.
 */
export const queryAll = async (table: TableRef, q: QuerySpec): Promise<StoredItem[]> => {
  const input = queryInput(table, q, false);
  const items: StoredItem[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await table.client.send(
      new QueryCommand({ ...input, ...(start ? { ExclusiveStartKey: start } : {}) }),
    );
    items.push(...((out.Items ?? []) as StoredItem[]));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
};

/* ------------------------------------------------------------------ batches */

export interface RetryOptions {
  /** attempts for one chunk's unprocessed remainder before giving up (default 10) */
  maxAttempts?: number;
  /** first backoff in ms, doubled each attempt with full jitter (default 25) */
  baseDelayMs?: number;
}

export interface BatchOptions extends RetryOptions {
  /** chunks in flight at once (default 8) */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const backoff = (attempt: number, o: RetryOptions) =>
  sleep(Math.random() * Math.min(2000, (o.baseDelayMs ?? 25) * 2 ** attempt));

const chunk = <T>(xs: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
};

// the one bounded-concurrency helper, the domain's (its use cases run several writes at once too)
export { forEachLimit, mapLimit } from '@double-random/domain';

const refuseDuplicates = (keys: readonly TableKey[], what: string): void => {
  const seen = new Set<string>();
  for (const [i, k] of keys.entries()) {
    const s = keyString(k);
    if (seen.has(s)) {
      throw new ValidationError(
        STORE_CODES.batchDuplicateKey,
        `${what}: the same key appears twice (${k.pk} / ${k.sk})`,
        { field: `${i}`, rule: 'each key once per batch', value: k },
      );
    }
    seen.add(s);
  }
};

/**
 * Puts many items (bulk import): chunks of 25, several chunks in flight, unprocessed
 * items retried with backoff. Unconditional: for new rows or rows the caller owns.
 */
export const batchWriteAll = async (
  table: TableRef,
  items: readonly StoredItem[],
  options: BatchOptions = {},
): Promise<{ written: number }> => {
  refuseDuplicates(items, 'batch write');
  let written = 0;
  await forEachLimit(chunk(items, 25), options.concurrency ?? 8, async (rows) => {
    let pending = rows.map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt >= (options.maxAttempts ?? 10)) {
        throw new StoreError(
          STORE_CODES.unprocessedItems,
          `${pending.length} items were still unprocessed after ${attempt} attempts`,
        );
      }
      if (attempt > 0) await backoff(attempt, options);
      const out = await table.client.send(
        new BatchWriteCommand({ RequestItems: { [table.tableName]: pending } }),
      );
      const left = out.UnprocessedItems?.[table.tableName] ?? [];
      written += pending.length - left.length;
      pending = left as typeof pending;
    }
    options.onProgress?.(written, items.length);
  });
  return { written };
};

/**
 * Reads many items by key: chunks of 100, unprocessed keys retried with backoff.
 * Returns the items found, in the order of `keys`; missing keys are left out.
 */
export const batchGetAll = async (
  table: TableRef,
  keys: readonly TableKey[],
  options: BatchOptions & { consistent?: boolean } = {},
): Promise<StoredItem[]> => {
  const unique = [...new Map(keys.map((k) => [keyString(k), keyOf(k)])).values()];
  const found = new Map<string, StoredItem>();
  await forEachLimit(chunk(unique, 100), options.concurrency ?? 4, async (batch) => {
    let pending: Record<string, unknown>[] = batch.map((k) => ({ ...k }));
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt >= (options.maxAttempts ?? 10)) {
        throw new StoreError(
          STORE_CODES.unprocessedKeys,
          `${pending.length} keys were still unprocessed after ${attempt} attempts`,
        );
      }
      if (attempt > 0) await backoff(attempt, options);
      const out = await table.client.send(
        new BatchGetCommand({
          RequestItems: {
            [table.tableName]: { Keys: pending, ConsistentRead: options.consistent ?? false },
          },
        }),
      );
      for (const item of (out.Responses?.[table.tableName] ?? []) as StoredItem[]) {
        found.set(keyString(item), item);
      }
      pending = out.UnprocessedKeys?.[table.tableName]?.Keys ?? [];
    }
    options.onProgress?.(found.size, unique.length);
  });
  return keys.flatMap((k) => {
    const item = found.get(keyString(k));
    return item ? [item] : [];
  });
};
