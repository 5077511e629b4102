import {
  buildBundles,
  decideConflict,
  declareConflict,
  type Inspector,
  type ValidationError,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { inspector, inspectors, targets, task } from '../workflow/fixtures';

const ctx = { actor: 'u-scjg', now: '2026-03-01T02:00:00.000Z' };
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e as ValidationError;
  }
  throw new Error('expected a refusal');
};
const rosterConflicts = (all: Inspector[], id: string) =>
  buildBundles(task(), {
    freezeDate: '2026-03-02',
    targets: targets.filter((t) => t.department === 'SCJG'),
    inspectors: all,
    recentInspections: [],
  }).target.bundle.roster.find((m) => m.id === id)?.conflicts;

describe('recusal (回避) takes effect on the responsible official’s decision (《行政处罚法》第43条)', () => {
  const p1 = inspector('P1');
  const requested = declareConflict(
    p1,
    { targetId: 'T01', reason: '近亲属在该企业任职', declaredBy: 'enterprise' },
    ctx,
  ).inspector;

  it('a request alone keeps nobody out of a draw', () => {
    expect(requested.conflicts[0]).toMatchObject({ targetId: 'T01', status: 'requested' });
    const others = inspectors.filter((i) => i.id !== 'P1');
    expect(rosterConflicts([requested, ...others], 'P1')).toEqual([]);
  });

  it('approved by the official, it keeps the inspector out of draws over the target', () => {
    const decided = decideConflict(
      requested,
      'T01',
      { approved: true, by: '分管副局长 王某' },
      ctx,
    ).inspector;
    expect(decided.conflicts[0]).toMatchObject({
      status: 'approved',
      decision: { by: '分管副局长 王某', approved: true, at: ctx.now },
    });
    const others = inspectors.filter((i) => i.id !== 'P1');
    expect(rosterConflicts([decided, ...others], 'P1')).toEqual(['T01']);
    expect(decided.history.at(-1)?.changes[0]).toMatchObject({ to: { status: 'approved' } });
  });

  it('rejected, it stays on record and changes nothing; a decision is made once', () => {
    const rejected = decideConflict(
      requested,
      'T01',
      { approved: false, by: '局长 李某' },
      ctx,
    ).inspector;
    expect(rejected.conflicts[0]?.status).toBe('rejected');
    expect(
      refusal(() => decideConflict(rejected, 'T01', { approved: true, by: 'x' }, ctx)).code,
    ).toBe('INSPECTOR.CONFLICT_DECIDED');
    expect(
      refusal(() => decideConflict(requested, 'T99', { approved: true, by: 'x' }, ctx)).code,
    ).toBe('INSPECTOR.CONFLICT_NOT_FOUND');
  });

  it('a declaration carrying the decision already made takes effect at once', () => {
    const now = declareConflict(
      p1,
      {
        targetId: 'T02',
        reason: '曾在该企业任职',
        declaredBy: 'inspector',
        decision: { approved: true, by: '分管副局长 王某' },
      },
      ctx,
    ).inspector;
    expect(now.conflicts[0]).toMatchObject({ status: 'approved' });
  });
});
