import {
  type BundleStore,
  canonicalJson,
  type FrozenBundle,
  ValidationError,
} from '@double-random/domain';
import type { BlobStore } from '../../blob-store';
import { keys } from '../../keys';
import { getItem, type TableRef } from '../../table-operations';
import { readJsonBlob } from './blobs';
import { writeOnce } from './support';

interface BundleHeader {
  drawId: string;
  sha256: string;
  key: string;
  bytes: number;
  pool: number;
  roster: number;
}

/**
 * A frozen bundle over 100,000 targets is megabytes, past DynamoDB's 400 KB item: its
 * canonical JSON (`dr-audit/1` canonical form) is a content-addressed blob, and the
 * header `DRAW#<drawId>` · `BUNDLE` keeps digest and key, write-once. The same bundle
 * gives the same bytes and so the same digest: a retried freeze is `unchanged`.
 */
export const createBundleStore = (table: TableRef, blobs: BlobStore): BundleStore => ({
  async putOnce(drawId, bundle) {
    if (bundle.drawId !== drawId) {
      throw new ValidationError(
        'BUNDLE.DRAW_ID_MISMATCH',
        `bundle of draw ${bundle.drawId} cannot be stored as draw ${drawId}`,
        { field: 'drawId', rule: 'the bundle names its own draw', value: bundle.drawId },
      );
    }
    const text = canonicalJson(bundle);
    const { sha256, key } = await blobs.putBlob(text);
    const header: BundleHeader = {
      drawId,
      sha256,
      key,
      bytes: Buffer.byteLength(text, 'utf8'),
      pool: bundle.pool.length,
      roster: bundle.roster.length,
    };
    await writeOnce(
      table,
      { ...header, ...keys.drawBundle(drawId) },
      {
        code: 'BUNDLE.DIFFERENT',
        message: `draw ${drawId} is frozen already with another bundle`,
        same: (stored) => stored.sha256 === sha256,
      },
    );
    return { sha256 };
  },

  async get(drawId) {
    const header = await getItem(table, keys.drawBundle(drawId), { consistent: true });
    if (!header) return undefined;
    return readJsonBlob<FrozenBundle>(blobs, header.sha256 as string, `bundle of draw ${drawId}`);
  },
});
