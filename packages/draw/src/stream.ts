import seedrandom from 'seedrandom';
import { asciiBytes, concatBytes, fromHex, type HashOptions, hasher, toHex } from './hash';

/** An unsigned 32-bit word source: the only thing a draw ever asks of its randomness. */
export interface WordStream {
  readonly label: string;
  /** the 64 hex characters the stream is keyed with (spec §3 `sub(lbl)`) */
  readonly subSeed: string;
  next(): number;
}

const TWO_32 = 4_294_967_296;

/** `sub(lbl) = hex(SHA256("dr-draw/1/" || lbl || 0x00 || master))`, master given as hex. */
export const subSeed = (seed: string, label: string, options?: HashOptions): string =>
  toHex(
    hasher(options)(
      concatBytes(asciiBytes(`dr-draw/1/${label}`), new Uint8Array([0]), fromHex(seed)),
    ),
  );

/** The stream for `label` under the published `seed` (hex of the master hash). */
export const stream = (seed: string, label: string, options?: HashOptions): WordStream => {
  const sub = subSeed(seed, label, options);
  // seedrandom's default ARC4, keyed with the 64 ASCII bytes, first 256 bytes dropped.
  const prng = seedrandom(sub);
  return { label, subSeed: sub, next: () => prng.int32() >>> 0 };
};

/** Unbiased integer in [0, n) by rejection (spec §3); consumes a word even when n = 1. */
export const below = (source: WordStream, n: number): number => {
  if (!Number.isInteger(n) || n < 1 || n > TWO_32) {
    throw new RangeError(`below: n must be an integer from 1 to 2^32, got ${n}`);
  }
  const lim = TWO_32 - (TWO_32 % n);
  for (;;) {
    const u = source.next();
    if (u < lim) return u % n;
  }
};
