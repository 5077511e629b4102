import {
  buildBundles,
  buildParticipantBundle,
  DomainError,
  drawExpertise,
  type FreezeSnapshot,
  newTask,
  sharedWithParticipants,
  type Task,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import {
  createInput,
  inspector,
  inspectors,
  item,
  items,
  jointTask,
  NOW,
  plan,
  plannedTask,
  target,
  targets,
  task,
} from './fixtures';

const scjgOnly = targets.filter((t) => t.department === 'SCJG');
const snapshot = (over: Partial<FreezeSnapshot> = {}): FreezeSnapshot => ({
  freezeDate: '2026-03-02',
  targets: scjgOnly,
  inspectors,
  recentInspections: [],
  ...over,
});

/** The refusal `f` throws: its code, message and details (the user-facing contract). */
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, message: e.message, details: e.details };
    throw e;
  }
  throw new Error('no refusal');
};

const poolIds = (t: Task, s: FreezeSnapshot) =>
  buildBundles(t, s).target.bundle.pool.map((p) => p.id);

describe('buildBundles: the freeze date', () => {
  it('refuses anything but YYYY-MM-DD, naming the date', () => {
    expect(refusal(() => buildBundles(task(), snapshot({ freezeDate: '2026-03-02T00' })))).toEqual({
      code: 'FREEZE.DATE_INVALID',
      message: 'freeze date 2026-03-02T00 is not YYYY-MM-DD',
      details: { field: 'freezeDate', rule: 'calendar date', value: '2026-03-02T00' },
    });
    for (const freezeDate of ['x2026-03-02', '12026-03-02', '2026-03-021'])
      expect(refusal(() => buildBundles(task(), snapshot({ freezeDate }))).code).toBe(
        'FREEZE.DATE_INVALID',
      );
  });
});

describe('buildBundles: the target draw comes first', () => {
  it('refuses a task whose first draw is not the target draw', () => {
    const t = jointTask();
    const swapped = { ...t, draws: [t.draws[1]!, t.draws[0]!] };
    expect(refusal(() => buildBundles(swapped, snapshot()))).toEqual({
      code: 'FREEZE.NO_TARGET_DRAW',
      message: 'task 2026-SCJG-007 has no target draw',
      details: {
        field: 'draws',
        rule: 'the first draw of a task draws targets',
        value: swapped.draws,
      },
    });
  });

  it('refuses a task with no draw at all', () => {
    expect(refusal(() => buildBundles({ ...task(), draws: [] }, snapshot())).code).toBe(
      'FREEZE.NO_TARGET_DRAW',
    );
  });
});

describe('buildBundles: recently inspected targets (重复检查)', () => {
  const window = task({ excludeInspectedWithinDays: 30 });

  it('excludes an inspection on the freeze day itself (age 0)', () => {
    const out = buildBundles(
      window,
      snapshot({
        targets: [target('X1', 'A'), target('X2', 'A')],
        recentInspections: [{ targetId: 'X1', item: 'SCJG-FOOD', date: '2026-03-02' }],
      }),
    );
    expect(out.target.bundle.pool.map((p) => p.id)).toEqual(['X2']);
    expect(out.excluded).toEqual([{ targetId: 'X1', reason: 'recently-inspected' }]);
  });

  it('does not exclude an inspection dated after the freeze day', () => {
    expect(
      poolIds(
        window,
        snapshot({
          targets: [target('X1', 'A')],
          recentInspections: [{ targetId: 'X1', item: 'SCJG-FOOD', date: '2026-03-03' }],
        }),
      ),
    ).toEqual(['X1']);
  });
});

describe('buildBundles: one plain ratio (stratum all)', () => {
  it('puts every active target in scope into the stratum all, whatever its risk class', () => {
    const t = task({ strata: [{ key: 'all', ratioBp: 1000 }] }, { reserves: {} });
    const out = buildBundles(
      t,
      snapshot({ targets: [target('X1', 'A'), target('X2', 'B'), target('X3', 'D')] }),
    );
    expect(out.target.bundle.pool).toEqual([
      { id: 'X1', stratum: 'all', unit: 'U1' },
      { id: 'X2', stratum: 'all', unit: 'U2' },
      { id: 'X3', stratum: 'all', unit: 'U0' },
    ]);
  });
});

describe('buildBundles: refusals name the rule and the values', () => {
  it('an empty pool: says how many targets were left out and why', () => {
    expect(
      refusal(() =>
        buildBundles(
          task(),
          snapshot({ targets: [target('X1', 'B'), target('X2', 'A', { status: 'inactive' })] }),
        ),
      ),
    ).toEqual({
      code: 'FREEZE.EMPTY_POOL',
      message:
        'task 2026-SCJG-007 has no target to draw: 2 left out (inactive, out of scope, recently inspected or, in a joint task, not regulated by every participant)',
      details: { field: 'pool', rule: 'a draw needs targets', value: 0 },
    });
  });

  it('a roster smaller than the team (《行政处罚法》第42条)', () => {
    expect(
      refusal(() => buildBundles(task(), snapshot({ inspectors: [inspector('P1')] }))),
    ).toEqual({
      code: 'FREEZE.ROSTER_TOO_SMALL',
      message:
        'draw 2026-SCJG-007 has 1 eligible inspectors (active, certified on 2026-03-02, qualified SCJG-FOOD); a team needs 2',
      details: {
        field: 'roster',
        rule: '≥ 2 enforcement officers (《行政处罚法》第42条)',
        value: 1,
      },
    });
  });
});

describe('a joint task narrowed to the subjects every participant regulates', () => {
  const AJ_ITEM = item('AJ', 'AJ-SAFE');
  const threeWay = () =>
    newTask(
      plan([
        plannedTask({
          items: ['SCJG-FOOD', 'STHJ-EMIT', 'AJ-SAFE'],
          participants: ['STHJ', 'AJ'],
          joint: true,
        }),
      ]),
      [...items, AJ_ITEM],
      createInput(),
      NOW,
    );

  it('keeps only ids active in each participant’s directory, not in one of them', () => {
    const shared = sharedWithParticipants(threeWay(), [
      target('X1', 'A', { department: 'STHJ' }),
      target('X2', 'A', { department: 'STHJ' }),
      target('X1', 'A', { department: 'AJ' }),
      target('X3', 'A', { department: 'AJ' }),
    ]);
    expect([...(shared ?? [])]).toEqual(['X1']);
  });

  it('counts only the participant’s own active targets', () => {
    const shared = sharedWithParticipants(jointTask(), [
      target('X1', 'A', { department: 'STHJ' }),
      target('X2', 'A', { department: 'STHJ', status: 'inactive' }),
      target('X3', 'A', { department: 'AJ' }),
    ]);
    expect([...(shared ?? [])]).toEqual(['X1']);
  });

  it('draws participant teams within their own department, without jurisdiction units', () => {
    const t = jointTask();
    expect(t.crossUnit).toBe(true);
    const b = buildParticipantBundle(t, 'STHJ', ['T01'], []);
    expect(b.params).toEqual({
      team: 2,
      qualification: 'STHJ-EMIT',
      cap: 0,
      crossUnit: false,
      strata: [{ key: 'joint', ratioBp: 10000, reserve: 0 }],
    });
    expect(b.pool).toEqual([{ id: 'T01', stratum: 'joint', unit: '' }]);
  });

  it('refuses the initiator as a participant, naming the department', () => {
    expect(refusal(() => buildParticipantBundle(jointTask(), 'SCJG', [], []))).toEqual({
      code: 'FREEZE.NOT_A_PARTICIPANT',
      message: 'SCJG is not a participating department of task 2026-SCJG-007',
      details: { field: 'department', rule: 'participants of the task', value: 'SCJG' },
    });
  });
});

describe('drawExpertise: the 业务专长 a draw’s items call for (二(三))', () => {
  it('takes the expertise of the draw’s department’s items on its qualification only', () => {
    const t: Pick<Task, 'items'> = {
      items: [
        { code: 'SCJG-FOOD', department: 'SCJG', qualification: 'Q1', expertise: ['食品', '检验'] },
        { code: 'SCJG-ADS', department: 'SCJG', qualification: 'Q2', expertise: ['广告'] },
        { code: 'STHJ-EMIT', department: 'STHJ', qualification: 'Q1', expertise: ['环保'] },
        { code: 'SCJG-DRUG', department: 'SCJG', qualification: 'Q1', expertise: ['食品'] },
      ],
    };
    expect(
      drawExpertise(t, { drawId: 'D', department: 'SCJG', role: 'targets', qualification: 'Q1' }),
    ).toEqual(['食品', '检验']);
  });
});
