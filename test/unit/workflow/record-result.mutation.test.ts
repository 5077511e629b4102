import {
  ConflictError,
  changeAppliers,
  DomainError,
  type InspectionResult,
  resumeWorkflowChanges,
  workflowUseCases as uc,
} from '@double-random/domain';
import { beforeEach, describe, expect, it } from 'vitest';
import { type FakeDraws, FakeResults } from './fakes';
import { create, drawn, type Fakes, resultInput, scjg, selectedOf, setup, TASK } from './scenario';

/** The domain refusal `p` rejects with. */
const rejection = async (p: Promise<unknown>): Promise<DomainError> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('no refusal');
};

const record = (deps: Fakes, input: Record<string, unknown>) =>
  uc.recordResult(deps, { actor: scjg, input: input as never });

const entriesOf = (deps: Fakes, action: string) =>
  (deps.audit.chains.get(TASK) ?? []).filter((e) => e.action === action);

let deps: Fakes;
let t: string;
beforeEach(async () => {
  deps = await setup();
});

describe('recordResult refusals name the rule and the values', () => {
  it('a task not yet notified: names the stages recording needs', async () => {
    await create(deps);
    const e = await rejection(record(deps, resultInput(deps, 'T01')));
    expect([e.code, e.message]).toEqual([
      'TASK.WRONG_STAGE',
      'task 2026-SCJG-007 is Created; recording results needs stage Notified or Inspecting or Publishing',
    ]);
  });

  it('a target the department does not inspect in the task', async () => {
    await drawn(deps);
    const e = await rejection(record(deps, resultInput(deps, 'T99', { team: ['P1', 'P2'] })));
    expect([e.code, e.kind, e.message, e.details]).toEqual([
      'RESULT.TARGET_NOT_ASSIGNED',
      'invalid',
      'T99 is not a target SCJG inspects in task 2026-SCJG-007',
      { field: 'targetId', rule: 'results for drawn targets only', value: 'T99' },
    ]);
  });

  it('a reserve not in use is no target of the department yet', async () => {
    await drawn(deps);
    const reserve = [...deps.assignments.rows.values()].find(
      (a) => a.department === 'SCJG' && a.role === 'reserve',
    )!;
    const e = await rejection(record(deps, resultInput(deps, reserve.target)));
    expect(e.code).toBe('RESULT.TARGET_NOT_ASSIGNED');
  });

  it('a second result of the same target and item', async () => {
    await drawn(deps);
    t = selectedOf(deps, 'SCJG')[0]!.target;
    await record(deps, resultInput(deps, t));
    const e = await rejection(record(deps, resultInput(deps, t, { wording: 'corrected' })));
    expect([e.code, e.kind, e.message, e.details]).toEqual([
      'RESULT.EXISTS',
      'conflict',
      `a result of SCJG-FOOD on ${t} is recorded already in task 2026-SCJG-007`,
      { field: 'targetId', rule: 'one result per target and item', value: t },
    ]);
  });

  it('a draw record missing: names the draw not found', async () => {
    await drawn(deps);
    t = selectedOf(deps, 'SCJG')[0]!.target;
    (deps.draws as FakeDraws).map.rows.delete(TASK);
    const e = await rejection(record(deps, resultInput(deps, t)));
    expect([e.code, e.message]).toEqual(['DRAW.NOT_FOUND', `draw ${TASK} not found`]);
  });

  it('malformed substitutions: refused with their field path', async () => {
    await drawn(deps);
    t = selectedOf(deps, 'SCJG')[0]!.target;
    const e = await rejection(record(deps, resultInput(deps, t, { substitutions: '病假' })));
    expect(e.details.field).toBe('substitutions');
    expect(deps.results.rows.size).toBe(0);
  });
});

describe('recordResult records what happened', () => {
  it('a result without substitutions holds none, nor does its entry', async () => {
    await drawn(deps);
    t = selectedOf(deps, 'SCJG')[0]!.target;
    const { result } = await record(deps, resultInput(deps, t));
    expect(result).not.toHaveProperty('substitutions');
    const [entry] = entriesOf(deps, 'result.record');
    expect(entry?.subject).toBe(`${TASK}/${t}/SCJG-FOOD`);
    expect(entry?.data).not.toHaveProperty('substitutions');
  });

  it('the item’s checklist is answered point by point, and the answers are in the entry', async () => {
    await drawn(deps);
    t = selectedOf(deps, 'SCJG')[0]!.target;
    const food = (await deps.items.get('SCJG', 'SCJG-FOOD'))!;
    await deps.items.update({ ...food, checklist: ['证照公示', '进货查验记录'] }, food.version);
    const unanswered = await rejection(record(deps, resultInput(deps, t)));
    expect(unanswered.code).toBe('RESULT.CHECKLIST_INCOMPLETE');
    const checklist = [
      { point: 1, answer: 'compliant' },
      { point: 2, answer: 'non-compliant', note: '缺少3月记录' },
    ];
    const { result } = await record(deps, resultInput(deps, t, { checklist }));
    expect(result.checklist).toEqual(checklist);
    expect(entriesOf(deps, 'result.record')[0]?.data).toMatchObject({ checklist });
  });
});

describe('recordResult: staff named as accompanying the team', () => {
  it('reads no more of the directory than a valid request may name (ten)', async () => {
    await drawn(deps);
    t = selectedOf(deps, 'SCJG')[0]!.target;
    const named = Array.from({ length: 12 }, (_, i) => `D${i + 10}`);
    const read: string[] = [];
    const get = deps.inspectors.get.bind(deps.inspectors);
    deps.inspectors.get = async (d, id) => {
      read.push(id);
      return get(d, id);
    };
    // a store with a batch read is read through it
    const many = deps.inspectors.getMany?.bind(deps.inspectors);
    if (many)
      deps.inspectors.getMany = async (d, ids) => {
        read.push(...ids);
        return many(d, ids);
      };
    const e = await rejection(record(deps, resultInput(deps, t, { accompanying: named })));
    expect([e.code, e.details.field]).toEqual(['RESULT.INVALID_FIELD', 'accompanying']);
    expect(read.filter((id) => named.includes(id))).toEqual(named.slice(0, 10));
  });
});

describe('recordResult retried after a crash (docs/consistency.md)', () => {
  /** The next audit append fails once, as a crash after the intent is written would. */
  const crashOnAppend = () => {
    const append = deps.audit.append.bind(deps.audit);
    deps.audit.append = async () => {
      deps.audit.append = append;
      throw new Error('connection reset');
    };
  };

  it('the same result asked again completes the first request and returns it', async () => {
    await drawn(deps);
    t = selectedOf(deps, 'SCJG')[0]!.target;
    const first = deps.clock.now();
    crashOnAppend();
    await expect(record(deps, resultInput(deps, t))).rejects.toThrow('connection reset');
    expect(deps.results.rows.size).toBe(0);
    deps.clock.instant = '2026-04-02T03:00:00.000Z';
    const { result } = await record(deps, resultInput(deps, t));
    expect(result.recordedAt).toBe(first);
    expect(await deps.results.get(TASK, t, 'SCJG-FOOD')).toEqual(result);
    expect(entriesOf(deps, 'result.record')).toHaveLength(1);
  });

  it('a different result asked under the same target and item is refused; the first stands', async () => {
    await drawn(deps);
    t = selectedOf(deps, 'SCJG')[0]!.target;
    crashOnAppend();
    await expect(record(deps, resultInput(deps, t))).rejects.toThrow('connection reset');
    const e = await rejection(record(deps, resultInput(deps, t, { wording: 'corrected' })));
    expect([e.code, e.message]).toEqual([
      'RESULT.EXISTS',
      `a result of SCJG-FOOD on ${t} is recorded already in task 2026-SCJG-007`,
    ]);
    expect((await deps.results.get(TASK, t, 'SCJG-FOOD'))?.wording).toBe('no-problem');
  });

  it('a restart after the result was stored completes the intent without a second result', async () => {
    await drawn(deps);
    t = selectedOf(deps, 'SCJG')[0]!.target;
    const complete = deps.intents.complete.bind(deps.intents);
    deps.intents.complete = async () => {
      deps.intents.complete = complete;
      throw new Error('timeout');
    };
    await expect(record(deps, resultInput(deps, t))).rejects.toThrow('timeout');
    expect(deps.results.rows.size).toBe(1);
    expect(await resumeWorkflowChanges(deps, TASK)).toBe(1);
    expect(deps.results.rows.size).toBe(1);
    expect(entriesOf(deps, 'result.record')).toHaveLength(1);
  });

  it('the applier passes on any other refusal of the store', async () => {
    await drawn(deps);
    t = selectedOf(deps, 'SCJG')[0]!.target;
    const { result } = await record(deps, resultInput(deps, t));
    const throttled = new ConflictError('STORE.THROTTLED', 'try again');
    const results = new FakeResults();
    results.create = async (_r: InspectionResult) => {
      throw throttled;
    };
    await expect(changeAppliers['result.record']!({ ...deps, results }, result)).rejects.toBe(
      throttled,
    );
    // the stored one again: no error
    await expect(changeAppliers['result.record']!(deps, result)).resolves.toBeUndefined();
  });
});
