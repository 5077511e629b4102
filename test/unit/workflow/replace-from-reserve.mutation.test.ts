import {
  type Actor,
  type AuditEntry,
  type ChangeIntent,
  type DrawRecord,
  type InspectionResult,
  type ResultWording,
  type TaskAssignment,
  workflowUseCases as uc,
} from '@double-random/domain';
import type { DrawResult } from '@double-random/draw';
import { describe, expect, it } from 'vitest';
import { type FakeAssignments, type FakeIntents, fakeWorkflowDeps } from './fakes';
import { jointTask, NOW } from './fixtures';

/**
 * 7. Replacing a gone target (spec §4): the next reserve of its stratum, with the teams drawn
 * for it in every draw of the task; never a re-draw, and the same answer when asked again.
 * The draw's state is laid out by hand, so each rule is met at its edge.
 */

const office: Actor = { sub: 'office-1', roles: ['office'] };
const scjg: Actor = { sub: 'scjg-1', roles: ['dept:SCJG'] };
const sthj: Actor = { sub: 'sthj-1', roles: ['dept:STHJ'] };
const TASK = '2026-SCJG-007';
const STHJ_DRAW = `${TASK}.STHJ`;

/** risk:A: T01, T02 selected, T21, T22 in reserve; risk:D: T31 selected, T35 in reserve. */
const strata = [
  { key: 'risk:A', population: 30, size: 2, selected: ['T01', 'T02'], reserve: ['T21', 'T22'] },
  { key: 'risk:D', population: 10, size: 1, selected: ['T31'], reserve: ['T35'] },
];
type Team = { target: string; members: string[]; leader: string | null; status: 'filled' };
const scjgTeam = (target: string): Team => ({
  target,
  members: [`P${target.slice(-1)}`, 'P8'],
  leader: `P${target.slice(-1)}`,
  status: 'filled' as const,
});
const sthjTeam = (target: string): Team => ({
  target,
  members: ['E1', 'E2'],
  leader: null,
  status: 'filled' as const,
});

const drawResult = (): DrawResult => ({
  spec: 'dr-draw/1' as DrawResult['spec'],
  drawId: TASK,
  poolDigest: 'a'.repeat(64),
  paramsDigest: 'b'.repeat(64),
  rosterDigest: 'c'.repeat(64),
  seed: 'd'.repeat(64),
  strata,
  assignments: ['T01', 'T02', 'T31'].map(scjgTeam),
  reserveAssignments: ['T21', 'T22', 'T35'].map(scjgTeam),
  resultDigest: 'e'.repeat(64),
});

const assignmentsOf = (
  drawId: string,
  department: string,
  team: (target: string) => Team,
): TaskAssignment[] =>
  strata.flatMap((s) =>
    (['selected', 'reserve'] as const).flatMap((role) =>
      s[role].map((target) => ({
        taskId: TASK,
        drawId,
        department,
        stratum: s.key,
        role,
        ...team(target),
      })),
    ),
  );

const setup = async ({ withDraw = true } = {}) => {
  const deps = fakeWorkflowDeps(NOW);
  await deps.tasks.create(jointTask());
  if (withDraw) {
    const record: DrawRecord = {
      drawId: TASK,
      taskId: TASK,
      department: 'SCJG',
      entropy: 'f'.repeat(64),
      result: drawResult(),
      at: NOW,
    };
    await deps.draws.putOnce(record);
  }
  // the participant's draw is listed first: a replacement answers with the initiator's teams
  await deps.assignments.putAll(assignmentsOf(STHJ_DRAW, 'STHJ', sthjTeam));
  await deps.assignments.putAll(assignmentsOf(TASK, 'SCJG', scjgTeam));
  return deps;
};
type Deps = Awaited<ReturnType<typeof setup>>;

/** The result that found the target gone: only the fields the replacement reads. */
const record = async (deps: Deps, targetId: string, wording: ResultWording) =>
  deps.results.create({
    taskId: TASK,
    targetId,
    item: 'SCJG-FOOD',
    wording,
  } as Partial<InspectionResult> as InspectionResult);

const replacesOf = (deps: Deps, reserve: string) =>
  [...deps.assignments.rows.values()]
    .filter((a) => a.target === reserve)
    .map((a) => [a.drawId, a.replaces]);

const entries = (deps: Deps): AuditEntry[] => deps.audit.chains.get(TASK) ?? [];

describe('replaceFromReserve: who may', () => {
  it('refuses a participant or another department, naming the task and the rule', async () => {
    const deps = await setup();
    await record(deps, 'T01', 'deregistered');
    for (const actor of [
      sthj,
      { sub: 'zjj-1', roles: ['dept:ZJJ'] },
      { sub: 'P1', roles: ['inspector'] },
    ])
      await expect(
        uc.replaceFromReserve(deps, { actor, taskId: TASK, targetId: 'T01' }),
      ).rejects.toMatchObject({
        code: 'RESERVE.NOT_INITIATOR',
        kind: 'forbidden',
        message: `${actor.sub} may not replace targets of task ${TASK}: the office or SCJG may`,
        details: { field: 'taskId', rule: 'the initiator or the office', value: TASK },
      });
    expect(entries(deps)).toEqual([]);
  });

  it('lets the office replace a target of the initiator’s task', async () => {
    const deps = await setup();
    await record(deps, 'T01', 'unreachable');
    expect(
      (await uc.replaceFromReserve(deps, { actor: office, taskId: TASK, targetId: 'T01' })).reserve,
    ).toBe('T21');
  });
});

describe('replaceFromReserve: only a gone target', () => {
  it('refuses a target no result records as gone, naming the target and the rule', async () => {
    const deps = await setup();
    // another target is gone, and this one was inspected: neither makes it gone
    await record(deps, 'T02', 'deregistered');
    await record(deps, 'T01', 'no-problem');
    await expect(
      uc.replaceFromReserve(deps, { actor: scjg, taskId: TASK, targetId: 'T01' }),
    ).rejects.toMatchObject({
      code: 'RESERVE.NO_GONE_RESULT',
      kind: 'conflict',
      message: 'no result records T01 as unreachable or gone; replacement needs one',
      details: {
        field: 'targetId',
        rule: 'replacement only for unreachable or gone targets (spec §4)',
        value: 'T01',
      },
    });
    expect(replacesOf(deps, 'T21')).toEqual([
      [STHJ_DRAW, undefined],
      [TASK, undefined],
    ]);
  });

  it('refuses when the task’s draw is not stored, naming the draw', async () => {
    const deps = await setup({ withDraw: false });
    await record(deps, 'T01', 'deregistered');
    await expect(
      uc.replaceFromReserve(deps, { actor: scjg, taskId: TASK, targetId: 'T01' }),
    ).rejects.toMatchObject({ code: 'DRAW.NOT_FOUND', message: `draw ${TASK} not found` });
  });
});

describe('replaceFromReserve: the reserve, its teams and its entry', () => {
  it('activates the next reserve in every draw, through one intent and one entry', async () => {
    const deps = await setup();
    await record(deps, 'T01', 'deregistered');
    const r = await uc.replaceFromReserve(deps, { actor: scjg, taskId: TASK, targetId: 'T01' });
    expect(r).toEqual({
      replaced: 'T01',
      stratum: 'risk:A',
      reserve: 'T21',
      assignment: scjgTeam('T21'),
    });
    expect(replacesOf(deps, 'T21')).toEqual([
      [STHJ_DRAW, 'T01'],
      [TASK, 'T01'],
    ]);
    expect(entries(deps)).toHaveLength(1);
    expect(entries(deps)[0]).toMatchObject({
      at: NOW,
      actor: 'scjg-1',
      action: 'task.replace',
      subject: `${TASK}/T01`,
      data: {
        replaced: 'T01',
        reserve: 'T21',
        stratum: 'risk:A',
        wording: 'deregistered',
        intent: 'reserve/T21',
      },
    });
    expect(await deps.intents.get(TASK, 'reserve/T21')).toMatchObject({
      kind: 'task.replace',
      seq: 1,
      change: {
        taskId: TASK,
        drawIds: [TASK, STHJ_DRAW],
        reserve: 'T21',
        replaces: 'T01',
        at: NOW,
      },
    });
  });

  it('answers a repeated call with the same replacement and the initiator’s team, writing nothing', async () => {
    const deps = await setup();
    await record(deps, 'T01', 'closed-or-liquidating');
    const first = await uc.replaceFromReserve(deps, { actor: scjg, taskId: TASK, targetId: 'T01' });
    const again = await uc.replaceFromReserve(deps, {
      actor: office,
      taskId: TASK,
      targetId: 'T01',
    });
    expect(again).toEqual(first);
    expect(again.assignment.members).toEqual(['P1', 'P8']);
    expect(entries(deps)).toHaveLength(1);
  });

  it('takes the next unused reserve for the next gone target of the stratum', async () => {
    const deps = await setup();
    await record(deps, 'T01', 'deregistered');
    await record(deps, 'T02', 'moved-out');
    await uc.replaceFromReserve(deps, { actor: scjg, taskId: TASK, targetId: 'T01' });
    const r = await uc.replaceFromReserve(deps, { actor: scjg, taskId: TASK, targetId: 'T02' });
    expect([r.reserve, r.stratum]).toEqual(['T22', 'risk:A']);
    expect(entries(deps).map((e) => (e.data as { wording: string }).wording)).toEqual([
      'deregistered',
      'moved-out',
    ]);
  });

  it('returns a reserve activated without an intent on record as it stands', async () => {
    const deps = await setup();
    await record(deps, 'T31', 'deregistered');
    for (const drawId of [TASK, STHJ_DRAW])
      await deps.assignments.activateReserve(drawId, 'T35', 'T31', NOW);
    const r = await uc.replaceFromReserve(deps, { actor: scjg, taskId: TASK, targetId: 'T31' });
    expect(r).toEqual({
      replaced: 'T31',
      stratum: 'risk:D',
      reserve: 'T35',
      assignment: scjgTeam('T35'),
    });
    expect(entries(deps)).toEqual([]);
  });
});

describe('replaceFromReserve: crashes and contention', () => {
  it('completes the activations a crash left undone when asked again', async () => {
    const deps = await setup();
    await record(deps, 'T01', 'deregistered');
    // the participant's activation fails once: the initiator's is done, the intent left open
    const failing = Object.assign(Object.create(deps.assignments) as FakeAssignments, {
      activateReserve: async (drawId: string, target: string, replaces: string, at: string) => {
        if (drawId === STHJ_DRAW) throw new Error('store unavailable');
        return deps.assignments.activateReserve(drawId, target, replaces, at);
      },
    });
    await expect(
      uc.replaceFromReserve(
        { ...deps, assignments: failing },
        { actor: scjg, taskId: TASK, targetId: 'T01' },
      ),
    ).rejects.toThrow('store unavailable');
    expect(replacesOf(deps, 'T21')).toEqual([
      [STHJ_DRAW, undefined],
      [TASK, 'T01'],
    ]);
    expect((await deps.intents.get(TASK, 'reserve/T21'))?.seq).toBeUndefined();
    const r = await uc.replaceFromReserve(deps, { actor: scjg, taskId: TASK, targetId: 'T01' });
    expect(r.reserve).toBe('T21');
    expect(replacesOf(deps, 'T21')).toEqual([
      [STHJ_DRAW, 'T01'],
      [TASK, 'T01'],
    ]);
    expect((await deps.intents.get(TASK, 'reserve/T21'))?.seq).toBe(1);
    expect(entries(deps)).toHaveLength(1);
  });

  it('finishes its own crashed replacement whose intent was written before any activation', async () => {
    const deps = await setup();
    await record(deps, 'T01', 'deregistered');
    const failing = Object.assign(Object.create(deps.assignments) as FakeAssignments, {
      activateReserve: async () => {
        throw new Error('store unavailable');
      },
    });
    await expect(
      uc.replaceFromReserve(
        { ...deps, assignments: failing },
        { actor: scjg, taskId: TASK, targetId: 'T01' },
      ),
    ).rejects.toThrow('store unavailable');
    const r = await uc.replaceFromReserve(deps, { actor: scjg, taskId: TASK, targetId: 'T01' });
    expect(r).toEqual({
      replaced: 'T01',
      stratum: 'risk:A',
      reserve: 'T21',
      assignment: scjgTeam('T21'),
    });
    expect(replacesOf(deps, 'T21')).toEqual([
      [STHJ_DRAW, 'T01'],
      [TASK, 'T01'],
    ]);
    expect(entries(deps)).toHaveLength(1);
  });

  it('chooses again when another gone target took the reserve meanwhile', async () => {
    const deps = await setup();
    await record(deps, 'T01', 'deregistered');
    await record(deps, 'T02', 'deregistered');
    // T02's replacement wrote its intent for T21 and has not applied it yet
    const theirs: ChangeIntent = {
      id: 'reserve/T21',
      chain: TASK,
      kind: 'task.replace',
      since: 0,
      audit: {
        at: NOW,
        actor: 'office-1',
        action: 'task.replace',
        subject: `${TASK}/T02`,
        data: { replaced: 'T02', reserve: 'T21', stratum: 'risk:A', wording: 'deregistered' },
      },
      change: {
        taskId: TASK,
        drawIds: [TASK, STHJ_DRAW],
        reserve: 'T21',
        replaces: 'T02',
        at: NOW,
      },
    };
    await deps.intents.open(theirs);
    const r = await uc.replaceFromReserve(deps, { actor: scjg, taskId: TASK, targetId: 'T01' });
    expect([r.replaced, r.reserve]).toEqual(['T01', 'T22']);
    expect(replacesOf(deps, 'T21')).toEqual([
      [STHJ_DRAW, 'T02'],
      [TASK, 'T02'],
    ]);
    expect(replacesOf(deps, 'T22')).toEqual([
      [STHJ_DRAW, 'T01'],
      [TASK, 'T01'],
    ]);
    expect(entries(deps).map((e) => e.subject)).toEqual([`${TASK}/T02`, `${TASK}/T01`]);
  });

  it('gives up after ten more tries when the reserves keep changing, naming the target', async () => {
    const deps = await setup();
    await record(deps, 'T01', 'deregistered');
    // every try finds its reserve taken by another gone target, whose writer is still at it
    let opens = 0;
    const intents = Object.assign(Object.create(deps.intents) as FakeIntents, {
      open: async (intent: ChangeIntent) => {
        opens++;
        if (opens > 30) throw new Error('runaway retries');
        const change = { ...(intent.change as object), replaces: `X${opens}` };
        return { stored: { ...intent, change }, created: false };
      },
      complete: async () => {},
    });
    const assignments = Object.assign(Object.create(deps.assignments) as FakeAssignments, {
      activateReserve: async () => {},
    });
    await expect(
      uc.replaceFromReserve(
        { ...deps, intents, assignments },
        { actor: scjg, taskId: TASK, targetId: 'T01' },
      ),
    ).rejects.toMatchObject({
      code: 'RESERVE.CONTENDED',
      kind: 'conflict',
      message: `the reserves of task ${TASK} kept changing while T01 was replaced; try again`,
      details: { field: 'targetId', rule: 'one reserve per gone target', value: 'T01' },
    });
    expect(opens).toBe(11);
  });
});
