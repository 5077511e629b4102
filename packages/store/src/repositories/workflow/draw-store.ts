import { canonicalJson, type DrawRecord, type DrawStore } from '@double-random/domain';
import type { BlobStore } from '../../blob-store';
import { StoreError } from '../../errors';
import { keys, partitions, prefixes } from '../../keys';
import { getItem, queryAll, type StoredItem, type TableRef } from '../../table-operations';
import { BLOB_MISSING } from './blobs';
import { sameContent, writeOnce } from './support';

/** Draw headers kept in memory, and the characters of draw records' texts. */
const KEPT_HEADERS = 256;
const KEPT_TEXT_CHARS = 16 * 1024 * 1024;

interface DrawHeader {
  drawId: string;
  taskId: string;
  department: string;
  entropy: string;
  seed: string;
  resultDigest: string;
  at: string;
  sha256: string;
  key: string;
}

const headerFields = (item: StoredItem): DrawHeader => ({
  drawId: item.drawId as string,
  taskId: item.taskId as string,
  department: item.department as string,
  entropy: item.entropy as string,
  seed: item.seed as string,
  resultDigest: item.resultDigest as string,
  at: item.at as string,
  sha256: item.sha256 as string,
  key: item.key as string,
});

/**
 * A draw record holds the whole dr-draw/1 result (every assignment: megabytes for a large
 * draw), so it is a content-addressed blob with two headers: `DRAW#<drawId>` · `RECORD`,
 * the write-once authority (one draw per drawId, whatever task claims it), then the same
 * header in the task folder (`TASK#<id>` · `DRAW#<drawId>`). A crash between the two
 * leaves the first; the retried step finds it `unchanged` and writes the second.
 */
export const createDrawStore = (table: TableRef, blobs: BlobStore): DrawStore => {
  /*
   * A draw's authority header is written once and its record is a content-addressed blob, so
   * what was read of either never changes: the headers and the records' texts last read are
   * kept (each caller parses its own copy). Recording a task's results reads its draw once.
   */
  const headers = new Map<string, StoredItem>();
  const texts = new Map<string, string>();
  let textChars = 0;
  const keepHeader = (header: StoredItem) => {
    if (headers.size >= KEPT_HEADERS) headers.delete(headers.keys().next().value as string);
    headers.set(header.drawId as string, header);
  };
  const keepText = (sha256: string, text: string) => {
    if (text.length > KEPT_TEXT_CHARS || texts.has(sha256)) return;
    for (const [k, t] of texts) {
      if (textChars + text.length <= KEPT_TEXT_CHARS) break;
      texts.delete(k);
      textChars -= t.length;
    }
    texts.set(sha256, text);
    textChars += text.length;
  };
  const recordOf = async (header: StoredItem): Promise<DrawRecord> => {
    const sha256 = header.sha256 as string;
    const kept = texts.get(sha256);
    if (kept !== undefined) return JSON.parse(kept) as DrawRecord;
    const bytes = await blobs.getBlob(sha256);
    if (!bytes)
      throw new StoreError(BLOB_MISSING, `draw record ${header.drawId}: blob ${sha256} is missing`);
    const text = Buffer.from(bytes).toString('utf8');
    keepText(sha256, text);
    return JSON.parse(text) as DrawRecord;
  };

  return {
    async putOnce(record) {
      // canonical once: the blob's text, kept, and the record as stored (parsed from it)
      const text = canonicalJson(record);
      const { sha256, key } = await blobs.putBlob(text);
      const header: DrawHeader = {
        drawId: record.drawId,
        taskId: record.taskId,
        department: record.department,
        entropy: record.entropy,
        seed: record.result.seed,
        resultDigest: record.result.resultDigest,
        at: record.at,
        sha256,
        key,
      };
      const { stored, created } = await writeOnce(
        table,
        { ...header, ...keys.drawRecord(record.drawId) },
        {
          code: 'DRAW.DIFFERENT',
          message: `draw ${record.drawId} was drawn already with another entropy or result`,
          same: (s) =>
            s.drawId === record.drawId &&
            s.entropy === record.entropy &&
            s.resultDigest === record.result.resultDigest,
        },
      );
      const kept = headerFields(stored);
      await writeOnce(
        table,
        { ...kept, ...keys.taskDraw(kept.taskId, kept.drawId) },
        {
          code: 'DRAW.DIFFERENT',
          message: `task ${kept.taskId} holds another record of draw ${kept.drawId}`,
          same: (s) => sameContent(headerFields(s), kept),
        },
      );
      if (!(created || kept.sha256 === sha256)) return recordOf(stored);
      // the text just written is the blob's: the task's records, read next, are not read back
      keepText(sha256, text);
      return JSON.parse(text) as DrawRecord;
    },

    async get(drawId) {
      const header =
        headers.get(drawId) ??
        (await getItem(table, keys.drawRecord(drawId), { consistent: true }));
      if (!header) return undefined;
      keepHeader(header);
      return recordOf(header);
    },

    async listByTask(taskId) {
      const headers = await queryAll(table, {
        partition: partitions.task(taskId),
        sort: { beginsWith: prefixes.taskDraws() },
        consistent: true,
      });
      return Promise.all(headers.map(recordOf));
    },
  };
};
