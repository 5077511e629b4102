import { sha256 } from '@noble/hashes/sha2.js';
import { fromHex, type Hash, leafHash, toHex } from './merkle';

/**
 * The texts an outsider checks, as docs/audit-log.md defines them (`dr-audit-log/1`).
 *
 * Leaf: one audit entry of one chain,
 *   `dr-audit-leaf/1\n<chain>\n<seq>\n<entry hash>\n`; the tree hashes its UTF-8 bytes.
 *
 * Checkpoint: a signed note in the shape of C2SP tlog-checkpoint and signed-note:
 *   `<origin>\n<size>\n<root, base64>\ntime <ISO-8601 UTC>\n` (the body), a blank line, and
 *   `— <origin> <base64(key id ‖ signature)>\n`. The signature is ECDSA P-256 with SHA-256
 *   over the body's UTF-8 bytes, DER-encoded (what AWS KMS returns for ECDSA_SHA_256); the
 *   key id is the first 4 bytes of SHA-256(origin ‖ 0x0A ‖ 0x02 ‖ public key as SPKI DER).
 */

export const LEAF_FORMAT = 'dr-audit-leaf/1';
export const DEFAULT_LOG_ORIGIN = 'double-random/audit-log';
const SIGNATURE_TYPE_ECDSA_P256_SHA256 = 0x02;
const EM_DASH = '\u2014';

const encoder = new TextEncoder();
const utf8 = (s: string): Uint8Array => encoder.encode(s);

/** A chain name may be anything a key segment may be, except a line break. */
export const isChainName = (chain: string): boolean =>
  chain.length > 0 && chain.length <= 200 && !/[\r\n]/.test(chain);

export const leafText = (chain: string, seq: number, hash: string): string => {
  if (!isChainName(chain))
    throw new RangeError(`chain name ${JSON.stringify(chain)} is not usable`);
  if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError(`seq ${seq} is not 1, 2, …`);
  if (!/^[0-9a-f]{64}$/.test(hash)) throw new RangeError(`hash ${hash} is not 64 hex digits`);
  return `${LEAF_FORMAT}\n${chain}\n${seq}\n${hash}\n`;
};

/** The tree's leaf hash of one audit entry. */
export const entryLeafHash = (chain: string, seq: number, hash: string): Hash =>
  leafHash(utf8(leafText(chain, seq, hash)));

/* ------------------------------------------------------------------------------ base64 */

export const toBase64 = (bytes: Uint8Array): string => {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
};

export const fromBase64 = (text: string): Uint8Array | undefined => {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return undefined;
  const s = atob(text);
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
};

/* -------------------------------------------------------------------------- checkpoints */

export interface CheckpointBody {
  origin: string;
  size: number;
  /** lowercase hex of the root hash */
  rootHash: string;
  /** ISO-8601 UTC */
  time: string;
}

export interface Checkpoint extends CheckpointBody {
  /** the whole signed note, exactly as served */
  text: string;
}

export const checkpointBody = (c: CheckpointBody): string => {
  if (!isChainName(c.origin) || /\s/.test(c.origin))
    throw new RangeError(`origin ${JSON.stringify(c.origin)} must be one word`);
  return `${c.origin}\n${c.size}\n${toBase64(fromHex(c.rootHash))}\ntime ${c.time}\n`;
};

/** Key id of the checkpoint key: first 4 bytes of SHA-256(origin ‖ \n ‖ 0x02 ‖ SPKI). */
export const checkpointKeyId = (origin: string, spki: Uint8Array): Uint8Array => {
  const name = utf8(origin);
  const buf = new Uint8Array(name.length + 2 + spki.length);
  buf.set(name, 0);
  buf[name.length] = 0x0a;
  buf[name.length + 1] = SIGNATURE_TYPE_ECDSA_P256_SHA256;
  buf.set(spki, name.length + 2);
  return sha256(buf).slice(0, 4);
};

/** Signs in AWS with KMS and locally with a key file; both give DER ECDSA P-256/SHA-256. */
export interface CheckpointSigner {
  /** the public key, SubjectPublicKeyInfo DER */
  publicKey(): Promise<Uint8Array>;
  /** a DER ECDSA signature over SHA-256 of `message` */
  sign(message: Uint8Array): Promise<Uint8Array>;
}

export const signCheckpoint = async (
  signer: CheckpointSigner,
  body: CheckpointBody,
): Promise<Checkpoint> => {
  const text = checkpointBody(body);
  const signature = await signer.sign(utf8(text));
  const keyId = checkpointKeyId(body.origin, await signer.publicKey());
  const sig = new Uint8Array(keyId.length + signature.length);
  sig.set(keyId, 0);
  sig.set(signature, keyId.length);
  return { ...body, text: `${text}\n${EM_DASH} ${body.origin} ${toBase64(sig)}\n` };
};

export type CheckpointProblem =
  | 'format'
  | 'origin'
  | 'no-signature'
  | 'signature'
  | 'key'
  | 'time'
  | 'size';

export class CheckpointError extends Error {
  override readonly name = 'CheckpointError';
  constructor(
    readonly problem: CheckpointProblem,
    message: string,
  ) {
    super(message);
  }
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;

/** Reads a checkpoint's text without checking its signature. */
export const parseCheckpoint = (text: string): Checkpoint & { signatures: string[] } => {
  const split = text.indexOf('\n\n');
  if (split < 0)
    throw new CheckpointError('format', 'a checkpoint is a body, a blank line, signatures');
  const body = text.slice(0, split + 1);
  const lines = body.split('\n');
  const [origin, sizeText, rootText, timeLine, end, ...extra] = lines;
  if (end !== '' || extra.length > 0 || !origin || !sizeText || !rootText || !timeLine)
    throw new CheckpointError('format', 'the body has four lines: origin, size, root, time');
  if (!/^(0|[1-9]\d{0,15})$/.test(sizeText) || !Number.isSafeInteger(Number(sizeText)))
    throw new CheckpointError('format', `size "${sizeText}" is not a whole number`);
  const root = fromBase64(rootText);
  if (root?.length !== 32)
    throw new CheckpointError('format', 'the root is not 32 bytes of base64');
  const time = timeLine.startsWith('time ') ? timeLine.slice(5) : '';
  if (!ISO_UTC.test(time) || Number.isNaN(Date.parse(time)))
    throw new CheckpointError('format', `"${timeLine}" is not "time <ISO-8601 UTC>"`);
  const signatures = text
    .slice(split + 2)
    .split('\n')
    .filter((l) => l !== '');
  if (!text.endsWith('\n') || signatures.some((l) => !l.startsWith(`${EM_DASH} `)))
    throw new CheckpointError('format', 'signature lines read "— <name> <base64>"');
  return { origin, size: Number(sizeText), rootHash: toHex(root), time, text, signatures };
};

/** DER ECDSA signature → the 64-byte r ‖ s form WebCrypto verifies. */
export const derToRaw = (der: Uint8Array): Uint8Array | undefined => {
  if (der[0] !== 0x30 || der[1] !== der.length - 2) return undefined;
  const out = new Uint8Array(64);
  let at = 2;
  for (const offset of [0, 32]) {
    if (der[at] !== 0x02) return undefined;
    const len = der[at + 1]!;
    let int = der.slice(at + 2, at + 2 + len);
    if (int.length !== len) return undefined;
    while (int.length > 32 && int[0] === 0) int = int.slice(1);
    if (int.length > 32) return undefined;
    out.set(int, offset + 32 - int.length);
    at += 2 + len;
  }
  return at === der.length ? out : undefined;
};

/**
 * Parses a checkpoint and checks its signature by the key `spki` (SPKI DER) with WebCrypto,
 * so a browser and the CLI verify the same way, offline. Throws a CheckpointError saying
 * what does not hold.
 */
export const verifyCheckpoint = async (
  text: string,
  spki: Uint8Array,
  expectedOrigin?: string,
): Promise<Checkpoint> => {
  const parsed = parseCheckpoint(text);
  if (expectedOrigin !== undefined && parsed.origin !== expectedOrigin)
    throw new CheckpointError(
      'origin',
      `the checkpoint is of "${parsed.origin}", not "${expectedOrigin}"`,
    );
  const keyId = toHex(checkpointKeyId(parsed.origin, spki));
  const line = parsed.signatures
    .map((l) => l.slice(2).split(' '))
    .map(([name, sig]) => ({ name, sig: sig ? fromBase64(sig) : undefined }))
    .find((s) => s.name === parsed.origin && s.sig && toHex(s.sig.slice(0, 4)) === keyId);
  if (!line?.sig)
    throw new CheckpointError('no-signature', `no signature by key ${keyId} of ${parsed.origin}`);
  const raw = derToRaw(line.sig.slice(4));
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey(
      'spki',
      spki as BufferSource,
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify'],
    );
  } catch (error) {
    throw new CheckpointError('key', `the public key is not a P-256 key: ${String(error)}`);
  }
  const body = utf8(parsed.text.slice(0, parsed.text.indexOf('\n\n') + 1));
  const ok =
    raw !== undefined &&
    (await crypto.subtle.verify(
      { name: 'ECDSA', hash: 'SHA-256' },
      key,
      raw as BufferSource,
      body as BufferSource,
    ));
  if (!ok) throw new CheckpointError('signature', 'the signature does not verify');
  const { signatures: _s, ...checkpoint } = parsed;
  return checkpoint;
};
