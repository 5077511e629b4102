import {
  type Actor,
  quicknetRoundTime,
  workflowUseCases as uc,
  type WorkflowDeps,
  withheldReveals,
  witnessView,
} from '@double-random/domain';
import { witnessCommitment, witnessEntropy } from '@double-random/draw';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDrandFetcher, fetchDrandEntropy } from '../../../functions/src/drand';
import type { FixedClock } from '../domain/fakes';
import { type FakeAudit, type FakeWitnesses, fakeWorkflowDeps } from './fakes';
import { inspectors, items, plan, plannedTask, targets } from './fixtures';

/**
 * The office tries to steer a draw, with each source, and fails (docs/entropy.md). Witnesses
 * are a participating department (STHJ, with its department token) and the discipline-
 * inspection office 纪检监察 (JJJC, with a witness token).
 */

const office: Actor = { sub: 'office-1', roles: ['office'] };
const sthj: Actor = { sub: 'sthj-1', roles: ['dept:STHJ'] };
const scjg: Actor = { sub: 'scjg-1', roles: ['dept:SCJG'] };
const jjjc: Actor = { sub: 'jjjc-1', roles: ['witness:JJJC'] };
const TASK = '2026-SCJG-007';
const SECRETS = {
  STHJ: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  JJJC: 'fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210',
} as const;
type W = keyof typeof SECRETS;
const actorOf = (w: W) => (w === 'STHJ' ? sthj : jjjc);
const SOURCE = 'witness:2026-03-03:STHJ,JJJC';
const COMMIT_DAY = '2026-03-02T01:00:00.000Z';
const REVEAL_DAY = '2026-03-03T02:00:00.000Z';

type Fakes = WorkflowDeps & { clock: FixedClock; audit: FakeAudit; witnesses: FakeWitnesses };

const setup = async (): Promise<Fakes> => {
  const deps = {
    ...fakeWorkflowDeps(COMMIT_DAY),
  };
  const joint = plannedTask({
    items: ['SCJG-FOOD', 'STHJ-EMIT'],
    participants: ['STHJ'],
    joint: true,
    window: { start: '2026-03-01', end: '2026-12-31' },
  });
  await deps.plans.create(plan([joint]));
  for (const i of items) await deps.items.create(i);
  for (const t of targets) await deps.targets.create(t);
  for (const i of inspectors) await deps.inspectors.create(i);
  return deps;
};

const commit = (
  deps: Fakes,
  w: W,
  commitment = witnessCommitment(SECRETS[w]),
  actor = actorOf(w),
) => uc.commitWitness(deps, { actor, taskId: TASK, witness: w, input: { commitment } });

const reveal = (deps: Fakes, w: W, value: string = SECRETS[w], actor = actorOf(w)) =>
  uc.revealWitness(deps, { actor, taskId: TASK, witness: w, input: { reveal: value } });

const create = (deps: Fakes, entropySource = SOURCE) =>
  uc.createTask(deps, {
    actor: office,
    input: { department: 'SCJG', year: 2026, seq: 7, entropySource },
  });

/** Witness commitments, then the task, its freeze and its commitment. */
const committed = async (deps: Fakes) => {
  await commit(deps, 'STHJ');
  await commit(deps, 'JJJC');
  await create(deps);
  await uc.freezeTask(deps, { actor: office, taskId: TASK });
  return (await uc.commitTask(deps, { actor: office, taskId: TASK })).commitment;
};

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return 'accepted';
};

let deps: Fakes;
beforeEach(async () => {
  deps = await setup();
});

describe('who is a witness', () => {
  it('is the holder of witness:<id> or dept:<id>, never the office or another department', async () => {
    expect(await codeOf(commit(deps, 'JJJC', undefined, office))).toBe(
      'WITNESS.OFFICE_NOT_WITNESS',
    );
    expect(await codeOf(commit(deps, 'JJJC', undefined, scjg))).toBe('WITNESS.NOT_THIS_WITNESS');
    expect(await codeOf(commit(deps, 'STHJ', undefined, jjjc))).toBe('WITNESS.NOT_THIS_WITNESS');
    expect((await commit(deps, 'STHJ')).created).toBe(true);
    expect((await commit(deps, 'JJJC')).created).toBe(true);
  });
});

describe('witness commitments come before the task, and never change', () => {
  it('a retry returns the stored hash; another hash, or one after the task exists, is refused', async () => {
    await commit(deps, 'STHJ');
    const entries = deps.audit.chains.get(TASK)!.length;
    expect((await commit(deps, 'STHJ')).created).toBe(false);
    expect(deps.audit.chains.get(TASK)!.length).toBe(entries);
    expect(await codeOf(commit(deps, 'STHJ', 'ee'.repeat(32)))).toBe('WITNESS.COMMITMENT_EXISTS');
    expect(await codeOf(create(deps))).toBe('TASK.WITNESS_COMMITMENTS_MISSING');
    await commit(deps, 'JJJC');
    await create(deps);
    // the freeze follows: a witness (even a new one) can no longer commit
    const late: Actor = { sub: 'notary-1', roles: ['witness:NOTARY'] };
    expect(
      await codeOf(
        uc.commitWitness(deps, {
          actor: late,
          taskId: TASK,
          witness: 'NOTARY',
          input: { commitment: 'ab'.repeat(32) },
        }),
      ),
    ).toBe('WITNESS.COMMITMENT_CLOSED');
  });

  it('refuses a task id no plan has, and new tasks with a typed ceremony or too few witnesses', async () => {
    expect(
      await codeOf(
        uc.commitWitness(deps, {
          actor: jjjc,
          taskId: '2026-SCJG-099',
          witness: 'JJJC',
          input: { commitment: 'ab'.repeat(32) },
        }),
      ),
    ).toBe('WITNESS.TASK_NOT_PLANNED');
    expect(await codeOf(create(deps, 'ceremony:2026-03-03'))).toBe('ENTROPY.SOURCE_RETIRED');
    expect(await codeOf(create(deps, 'witness:2026-03-03:JJJC,JJJC'))).toBe(
      'TASK.WITNESSES_INVALID',
    );
    expect(await codeOf(create(deps, 'witness:2026-03-03:JJJC'))).toMatch(/^TASK\./);
    // the initiating department (SCJG) may run the draw: it is no witness of it
    expect(await codeOf(create(deps, 'witness:2026-03-03:SCJG,JJJC'))).toBe(
      'TASK.WITNESS_NOT_INDEPENDENT',
    );
  });
});

describe('the office tries to steer a witnessed draw, and fails', () => {
  it('cannot type the entropy, nor draw before every reveal', async () => {
    const c = await committed(deps);
    expect(c.witnesses?.map((w) => w.id)).toEqual(['STHJ', 'JJJC']);
    deps.clock.instant = REVEAL_DAY;
    const chosen = `witness:${'00'.repeat(32)}`;
    expect(
      await codeOf(uc.acceptEntropy(deps, { actor: office, taskId: TASK, entropy: chosen })),
    ).toBe('ENTROPY.WITNESS_ONLY');
    await reveal(deps, 'STHJ');
    await uc.advanceTask(deps, { actor: office, taskId: TASK, to: 'AwaitingEntropy' });
    expect(await codeOf(uc.drawTask(deps, { actor: office, taskId: TASK }))).toBe(
      'DRAW.NO_ENTROPY',
    );
  });

  it('refuses a reveal before the commitment, one that does not match its hash, and one after the reveal day', async () => {
    await commit(deps, 'STHJ');
    await commit(deps, 'JJJC');
    await create(deps);
    expect(await codeOf(reveal(deps, 'STHJ'))).toBe('WITNESS.REVEAL_BEFORE_COMMITMENT');
    await uc.freezeTask(deps, { actor: office, taskId: TASK });
    await uc.commitTask(deps, { actor: office, taskId: TASK });
    deps.clock.instant = REVEAL_DAY;
    // a witness (or the office through it) trying another value after seeing the pool
    expect(await codeOf(reveal(deps, 'JJJC', '11'.repeat(32)))).toBe('WITNESS.REVEAL_MISMATCH');
    expect(await codeOf(reveal(deps, 'JJJC', SECRETS.JJJC, office))).toBe(
      'WITNESS.OFFICE_NOT_WITNESS',
    );
    expect(deps.witnesses.reveals.rows.size).toBe(0);
    await reveal(deps, 'STHJ');
    // the reveal day closes at midnight in Shanghai: 2026-03-03T16:00Z
    deps.clock.instant = '2026-03-03T16:00:00.001Z';
    expect(await codeOf(reveal(deps, 'JJJC'))).toBe('WITNESS.REVEAL_LATE');
    const task = (await deps.tasks.get(TASK))!;
    expect(task.entropy).toBeUndefined();
    expect(await withheldReveals(deps, task)).toEqual(['JJJC']);
    deps.clock.instant = '2026-03-03T15:59:59.000Z';
    expect(await withheldReveals(deps, task)).toEqual([]);
  });

  it('gets the same entropy and the same draw whatever order the reveals arrive in', async () => {
    const drawIn = async (order: W[]) => {
      const d = await setup();
      for (const w of ['JJJC', 'STHJ'] as W[]) await commit(d, w);
      await create(d);
      await uc.freezeTask(d, { actor: office, taskId: TASK });
      await uc.commitTask(d, { actor: office, taskId: TASK });
      d.clock.instant = REVEAL_DAY;
      for (const w of order) await reveal(d, w);
      const { records } = await uc.drawTask(d, { actor: office, taskId: TASK });
      return {
        entropy: (await d.tasks.get(TASK))!.entropy,
        digest: records[0]!.result.resultDigest,
      };
    };
    const a = await drawIn(['STHJ', 'JJJC']);
    const b = await drawIn(['JJJC', 'STHJ']);
    expect(a).toEqual(b);
    expect(a.entropy).toBe(
      witnessEntropy([
        { id: 'STHJ', reveal: SECRETS.STHJ },
        { id: 'JJJC', reveal: SECRETS.JJJC },
      ]),
    );
  });
});

describe('the office tries to steer a drand draw, and fails', () => {
  // drand's public vector: the signature of round 657413 (spec §7.1)
  const SIGNED = 657413;
  const SIGNATURE =
    'b713718a38ae728dfd477991af2822e08d2f305e47718cef9f7848ce4050e7be41076862b98fad56e91a6b85b89cd97b';
  const ROUND = SIGNED + 1;

  it('cannot enter a bare randomness, a malformed point, or the signature of another round', async () => {
    deps.clock.instant = new Date(Date.parse(quicknetRoundTime(ROUND)) - 3600_000).toISOString();
    await create(deps, `drand:quicknet:${ROUND}`);
    await uc.freezeTask(deps, { actor: office, taskId: TASK });
    await uc.commitTask(deps, { actor: office, taskId: TASK });
    deps.clock.instant = quicknetRoundTime(ROUND);
    const enter = (value: string) =>
      codeOf(
        uc.acceptEntropy(deps, {
          actor: office,
          taskId: TASK,
          entropy: `drand:quicknet:${ROUND}:${value}`,
        }),
      );
    expect(await enter('fc1873a13f3545aeade8401532ef5519920652eee6b0d2b19ca12643b87b3587')).toBe(
      'ENTROPY.DRAND_RANDOMNESS_NOT_SIGNATURE',
    );
    expect(await enter('a'.repeat(96))).toBe('ENTROPY.DRAND_POINT_INVALID');
    // a genuine beacon signature, but of the round before the committed one
    expect(await enter(SIGNATURE)).toBe('ENTROPY.DRAND_SIGNATURE_INVALID');
    const task = (await deps.tasks.get(TASK))!;
    expect([task.stage, task.entropy]).toEqual(['Committed', undefined]);
    expect(deps.audit.chains.get(TASK)!.map((e) => e.action)).not.toContain('task.entropy');
  });

  it('checks a fetched round as a pasted one: a relay cannot slip in another signature', async () => {
    deps.clock.instant = new Date(Date.parse(quicknetRoundTime(ROUND)) - 3600_000).toISOString();
    await create(deps, `drand:quicknet:${ROUND}`);
    await uc.freezeTask(deps, { actor: office, taskId: TASK });
    await uc.commitTask(deps, { actor: office, taskId: TASK });
    const asked: string[] = [];
    const relay = async (url: string) => {
      asked.push(url);
      if (url.startsWith('https://down.example'))
        return { ok: false, status: 500, json: async () => ({}) };
      // a relay answering with the signature of the round before
      return { ok: true, status: 200, json: async () => ({ round: ROUND, signature: SIGNATURE }) };
    };
    const fetcher = createDrandFetcher(['https://down.example', 'https://lying.example/'], relay);
    expect(await codeOf(fetchDrandEntropy(deps, fetcher, office, TASK))).toBe(
      'ENTROPY.BEFORE_ROUND',
    );
    deps.clock.instant = quicknetRoundTime(ROUND);
    expect(await codeOf(fetchDrandEntropy(deps, fetcher, office, TASK))).toBe(
      'ENTROPY.DRAND_SIGNATURE_INVALID',
    );
    expect(asked.at(-1)).toBe(
      `https://lying.example/52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971/public/${ROUND}`,
    );
    const none = createDrandFetcher(['https://down.example'], relay);
    await expect(none(ROUND)).rejects.toMatchObject({ code: 'ENTROPY.FETCH_FAILED' });
    expect((await deps.tasks.get(TASK))!.entropy).toBeUndefined();
  });
});

describe('what the public sees of the witnesses', () => {
  const source = { kind: 'witness' as const, revealBy: '2026-03-03', witnesses: ['STHJ', 'JJJC'] };
  const commitments = (['STHJ', 'JJJC'] as const).map((w) => ({
    taskId: TASK,
    witness: w,
    commitment: witnessCommitment(SECRETS[w]),
    by: w,
    at: COMMIT_DAY,
  }));
  const revealOf = (w: W) => ({
    taskId: TASK,
    witness: w,
    reveal: SECRETS[w],
    by: w,
    at: REVEAL_DAY,
  });

  it('shows hashes at once, seals the reveals until all are in, then shows them', () => {
    const half = witnessView(source, commitments, [revealOf('STHJ')], REVEAL_DAY);
    expect(half.status).toBe('collecting');
    expect(half.witnesses.map((w) => [w.id, w.revealed, w.reveal])).toEqual([
      ['STHJ', true, undefined],
      ['JJJC', false, undefined],
    ]);
    expect(JSON.stringify(half)).not.toContain(SECRETS.STHJ);
    const all = witnessView(source, commitments, [revealOf('JJJC'), revealOf('STHJ')], REVEAL_DAY);
    expect(all.status).toBe('complete');
    expect(all.witnesses.map((w) => w.reveal)).toEqual([SECRETS.STHJ, SECRETS.JJJC]);
  });

  it('names the withheld reveal once the reveal day has closed in Shanghai', () => {
    const late = witnessView(source, commitments, [revealOf('STHJ')], '2026-03-03T16:00:00.001Z');
    expect(late.status).toBe('withheld');
    expect(late.closesAt).toBe('2026-03-03T15:59:59.999Z');
    expect(late.witnesses.map((w) => w.withheld)).toEqual([false, true]);
  });
});
