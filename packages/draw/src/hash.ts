import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';

/**
 * SHA-256 over bytes. The default is @noble/hashes so the engine runs unchanged in a
 * browser; a Node entry point may inject `node:crypto`, which hashes a 40 MB pool text
 * about twenty times faster.
 */
export type Sha256 = (data: Uint8Array) => Uint8Array;

export const nobleSha256Fn: Sha256 = (data) => nobleSha256(data);

export interface HashOptions {
  sha256?: Sha256;
}

export const hasher = (options?: HashOptions): Sha256 => options?.sha256 ?? nobleSha256Fn;

const HEX = '0123456789abcdef';

export const toHex = (bytes: Uint8Array): string => {
  let out = '';
  for (const b of bytes) out += HEX[b >> 4]! + HEX[b & 15]!;
  return out;
};

export const fromHex = (hex: string): Uint8Array => {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
};

/** Every text a draw hashes is ASCII (spec §1), so one byte per UTF-16 unit. */
export const asciiBytes = (text: string): Uint8Array => {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
};

export const concatBytes = (...parts: Uint8Array[]): Uint8Array => {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
