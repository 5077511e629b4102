import {
  acceptEntropy,
  acceptWitnessEntropy,
  buildBundles,
  type Commitment,
  commitment,
  type DomainError,
  parseEntropySource,
  quicknetRoundAt,
  quicknetRoundTime,
  type Task,
} from '@double-random/domain';
import { witnessCommitment, witnessEntropy } from '@double-random/draw';
import { describe, expect, it } from 'vitest';
import { inspectors, jointTask, targets, task } from './fixtures';

const AT = '2026-03-02T01:00:00.000Z';
const ROUND = quicknetRoundAt(AT);
const WITNESSED = 'witness:2026-03-05:JJJC,STHJ';
const secretOf = (id: string) => witnessCommitment(`commitment test witness ${id}`);
const witnesses = ['JJJC', 'STHJ'].map((id) => ({
  witness: id,
  commitment: witnessCommitment(secretOf(id)),
}));

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

const committed = (source: string, at = AT, given = witnesses): Commitment => {
  const t = task({}, { entropySource: source });
  return commitment(t, digestsOf(t), source, at, given);
};

const refusal = (f: () => unknown): DomainError => {
  try {
    f();
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('expected a refusal');
};
const described = (e: DomainError) => ({ code: e.code, message: e.message, details: e.details });

describe('entropy sources', () => {
  it('reads drand rounds, witnesses and retired ceremonies, and refuses anything else by name', () => {
    expect(parseEntropySource('drand:quicknet:12')).toEqual({ kind: 'drand', round: 12 });
    expect(parseEntropySource(WITNESSED)).toEqual({
      kind: 'witness',
      revealBy: '2026-03-05',
      witnesses: ['JJJC', 'STHJ'],
    });
    expect(parseEntropySource('ceremony:2025-03-02')).toEqual({
      kind: 'ceremony',
      date: '2025-03-02',
    });
    for (const source of [
      'drand:quicknet:0',
      'xdrand:quicknet:1',
      'drand:quicknet:1x',
      'ceremony:x',
    ])
      expect(described(refusal(() => parseEntropySource(source)))).toEqual({
        code: 'COMMITMENT.SOURCE_INVALID',
        message: `entropy source ${source} is neither drand:quicknet:<round> nor witness:<YYYY-MM-DD>:<W1>,<W2>`,
        details: { field: 'entropySource', rule: 'declared entropy source', value: source },
      });
  });

  it('places rounds 3 s apart from genesis, and none before it', () => {
    expect(quicknetRoundTime(3)).toBe('2023-08-23T15:09:33.000Z');
    expect(quicknetRoundAt('2023-08-23T15:09:26.999Z')).toBe(0);
    expect(quicknetRoundAt('2023-08-23T15:09:33.000Z')).toBe(3);
  });
});

describe('commitment refusals', () => {
  it('refuses a source other than the declared one', () => {
    const t = task({}, { entropySource: `drand:quicknet:${ROUND + 1}` });
    const other = `drand:quicknet:${ROUND + 2}`;
    expect(described(refusal(() => commitment(t, digestsOf(t), other, AT)))).toEqual({
      code: 'COMMITMENT.SOURCE_MISMATCH',
      message: `entropy source ${other} differs from drand:quicknet:${ROUND + 1} declared by task ${t.id}`,
      details: { field: 'entropySource', rule: 'the declared source is used', value: other },
    });
  });

  it('refuses a drand round published at the commitment, and takes the next one', () => {
    const source = `drand:quicknet:${ROUND}`;
    expect(described(refusal(() => committed(source)))).toEqual({
      code: 'COMMITMENT.ENTROPY_NOT_FUTURE',
      message: `drand quicknet round ${ROUND} is already published at ${AT} (latest ${ROUND}); commit to a future round`,
      details: {
        field: 'entropySource',
        rule: 'entropy unknown at commitment (spec §7)',
        value: source,
      },
    });
    expect(committed(`drand:quicknet:${ROUND + 1}`).entropySource).toBe(
      `drand:quicknet:${ROUND + 1}`,
    );
  });

  it('refuses a retired ceremony source', () => {
    expect(refusal(() => committed('ceremony:2026-03-05')).code).toBe('ENTROPY.SOURCE_RETIRED');
  });

  it('refuses a reveal day before the commitment day (Shanghai), and takes that very day', () => {
    const early = 'witness:2026-03-01:JJJC,STHJ';
    expect(described(refusal(() => committed(early)))).toEqual({
      code: 'COMMITMENT.ENTROPY_NOT_FUTURE',
      message: 'the reveal day 2026-03-01 is before the commitment day 2026-03-02',
      details: {
        field: 'entropySource',
        rule: 'entropy unknown at commitment (spec §7)',
        value: early,
      },
    });
    expect(committed('witness:2026-03-02:JJJC,STHJ').witnesses).toHaveLength(2);
  });

  it('carries the witnesses’ hashes in the order the source names them', () => {
    const c = committed(WITNESSED, AT, [...witnesses].reverse());
    expect(c.witnesses).toEqual([
      { id: 'JJJC', commitment: witnesses[0]!.commitment },
      { id: 'STHJ', commitment: witnesses[1]!.commitment },
    ]);
    expect(committed(`drand:quicknet:${ROUND + 1}`)).not.toHaveProperty('witnesses');
  });

  it('refuses a commitment while a named witness has published no hash', () => {
    expect(described(refusal(() => committed(WITNESSED, AT, witnesses.slice(0, 1))))).toEqual({
      code: 'COMMITMENT.WITNESS_MISSING',
      message:
        "witness STHJ has published no SHA-256 for task 2026-SCJG-007; the commitment carries every witness's",
      details: { field: 'witnesses', rule: 'witnesses commit before the freeze', value: 'STHJ' },
    });
  });

  it("refuses participant digests that are not the task's participant draws", () => {
    const source = `drand:quicknet:${ROUND + 1}`;
    const t = { ...jointTask(), entropySource: source };
    const d = digestsOf(t);
    const e = refusal(() => commitment(t, { ...d, participants: [] }, source, AT, witnesses));
    expect(described(e)).toEqual({
      code: 'COMMITMENT.PARTICIPANTS_MISMATCH',
      message: `participant draws none differ from the task's ${d.participants.map((p) => p.drawId).join(', ')}`,
      details: { field: 'participants', rule: 'one draw per participating department', value: [] },
    });
    const c = commitment(t, d, source, AT, witnesses);
    expect(c.participants).toEqual(
      d.participants.map((p) => ({
        drawId: p.drawId,
        department: p.department,
        paramsDigest: p.digests.paramsDigest,
        rosterDigest: p.digests.rosterDigest,
      })),
    );
    expect(c.drawId).toBe(t.draws.find((x) => x.role === 'targets')!.drawId);
  });
});

describe('entropy refusals', () => {
  const drand = committed(`drand:quicknet:${ROUND + 1}`);
  const rule = 'entropy from the committed source, after the commitment (spec §7)';

  it('refuses entropy outside the draw alphabet or too long', () => {
    for (const value of ['', 'é', 'x'.repeat(257)])
      expect(described(refusal(() => acceptEntropy(drand, value, AT)))).toEqual({
        code: 'ENTROPY.FORMAT',
        message: 'entropy must be 1–256 ASCII characters 0x20–0x7E (spec §1)',
        details: { field: 'entropy', rule, value },
      });
  });

  it('refuses typed entropy for a witnessed task, and entropy from another source', () => {
    const witnessed = committed(WITNESSED);
    expect(described(refusal(() => acceptEntropy(witnessed, 'witness:abc', AT)))).toEqual({
      code: 'ENTROPY.WITNESS_ONLY',
      message: `task 2026-SCJG-007 takes its entropy from its witnesses' reveals (JJJC, STHJ); nobody types it`,
      details: { field: 'entropy', rule, value: 'witness:abc' },
    });
    const other = `drand:quicknet:${ROUND + 2}:00`;
    expect(described(refusal(() => acceptEntropy(drand, other, AT)))).toEqual({
      code: 'ENTROPY.SOURCE_MISMATCH',
      message: `entropy ${other.slice(0, 40)} is not from the committed source ${drand.entropySource}`,
      details: { field: 'entropy', rule, value: other },
    });
  });

  it('refuses a drand value that is no signature of the round', () => {
    const e = refusal(() => acceptEntropy(drand, `${drand.entropySource}:00`, AT));
    expect(e.name).toBe('ValidationError');
    expect(e.code.startsWith('ENTROPY.')).toBe(true);
  });
});

describe('witnessed entropy', () => {
  const c = committed(WITNESSED);
  const reveal = (witness: string, at = '2026-03-03T01:00:00.000Z') => ({
    taskId: c.taskId,
    witness,
    reveal: secretOf(witness),
    by: `${witness.toLowerCase()}-1`,
    at,
  });

  it('refuses a commitment that names no witnesses', () => {
    const drand = committed(`drand:quicknet:${ROUND + 1}`);
    expect(described(refusal(() => acceptWitnessEntropy(drand, [], AT)))).toEqual({
      code: 'ENTROPY.NOT_WITNESSED',
      message: `task 2026-SCJG-007 is committed to ${drand.entropySource}, not to witnesses`,
      details: {
        field: 'entropy',
        rule: 'entropy from the committed source, after the commitment (spec §7)',
        value: drand.entropySource,
      },
    });
  });

  it('waits for every reveal, then gives the entropy with the reveals in committed order', () => {
    expect(acceptWitnessEntropy(c, [reveal('STHJ')], AT)).toBeUndefined();
    const accepted = acceptWitnessEntropy(c, [reveal('STHJ'), reveal('JJJC')], AT);
    expect(accepted).toEqual({
      taskId: c.taskId,
      entropy: witnessEntropy(['JJJC', 'STHJ'].map((id) => ({ id, reveal: secretOf(id) }))),
      receivedAt: AT,
      reveals: ['JJJC', 'STHJ'].map((id) => ({
        id,
        commitment: witnessCommitment(secretOf(id)),
        reveal: secretOf(id),
      })),
    });
  });

  it('refuses a reveal made before the commitment, or after the reveal day', () => {
    const early = reveal('JJJC', '2026-03-02T00:59:59.999Z');
    expect(described(refusal(() => acceptWitnessEntropy(c, [early], AT)))).toEqual({
      code: 'ENTROPY.BEFORE_COMMITMENT',
      message: `witness JJJC revealed at ${early.at}, before the commitment at ${AT}`,
      details: {
        field: 'reveal',
        rule: 'reveals after the commitment (spec §7)',
        value: early.at,
      },
    });
    // the reveal day ends at midnight in Shanghai
    expect(
      acceptWitnessEntropy(c, [reveal('JJJC', '2026-03-05T15:59:59.999Z')], AT),
    ).toBeUndefined();
    expect(() =>
      acceptWitnessEntropy(c, [reveal('JJJC', '2026-03-05T16:00:00.000Z')], AT),
    ).toThrow();
  });

  it('ignores a reveal of someone the commitment does not name', () => {
    expect(acceptWitnessEntropy(c, [{ ...reveal('JJJC'), witness: 'GZC' }], AT)).toBeUndefined();
  });
});

describe('retired and mismatched sources', () => {
  const drand = committed(`drand:quicknet:${ROUND + 1}`);

  it('refuses a ceremony source by name, where it is committed and where entropy is typed', () => {
    const source = 'ceremony:2026-03-05';
    expect(refusal(() => committed(source)).details).toEqual({
      field: 'entropySource',
      rule: 'entropy nobody can choose (spec §7.1)',
      value: source,
    });
    const stored = { ...drand, entropySource: source };
    const typed = `${source}:42`;
    expect(described(refusal(() => acceptEntropy(stored, typed, AT)))).toEqual({
      code: 'ENTROPY.SOURCE_RETIRED',
      message: `${typed}: a ceremony value typed by the office is no longer accepted (whoever types it can try values until the draw suits); use witness:<YYYY-MM-DD>:<W1>,<W2> or drand:quicknet:<round> (docs/entropy.md)`,
      details: { field: 'entropy', rule: 'entropy nobody can choose (spec §7.1)', value: typed },
    });
  });

  it('reads a ceremony source only when it is the whole text', () => {
    for (const source of ['xceremony:2026-03-05', 'ceremony:2026-03-05x'])
      expect(refusal(() => parseEntropySource(source)).code).toBe('COMMITMENT.SOURCE_INVALID');
  });

  it('refuses witness reveals for a drand commitment even if it carried hashes', () => {
    const odd = { ...drand, witnesses: [{ id: 'JJJC', commitment: witnesses[0]!.commitment }] };
    expect(refusal(() => acceptWitnessEntropy(odd, [], AT)).code).toBe('ENTROPY.NOT_WITNESSED');
  });

  it('names the participant draws given when the task has none', () => {
    const t = task({}, { entropySource: `drand:quicknet:${ROUND + 1}` });
    const d = digestsOf(t);
    const joint = digestsOf({ ...jointTask(), entropySource: t.entropySource });
    const e = refusal(() =>
      commitment(t, { ...d, participants: joint.participants }, t.entropySource, AT),
    );
    expect(e.message).toBe(
      `participant draws ${joint.participants.map((p) => p.drawId).join(', ')} differ from the task's none`,
    );
  });
});
