import {
  type Actor,
  advanceStage,
  bundleDigests,
  DomainError,
  newTask,
  resumeWorkflowChanges,
  workflowUseCases as uc,
} from '@double-random/domain';
import { nobleSha256Fn } from '@double-random/draw';
import { describe, expect, it } from 'vitest';
import { type FakeCommitments, fakeWorkflowDeps } from './fakes';
import {
  createInput,
  inspector,
  inspectors,
  item,
  items,
  NOW,
  plan,
  plannedTask,
  targets,
} from './fixtures';
import { create, type Fakes, office, revealAll, setup, TASK } from './scenario';

const scjg: Actor = { sub: 'scjg-1', roles: ['dept:SCJG'] };

/** The scenario's joint task with its entropy accepted: the draw is next. */
const awaiting = async () => {
  const deps = await setup();
  await create(deps);
  await uc.freezeTask(deps, { actor: office, taskId: TASK });
  await uc.commitTask(deps, { actor: office, taskId: TASK });
  await revealAll(deps);
  return deps;
};

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

const draw = (deps: Parameters<typeof uc.drawTask>[0], actor: Actor = office) =>
  uc.drawTask(deps, { actor, taskId: TASK });

describe('drawTask refusals', () => {
  it('only the office runs draws', async () => {
    const deps = await awaiting();
    await expect(draw(deps, scjg)).rejects.toMatchObject({
      code: 'AUTH.NOT_OFFICE',
      message: 'scjg-1 may not run draws: only the joint-meeting office (联席会议办公室) may',
    });
  });

  it('a task not yet awaiting its entropy: names the stage drawing needs', async () => {
    const deps = await setup();
    await create(deps);
    await expect(draw(deps)).rejects.toMatchObject({
      code: 'TASK.WRONG_STAGE',
      message: 'task 2026-SCJG-007 is Created; drawing needs stage AwaitingEntropy',
    });
  });

  it('a task with no accepted entropy', async () => {
    const deps = await awaiting();
    const { entropy: _e, ...without } = deps.tasks.rows.get(TASK)!;
    deps.tasks.rows.set(TASK, without);
    const e = await rejection(draw(deps));
    expect([e.code, e.kind, e.message, e.details]).toEqual([
      'DRAW.NO_ENTROPY',
      'conflict',
      'task 2026-SCJG-007 has no accepted entropy yet',
      { field: 'entropy', rule: 'draw after the entropy is known (spec §7)' },
    ]);
  });

  it('a task without its commitment: names the commitment not found', async () => {
    const deps = await awaiting();
    (deps.commitments as FakeCommitments).map.rows.delete(TASK);
    await expect(draw(deps)).rejects.toMatchObject({
      code: 'COMMITMENT.NOT_FOUND',
      kind: 'not-found',
      message: 'commitment of 2026-SCJG-007 not found',
    });
    expect(deps.draws.map.rows.size).toBe(0);
  });
});

describe('drawTask runs on the committed inputs only (spec §7)', () => {
  it('a target pool changed since the commitment: names the digest, both values and the rule', async () => {
    const deps = await awaiting();
    const b = deps.bundles.map.rows.get(TASK)!;
    const changed = { ...b, pool: b.pool.slice(1) };
    deps.bundles.map.rows.set(TASK, changed);
    const committed = (await deps.commitments.get(TASK))!.poolDigest;
    const actual = bundleDigests(changed).poolDigest;
    const e = await rejection(draw(deps));
    expect([e.code, e.message, e.details]).toEqual([
      'DRAW.DIGEST_MISMATCH',
      `poolDigest of draw ${TASK} is ${actual}, the commitment says ${committed}: the frozen bundle changed`,
      {
        field: 'poolDigest',
        rule: 'the draw runs on the committed inputs (spec §7)',
        value: actual,
        committed,
      },
    ]);
  });

  it('a pool changed into one the engine refuses is named as changed, not as refused', async () => {
    const deps = await awaiting();
    const b = deps.bundles.map.rows.get(TASK)!;
    // a repeated id: the engine alone would refuse it as DRAW.DUPLICATE_POOL_ID
    const changed = { ...b, pool: [...b.pool, b.pool[0]!] };
    deps.bundles.map.rows.set(TASK, changed);
    await expect(draw(deps)).rejects.toMatchObject({
      code: 'DRAW.DIGEST_MISMATCH',
      details: { field: 'poolDigest', value: bundleDigests(changed).poolDigest },
    });
    expect(deps.draws.map.rows.size).toBe(0);
  });

  it('a pool whose digests cannot be computed is refused as the engine refuses it', async () => {
    const deps = await awaiting();
    const b = deps.bundles.map.rows.get(TASK)!;
    // an id that is no code: the engine refuses it, and its canonical text cannot be written
    const changed = { ...b, pool: [...b.pool, { ...b.pool[0]!, id: '台儿庄-1' }] };
    deps.bundles.map.rows.set(TASK, changed);
    const e = await rejection(draw(deps));
    expect([e.code, e.details.field]).toEqual(['DRAW.CODE_INVALID', `pool[${b.pool.length}].id`]);
    expect(deps.draws.map.rows.size).toBe(0);
  });

  it('a changed pool is refused before any record or assignment is written', async () => {
    const deps = await awaiting();
    const b = deps.bundles.map.rows.get(TASK)!;
    deps.bundles.map.rows.set(TASK, { ...b, pool: b.pool.slice(1) });
    await expect(draw(deps)).rejects.toMatchObject({ code: 'DRAW.DIGEST_MISMATCH' });
    expect(deps.draws.map.rows.size).toBe(0);
    expect(await deps.assignments.listByTask(TASK)).toEqual([]);
    expect((await deps.tasks.get(TASK))?.stage).toBe('AwaitingEntropy');
  });

  it('a participant roster changed since the commitment is refused too', async () => {
    const deps = await awaiting();
    const id = `${TASK}.STHJ`;
    const b = deps.bundles.map.rows.get(id)!;
    deps.bundles.map.rows.set(id, { ...b, roster: b.roster.slice(1) });
    await expect(draw(deps)).rejects.toMatchObject({
      code: 'DRAW.DIGEST_MISMATCH',
      details: {
        field: 'rosterDigest',
        committed: (await deps.commitments.get(TASK))!.participants[0]!.rosterDigest,
      },
    });
    expect(deps.draws.map.rows.size).toBe(0);
    expect((await deps.tasks.get(TASK))?.stage).toBe('AwaitingEntropy');
  });

  it('refuses a participant draw its commitment does not hold, before anything is written', async () => {
    const deps = await awaiting();
    const c = (await deps.commitments.get(TASK))!;
    // the stored commitment as an insider with the table could leave it: a participant gone
    const stored = deps.commitments as unknown as { map: { rows: Map<string, typeof c> } };
    stored.map.rows.set(TASK, { ...c, participants: [] });
    await expect(draw(deps)).rejects.toMatchObject({
      code: 'DRAW.NOT_COMMITTED',
      details: { field: 'drawId', value: `${TASK}.STHJ` },
    });
    expect(deps.draws.map.rows.size).toBe(0);
    expect((await deps.tasks.get(TASK))?.stage).toBe('AwaitingEntropy');
  });

  it('checks each participant against its own committed digests', async () => {
    // a joint task of three departments: SCJG with STHJ and 安监 (AJ)
    const deps = fakeWorkflowDeps(NOW) as unknown as Fakes;
    const threeWay = plannedTask({
      items: ['SCJG-FOOD', 'STHJ-EMIT', 'AJ-SAFE'],
      participants: ['STHJ', 'AJ'],
      joint: true,
    });
    const all = [...items, item('AJ', 'AJ-SAFE')];
    await deps.plans.create(plan([threeWay]));
    for (const i of all) await deps.items.create(i);
    for (const t of targets) await deps.targets.create(t);
    for (const t of targets.filter((x) => x.department === 'SCJG'))
      await deps.targets.create({ ...t, department: 'AJ' });
    for (const i of inspectors) await deps.inspectors.create(i);
    for (const id of ['A1', 'A2', 'A3'])
      await deps.inspectors.create(
        inspector(id, { department: 'AJ', qualifications: ['AJ-SAFE'] }),
      );
    const source = 'drand:quicknet:99000000';
    await deps.tasks.create(
      newTask(plan([threeWay]), all, createInput({ entropySource: source }), NOW),
    );
    await uc.freezeTask(deps, { actor: office, taskId: TASK });
    await uc.commitTask(deps, { actor: office, taskId: TASK });
    // the beacon round is accepted (acceptEntropy checks its signature): the draw is next
    const committed = deps.tasks.rows.get(TASK)!;
    deps.tasks.rows.set(TASK, {
      ...advanceStage(committed, 'AwaitingEntropy', NOW),
      entropy: 'beacon-randomness-of-round-99000000',
    });
    const { task, records } = await draw(deps);
    expect(task.stage).toBe('Drawn');
    expect(records.map((r) => r.drawId)).toEqual([TASK, `${TASK}.STHJ`, `${TASK}.AJ`]);
  });
});

describe('the engine hash the runtime gives (drawOptions: node:crypto in the functions)', () => {
  it('digests the bundles at freeze, commit and draw, to the same digests as the default', async () => {
    const plain = await setup();
    await create(plain);
    await uc.freezeTask(plain, { actor: office, taskId: TASK });
    await uc.commitTask(plain, { actor: office, taskId: TASK });

    const deps = await setup();
    const hashed: number[] = [];
    deps.drawOptions = {
      sha256: (data) => {
        hashed.push(data.length);
        return nobleSha256Fn(data);
      },
    };
    await create(deps);
    await uc.freezeTask(deps, { actor: office, taskId: TASK });
    const afterFreeze = hashed.length;
    await uc.commitTask(deps, { actor: office, taskId: TASK });
    const afterCommit = hashed.length;
    await revealAll(deps);
    await draw(deps);

    expect(afterFreeze).toBeGreaterThan(0);
    expect(afterCommit).toBeGreaterThan(afterFreeze);
    expect(hashed.length).toBeGreaterThan(afterCommit);
    expect(await deps.commitments.get(TASK)).toEqual(await plain.commitments.get(TASK));
  });
});

describe('drawTask writes the assignments first', () => {
  it('starts the assignments before the draw records (their writes keep the store busy)', async () => {
    const deps = await awaiting();
    const started: string[] = [];
    const putAll = deps.assignments.putAll.bind(deps.assignments);
    const putOnce = deps.draws.putOnce.bind(deps.draws);
    deps.assignments.putAll = (a) => {
      started.push('assignments');
      return putAll(a);
    };
    deps.draws.putOnce = (r) => {
      started.push(`record ${r.drawId}`);
      return putOnce(r);
    };
    await draw(deps);
    expect(started).toEqual(['assignments', `record ${TASK}`, `record ${TASK}.STHJ`]);
  });
});

describe('drawTask records the draw', () => {
  it('audits each draw’s seed and result digest', async () => {
    const deps = await awaiting();
    const { records } = await draw(deps);
    const entry = deps.audit.chains.get(TASK)?.find((e) => e.action === 'task.draw');
    expect(entry?.data).toMatchObject({
      draws: records.map((r) => ({
        drawId: r.drawId,
        seed: r.result.seed,
        resultDigest: r.result.resultDigest,
      })),
    });
    expect(records).toHaveLength(2);
  });

  it('a hash function that fails is no refusal of the bundle: its error passes through', async () => {
    const deps = await awaiting();
    const outage = new Error('SHA-256 provider unavailable');
    deps.drawOptions = {
      sha256: () => {
        throw outage;
      },
    };
    const e = await draw(deps).catch((x: unknown) => x);
    expect(e).toBe(outage);
    expect(e).not.toBeInstanceOf(DomainError);
    expect((await deps.tasks.get(TASK))?.stage).toBe('AwaitingEntropy');
  });

  it('a crash while storing the draw is completed by the restart, on the same draw', async () => {
    const clean = await awaiting();
    const expected = (await draw(clean)).records.map((r) => r.result.resultDigest);

    const deps = await awaiting();
    const putAll = deps.assignments.putAll.bind(deps.assignments);
    deps.assignments.putAll = async () => {
      deps.assignments.putAll = putAll;
      throw new Error('store unavailable');
    };
    await expect(draw(deps)).rejects.toThrow('store unavailable');
    expect((await deps.tasks.get(TASK))?.stage).toBe('AwaitingEntropy');
    expect(await resumeWorkflowChanges(deps, TASK)).toBe(1);
    expect((await deps.tasks.get(TASK))?.stage).toBe('Drawn');
    expect((await deps.draws.listByTask(TASK)).map((r) => r.result.resultDigest)).toEqual(expected);
    expect(deps.assignments.rows.size).toBe(clean.assignments.rows.size);
  });
});
