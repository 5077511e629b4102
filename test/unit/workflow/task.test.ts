import {
  advanceStage,
  canAdvance,
  DomainError,
  failTask,
  newTask,
  STAGE_TRANSITIONS,
  TASK_STAGES,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { createInput, item, items, jointTask, NOW, plan, plannedTask, task } from './fixtures';

const codeOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  throw new Error('no error thrown');
};

describe('newTask', () => {
  it('takes the planned task id, strata with reserves, and one target draw', () => {
    const t = task();
    expect(t.id).toBe('2026-SCJG-007');
    expect(t.stage).toBe('Created');
    expect(t.strata).toEqual([
      { key: 'risk:A', ratioBp: 500, reserve: 2 },
      { key: 'risk:D', ratioBp: 2000, reserve: 1 },
    ]);
    expect(t.draws).toEqual([
      { drawId: '2026-SCJG-007', department: 'SCJG', role: 'targets', qualification: 'SCJG-FOOD' },
    ]);
  });

  it('gives a joint task one participant draw per department, id <taskId>.<DEPT>', () => {
    const t = jointTask();
    expect(t.draws.map((d) => [d.drawId, d.qualification])).toEqual([
      ['2026-SCJG-007', 'SCJG-FOOD'],
      ['2026-SCJG-007.STHJ', 'STHJ-EMIT'],
    ]);
    expect(t.items.map((i) => i.department)).toEqual(['SCJG', 'STHJ']);
  });

  it('refuses a plan that is not approved', () => {
    expect(codeOf(() => newTask(plan(undefined, 'filed'), items, createInput(), NOW))).toBe(
      'TASK.PLAN_NOT_APPROVED',
    );
  });

  it('accepts a published plan', () => {
    expect(newTask(plan(undefined, 'published'), items, createInput(), NOW).stage).toBe('Created');
  });

  it('refuses a task number the plan does not have', () => {
    expect(codeOf(() => newTask(plan(), items, createInput({ seq: 8 }), NOW))).toBe(
      'TASK.NOT_PLANNED',
    );
  });

  it('refuses an item no longer on the list (清单之外无检查)', () => {
    const p = plan([plannedTask({ items: ['SCJG-GONE'] })]);
    expect(codeOf(() => newTask(p, items, createInput(), NOW))).toBe('TASK.ITEM_NOT_LISTED');
  });

  it('refuses an item deactivated since the plan was approved', () => {
    const inactive = { ...item('SCJG', 'SCJG-FOOD'), status: 'inactive' as const };
    expect(codeOf(() => newTask(plan(), [inactive], createInput(), NOW))).toBe(
      'TASK.ITEM_INACTIVE',
    );
  });

  it('refuses a team of one, accepts two', () => {
    expect(codeOf(() => task({ teamSize: 1 }))).toBe('TASK.TEAM_TOO_SMALL');
    expect(task({ teamSize: 2 }).teamSize).toBe(2);
  });

  it('refuses reserves for a stratum the task does not have', () => {
    expect(codeOf(() => task({}, { reserves: { all: 1 } }))).toBe('TASK.RESERVE_UNKNOWN_STRATUM');
  });

  it('refuses a draw qualification none of the department items needs', () => {
    expect(codeOf(() => task({}, { qualifications: { SCJG: 'SCJG-ADS' } }))).toBe(
      'TASK.QUALIFICATION_NOT_OF_ITEMS',
    );
    expect(
      task({ items: ['SCJG-FOOD', 'SCJG-ADS'] }, { qualifications: { SCJG: 'SCJG-ADS' } }).draws[0]
        ?.qualification,
    ).toBe('SCJG-ADS');
  });

  it('refuses a malformed entropy source', () => {
    expect(codeOf(() => task({}, { entropySource: 'drand:quicknet:0' }))).toBe(
      'TASK.INVALID_FIELD',
    );
  });
});

describe('advanceStage', () => {
  it('walks the whole stage order', () => {
    let t = task();
    for (const to of TASK_STAGES.slice(1, -1)) t = advanceStage(t, to, NOW);
    expect(t.stage).toBe('Done');
    expect(t.version).toBe(10);
  });

  it('refuses to skip a stage', () => {
    expect(codeOf(() => advanceStage(task(), 'Committed', NOW))).toBe('TASK.ILLEGAL_TRANSITION');
  });

  it('refuses to go back', () => {
    const frozen = advanceStage(task(), 'Frozen', NOW);
    expect(codeOf(() => advanceStage(frozen, 'Created', NOW))).toBe('TASK.ILLEGAL_TRANSITION');
  });

  it('lets every non-terminal stage fail and nothing leave Done or Failed', () => {
    for (const s of TASK_STAGES)
      expect(canAdvance(s, 'Failed')).toBe(s !== 'Done' && s !== 'Failed');
    expect(STAGE_TRANSITIONS.Done).toEqual([]);
    const failed = failTask(task(), 'X', 'broke', NOW);
    expect(failed.failure).toEqual({ stage: 'Created', code: 'X', message: 'broke' });
    expect(codeOf(() => advanceStage(failed, 'Frozen', NOW))).toBe('TASK.ILLEGAL_TRANSITION');
  });
});
