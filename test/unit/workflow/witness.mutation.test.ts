import {
  type Actor,
  assertWitness,
  checkReveal,
  DomainError,
  MAX_WITNESSES,
  missingCommitments,
  parseWitnessSource,
  revealDeadline,
  revealTooLate,
  type WitnessCommitmentRecord,
  type WitnessRevealRecord,
  witnessView,
} from '@double-random/domain';
import { witnessCommitment } from '@double-random/draw';
import { describe, expect, it } from 'vitest';

/**
 * The rules of a witnessed commit–reveal (docs/entropy.md), one by one: every refusal names
 * its code, the field, the rule and the value, and the public view seals reveals until all
 * are in.
 */

const TASK = '2026-SCJG-007';
const refusal = (f: () => unknown): DomainError => {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('accepted');
};

describe('parseWitnessSource', () => {
  it('refuses a source with one witness, naming the field, the rule and the source', () => {
    const source = 'witness:2026-03-03:JJJC';
    const e = refusal(() => parseWitnessSource(source));
    expect(e.code).toBe('TASK.WITNESSES_INVALID');
    expect(e.kind).toBe('invalid');
    expect(e.details).toEqual({
      field: 'entropySource',
      rule: 'at least two witnesses outside the office',
      value: source,
    });
    expect(e.message).toBe(
      `entropy source ${source} is not witness:<YYYY-MM-DD>:<W1>,<W2>[,…] with at least two witnesses`,
    );
    // the caller may name the field the source came in
    expect(refusal(() => parseWitnessSource(source, 'input.entropySource')).details.field).toBe(
      'input.entropySource',
    );
  });

  it('refuses a repeated witness, naming the list', () => {
    const source = 'witness:2026-03-03:JJJC,STHJ,JJJC';
    const e = refusal(() => parseWitnessSource(source));
    expect(e.code).toBe('TASK.WITNESSES_INVALID');
    expect(e.details).toEqual({
      field: 'entropySource',
      rule: 'at least two distinct witnesses',
      value: ['JJJC', 'STHJ', 'JJJC'],
    });
    expect(e.message).toBe(
      `entropy source ${source}: witnesses must be 2–${MAX_WITNESSES} distinct ids`,
    );
  });

  it('takes up to nine witnesses, and refuses a tenth', () => {
    const ids = Array.from({ length: 10 }, (_, i) => `W${i}`);
    expect(MAX_WITNESSES).toBe(9);
    expect(parseWitnessSource(`witness:2026-03-03:${ids.slice(0, 9).join(',')}`)).toEqual({
      kind: 'witness',
      revealBy: '2026-03-03',
      witnesses: ids.slice(0, 9),
    });
    const e = refusal(() => parseWitnessSource(`witness:2026-03-03:${ids.join(',')}`));
    expect(e.code).toBe('TASK.WITNESSES_INVALID');
    expect(e.details.value).toEqual(ids);
  });
});

describe('assertWitness', () => {
  it('refuses the office, naming the witness it tried to act as', () => {
    const office: Actor = { sub: 'office-1', roles: ['office', 'witness:JJJC'] };
    const e = refusal(() => assertWitness(office, 'JJJC'));
    expect(e.code).toBe('WITNESS.OFFICE_NOT_WITNESS');
    expect(e.kind).toBe('forbidden');
    expect(e.details).toEqual({
      field: 'witness',
      rule: 'witnesses are outside the office',
      value: 'JJJC',
    });
    expect(e.message).toBe(
      'office-1 belongs to the joint-meeting office, which is never a witness of its own draws',
    );
  });

  it('refuses another witness or department, naming the groups that may act', () => {
    const sthj: Actor = { sub: 'sthj-1', roles: ['dept:STHJ'] };
    const e = refusal(() => assertWitness(sthj, 'JJJC'));
    expect(e.code).toBe('WITNESS.NOT_THIS_WITNESS');
    expect(e.kind).toBe('forbidden');
    expect(e.details).toEqual({
      field: 'witness',
      rule: 'a witness acts only for itself',
      value: 'JJJC',
    });
    expect(e.message).toBe(
      'sthj-1 may not act as witness JJJC: only holders of witness:JJJC (or dept:JJJC) may',
    );
    expect(() => assertWitness(sthj, 'STHJ')).not.toThrow();
    expect(() => assertWitness({ sub: 'j', roles: ['witness:JJJC'] }, 'JJJC')).not.toThrow();
  });
});

describe('checkReveal', () => {
  it('refuses a reveal that does not hash to the commitment, naming both hashes', () => {
    const secret = 'ab'.repeat(32);
    const other = 'cd'.repeat(32);
    const committed = witnessCommitment(secret);
    expect(() => checkReveal('JJJC', committed, secret)).not.toThrow();
    const e = refusal(() => checkReveal('JJJC', committed, other));
    expect(e.code).toBe('WITNESS.REVEAL_MISMATCH');
    expect(e.kind).toBe('invalid');
    expect(e.details).toEqual({
      field: 'reveal',
      rule: 'a reveal matches its committed SHA-256',
      value: other,
    });
    expect(e.message).toBe(
      `the reveal of witness JJJC hashes to ${witnessCommitment(other)}, but JJJC committed ${committed}`,
    );
  });
});

const commitmentOf = (witness: string, at: string): WitnessCommitmentRecord => ({
  taskId: TASK,
  witness,
  commitment: witnessCommitment(
    witness
      .toLowerCase()
      .padEnd(64, '0')
      .replace(/[^0-9a-f]/g, '1'),
  ),
  by: `${witness}-1`,
  at,
});
const revealOf = (witness: string, at: string): WitnessRevealRecord => ({
  taskId: TASK,
  witness,
  reveal: witness
    .toLowerCase()
    .padEnd(64, '0')
    .replace(/[^0-9a-f]/g, '1'),
  by: `${witness}-1`,
  at,
});

describe('missingCommitments', () => {
  it('lists the named witnesses without a commitment, in the named order', () => {
    const jjjc = commitmentOf('JJJC', '2026-03-01T00:00:00.000Z');
    expect(missingCommitments(['STHJ', 'JJJC', 'NOTARY'], [jjjc])).toEqual(['STHJ', 'NOTARY']);
    expect(missingCommitments(['STHJ', 'JJJC'], [])).toEqual(['STHJ', 'JJJC']);
  });
});

describe('revealTooLate', () => {
  it('names the witness, the instant and the closed reveal day', () => {
    const now = '2026-03-03T16:00:00.001Z';
    const e = revealTooLate('JJJC', '2026-03-03', now);
    expect(e.code).toBe('WITNESS.REVEAL_LATE');
    expect(e.kind).toBe('conflict');
    expect(e.details).toEqual({
      field: 'reveal',
      rule: 'reveals close at the end of the reveal day',
      value: now,
    });
    expect(e.message).toBe(
      `witness JJJC reveals at ${now}, after the reveal day 2026-03-03 (Asia/Shanghai) closed`,
    );
  });
});

describe('witnessView', () => {
  const source = {
    kind: 'witness' as const,
    revealBy: '2026-03-03',
    witnesses: ['STHJ', 'JJJC', 'NOTARY'],
  };
  const closesAt = revealDeadline('2026-03-03');

  it('shows each witness its own hash and time, and null where none was published', () => {
    // the store lists them in another order than the source names them
    const commitments = [
      commitmentOf('NOTARY', '2026-03-01T03:00:00.000Z'),
      commitmentOf('STHJ', '2026-03-01T01:00:00.000Z'),
    ];
    const reveals = [revealOf('STHJ', '2026-03-03T02:00:00.000Z')];
    const view = witnessView(source, commitments, reveals, '2026-03-03T03:00:00.000Z');
    expect(view).toEqual({
      revealBy: '2026-03-03',
      closesAt: '2026-03-03T15:59:59.999Z',
      status: 'collecting',
      witnesses: [
        {
          id: 'STHJ',
          commitment: commitments[1]!.commitment,
          committedAt: '2026-03-01T01:00:00.000Z',
          revealed: true,
          revealedAt: '2026-03-03T02:00:00.000Z',
          withheld: false,
        },
        {
          id: 'JJJC',
          commitment: null,
          committedAt: null,
          revealed: false,
          withheld: false,
        },
        {
          id: 'NOTARY',
          commitment: commitments[0]!.commitment,
          committedAt: '2026-03-01T03:00:00.000Z',
          revealed: false,
          withheld: false,
        },
      ],
    });
  });

  it('keeps two of three reveals sealed: complete only when every named witness revealed', () => {
    const at = '2026-03-03T02:00:00.000Z';
    const two = [revealOf('STHJ', at), revealOf('JJJC', at)];
    const view = witnessView(source, [], two, at);
    expect(view.status).toBe('collecting');
    expect(view.witnesses.map((w) => w.reveal)).toEqual([undefined, undefined, undefined]);
    const all = witnessView(source, [], [...two, revealOf('NOTARY', at)], at);
    expect(all.status).toBe('complete');
    expect(all.witnesses.map((w) => w.reveal)).toEqual(
      ['STHJ', 'JJJC', 'NOTARY'].map((w) => revealOf(w, at).reveal),
    );
  });

  it('is still collecting at the last millisecond of the reveal day, withheld one after', () => {
    const one = [revealOf('STHJ', '2026-03-03T02:00:00.000Z')];
    const last = witnessView(source, [], one, closesAt);
    expect(last.status).toBe('collecting');
    expect(last.witnesses.map((w) => w.withheld)).toEqual([false, false, false]);
    const after = witnessView(source, [], one, '2026-03-03T16:00:00.000Z');
    expect(after.status).toBe('withheld');
    expect(after.witnesses.map((w) => w.withheld)).toEqual([false, true, true]);
  });
});
