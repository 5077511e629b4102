export {
  type DrawBundle,
  type DrawParams,
  type ParseBundleOptions,
  type PoolRecord,
  parseBundle,
  type RosterMember,
  SPEC,
  type StratumParams,
} from './bundle';
export {
  byteOrder,
  type CanonicalTexts,
  canonicalTexts,
  type Digests,
  digests,
  paramsText,
  rosterText,
} from './canonical';
export { type DrawOptions, runDraw } from './draw';
export {
  checkEntropy,
  drandRandomness,
  type EntropyCheck,
  EntropyError,
  QUICKNET,
  quicknetMessage,
  REVEAL,
  verifyQuicknet,
  verifyWitnessEntropy,
  WITNESS_ENTROPY,
  WITNESS_ID,
  type WitnessReveal,
  witnessCommitment,
  witnessEntropy,
} from './entropy';
export { BundleError, DrawError, ResultError } from './errors';
export { asciiBytes, fromHex, nobleSha256Fn, type Sha256, toHex } from './hash';
export {
  type Assignment,
  type AssignmentStatus,
  type DrawResult,
  parseResult,
  resultBytes,
  resultDigest,
  resultText,
  type StratumResult,
} from './result';
export { below, stream, subSeed, type WordStream } from './stream';
export {
  firstDifference,
  type Inclusion,
  inclusion,
  type Verification,
  verifyDraw,
} from './verify';
