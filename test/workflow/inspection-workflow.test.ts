import { createLocalWorkflowEngine, type LocalWorkflowEngine } from '@double-random/local/workflow';
import { afterEach, describe, expect, it } from 'vitest';
import {
  acceptEntropy,
  auditOf,
  CEREMONY_DAY,
  createTask,
  reaches,
  recordResult,
  reveal,
  SCENARIOS,
  selected,
  settle,
  settleTarget,
  spoilBlobs,
  taskIdOf,
  until,
  useWorkflowWorld,
  waitingInspections,
} from './support';

/**
 * The state machine synthesized from the CDK construct, run by the embedded engine with the
 * real state handlers on the real store (in-memory dynalite), one scenario per planned task.
 */
const world = useWorkflowWorld();
const engines: LocalWorkflowEngine[] = [];
const engine = () => {
  const e = createLocalWorkflowEngine({ runtime: world.runtime });
  engines.push(e);
  return e;
};
afterEach(async () => {
  for (const e of engines.splice(0)) await e.close();
});

const stageOf = async (taskId: string) => (await world.deps.tasks.get(taskId))?.stage;

describe('inspection workflow on the embedded engine', () => {
  it('runs a single-department task from freeze to done', async () => {
    const taskId = taskIdOf(SCENARIOS.single);
    const e = engine();
    await createTask(world, SCENARIOS.single);
    await e.start(taskId);
    await acceptEntropy(world, e, taskId);
    await reaches(world, taskId, 'Inspecting');
    const assignments = await selected(world, taskId);
    expect(assignments.length).toBeGreaterThan(0);
    await waitingInspections(world, taskId, assignments.length);
    // as the API does after each result: that target's wait settles, and only that one
    for (const [i, a] of assignments.entries()) {
      await recordResult(world, a);
      expect(await settleTarget(world, e, taskId, a.target)).toEqual([
        `result:${a.drawId}:${a.target}`,
      ]);
      const open = (await world.runtime.tokens.listByTask(taskId)).filter((w) =>
        w.slot.startsWith('result:'),
      );
      expect(open.length).toBeLessThanOrEqual(assignments.length - i - 1);
      expect(open.map((w) => w.slot)).not.toContain(`result:${a.drawId}:${a.target}`);
    }
    const run = await e.settled(taskId);
    expect(run?.status).toBe('succeeded');
    expect(await stageOf(taskId)).toBe('Done');
    const actions = (await auditOf(world, taskId)).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'task.freeze',
        'task.commit',
        'task.entropy',
        'task.draw',
        'task.notify',
        'task.publication-deadlines',
        'task.handoffs-due',
      ]),
    );
    expect(await world.runtime.tokens.listByTask(taskId)).toEqual([]);
    // every drawn member was told of the assignment, once, in Chinese, through the outbox
    const told = (await world.deps.outbox!.list({}, { limit: 1000 })).items.filter(
      (n) => n.kind === 'assignment' && n.ref.taskId === taskId,
    );
    const members = assignments.flatMap((a) => a.members.map((m) => `inspector:${m}`));
    expect(told.map((n) => n.recipient).sort()).toEqual(members.sort());
    expect(told.every((n) => n.status === 'delivered' && n.text.includes('检查组'))).toBe(true);
  });

  it('runs a joint task: the participant draws its teams and records its own item', async () => {
    const taskId = taskIdOf(SCENARIOS.joint);
    const e = engine();
    await createTask(world, SCENARIOS.joint);
    await e.start(taskId);
    await acceptEntropy(world, e, taskId);
    await reaches(world, taskId, 'Inspecting');
    const assignments = await selected(world, taskId);
    const departments = new Set(assignments.map((a) => a.department));
    expect(departments).toEqual(new Set(['SCJG', 'STHJ']));
    expect((await world.deps.draws.listByTask(taskId)).length).toBe(2);
    await waitingInspections(world, taskId, assignments.length);
    for (const a of assignments) await recordResult(world, a);
    await settle(world, e, taskId);
    expect((await e.settled(taskId))?.status).toBe('succeeded');
    expect(await stageOf(taskId)).toBe('Done');
    const results = await world.deps.results.listByTask(taskId);
    expect(new Set(results.map((r) => r.item))).toEqual(new Set(['SCJG-FOOD', 'STHJ-EMIT']));
  });

  it('replaces a deregistered target by the next reserve, inspected by its drawn team', async () => {
    const taskId = taskIdOf(SCENARIOS.replacement);
    const e = engine();
    await createTask(world, SCENARIOS.replacement);
    await e.start(taskId);
    await acceptEntropy(world, e, taskId);
    await reaches(world, taskId, 'Inspecting');
    const [gone, ...rest] = await selected(world, taskId);
    await waitingInspections(world, taskId, rest.length + 1);
    await recordResult(world, gone!, { wording: 'deregistered' });
    for (const a of rest) await recordResult(world, a);
    await settle(world, e, taskId);
    const reserve = await until('the reserve in play', async () =>
      (await world.deps.assignments.listByTask(taskId)).find((a) => a.replaces === gone!.target),
    );
    expect(reserve.role).toBe('reserve');
    await until('the reserve wait', async () =>
      world.runtime.tokens.get(taskId, `result:${reserve.drawId}:${reserve.target}`),
    );
    expect(await stageOf(taskId)).toBe('Inspecting');
    await recordResult(world, reserve);
    await settle(world, e, taskId);
    expect((await e.settled(taskId))?.status).toBe('succeeded');
    const results = await world.deps.results.listByTask(taskId);
    expect(results.map((r) => r.targetId)).toEqual(
      expect.arrayContaining([gone!.target, reserve.target]),
    );
    expect((await auditOf(world, taskId)).filter((a) => a.action === 'task.replace')).toHaveLength(
      1,
    );
  });

  it('lights the red light for an inspection without results when the window has closed', async () => {
    const taskId = taskIdOf(SCENARIOS.overdue);
    const e = engine();
    await createTask(world, SCENARIOS.overdue);
    await e.start(taskId);
    // the draw and the inspection start after the window (ends 2026-11-30) has closed
    await acceptEntropy(world, e, taskId, '2026-12-01T01:00:00.000Z');
    const run = await e.settled(taskId);
    expect(run).toEqual(expect.objectContaining({ status: 'succeeded' }));
    const assignments = await selected(world, taskId);
    const lights = (await auditOf(world, taskId)).filter((a) => a.action === 'inspection.overdue');
    expect(lights.map((l) => l.subject).sort()).toEqual(
      assignments.map((a) => `${taskId}/${a.drawId}/${a.target}`).sort(),
    );
    expect(await stageOf(taskId)).toBe('Done');
  });

  it('resumes mid-Inspect after a restart without duplicating anything', async () => {
    const taskId = taskIdOf(SCENARIOS.restart);
    const first = engine();
    await createTask(world, SCENARIOS.restart);
    await first.start(taskId);
    await acceptEntropy(world, first, taskId);
    await reaches(world, taskId, 'Inspecting');
    const [done, ...open] = await selected(world, taskId);
    await waitingInspections(world, taskId, open.length + 1);
    await recordResult(world, done!);
    await settle(world, first, taskId);
    await first.close();
    expect(await stageOf(taskId)).toBe('Inspecting');
    const assignmentsBefore = (await world.deps.assignments.listByTask(taskId)).length;

    const second = engine();
    const started = await second.resumeUnfinished();
    expect(started.filter((id) => id.startsWith(`local:${taskId}:`))).toHaveLength(1);
    await until('the remaining waits', async () => {
      const waits = await world.runtime.tokens.listByTask(taskId);
      return second.waitingTokens().length >= open.length && waits.length === open.length
        ? waits
        : undefined;
    });
    for (const a of open) await recordResult(world, a);
    await settle(world, second, taskId);
    expect((await second.settled(taskId))?.status).toBe('succeeded');
    expect(await stageOf(taskId)).toBe('Done');
    expect((await world.deps.assignments.listByTask(taskId)).length).toBe(assignmentsBefore);
    expect((await world.deps.draws.listByTask(taskId)).length).toBe(1);
    const actions = (await auditOf(world, taskId)).map((a) => a.action);
    for (const once of ['task.draw', 'task.notify', 'task.freeze', 'task.commit'])
      expect(actions.filter((a) => a === once)).toHaveLength(1);
    expect(await world.deps.results.listByTask(taskId)).toHaveLength(open.length + 1);
  });

  it('fails the task with the error a waiting state is failed with', async () => {
    const taskId = taskIdOf(SCENARIOS.cancelled);
    const e = engine();
    await createTask(world, SCENARIOS.cancelled);
    await e.start(taskId);
    const waiting = await until('the entropy wait', () =>
      world.runtime.tokens.get(taskId, 'entropy'),
    );
    await e.fail(waiting.token, 'ENTROPY.SOURCE_UNAVAILABLE', 'the ceremony was called off');
    await e.fail(waiting.token, 'ENTROPY.OTHER', 'a second settler changes nothing');
    expect((await e.settled(taskId))?.status).toBe('failed');
    const task = await world.deps.tasks.get(taskId);
    expect(task?.failure).toEqual({
      stage: 'AwaitingEntropy',
      code: 'ENTROPY.SOURCE_UNAVAILABLE',
      message: 'the ceremony was called off',
    });
  });

  it('fails a witnessed task whose reveal day closed with a reveal withheld, and never draws it', async () => {
    const taskId = taskIdOf(SCENARIOS.withheld);
    const first = engine();
    await createTask(world, SCENARIOS.withheld);
    await first.start(taskId);
    await until('the entropy wait', () => world.runtime.tokens.get(taskId, 'entropy'));
    world.deps.clock.instant = CEREMONY_DAY;
    const one = await reveal(world, taskId, 'STHJ');
    expect([one.created, one.task.entropy]).toEqual([true, undefined]);
    await first.close();
    // the reveal day (2026-03-03, Asia/Shanghai) has closed: JJJC's reveal comes too late
    world.deps.clock.instant = '2026-03-04T01:00:00.000Z';
    await expect(reveal(world, taskId, 'JJJC')).rejects.toMatchObject({
      code: 'WITNESS.REVEAL_LATE',
    });
    const second = engine();
    await second.resumeUnfinished();
    expect((await second.settled(taskId))?.status).toBe('failed');
    const task = await world.deps.tasks.get(taskId);
    expect([task?.stage, task?.entropy, task?.failure?.code]).toEqual([
      'Failed',
      undefined,
      'ENTROPY.REVEAL_WITHHELD',
    ]);
    expect(task?.failure?.message).toContain('JJJC');
    expect(await world.deps.draws.listByTask(taskId)).toEqual([]);
    const actions = (await auditOf(world, taskId)).map((a) => a.action);
    expect(actions.filter((a) => a === 'witness.reveal')).toHaveLength(1);
    expect(actions.at(-1)).toBe('task.fail');
  });

  it('fails the wait at once when a late reveal comes and its refusal settles the waits', async () => {
    const taskId = taskIdOf(SCENARIOS.withheldSettled);
    const e = engine();
    await createTask(world, SCENARIOS.withheldSettled);
    await e.start(taskId);
    await until('the entropy wait', () => world.runtime.tokens.get(taskId, 'entropy'));
    world.deps.clock.instant = CEREMONY_DAY;
    await reveal(world, taskId, 'JJJC');
    // before the reveal day closes, settling changes nothing: the task keeps waiting
    expect(await settle(world, e, taskId)).toEqual([]);
    world.deps.clock.instant = '2026-03-04T01:00:00.000Z';
    await expect(reveal(world, taskId, 'STHJ')).rejects.toMatchObject({
      code: 'WITNESS.REVEAL_LATE',
    });
    // what the reveal route does after refusing a late reveal
    expect(await settle(world, e, taskId)).toEqual(['entropy']);
    expect((await e.settled(taskId))?.status).toBe('failed');
    const task = await world.deps.tasks.get(taskId);
    expect([task?.stage, task?.failure?.code]).toEqual(['Failed', 'ENTROPY.REVEAL_WITHHELD']);
    expect(task?.failure?.message).toContain('STHJ');
  });

  // last: it spoils the blob folder the other scenarios' bundles live in
  it('records a failure in Draw on the task and in its audit chain', async () => {
    const taskId = taskIdOf(SCENARIOS.failure);
    const e = engine();
    await createTask(world, SCENARIOS.failure);
    await e.start(taskId);
    await until('the entropy wait', () => world.runtime.tokens.get(taskId, 'entropy'));
    await spoilBlobs(world);
    await acceptEntropy(world, e, taskId);
    const run = await e.settled(taskId);
    expect(run?.status).toBe('failed');
    const task = await world.deps.tasks.get(taskId);
    expect(task?.stage).toBe('Failed');
    expect(task?.failure?.stage).toBe('AwaitingEntropy');
    expect(task?.failure?.message).toMatch(/Draw/);
    const failure = (await auditOf(world, taskId)).find((a) => a.action === 'task.fail');
    expect(failure?.data).toEqual(expect.objectContaining({ code: task?.failure?.code }));
  });
});
