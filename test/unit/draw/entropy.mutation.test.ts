import {
  checkEntropy,
  DrawError,
  EntropyError,
  verifyQuicknet,
  witnessCommitment,
  witnessEntropy,
} from '@double-random/draw';
import { describe, expect, it } from 'vitest';

/**
 * The entropy checks of spec dr-draw/1 §7.1, refusal by refusal: each names its code, the
 * field `entropy`, the rule and the value, and its message says what was wrong.
 */

/** drand's public vector of quicknet (spec §7.1). */
const ROUND = 657413;
const SIGNATURE =
  'b713718a38ae728dfd477991af2822e08d2f305e47718cef9f7848ce4050e7be41076862b98fad56e91a6b85b89cd97b';
const RANDOMNESS = 'fc1873a13f3545aeade8401532ef5519920652eee6b0d2b19ca12643b87b3587';
const DRAND_RULE = 'drand quicknet: the round signature verifies under the pinned key (spec §7.1)';
const WITNESS_RULE = 'witness entropy: the hash of the committed reveals (spec §7.1)';

const refusal = (f: () => unknown): EntropyError => {
  try {
    f();
  } catch (e) {
    if (e instanceof EntropyError) return e;
    throw e;
  }
  throw new Error('accepted');
};

describe('EntropyError', () => {
  it('is a DrawError named EntropyError, on the field entropy', () => {
    const e = new EntropyError('ENTROPY.X', 'message', 'a rule', 'v');
    expect(e).toBeInstanceOf(DrawError);
    expect(e.name).toBe('EntropyError');
    expect([e.code, e.kind, e.message]).toEqual(['ENTROPY.X', 'invalid', 'message']);
    expect(e.details).toEqual({ field: 'entropy', rule: 'a rule', value: 'v' });
  });
});

describe('verifyQuicknet refusals', () => {
  it('a bare randomness: names the round and the value, and says what is asked instead', () => {
    const e = refusal(() => verifyQuicknet(ROUND, RANDOMNESS));
    expect(e.code).toBe('ENTROPY.DRAND_RANDOMNESS_NOT_SIGNATURE');
    expect(e.details).toEqual({ field: 'entropy', rule: DRAND_RULE, value: RANDOMNESS });
    expect(e.message).toBe(
      `drand round ${ROUND}: ${RANDOMNESS} is 64 hex digits, a randomness value; the entropy is the round's signature (96 lowercase hex), which anyone can check against the beacon's key`,
    );
  });

  it('a wrong length: names the round and the length found', () => {
    const e = refusal(() => verifyQuicknet(ROUND, `${SIGNATURE}00`, 'the whole value'));
    expect(e.code).toBe('ENTROPY.DRAND_FORMAT');
    expect(e.details).toEqual({ field: 'entropy', rule: DRAND_RULE, value: 'the whole value' });
    expect(e.message).toBe(
      `drand round ${ROUND}: the signature must be 96 lowercase hex digits (a compressed G1 point), got 98 characters`,
    );
  });

  it('bytes that are no point: names the round and what the curve said', () => {
    const e = refusal(() => verifyQuicknet(ROUND, 'a'.repeat(96)));
    expect(e.code).toBe('ENTROPY.DRAND_POINT_INVALID');
    expect(e.details).toEqual({ field: 'entropy', rule: DRAND_RULE, value: 'a'.repeat(96) });
    expect(e.message).toMatch(
      new RegExp(`^drand round ${ROUND}: the signature is not a point of G1 \\(.+\\)$`),
    );
  });

  it("another round's signature: names the round", () => {
    const e = refusal(() => verifyQuicknet(ROUND + 1, SIGNATURE));
    expect(e.code).toBe('ENTROPY.DRAND_SIGNATURE_INVALID');
    expect(e.details).toEqual({ field: 'entropy', rule: DRAND_RULE, value: SIGNATURE });
    expect(e.message).toBe(
      `drand round ${ROUND + 1}: the signature does not verify under the quicknet key for this round (another round's signature, or not the beacon's)`,
    );
  });

  it('a round that is no whole number is no round: the signature never verifies for it', () => {
    // the message of such a round cannot even be built; that is a refusal, never a pass
    for (const round of [ROUND + 0.5, Number.NaN]) {
      const e = refusal(() => verifyQuicknet(round, SIGNATURE));
      expect(e.code).toBe('ENTROPY.DRAND_SIGNATURE_INVALID');
    }
  });
});

describe('checkEntropy of drand values', () => {
  it('refuses a malformed drand value, quoting at most its first 80 characters', () => {
    const long = `drand:mainnet:${ROUND}:${'x'.repeat(200)}`;
    const e = refusal(() => checkEntropy(long));
    expect(e.code).toBe('ENTROPY.DRAND_FORMAT');
    expect(e.details).toEqual({ field: 'entropy', rule: DRAND_RULE, value: long });
    expect(e.message).toBe(
      `drand entropy must be drand:quicknet:<round>:<signature, 96 lowercase hex>, got ${long.slice(0, 80)}`,
    );
  });

  it('passes the whole value as the refused value of a signature check', () => {
    const value = `drand:quicknet:${ROUND + 1}:${SIGNATURE}`;
    expect(refusal(() => checkEntropy(value)).details.value).toBe(value);
  });

  it('summarises a verified round with its randomness', () => {
    expect(checkEntropy(`drand:quicknet:${ROUND}:${SIGNATURE}`)).toEqual({
      source: 'drand',
      summary: `drand quicknet round ${ROUND}: signature verified under the pinned key; randomness ${RANDOMNESS}`,
    });
  });
});

const SECRETS = {
  SCJG: '1111111111111111111111111111111111111111111111111111111111111111',
  JJJC: '2222222222222222222222222222222222222222222222222222222222222222',
};
const two = (Object.keys(SECRETS) as (keyof typeof SECRETS)[]).map((id) => ({
  id,
  commitment: witnessCommitment(SECRETS[id]),
  reveal: SECRETS[id],
}));
const ENTROPY = witnessEntropy(two);

describe('checkEntropy of witnessed values', () => {
  it('takes two witnesses, the fewest a commit–reveal has, and lists their commitments', () => {
    expect(checkEntropy(ENTROPY, two)).toEqual({
      source: 'witness',
      summary: `witnessed commit–reveal: every reveal matches its commitment and their hash is the entropy; compare the commitments with the published commitment: SCJG ${two[0]!.commitment}, JJJC ${two[1]!.commitment}`,
    });
  });

  it('refuses a witness value not of the form witness:<64 lowercase hex>, quoting 80 characters', () => {
    for (const entropy of [
      ENTROPY.toUpperCase().replace('WITNESS:', 'witness:'),
      `${ENTROPY}0`,
      `witness:${'y'.repeat(120)}`,
    ]) {
      const e = refusal(() => checkEntropy(entropy, two));
      expect(e.code).toBe('ENTROPY.WITNESS_FORMAT');
      expect(e.details).toEqual({ field: 'entropy', rule: WITNESS_RULE, value: entropy });
      expect(e.message).toBe(
        `witness entropy must be witness:<64 lowercase hex>, got ${entropy.slice(0, 80)}`,
      );
    }
  });

  it('refuses fewer than two reveals, naming what is asked', () => {
    for (const witnesses of [undefined, [], two.slice(0, 1), { 0: two[0], length: 2 }]) {
      const e = refusal(() => checkEntropy(ENTROPY, witnesses));
      expect(e.code).toBe('ENTROPY.WITNESS_REVEALS_MISSING');
      expect(e.details).toEqual({ field: 'entropy', rule: WITNESS_RULE, value: witnesses });
      expect(e.message).toBe(
        'witness entropy is checked with the reveals published with the bundle (witnesses: at least 2 of {id, commitment, reveal})',
      );
    }
  });

  it('refuses each malformed field of a reveal, naming its index', () => {
    const [a, b] = two as [(typeof two)[0], (typeof two)[0]];
    // values that a loose check would let through: a number id reads as digits, an array
    // holding one hex string reads as that string
    const cases: unknown[] = [
      { ...b, id: 12 },
      { ...b, id: 'jjjc' },
      { ...b, id: undefined },
      { ...b, commitment: [b.commitment] },
      { ...b, commitment: b.commitment.toUpperCase() },
      { ...b, reveal: [b.reveal] },
      { ...b, reveal: `${b.reveal}0` },
      null,
      'JJJC',
    ];
    for (const raw of cases) {
      const e = refusal(() => checkEntropy(ENTROPY, [a, raw]));
      expect(e.code).toBe('ENTROPY.WITNESS_FORMAT');
      expect(e.details).toEqual({ field: 'entropy', rule: WITNESS_RULE, value: raw });
      expect(e.message).toBe(
        'witnesses[1] must be {id: 2–16 A–Z 0–9, commitment: 64 hex, reveal: 64 hex}',
      );
    }
    // the number id with the entropy of its digits: still refused for its type
    const digits = witnessEntropy([a, { ...b, id: '12' }]);
    expect(refusal(() => checkEntropy(digits, [a, { ...b, id: 12 }])).code).toBe(
      'ENTROPY.WITNESS_FORMAT',
    );
  });

  it('refuses a reveal that does not match its commitment, naming both hashes', () => {
    const [a, b] = two as [(typeof two)[0], (typeof two)[0]];
    const swapped = { ...b, reveal: SECRETS.SCJG };
    const e = refusal(() => checkEntropy(ENTROPY, [a, swapped]));
    expect(e.code).toBe('ENTROPY.WITNESS_REVEAL_MISMATCH');
    expect(e.details).toEqual({ field: 'entropy', rule: WITNESS_RULE, value: swapped });
    expect(e.message).toBe(
      `witnesses[1] (JJJC): SHA-256 of the reveal is ${a.commitment}, the commitment is ${b.commitment}`,
    );
  });

  it('refuses reveals that hash to another entropy, naming both', () => {
    const reversed = [...two].reverse();
    const e = refusal(() => checkEntropy(ENTROPY, reversed));
    expect(e.code).toBe('ENTROPY.WITNESS_ENTROPY_MISMATCH');
    expect(e.details).toEqual({ field: 'entropy', rule: WITNESS_RULE, value: ENTROPY });
    expect(e.message).toBe(
      `the reveals in committed order give ${witnessEntropy(reversed)}, the bundle says ${ENTROPY}`,
    );
  });
});

describe('checkEntropy of other values', () => {
  it('reports them as opaque, quoting at most their first 40 characters', () => {
    const value = `ceremony:2026-03-03:${'9'.repeat(60)}`;
    expect(checkEntropy(value)).toEqual({
      source: 'opaque',
      summary: `entropy ${value.slice(0, 40)} is of no checkable source (spec §7.1): taken as given`,
    });
  });
});
