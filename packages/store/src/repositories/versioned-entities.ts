import { ConflictError, type HistoryEntry } from '@double-random/domain';
import { parseKey, type TableKey } from '../keys';
import {
  batchGetAll,
  batchWriteAll,
  getItem,
  type PageQuery,
  putOnce,
  putVersioned,
  queryAll,
  queryPage,
  type StoredItem,
  type TableRef,
  withoutKeys,
} from '../table-operations';

/**
 * Storage of a versioned entity that carries its own `history` (targets, inspectors,
 * items, plans), shared by their repositories.
 *
 * History is append-only and unbounded (a target changed weekly for years, a plan whose
 * every amendment records both task lists), while an item holds at most 400 KB. So the
 * entity item keeps only its newest entries inline (`historyFrom` = 1-based position of
 * the first inline entry) and older entries are separate items under the history key,
 * one per position. Readers always get the whole history back: `get`, `list` and
 * `getMany` read the older entries only for entities that have any.
 *
 * An entry moves out of the entity item only during an `update`, and only after the
 * update has read the stored item: what it writes as history items is committed content
 * taken from the store, never from the caller, so a stale or crashed writer can at worst
 * rewrite identical items. New entries always stay inline until a later update.
 */

/** Conditional puts in flight at once in `putManyVersioned`. */
const VERSIONED_IN_FLIGHT = 64;

/** Newest entries kept on the entity item: enough that most entities never spill. */
export const INLINE_HISTORY_ENTRIES = 20;
/** Bytes of inline history above which older entries spill (an item is at most 400 KB). */
export const INLINE_HISTORY_BYTES = 96 * 1024;

interface Versioned {
  version: number;
  history: HistoryEntry[];
}

export interface VersionedEntityConfig<T extends Versioned> {
  /** the code prefix of refusals: `TARGET` → `TARGET.EXISTS`, `TARGET.STALE` */
  code: string;
  /** the table key of an entity */
  key(entity: T): TableKey;
  /** the index attributes an entity is listed under */
  indexKeys(entity: T): Record<string, string>;
  /** the table key of the history entry at a 1-based position */
  historyKey(entity: T, position: number): TableKey;
  /** the partition and `begins_with` prefix of an entity's history items */
  historyRange(entity: T): { partition: string; prefix: string };
}

const HISTORY_FROM = 'historyFrom';

const entrySize = (e: HistoryEntry): number => Buffer.byteLength(JSON.stringify(e), 'utf8');

/**
 * How many of `entries` (oldest first) stay inline: the newest ones within the limits,
 * but never fewer than `mustKeep` (the entries this write adds).
 */
const inlineCount = (entries: readonly HistoryEntry[], mustKeep: number): number => {
  let bytes = 0;
  let kept = 0;
  for (let i = entries.length - 1; i >= 0; i--) {
    bytes += entrySize(entries[i] as HistoryEntry);
    if (kept >= mustKeep && (kept >= INLINE_HISTORY_ENTRIES || bytes > INLINE_HISTORY_BYTES)) {
      break;
    }
    kept++;
  }
  return kept;
};

export const createVersionedEntities = <T extends Versioned>(
  table: TableRef,
  config: VersionedEntityConfig<T>,
) => {
  const exists = `${config.code}.EXISTS`;
  const stale = `${config.code}.STALE`;

  const toItem = (entity: T, history: HistoryEntry[], historyFrom: number): StoredItem => ({
    ...(entity as unknown as Record<string, unknown>),
    ...config.indexKeys(entity),
    ...config.key(entity),
    history,
    [HISTORY_FROM]: historyFrom,
  });

  const historyItems = (entity: T, entries: readonly HistoryEntry[], from: number) =>
    entries.map((entry, i) => ({ ...config.historyKey(entity, from + i), entry }));

  /** The entity with its whole history: older entries are read only when some spilled. */
  const hydrate = async (item: StoredItem, consistent: boolean): Promise<T> => {
    const { [HISTORY_FROM]: from, ...rest } = withoutKeys(item) as Record<string, unknown>;
    const entity = rest as unknown as T;
    const historyFrom = typeof from === 'number' ? from : 1;
    if (historyFrom <= 1) return entity;
    const range = config.historyRange(entity);
    const older = await queryAll(table, {
      partition: range.partition,
      sort: { beginsWith: range.prefix },
      consistent,
    });
    const spilled = older
      .map((h) => {
        const parsed = parseKey(h);
        const position = parsed && 'version' in parsed ? parsed.version : 0;
        return { position, entry: h.entry as HistoryEntry };
      })
      .filter((h) => h.position >= 1 && h.position < historyFrom)
      .sort((a, b) => a.position - b.position)
      .map((h) => h.entry);
    return { ...entity, history: [...spilled, ...entity.history] };
  };

  return {
    async get(key: TableKey, consistent = false): Promise<T | undefined> {
      const item = await getItem(table, key, { consistent });
      return item ? hydrate(item, consistent) : undefined;
    },

    async create(entity: T): Promise<void> {
      await putOnce(table, toItem(entity, entity.history, 1), {
        code: exists,
        message: `${config.code.toLowerCase()} exists already`,
      });
    },

    async update(entity: T, expectedVersion: number): Promise<void> {
      const refuse = () =>
        new ConflictError(
          stale,
          `this ${config.code.toLowerCase()} changed since version ${expectedVersion} was read; read it again and retry`,
          { field: 'version', rule: 'optimistic concurrency', value: expectedVersion },
        );
      const stored = await getItem(table, config.key(entity), { consistent: true });
      if (!stored || stored.version !== expectedVersion) throw refuse();
      const storedFrom = typeof stored[HISTORY_FROM] === 'number' ? stored[HISTORY_FROM] : 1;
      const storedInline = (stored.history ?? []) as HistoryEntry[];
      const storedCount = storedFrom - 1 + storedInline.length;
      const added = entity.history.slice(storedCount);
      const combined = [...storedInline, ...added];
      const keep = inlineCount(combined, added.length);
      const moving = combined.slice(0, combined.length - keep);
      if (moving.length > 0) {
        await batchWriteAll(table, historyItems(entity, moving, storedFrom));
      }
      await putVersioned(
        table,
        toItem(entity, combined.slice(moving.length), storedFrom + moving.length),
        expectedVersion,
        { code: stale },
      ).catch((e: unknown) => {
        throw e instanceof ConflictError ? refuse() : e;
      });
    },

    async page(query: PageQuery): Promise<{ items: T[]; cursor?: string }> {
      const page = await queryPage(table, query);
      const items = await Promise.all(page.items.map((i) => hydrate(i, false)));
      return page.cursor ? { items, cursor: page.cursor } : { items };
    },

    async getMany(keys: readonly TableKey[]): Promise<T[]> {
      const items = await batchGetAll(table, keys);
      return Promise.all(items.map((i) => hydrate(i, false)));
    },

    /**
     * Whole-item writes without version conditions (bulk import): the caller has
     * compared each entity with the stored state and passes its whole history.
     */
    async putMany(
      entities: readonly T[],
      options: { onProgress?: (done: number, total: number) => void } = {},
    ): Promise<{ written: number }> {
      const rows: StoredItem[] = [];
      for (const entity of entities) {
        const keep = inlineCount(entity.history, Math.min(1, entity.history.length));
        const spill = entity.history.length - keep;
        rows.push(...historyItems(entity, entity.history.slice(0, spill), 1));
        rows.push(toItem(entity, entity.history.slice(spill), spill + 1));
      }
      const onProgress = options.onProgress;
      const { written } = await batchWriteAll(
        table,
        rows,
        onProgress ? { onProgress: (done, total) => onProgress(done, total) } : {},
      );
      return { written };
    },

    /**
     * Whole-item writes each conditioned on the version the entity was derived from, as
     * `update` is: the spilled history items first (committed entries, so a writer that then
     * loses rewrites identical items), then each entity item, VERSIONED_IN_FLIGHT at once.
     */
    async putManyVersioned(
      entities: readonly T[],
      options: { onProgress?: (done: number, total: number) => void } = {},
    ): Promise<{ written: number; stale: T[] }> {
      const spills: StoredItem[] = [];
      const items: { entity: T; item: StoredItem }[] = [];
      for (const entity of entities) {
        const keep = inlineCount(entity.history, Math.min(1, entity.history.length));
        const spill = entity.history.length - keep;
        spills.push(...historyItems(entity, entity.history.slice(0, spill), 1));
        items.push({ entity, item: toItem(entity, entity.history.slice(spill), spill + 1) });
      }
      if (spills.length > 0) await batchWriteAll(table, spills);
      const lost: T[] = [];
      let written = 0;
      let next = 0;
      const worker = async () => {
        while (next < items.length) {
          const { entity, item } = items[next++]!;
          try {
            await putVersioned(table, item, entity.version - 1, { code: stale });
            written++;
          } catch (e) {
            if (!(e instanceof ConflictError)) throw e;
            lost.push(entity);
          }
          if (written % 100 === 0) options.onProgress?.(written, items.length);
        }
      };
      await Promise.all(
        Array.from({ length: Math.min(VERSIONED_IN_FLIGHT, items.length) }, worker),
      );
      options.onProgress?.(written, items.length);
      return { written, stale: lost };
    },
  };
};
