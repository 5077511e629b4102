import { bls12_381 } from '@noble/curves/bls12-381.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { DrawError } from './errors';
import { asciiBytes, fromHex, toHex } from './hash';

/**
 * The checks spec dr-draw/1 §7.1 makes around a draw's entropy, offline and in the browser:
 * - `drand:quicknet:<round>:<signature>`: the round's BLS signature, verified under the
 *   quicknet public key pinned here;
 * - `witness:<64 hex>`: SHA-256 of the witnesses' reveals in committed order, each reveal
 *   matching the SHA-256 its witness published before the freeze (docs/entropy.md).
 * Any other entropy (e.g. the retired `ceremony:<date>:<digits>` of earlier draws) is opaque:
 * the algorithm treats it as bytes, and nothing here can say who chose it.
 */

/** drand quicknet, the beacon's constants (https://drand.love, chain info of quicknet). */
export const QUICKNET = {
  chainHash: '52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971',
  scheme: 'bls-unchained-g1-rfc9380',
  publicKey:
    '83cf0f2896adee7eb8b5f01fcad3912212c437e0073e911fb90022d3e760183c8c4b450b6a0a6c3ac6a5776a2d1064510d1fec758c921cc22b0e17e63aaf4bcb5ed66304de9cf809bd274ca73bab4af5a6e9c76a4bc09e76eae8991ef5ece45a',
  dst: 'BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_NUL_',
  genesisSeconds: 1692803367,
  periodSeconds: 3,
} as const;

/** An entropy value that does not pass the checks of its source: stable code, rule named. */
export class EntropyError extends DrawError {
  override readonly name: string = 'EntropyError';
  constructor(code: string, message: string, rule: string, value: unknown) {
    super(code, message, { field: 'entropy', rule, value });
  }
}

const DRAND = /^drand:quicknet:([1-9][0-9]{0,15}):(.*)$/;
const SIGNATURE = /^[0-9a-f]{96}$/;
const RANDOMNESS = /^[0-9a-fA-F]{64}$/;
export const WITNESS_ENTROPY = /^witness:([0-9a-f]{64})$/;
export const WITNESS_ID = /^[A-Z0-9]{2,16}$/;
export const REVEAL = /^[0-9a-f]{64}$/;
const DRAND_RULE = 'drand quicknet: the round signature verifies under the pinned key (spec §7.1)';
const WITNESS_RULE = 'witness entropy: the hash of the committed reveals (spec §7.1)';

/** The message quicknet signs for a round: SHA-256 of the round as 8 bytes big-endian. */
export const quicknetMessage = (round: number | bigint): Uint8Array => {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigUint64(0, BigInt(round));
  return sha256(bytes);
};

/** The beacon's randomness of a signature: hex SHA-256 of its 48 bytes. */
export const drandRandomness = (signatureHex: string): string =>
  toHex(sha256(fromHex(signatureHex)));

let publicKeyPoint: ReturnType<typeof bls12_381.G2.Point.fromBytes> | undefined;

/**
 * Verifies `signatureHex` as quicknet's signature of `round`; throws an EntropyError naming
 * the rule otherwise: not 96 lowercase hex (`ENTROPY.DRAND_FORMAT`), a bare 64-hex randomness
 * (`ENTROPY.DRAND_RANDOMNESS_NOT_SIGNATURE`), bytes that are no G1 point
 * (`ENTROPY.DRAND_POINT_INVALID`), a point that is not this round's signature: another
 * round's, or forged (`ENTROPY.DRAND_SIGNATURE_INVALID`).
 */
export const verifyQuicknet = (round: number, signatureHex: string, value = signatureHex): void => {
  if (RANDOMNESS.test(signatureHex))
    throw new EntropyError(
      'ENTROPY.DRAND_RANDOMNESS_NOT_SIGNATURE',
      `drand round ${round}: ${signatureHex} is 64 hex digits, a randomness value; the entropy is the round's signature (96 lowercase hex), which anyone can check against the beacon's key`,
      DRAND_RULE,
      value,
    );
  if (!SIGNATURE.test(signatureHex))
    throw new EntropyError(
      'ENTROPY.DRAND_FORMAT',
      `drand round ${round}: the signature must be 96 lowercase hex digits (a compressed G1 point), got ${signatureHex.length} characters`,
      DRAND_RULE,
      value,
    );
  const s = bls12_381.shortSignatures;
  let signature: ReturnType<typeof s.Signature.fromBytes>;
  try {
    signature = s.Signature.fromBytes(fromHex(signatureHex));
  } catch (e) {
    throw new EntropyError(
      'ENTROPY.DRAND_POINT_INVALID',
      `drand round ${round}: the signature is not a point of G1 (${(e as Error).message})`,
      DRAND_RULE,
      value,
    );
  }
  publicKeyPoint ??= bls12_381.G2.Point.fromBytes(fromHex(QUICKNET.publicKey));
  let ok = false;
  try {
    ok = s.verify(signature, s.hash(quicknetMessage(round), QUICKNET.dst), publicKeyPoint);
  } catch {
    ok = false;
  }
  if (!ok)
    throw new EntropyError(
      'ENTROPY.DRAND_SIGNATURE_INVALID',
      `drand round ${round}: the signature does not verify under the quicknet key for this round (another round's signature, or not the beacon's)`,
      DRAND_RULE,
      value,
    );
};

/** One witness of a commit–reveal: its id, the SHA-256 it committed, and its reveal if made. */
export interface WitnessReveal {
  id: string;
  commitment: string;
  reveal: string;
}

/** The SHA-256 a witness publishes of its secret: hex SHA-256 of the secret's ASCII text. */
export const witnessCommitment = (reveal: string): string => toHex(sha256(asciiBytes(reveal)));

/**
 * The entropy of a witnessed commit–reveal: `witness:` + hex SHA-256 of the text
 * `dr-witness/1\n` followed by one line `<id>\t<reveal>\n` per witness in committed order.
 * The order is the commitment's, never the order reveals arrived in.
 */
export const witnessEntropy = (witnesses: readonly { id: string; reveal: string }[]): string => {
  const text = `dr-witness/1\n${witnesses.map((w) => `${w.id}\t${w.reveal}\n`).join('')}`;
  return `witness:${toHex(sha256(asciiBytes(text)))}`;
};

/** Checks published reveals against their commitments and the entropy; throws naming the rule. */
export const verifyWitnessEntropy = (entropy: string, witnesses: unknown): void => {
  if (!WITNESS_ENTROPY.test(entropy))
    throw new EntropyError(
      'ENTROPY.WITNESS_FORMAT',
      `witness entropy must be witness:<64 lowercase hex>, got ${entropy.slice(0, 80)}`,
      WITNESS_RULE,
      entropy,
    );
  if (!Array.isArray(witnesses) || witnesses.length < 2)
    throw new EntropyError(
      'ENTROPY.WITNESS_REVEALS_MISSING',
      'witness entropy is checked with the reveals published with the bundle (witnesses: at least 2 of {id, commitment, reveal})',
      WITNESS_RULE,
      witnesses,
    );
  const list: WitnessReveal[] = witnesses.map((raw, i) => {
    const w = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const { id, commitment, reveal } = w;
    if (
      typeof id !== 'string' ||
      !WITNESS_ID.test(id) ||
      typeof commitment !== 'string' ||
      !REVEAL.test(commitment) ||
      typeof reveal !== 'string' ||
      !REVEAL.test(reveal)
    )
      throw new EntropyError(
        'ENTROPY.WITNESS_FORMAT',
        `witnesses[${i}] must be {id: 2–16 A–Z 0–9, commitment: 64 hex, reveal: 64 hex}`,
        WITNESS_RULE,
        raw,
      );
    if (witnessCommitment(reveal) !== commitment)
      throw new EntropyError(
        'ENTROPY.WITNESS_REVEAL_MISMATCH',
        `witnesses[${i}] (${id}): SHA-256 of the reveal is ${witnessCommitment(reveal)}, the commitment is ${commitment}`,
        WITNESS_RULE,
        raw,
      );
    return { id, commitment, reveal };
  });
  const expected = witnessEntropy(list);
  if (expected !== entropy)
    throw new EntropyError(
      'ENTROPY.WITNESS_ENTROPY_MISMATCH',
      `the reveals in committed order give ${expected}, the bundle says ${entropy}`,
      WITNESS_RULE,
      entropy,
    );
};

/** What a verifier established about a bundle's entropy. */
export interface EntropyCheck {
  source: 'drand' | 'witness' | 'opaque';
  /** one line for a person: what was checked, or that nothing could be */
  summary: string;
}

/**
 * Checks a bundle's entropy by its source (spec §7.1); `witnesses` is the bundle's
 * published reveals. Throws an EntropyError when a drand signature or the witness reveals do
 * not verify; other sources are reported as opaque.
 */
export const checkEntropy = (entropy: string, witnesses?: unknown): EntropyCheck => {
  if (entropy.startsWith('drand:')) {
    const m = DRAND.exec(entropy);
    if (!m)
      throw new EntropyError(
        'ENTROPY.DRAND_FORMAT',
        `drand entropy must be drand:quicknet:<round>:<signature, 96 lowercase hex>, got ${entropy.slice(0, 80)}`,
        DRAND_RULE,
        entropy,
      );
    const round = Number(m[1]);
    verifyQuicknet(round, m[2]!, entropy);
    return {
      source: 'drand',
      summary: `drand quicknet round ${round}: signature verified under the pinned key; randomness ${drandRandomness(m[2]!)}`,
    };
  }
  if (entropy.startsWith('witness:')) {
    verifyWitnessEntropy(entropy, witnesses);
    const ids = (witnesses as WitnessReveal[]).map((w) => `${w.id} ${w.commitment}`);
    return {
      source: 'witness',
      summary: `witnessed commit–reveal: every reveal matches its commitment and their hash is the entropy; compare the commitments with the published commitment: ${ids.join(', ')}`,
    };
  }
  return {
    source: 'opaque',
    summary: `entropy ${entropy.slice(0, 40)} is of no checkable source (spec §7.1): taken as given`,
  };
};
