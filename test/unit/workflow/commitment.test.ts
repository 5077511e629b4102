import {
  acceptEntropy,
  buildBundles,
  type Commitment,
  commitment,
  quicknetRoundAt,
  quicknetRoundTime,
  type Task,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { inspectors, jointTask, targets, task } from './fixtures';

const AT = '2026-03-02T01:00:00.000Z';
const ROUND = quicknetRoundAt(AT);

const digestsOf = (t: Task) => {
  const f = buildBundles(t, {
    freezeDate: '2026-03-02',
    targets,
    inspectors,
    recentInspections: [],
  });
  return {
    target: f.target.digests,
    participants: f.participants.map((p) => ({
      drawId: p.draw.drawId,
      department: p.draw.department,
      digests: p.digests,
    })),
  };
};

const committed = (source: string, at = AT): Commitment => {
  const t = task({}, { entropySource: source });
  return commitment(t, digestsOf(t), source, at);
};

describe('quicknet rounds', () => {
  it('round 1 is at genesis and rounds follow every 3 s', () => {
    expect(quicknetRoundTime(1)).toBe('2023-08-23T15:09:27.000Z');
    expect(quicknetRoundAt('2023-08-23T15:09:27.000Z')).toBe(1);
    expect(quicknetRoundAt('2023-08-23T15:09:29.999Z')).toBe(1);
    expect(quicknetRoundAt('2023-08-23T15:09:30.000Z')).toBe(2);
  });
});

describe('commitment', () => {
  it('records digests and the source of a future round', () => {
    const c = committed(`drand:quicknet:${ROUND + 1}`);
    expect(c.taskId).toBe('2026-SCJG-007');
    expect(c.poolDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(c.participants).toEqual([]);
  });

  it('refuses the round already published at commitment time', () => {
    expect(() => committed(`drand:quicknet:${ROUND}`)).toThrow(
      expect.objectContaining({ code: 'COMMITMENT.ENTROPY_NOT_FUTURE' }),
    );
  });

  it('refuses a new ceremony commitment: a typed value is retired', () => {
    expect(() => committed('ceremony:2026-03-02')).toThrow(
      expect.objectContaining({ code: 'ENTROPY.SOURCE_RETIRED' }),
    );
  });

  it('carries the witnesses hashes in the order the source names them', () => {
    const source = 'witness:2026-03-02:JJJC,STHJ';
    const t = task({}, { entropySource: source });
    const hashes = [
      { witness: 'STHJ', commitment: 'aa'.repeat(32) },
      { witness: 'JJJC', commitment: 'bb'.repeat(32) },
    ];
    expect(commitment(t, digestsOf(t), source, AT, hashes).witnesses).toEqual([
      { id: 'JJJC', commitment: 'bb'.repeat(32) },
      { id: 'STHJ', commitment: 'aa'.repeat(32) },
    ]);
    expect(() => commitment(t, digestsOf(t), source, AT, hashes.slice(0, 1))).toThrow(
      expect.objectContaining({ code: 'COMMITMENT.WITNESS_MISSING' }),
    );
    // the reveal day must not be before the commitment day (Asia/Shanghai)
    const past = 'witness:2026-03-01:JJJC,STHJ';
    const tp = task({}, { entropySource: past });
    expect(() => commitment(tp, digestsOf(tp), past, AT, hashes)).toThrow(
      expect.objectContaining({ code: 'COMMITMENT.ENTROPY_NOT_FUTURE' }),
    );
  });

  it('refuses a source other than the declared one', () => {
    const t = task({}, { entropySource: `drand:quicknet:${ROUND + 5}` });
    expect(() => commitment(t, digestsOf(t), `drand:quicknet:${ROUND + 6}`, AT)).toThrow(
      expect.objectContaining({ code: 'COMMITMENT.SOURCE_MISMATCH' }),
    );
  });

  it('commits each participant roster and params of a joint task', () => {
    const source = `drand:quicknet:${ROUND + 5}`;
    const t: Task = { ...jointTask(), entropySource: source };
    const c = commitment(t, digestsOf(t), source, AT);
    expect(c.participants.map((p) => p.drawId)).toEqual(['2026-SCJG-007.STHJ']);
    expect(() => commitment(t, { ...digestsOf(t), participants: [] }, source, AT)).toThrow(
      expect.objectContaining({ code: 'COMMITMENT.PARTICIPANTS_MISMATCH' }),
    );
  });
});

/** drand's public quicknet vector (spec §7.1), committed an hour before its round. */
const VECTOR_ROUND = 657413;
const SIGNATURE =
  'b713718a38ae728dfd477991af2822e08d2f305e47718cef9f7848ce4050e7be41076862b98fad56e91a6b85b89cd97b';
const RANDOMNESS = 'fc1873a13f3545aeade8401532ef5519920652eee6b0d2b19ca12643b87b3587';

describe('acceptEntropy', () => {
  const round = VECTOR_ROUND;
  const after = quicknetRoundTime(round);
  const c = committed(
    `drand:quicknet:${round}`,
    new Date(Date.parse(after) - 3600_000).toISOString(),
  );
  const value = `drand:quicknet:${round}:${SIGNATURE}`;

  it("accepts the committed round's signature, verified under the pinned key, at or after its time", () => {
    expect(acceptEntropy(c, value, after).entropy).toBe(value);
  });

  it('refuses another round in the value', () => {
    expect(() => acceptEntropy(c, `drand:quicknet:${round + 1}:${SIGNATURE}`, after)).toThrow(
      expect.objectContaining({ code: 'ENTROPY.SOURCE_MISMATCH' }),
    );
  });

  it("refuses another round's signature, a bare randomness, a malformed point, wrong length or case", () => {
    const other = committed(`drand:quicknet:${round + 1}`, c.at);
    expect(() =>
      acceptEntropy(
        other,
        `drand:quicknet:${round + 1}:${SIGNATURE}`,
        quicknetRoundTime(round + 1),
      ),
    ).toThrow(expect.objectContaining({ code: 'ENTROPY.DRAND_SIGNATURE_INVALID' }));
    for (const [v, code] of [
      [RANDOMNESS, 'ENTROPY.DRAND_RANDOMNESS_NOT_SIGNATURE'],
      ['ab'.repeat(32), 'ENTROPY.DRAND_RANDOMNESS_NOT_SIGNATURE'],
      ['a'.repeat(96), 'ENTROPY.DRAND_POINT_INVALID'],
      [SIGNATURE.toUpperCase(), 'ENTROPY.DRAND_FORMAT'],
      [`${SIGNATURE}0`, 'ENTROPY.DRAND_FORMAT'],
    ])
      expect(() => acceptEntropy(c, `drand:quicknet:${round}:${v}`, after)).toThrow(
        expect.objectContaining({ code, kind: 'invalid' }),
      );
  });

  it('refuses entropy received before the commitment', () => {
    expect(() => acceptEntropy(c, value, new Date(Date.parse(c.at) - 1).toISOString())).toThrow(
      expect.objectContaining({ code: 'ENTROPY.BEFORE_COMMITMENT' }),
    );
  });

  it('refuses a round value received before the round exists', () => {
    const early = new Date(Date.parse(after) - 1).toISOString();
    expect(() => acceptEntropy(c, value, early)).toThrow(
      expect.objectContaining({ code: 'ENTROPY.BEFORE_ROUND' }),
    );
  });

  it('refuses any typed value for a witnessed task, and ceremony values', () => {
    const source = 'witness:2026-03-03:JJJC,STHJ';
    const t = task({}, { entropySource: source });
    const cw = commitment(t, digestsOf(t), source, AT, [
      { witness: 'STHJ', commitment: 'aa'.repeat(32) },
      { witness: 'JJJC', commitment: 'bb'.repeat(32) },
    ]);
    expect(() => acceptEntropy(cw, `witness:${'cd'.repeat(32)}`, '2026-03-03T02:00:00Z')).toThrow(
      expect.objectContaining({ code: 'ENTROPY.WITNESS_ONLY' }),
    );
    const old: Commitment = { ...cw, entropySource: 'ceremony:2026-03-03', witnesses: undefined };
    expect(() => acceptEntropy(old, 'ceremony:2026-03-03:90210', '2026-03-03T02:00:00Z')).toThrow(
      expect.objectContaining({ code: 'ENTROPY.SOURCE_RETIRED' }),
    );
  });

  it('refuses characters outside the entropy alphabet (spec §1)', () => {
    expect(() => acceptEntropy(c, `drand:quicknet:${round}:１２`, after)).toThrow(
      expect.objectContaining({ code: 'ENTROPY.FORMAT' }),
    );
  });
});
