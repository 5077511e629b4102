/**
 * Refusals the store raises are domain errors (from @double-random/domain) with these
 * stable codes, so the one HTTP error mapper knows them. Anything the store cannot
 * recover from (retries exhausted, a table of the wrong shape) is a StoreError: it is
 * not the caller's fault and maps to a bare 500.
 */
export const STORE_CODES = {
  alreadyExists: 'STORE.ALREADY_EXISTS',
  versionConflict: 'STORE.VERSION_CONFLICT',
  keySegmentInvalid: 'STORE.KEY_SEGMENT_INVALID',
  batchDuplicateKey: 'STORE.BATCH_DUPLICATE_KEY',
  cursorInvalid: 'PAGE.CURSOR_INVALID',
  limitInvalid: 'PAGE.LIMIT_INVALID',
  blobHashInvalid: 'BLOB.SHA256_INVALID',
  // StoreError codes (500s)
  unprocessedItems: 'STORE.UNPROCESSED_ITEMS',
  unprocessedKeys: 'STORE.UNPROCESSED_KEYS',
  tableShape: 'STORE.TABLE_SHAPE',
  tableNotActive: 'STORE.TABLE_NOT_ACTIVE',
  dataDirInUse: 'STORE.DATA_DIR_IN_USE',
  blobCorrupt: 'BLOB.CORRUPT',
} as const;

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
