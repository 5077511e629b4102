import {
  type Actor,
  assertWitnessesCommitted,
  ConflictError,
  DomainError,
  type Task,
  workflowUseCases as uc,
  type WorkflowDeps,
  withheldReveals,
} from '@double-random/domain';
import { witnessCommitment, witnessEntropy } from '@double-random/draw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FixedClock } from '../domain/fakes';
import {
  type FakeAudit,
  type FakeCommitments,
  type FakeWitnesses,
  fakeWorkflowDeps,
} from './fakes';
import { inspectors, items, plan, plannedTask, targets, task } from './fixtures';

/**
 * The witness use cases (docs/entropy.md): commitments before the task, reveals after the
 * commitment and by the reveal day, the entropy set by the last reveal; every refusal names
 * its rule and values, every stored record has its audit entry, and retries are no-ops.
 */

const office: Actor = { sub: 'office-1', roles: ['office'] };
const sthj: Actor = { sub: 'sthj-1', roles: ['dept:STHJ'] };
const jjjc: Actor = { sub: 'jjjc-1', roles: ['witness:JJJC'] };
const notary: Actor = { sub: 'notary-1', roles: ['witness:NOTARY'] };
const TASK = '2026-SCJG-007';
const SECRETS = {
  STHJ: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  JJJC: 'fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210',
} as const;
type W = keyof typeof SECRETS;
const actorOf = (w: W) => (w === 'STHJ' ? sthj : jjjc);
const HASH = { STHJ: witnessCommitment(SECRETS.STHJ), JJJC: witnessCommitment(SECRETS.JJJC) };
const SOURCE = 'witness:2026-03-03:STHJ,JJJC';
const COMMIT_DAY = '2026-03-02T01:00:00.000Z';
const REVEAL_DAY = '2026-03-03T02:00:00.000Z';
const CLOSES_AT = '2026-03-03T15:59:59.999Z';

type Fakes = WorkflowDeps & {
  clock: FixedClock;
  audit: FakeAudit;
  witnesses: FakeWitnesses;
  commitments: FakeCommitments;
};

const setup = async (): Promise<Fakes> => {
  const deps = fakeWorkflowDeps(COMMIT_DAY);
  const joint = plannedTask({
    items: ['SCJG-FOOD', 'STHJ-EMIT'],
    participants: ['STHJ'],
    joint: true,
    window: { start: '2026-03-01', end: '2026-12-31' },
  });
  // a second planned task, so that a commitment must find its own among several
  const second = plannedTask({ seq: 8, id: '2026-SCJG-008', name: '广告经营单位检查' });
  await deps.plans.create(plan([joint, second]));
  for (const i of items) await deps.items.create(i);
  for (const t of targets) await deps.targets.create(t);
  for (const i of inspectors) await deps.inspectors.create(i);
  return deps;
};

const commit = (deps: Fakes, w: W, commitment: string = HASH[w], taskId = TASK) =>
  uc.commitWitness(deps, { actor: actorOf(w), taskId, witness: w, input: { commitment } });

const reveal = (deps: Fakes, w: W, value: string = SECRETS[w], actor: Actor = actorOf(w)) =>
  uc.revealWitness(deps, { actor, taskId: TASK, witness: w, input: { reveal: value } });

const create = (deps: Fakes, entropySource = SOURCE) =>
  uc.createTask(deps, {
    actor: office,
    input: { department: 'SCJG', year: 2026, seq: 7, entropySource },
  });

const committed = async (deps: Fakes) => {
  await commit(deps, 'STHJ');
  await commit(deps, 'JJJC');
  await create(deps);
  await uc.freezeTask(deps, { actor: office, taskId: TASK });
  return (await uc.commitTask(deps, { actor: office, taskId: TASK })).commitment;
};

const refusal = async (p: Promise<unknown>): Promise<DomainError> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('accepted');
};

const entries = (deps: Fakes) => deps.audit.chains.get(TASK) ?? [];

let deps: Fakes;
beforeEach(async () => {
  deps = await setup();
});

describe('commitWitness', () => {
  it('stores the hash with one audit entry naming the witness and the hash', async () => {
    const out = await commit(deps, 'STHJ');
    expect(out).toEqual({
      created: true,
      record: {
        taskId: TASK,
        witness: 'STHJ',
        commitment: HASH.STHJ,
        by: 'sthj-1',
        at: COMMIT_DAY,
      },
    });
    expect(entries(deps)).toHaveLength(1);
    expect(entries(deps)[0]).toMatchObject({
      actor: 'sthj-1',
      action: 'witness.commit',
      subject: `${TASK}/STHJ`,
      data: { witness: 'STHJ', commitment: HASH.STHJ, intent: 'witness-commit/STHJ' },
    });
  });

  it('refuses a malformed hash field by field, under the WITNESS prefix', async () => {
    const e = await refusal(commit(deps, 'STHJ', 'ABC'));
    expect(e.code).toBe('WITNESS.INVALID_FIELD');
    expect(e.details).toMatchObject({ field: 'commitment', value: 'ABC' });
    expect(deps.witnesses.commitments.rows.size).toBe(0);
  });

  it('refuses another hash once one is stored, naming the stored one', async () => {
    await commit(deps, 'STHJ');
    const other = 'ee'.repeat(32);
    const e = await refusal(commit(deps, 'STHJ', other));
    expect(e.code).toBe('WITNESS.COMMITMENT_EXISTS');
    expect(e.kind).toBe('conflict');
    expect(e.details).toEqual({
      field: 'commitment',
      rule: 'one commitment per witness, write-once',
      value: other,
    });
    expect(e.message).toBe(
      `witness STHJ committed ${HASH.STHJ} for task ${TASK} at ${COMMIT_DAY}; a commitment is never changed`,
    );
  });

  it('refuses a commitment once the task exists, naming its stage', async () => {
    await commit(deps, 'STHJ');
    await commit(deps, 'JJJC');
    await create(deps);
    const e = await refusal(
      uc.commitWitness(deps, {
        actor: notary,
        taskId: TASK,
        witness: 'NOTARY',
        input: { commitment: 'ab'.repeat(32) },
      }),
    );
    expect(e.code).toBe('WITNESS.COMMITMENT_CLOSED');
    expect(e.details).toEqual({
      field: 'commitment',
      rule: 'witnesses commit before the freeze',
      value: 'NOTARY',
    });
    expect(e.message).toBe(
      `task ${TASK} exists (stage Created): commitments close when the task is created, before its pool is frozen`,
    );
  });

  it('takes any planned task of the plan, and refuses ids no filed plan has', async () => {
    expect((await commit(deps, 'JJJC', HASH.JJJC, '2026-SCJG-008')).created).toBe(true);
    for (const taskId of ['2026-SCJG-099', '2025-SCJG-007', 'SCJG-007']) {
      const e = await refusal(commit(deps, 'JJJC', HASH.JJJC, taskId));
      expect(e.code).toBe('WITNESS.TASK_NOT_PLANNED');
      expect(e.kind).toBe('not-found');
      expect(e.details).toEqual({ field: 'taskId', value: taskId });
      expect(e.message).toBe(
        `${taskId} is no planned task of a filed plan; witnesses commit to a planned task id (<year>-<DEPT>-<seq>)`,
      );
    }
  });

  it('completes a commitment a crash left half-written: the retry stores it once', async () => {
    const put = deps.witnesses.putCommitment.bind(deps.witnesses);
    let failures = 1;
    deps.witnesses.putCommitment = async (r) => {
      if (failures-- > 0) throw new Error('store unavailable');
      return put(r);
    };
    await expect(commit(deps, 'STHJ')).rejects.toThrow('store unavailable');
    expect(deps.witnesses.commitments.rows.size).toBe(0);
    deps.clock.instant = '2026-03-02T02:00:00.000Z';
    const retry = await commit(deps, 'STHJ');
    // the record of the first call, which asked first: not a second one
    expect(retry).toEqual({
      created: false,
      record: {
        taskId: TASK,
        witness: 'STHJ',
        commitment: HASH.STHJ,
        by: 'sthj-1',
        at: COMMIT_DAY,
      },
    });
    expect((await deps.witnesses.listCommitments(TASK)).map((c) => c.commitment)).toEqual([
      HASH.STHJ,
    ]);
    expect(entries(deps).map((e) => e.action)).toEqual(['witness.commit']);
  });

  it('refuses another hash after a crash left the first half-written, and stores the first', async () => {
    const put = deps.witnesses.putCommitment.bind(deps.witnesses);
    let failures = 1;
    deps.witnesses.putCommitment = async (r) => {
      if (failures-- > 0) throw new Error('store unavailable');
      return put(r);
    };
    await expect(commit(deps, 'STHJ')).rejects.toThrow('store unavailable');
    const other = 'ee'.repeat(32);
    const e = await refusal(commit(deps, 'STHJ', other));
    expect(e.code).toBe('WITNESS.COMMITMENT_EXISTS');
    expect(e.details).toEqual({
      field: 'commitment',
      rule: 'one commitment per witness, write-once',
      value: other,
    });
    expect(e.message).toBe(
      `witness STHJ committed ${HASH.STHJ} for task ${TASK} at ${COMMIT_DAY}; a commitment is never changed`,
    );
    expect((await deps.witnesses.listCommitments(TASK)).map((c) => c.commitment)).toEqual([
      HASH.STHJ,
    ]);
  });
});

describe('assertWitnessesCommitted (creating a witnessed task)', () => {
  it('returns nothing for a task that takes no witnesses', async () => {
    expect(await assertWitnessesCommitted(deps, task())).toEqual([]);
  });

  it('returns the commitments in the order the source names the witnesses', async () => {
    await commit(deps, 'JJJC');
    await commit(deps, 'STHJ');
    const t = task({}, { entropySource: SOURCE });
    const list = await assertWitnessesCommitted(deps, t);
    expect(list.map((c) => [c.witness, c.commitment])).toEqual([
      ['STHJ', HASH.STHJ],
      ['JJJC', HASH.JJJC],
    ]);
  });

  it('refuses the initiating department as a witness of its own draw', async () => {
    const source = 'witness:2026-03-03:SCJG,JJJC';
    const e = await refusal(assertWitnessesCommitted(deps, task({}, { entropySource: source })));
    expect(e.code).toBe('TASK.WITNESS_NOT_INDEPENDENT');
    expect(e.details).toEqual({
      field: 'entropySource',
      rule: 'witnesses independent of the draw',
      value: 'SCJG',
    });
    expect(e.message).toBe(
      `SCJG initiates task ${TASK} and may run its draw; it cannot be one of its witnesses`,
    );
  });

  it('names every witness that has not committed, in words that fit one or several', async () => {
    const none = await refusal(create(deps));
    expect(none.code).toBe('TASK.WITNESS_COMMITMENTS_MISSING');
    expect(none.kind).toBe('conflict');
    expect(none.details).toEqual({
      field: 'entropySource',
      rule: 'witnesses commit before the task exists, so before the freeze',
      value: ['STHJ', 'JJJC'],
    });
    expect(none.message).toBe(
      `task ${TASK} names witnesses STHJ, JJJC; STHJ, JJJC have not published the SHA-256 of a secret yet (POST /tasks/${TASK}/witnesses/{witness}/commitment)`,
    );
    await commit(deps, 'STHJ');
    const one = await refusal(create(deps));
    expect(one.details.value).toEqual(['JJJC']);
    expect(one.message).toBe(
      `task ${TASK} names witnesses STHJ, JJJC; JJJC has not published the SHA-256 of a secret yet (POST /tasks/${TASK}/witnesses/{witness}/commitment)`,
    );
    expect(await deps.tasks.get(TASK)).toBeUndefined();
  });
});

describe('revealWitness', () => {
  it('stores a reveal with an entry that keeps the value sealed', async () => {
    await committed(deps);
    deps.clock.instant = REVEAL_DAY;
    const before = entries(deps).length;
    const out = await reveal(deps, 'STHJ');
    expect(out.created).toBe(true);
    expect(out.record).toEqual({
      taskId: TASK,
      witness: 'STHJ',
      reveal: SECRETS.STHJ,
      by: 'sthj-1',
      at: REVEAL_DAY,
    });
    // one reveal of two: no entropy yet, the task stays where it was
    expect(out.task.entropy).toBeUndefined();
    expect(out.task.stage).toBe('Committed');
    const added = entries(deps).slice(before);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      actor: 'sthj-1',
      action: 'witness.reveal',
      subject: `${TASK}/STHJ`,
    });
    expect(added[0]!.data).toEqual({
      witness: 'STHJ',
      commitment: HASH.STHJ,
      matches: true,
      intent: 'witness-reveal/STHJ',
    });
    expect(JSON.stringify(added[0])).not.toContain(SECRETS.STHJ);
  });

  it('sets the entropy with the last reveal, in committed order, and moves the task on', async () => {
    const c = await committed(deps);
    deps.clock.instant = REVEAL_DAY;
    await reveal(deps, 'JJJC');
    const last = await reveal(deps, 'STHJ');
    const entropy = witnessEntropy([
      { id: 'STHJ', reveal: SECRETS.STHJ },
      { id: 'JJJC', reveal: SECRETS.JJJC },
    ]);
    expect(last.task).toMatchObject({ stage: 'AwaitingEntropy', entropy, version: 4 });
    expect(await deps.tasks.get(TASK)).toMatchObject({ stage: 'AwaitingEntropy', entropy });
    const set = entries(deps).at(-1)!;
    expect(set).toMatchObject({ action: 'task.entropy', actor: 'sthj-1', subject: TASK });
    expect(set.data).toMatchObject({ entropy });
    expect(c.witnesses?.map((w) => w.id)).toEqual(['STHJ', 'JJJC']);
  });

  it('sets the entropy of a task that already awaits it without moving it again', async () => {
    await committed(deps);
    deps.clock.instant = REVEAL_DAY;
    await reveal(deps, 'STHJ');
    await uc.advanceTask(deps, { actor: office, taskId: TASK, to: 'AwaitingEntropy' });
    const version = (await deps.tasks.get(TASK))!.version;
    const last = await reveal(deps, 'JJJC');
    expect(last.task.stage).toBe('AwaitingEntropy');
    expect(last.task.version).toBe(version + 1);
    expect(last.task.entropy).toMatch(/^witness:[0-9a-f]{64}$/);
  });

  it('refuses a malformed reveal field by field, under the WITNESS prefix', async () => {
    await committed(deps);
    const e = await refusal(reveal(deps, 'STHJ', 'xyz'));
    expect(e.code).toBe('WITNESS.INVALID_FIELD');
    expect(e.details).toMatchObject({ field: 'reveal', value: 'xyz' });
  });

  it('refuses a reveal for a task that takes its entropy from drand', async () => {
    await create(deps, 'drand:quicknet:25000000');
    const e = await refusal(reveal(deps, 'STHJ'));
    expect(e.code).toBe('WITNESS.NOT_WITNESSED');
    expect(e.kind).toBe('invalid');
    expect(e.details).toEqual({
      field: 'witness',
      rule: 'reveals belong to witnessed tasks',
      value: 'STHJ',
    });
    expect(e.message).toBe(
      `task ${TASK} takes its entropy from drand:quicknet:25000000, not from witnesses`,
    );
  });

  it('refuses a witness the task does not name', async () => {
    await committed(deps);
    deps.clock.instant = REVEAL_DAY;
    const e = await refusal(
      uc.revealWitness(deps, {
        actor: notary,
        taskId: TASK,
        witness: 'NOTARY',
        input: { reveal: 'ab'.repeat(32) },
      }),
    );
    expect(e.code).toBe('WITNESS.NOT_NAMED');
    expect(e.details).toEqual({
      field: 'witness',
      rule: 'the witnesses named in the commitment',
      value: 'NOTARY',
    });
    expect(e.message).toBe(`NOTARY is not a witness of task ${TASK} (STHJ, JJJC)`);
  });

  it('refuses a reveal before the task moved past its commitment, even with one stored', async () => {
    // the commitment of a task whose move to Committed a crash left undone
    const other = await setup();
    const c = await committed(other);
    await commit(deps, 'STHJ');
    await commit(deps, 'JJJC');
    await create(deps);
    await deps.commitments.putOnce(c);
    deps.clock.instant = REVEAL_DAY;
    const created = await refusal(reveal(deps, 'STHJ'));
    expect(created.code).toBe('WITNESS.REVEAL_BEFORE_COMMITMENT');
    expect(created.kind).toBe('conflict');
    expect(created.details).toEqual({
      field: 'reveal',
      rule: 'reveal after the commitment (spec §7)',
      value: 'Created',
    });
    expect(created.message).toBe(
      `task ${TASK} is Created: reveals come after the commitment is published`,
    );
    await uc.freezeTask(deps, { actor: office, taskId: TASK });
    const frozen = await refusal(reveal(deps, 'STHJ'));
    expect(frozen.code).toBe('WITNESS.REVEAL_BEFORE_COMMITMENT');
    expect(frozen.details.value).toBe('Frozen');
    expect(deps.witnesses.reveals.rows.size).toBe(0);
  });

  it('refuses a reveal when the commitment record is missing, whatever the stage says', async () => {
    await committed(deps);
    deps.commitments.map.rows.delete(TASK);
    deps.clock.instant = REVEAL_DAY;
    const e = await refusal(reveal(deps, 'STHJ'));
    expect(e.code).toBe('WITNESS.REVEAL_BEFORE_COMMITMENT');
    expect(e.details.value).toBe('Committed');
  });

  it("refuses a reveal whose witness's hash the commitment does not carry", async () => {
    const c = await committed(deps);
    deps.clock.instant = REVEAL_DAY;
    const { witnesses: _all, ...without } = c;
    deps.commitments.map.rows.set(TASK, without);
    const e = await refusal(reveal(deps, 'STHJ'));
    expect(e.code).toBe('WITNESS.NOT_COMMITTED');
    expect(e.kind).toBe('not-found');
    expect(e.message).toBe(`commitment of witness STHJ in task ${TASK} not found`);
    deps.commitments.map.rows.set(TASK, { ...c, witnesses: c.witnesses!.slice(1) });
    expect((await refusal(reveal(deps, 'STHJ'))).code).toBe('WITNESS.NOT_COMMITTED');
  });

  it('takes a reveal at the last millisecond of the reveal day (Asia/Shanghai)', async () => {
    await committed(deps);
    deps.clock.instant = CLOSES_AT;
    expect((await reveal(deps, 'STHJ')).created).toBe(true);
    deps.clock.instant = '2026-03-03T16:00:00.000Z';
    const e = await refusal(reveal(deps, 'JJJC'));
    expect(e.code).toBe('WITNESS.REVEAL_LATE');
    expect(e.details.value).toBe('2026-03-03T16:00:00.000Z');
  });

  it('answers a repeated reveal with the stored record, even after the reveal day', async () => {
    await committed(deps);
    deps.clock.instant = REVEAL_DAY;
    const first = await reveal(deps, 'STHJ');
    await reveal(deps, 'JJJC');
    const before = entries(deps).length;
    deps.clock.instant = '2026-03-05T02:00:00.000Z';
    const again = await reveal(deps, 'STHJ');
    expect(again.created).toBe(false);
    expect(again.record).toEqual(first.record);
    expect(again.task.entropy).toMatch(/^witness:/);
    expect(entries(deps)).toHaveLength(before);
    // a repeated reveal is still checked against the hash first
    expect((await refusal(reveal(deps, 'STHJ', '11'.repeat(32)))).code).toBe(
      'WITNESS.REVEAL_MISMATCH',
    );
  });

  it('answers a repeated reveal with the stored record once the task has moved on', async () => {
    await committed(deps);
    deps.clock.instant = REVEAL_DAY;
    const first = await reveal(deps, 'STHJ');
    await uc.recordFailure(deps, {
      actor: office,
      taskId: TASK,
      code: 'TEST.STOPPED',
      message: 'stopped by the office',
    });
    const again = await reveal(deps, 'STHJ');
    expect(again.created).toBe(false);
    expect(again.record).toEqual(first.record);
    expect(again.task.stage).toBe('Failed');
  });

  it('refuses a first reveal for a task that has left the entropy stages', async () => {
    await committed(deps);
    deps.clock.instant = REVEAL_DAY;
    await uc.recordFailure(deps, {
      actor: office,
      taskId: TASK,
      code: 'TEST.STOPPED',
      message: 'stopped by the office',
    });
    const e = await refusal(reveal(deps, 'STHJ'));
    expect(e.code).toBe('TASK.WRONG_STAGE');
    expect(e.kind).toBe('conflict');
    expect(e.details).toEqual({ field: 'stage', rule: 'task stage order', value: 'Failed' });
    expect(e.message).toBe(`task ${TASK} is Failed; reveals are taken while it awaits its entropy`);
    expect(deps.witnesses.reveals.rows.size).toBe(0);
  });
});

describe('setting the entropy when the task header moved meanwhile', () => {
  const staleUpdates = (d: Fakes, times: number, error = () => stale()) => {
    const update = d.tasks.update.bind(d.tasks);
    const calls = { n: 0 };
    d.tasks.update = async (t: Task, expected: number) => {
      if (t.entropy !== undefined) {
        calls.n++;
        if (calls.n <= times) throw error();
      }
      return update(t, expected);
    };
    return calls;
  };
  const stale = () => new ConflictError('TASK.STALE', `${TASK} moved`);

  it('reads the task again and sets the entropy once', async () => {
    await committed(deps);
    deps.clock.instant = REVEAL_DAY;
    await reveal(deps, 'STHJ');
    const calls = staleUpdates(deps, 1);
    const last = await reveal(deps, 'JJJC');
    expect(calls.n).toBe(2);
    expect(last.task.entropy).toMatch(/^witness:/);
    expect((await deps.tasks.get(TASK))!.entropy).toBe(last.task.entropy);
    expect(entries(deps).filter((e) => e.action === 'task.entropy')).toHaveLength(1);
  });

  it('gives up after four retries, answering TASK.STALE', async () => {
    await committed(deps);
    deps.clock.instant = REVEAL_DAY;
    await reveal(deps, 'STHJ');
    const calls = staleUpdates(deps, 100);
    expect((await refusal(reveal(deps, 'JJJC'))).code).toBe('TASK.STALE');
    expect(calls.n).toBe(5);
    expect((await deps.tasks.get(TASK))!.entropy).toBeUndefined();
  });

  it('does not retry another refusal', async () => {
    await committed(deps);
    deps.clock.instant = REVEAL_DAY;
    await reveal(deps, 'STHJ');
    const calls = staleUpdates(deps, 100, () => new ConflictError('TASK.LOCKED', 'locked'));
    expect((await refusal(reveal(deps, 'JJJC'))).code).toBe('TASK.LOCKED');
    expect(calls.n).toBe(1);
  });
});

describe('withheldReveals', () => {
  it('is empty for a task of another source, and for a task that has its entropy', async () => {
    deps.clock.instant = '2026-04-01T00:00:00.000Z';
    expect(await withheldReveals(deps, task())).toEqual([]);
    const witnessed = task({}, { entropySource: SOURCE });
    expect(await withheldReveals(deps, witnessed)).toEqual(['STHJ', 'JJJC']);
    const drawn = { ...witnessed, entropy: `witness:${'ab'.repeat(32)}` };
    expect(await withheldReveals(deps, drawn)).toEqual([]);
  });

  it('is empty until the reveal day closes, then names every witness that did not reveal', async () => {
    await committed(deps);
    const t = (await deps.tasks.get(TASK))!;
    deps.clock.instant = CLOSES_AT;
    expect(await withheldReveals(deps, t)).toEqual([]);
    deps.clock.instant = '2026-03-03T16:00:00.000Z';
    expect(await withheldReveals(deps, t)).toEqual(['STHJ', 'JJJC']);
  });
});
