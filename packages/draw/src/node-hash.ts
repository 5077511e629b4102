import { createHash } from 'node:crypto';
import type { DrawOptions } from './draw';
import type { Sha256 } from './hash';

/**
 * SHA-256 on node:crypto, for the engine where Node runs it (the CLI, the functions, the
 * local server): the same digests as the browser-safe default, which hashes a pool text
 * many times slower. Kept out of the package's main entry, which runs in browsers.
 */
export const nodeSha256: Sha256 = (data) =>
  new Uint8Array(createHash('sha256').update(data).digest());

export const nodeDrawOptions: DrawOptions = { sha256: nodeSha256 };
