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
const HEX = 'ab'.repeat(32);

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

  it('accepts a ceremony on the commitment day (Asia/Shanghai), refuses the day before', () => {
    expect(committed('ceremony:2026-03-02').entropySource).toBe('ceremony:2026-03-02');
    expect(() => committed('ceremony:2026-03-01')).toThrow(
      expect.objectContaining({ code: 'COMMITMENT.ENTROPY_NOT_FUTURE' }),
    );
  });

  it('refuses a source other than the declared one', () => {
    const t = task({}, { entropySource: 'ceremony:2026-03-05' });
    expect(() => commitment(t, digestsOf(t), 'ceremony:2026-03-06', AT)).toThrow(
      expect.objectContaining({ code: 'COMMITMENT.SOURCE_MISMATCH' }),
    );
  });

  it('commits each participant roster and params of a joint task', () => {
    const t: Task = { ...jointTask(), entropySource: 'ceremony:2026-03-05' };
    const c = commitment(t, digestsOf(t), 'ceremony:2026-03-05', AT);
    expect(c.participants.map((p) => p.drawId)).toEqual(['2026-SCJG-007.STHJ']);
    expect(() =>
      commitment(t, { ...digestsOf(t), participants: [] }, 'ceremony:2026-03-05', AT),
    ).toThrow(expect.objectContaining({ code: 'COMMITMENT.PARTICIPANTS_MISMATCH' }));
  });
});

describe('acceptEntropy', () => {
  const round = ROUND + 10;
  const c = committed(`drand:quicknet:${round}`);
  const after = quicknetRoundTime(round);

  it('accepts the committed round with 64 hex digits, at or after its time', () => {
    expect(acceptEntropy(c, `drand:quicknet:${round}:${HEX}`, after).entropy).toBe(
      `drand:quicknet:${round}:${HEX}`,
    );
  });

  it('refuses another round', () => {
    expect(() => acceptEntropy(c, `drand:quicknet:${round + 1}:${HEX}`, after)).toThrow(
      expect.objectContaining({ code: 'ENTROPY.SOURCE_MISMATCH' }),
    );
  });

  it('refuses a value that is not 64 lowercase hex digits', () => {
    expect(() => acceptEntropy(c, `drand:quicknet:${round}:${HEX.toUpperCase()}`, after)).toThrow(
      expect.objectContaining({ code: 'ENTROPY.FORMAT' }),
    );
    expect(() => acceptEntropy(c, `drand:quicknet:${round}:${HEX}0`, after)).toThrow(
      expect.objectContaining({ code: 'ENTROPY.FORMAT' }),
    );
  });

  it('refuses entropy received before the commitment', () => {
    expect(() =>
      acceptEntropy(c, `drand:quicknet:${round}:${HEX}`, '2026-03-02T00:59:59.999Z'),
    ).toThrow(expect.objectContaining({ code: 'ENTROPY.BEFORE_COMMITMENT' }));
  });

  it('refuses a round value received before the round exists', () => {
    const early = new Date(Date.parse(after) - 1).toISOString();
    expect(() => acceptEntropy(c, `drand:quicknet:${round}:${HEX}`, early)).toThrow(
      expect.objectContaining({ code: 'ENTROPY.BEFORE_ROUND' }),
    );
  });

  it('checks ceremony values: digits, the committed date, not before the ceremony day', () => {
    const cc = committed('ceremony:2026-03-03');
    expect(acceptEntropy(cc, 'ceremony:2026-03-03:90210', '2026-03-03T02:00:00Z').entropy).toBe(
      'ceremony:2026-03-03:90210',
    );
    expect(() => acceptEntropy(cc, 'ceremony:2026-03-03:9x', '2026-03-03T02:00:00Z')).toThrow(
      expect.objectContaining({ code: 'ENTROPY.FORMAT' }),
    );
    expect(() => acceptEntropy(cc, 'ceremony:2026-03-04:1', '2026-03-04T02:00:00Z')).toThrow(
      expect.objectContaining({ code: 'ENTROPY.SOURCE_MISMATCH' }),
    );
    // 2026-03-02T15:59Z is still 2 March in Shanghai
    expect(() => acceptEntropy(cc, 'ceremony:2026-03-03:1', '2026-03-02T15:59:00Z')).toThrow(
      expect.objectContaining({ code: 'ENTROPY.BEFORE_CEREMONY' }),
    );
  });

  it('refuses characters outside the entropy alphabet (spec §1)', () => {
    const cc = committed('ceremony:2026-03-03');
    expect(() => acceptEntropy(cc, 'ceremony:2026-03-03:１２', '2026-03-03T02:00:00Z')).toThrow(
      expect.objectContaining({ code: 'ENTROPY.FORMAT' }),
    );
  });
});
