import {
  type Actor,
  ConflictError,
  changeAppliers,
  type Handoff,
  newHandoff,
  type Task,
  workflowUseCases as uc,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { type Deps, entries, recorded, rejection, scenario, TASK_ID } from './result-scenario';

/** 9. Handing a problem on, through its intent and entry; the last one completes the task. */
const scjg: Actor = { sub: 'u1', roles: ['dept:SCJG'] };
const zjj: Actor = { sub: 'z1', roles: ['dept:ZJJ'] };
const NOW = '2026-04-02T01:00:00.000Z';
const LATER = '2026-04-02T03:00:00.000Z';
const input = {
  taskId: TASK_ID,
  targetId: 'T01',
  item: 'SCJG-FOOD',
  kind: 'department-in-charge' as const,
  receiverDepartment: 'ZJJ',
  receiverName: '区住房和城乡建设局',
  reason: '无证施工线索',
  date: '2026-04-02',
};
const { receiverDepartment: _r, ...common } = input;
const toCourt = { ...common, kind: 'judicial' as const, receiverName: '市公安局' };
const ID = 'T01.SCJG-FOOD.department-in-charge';
const ack = (over: Record<string, string> = {}) => ({
  taskId: TASK_ID,
  handoffId: ID,
  acknowledgedBy: '李某',
  at: '2026-04-03T01:00:00.000Z',
  ...over,
});
const storedTask = async (deps: Deps): Promise<Task> => (await deps.tasks.get(TASK_ID))!;

describe('handoff', () => {
  it('stores the handoff with its entry, under handoff/<id>', async () => {
    const deps = await scenario(NOW);
    const h = await uc.handoff(deps, { actor: scjg, input });
    expect(await deps.handoffs.get(TASK_ID, ID)).toEqual(h);
    const [entry] = entries(deps).filter((e) => e.action === 'handoff.create');
    expect(entry).toMatchObject({
      at: NOW,
      actor: 'u1',
      subject: `${TASK_ID}/${ID}`,
      data: {
        kind: 'department-in-charge',
        receiverDepartment: 'ZJJ',
        receiverName: '区住房和城乡建设局',
        date: '2026-04-02',
        intent: `handoff/${ID}`,
      },
    });
    expect(await deps.intents.get(TASK_ID, `handoff/${ID}`)).toMatchObject({ seq: entry?.seq });
  });

  it('refuses a result that was never recorded, naming it', async () => {
    const deps = await scenario(NOW, []);
    const e = await rejection(uc.handoff(deps, { actor: scjg, input }));
    expect(e.code).toBe('RESULT.NOT_FOUND');
    expect(e.message).toBe(`result ${TASK_ID}/T01/SCJG-FOOD not found`);
  });

  it('returns a handoff already stored as it is, and refuses a different one of the same kind', async () => {
    const deps = await scenario(LATER);
    const before = newHandoff(recorded(), input, { actor: scjg, now: NOW });
    await deps.handoffs.create(before);
    expect(await uc.handoff(deps, { actor: scjg, input })).toEqual(before);
    expect(entries(deps)).toEqual([]);
    for (const other of [
      { receiverName: '区自然资源局' },
      { reason: '另一个理由' },
      { date: '2026-04-01' },
    ]) {
      const e = await rejection(uc.handoff(deps, { actor: scjg, input: { ...input, ...other } }));
      expect(e.code).toBe('HANDOFF.EXISTS');
      expect(e.message).toBe(`handoff ${ID} was already made to 区住房和城乡建设局 on 2026-04-02`);
      expect(e.details).toEqual({
        field: 'kind',
        rule: 'one handoff per result and kind',
        value: ID,
      });
    }
    expect(await deps.handoffs.get(TASK_ID, ID)).toEqual(before);
  });

  it('after a crash, a retry completes the first handoff; a different one is refused', async () => {
    const deps = await scenario(NOW);
    const create = deps.handoffs.create.bind(deps.handoffs);
    deps.handoffs.create = async () => {
      throw new Error('store unavailable');
    };
    await expect(uc.handoff(deps, { actor: scjg, input })).rejects.toThrow('store unavailable');
    deps.handoffs.create = create;
    deps.clock.instant = LATER;
    const changed = await rejection(
      uc.handoff(deps, { actor: scjg, input: { ...input, receiverName: '区自然资源局' } }),
    );
    expect(changed.code).toBe('HANDOFF.EXISTS');
    expect(changed.message).toBe(
      `handoff ${ID} was already made to 区住房和城乡建设局 on 2026-04-02`,
    );
    // the refused call completed the first one, asked at NOW
    expect((await deps.handoffs.get(TASK_ID, ID))?.at).toBe(NOW);
    expect(await uc.handoff(deps, { actor: scjg, input })).toMatchObject({ at: NOW });
    expect(entries(deps).filter((e) => e.action === 'handoff.create')).toHaveLength(1);
  });

  it('after a crash, the same handoff asked again is the first one, once', async () => {
    const deps = await scenario(NOW, [recorded({ suspectedCrime: true })]);
    const create = deps.handoffs.create.bind(deps.handoffs);
    deps.handoffs.create = async () => {
      throw new Error('store unavailable');
    };
    await expect(uc.handoff(deps, { actor: scjg, input })).rejects.toThrow('store unavailable');
    deps.handoffs.create = create;
    deps.clock.instant = LATER;
    const h = await uc.handoff(deps, { actor: scjg, input });
    expect(h.at).toBe(NOW);
    expect(entries(deps).filter((e) => e.action === 'handoff.create')).toHaveLength(1);
    // the retry is not the last handoff: the judicial one is still missing
    expect((await storedTask(deps)).stage).toBe('HandingOff');
  });

  it('leaves the task at HandingOff while a required handoff is missing; the last one completes it', async () => {
    const deps = await scenario(NOW, [recorded({ suspectedCrime: true })]);
    await uc.handoff(deps, { actor: scjg, input });
    expect((await storedTask(deps)).stage).toBe('HandingOff');
    await uc.handoff(deps, { actor: scjg, input: toCourt });
    const done = await storedTask(deps);
    expect(done).toMatchObject({ stage: 'Done', version: 2, updatedAt: NOW });
    const moves = entries(deps).filter((e) => e.action === 'task.advance');
    expect(moves).toHaveLength(1);
    expect(moves[0]).toMatchObject({
      at: NOW,
      actor: 'u1',
      subject: TASK_ID,
      data: { from: 'HandingOff', to: 'Done', after: 'the last required handoff' },
    });
  });

  it('does not move a task that is not at HandingOff', async () => {
    const deps = await scenario(NOW, [recorded()], { stage: 'Publishing' });
    await uc.handoff(deps, { actor: scjg, input });
    expect((await storedTask(deps)).stage).toBe('Publishing');
    expect(entries(deps).filter((e) => e.action === 'task.advance')).toEqual([]);
  });

  it('of a result whose task is not stored is still made', async () => {
    const deps = await scenario(NOW);
    deps.tasks.rows.clear();
    expect((await uc.handoff(deps, { actor: scjg, input })).id).toBe(ID);
  });

  it('leaves the task to the workflow when it moved meanwhile', async () => {
    const deps = await scenario(NOW);
    const stale = await storedTask(deps);
    // the workflow moves it on (here: to Failed) through its own intent, task/v2
    await uc.advanceTask(deps, {
      actor: { sub: 'office-1', roles: ['office'] },
      taskId: TASK_ID,
      to: 'Failed',
    });
    const moved = await storedTask(deps);
    expect(moved.stage).toBe('Failed');
    // this handoff read the task before it moved
    const get = deps.tasks.get.bind(deps.tasks);
    deps.tasks.get = async (id: string) => (id === TASK_ID ? structuredClone(stale) : get(id));
    expect((await uc.handoff(deps, { actor: scjg, input })).id).toBe(ID);
    expect(await get(TASK_ID)).toEqual(moved);
  });

  it('reports a failure to store the move', async () => {
    const deps = await scenario(NOW);
    deps.tasks.update = async () => {
      throw new ConflictError('TASK.LOCKED', 'locked');
    };
    await expect(uc.handoff(deps, { actor: scjg, input })).rejects.toMatchObject({
      code: 'TASK.LOCKED',
    });
  });
});

describe('acknowledge', () => {
  const made = async () => {
    const deps = await scenario(NOW);
    await uc.handoff(deps, { actor: scjg, input });
    return deps;
  };

  it('stores the acknowledgement with its entry, under ack/<id>', async () => {
    const deps = await made();
    deps.clock.instant = LATER;
    const h = await uc.acknowledge(deps, { actor: zjj, input: ack() });
    expect(h.acknowledgement).toEqual({
      by: '李某',
      at: '2026-04-03T01:00:00.000Z',
      recordedBy: 'z1',
    });
    expect(await deps.handoffs.get(TASK_ID, ID)).toEqual(h);
    const [entry] = entries(deps).filter((e) => e.action === 'handoff.acknowledge');
    expect(entry).toMatchObject({
      at: LATER,
      actor: 'z1',
      subject: `${TASK_ID}/${ID}`,
      data: { ...h.acknowledgement, intent: `ack/${ID}` },
    });
  });

  it('refuses a handoff that was never made, naming it', async () => {
    const deps = await scenario(NOW);
    const e = await rejection(uc.acknowledge(deps, { actor: zjj, input: ack() }));
    expect(e.code).toBe('HANDOFF.NOT_FOUND');
    expect(e.message).toBe(`handoff ${ID} not found`);
  });

  it('refuses a second signature racing the first, naming who signed and when', async () => {
    const deps = await made();
    const store = deps.handoffs.acknowledge.bind(deps.handoffs);
    deps.handoffs.acknowledge = async () => {
      throw new Error('store unavailable');
    };
    await expect(uc.acknowledge(deps, { actor: zjj, input: ack() })).rejects.toThrow(
      'store unavailable',
    );
    deps.handoffs.acknowledge = store;
    const e = await rejection(
      uc.acknowledge(deps, {
        actor: zjj,
        input: ack({ acknowledgedBy: '张某', at: '2026-04-04T01:00:00.000Z' }),
      }),
    );
    expect(e.code).toBe('HANDOFF.ALREADY_ACKNOWLEDGED');
    expect(e.message).toBe(`handoff ${ID} was acknowledged by 李某 at 2026-04-03T01:00:00.000Z`);
    expect(e.details).toEqual({ field: 'handoffId', rule: 'acknowledged once', value: ID });
    expect((await deps.handoffs.get(TASK_ID, ID))?.acknowledgement?.by).toBe('李某');
  });
});

describe('the appliers a restart runs', () => {
  const h = (): Handoff => newHandoff(recorded(), input, { actor: scjg, now: NOW });
  const create = changeAppliers['handoff.create']!;
  const acknowledgement = changeAppliers['handoff.acknowledge']!;

  it('store a handoff once; one stored already is this intent’s', async () => {
    const deps = await scenario(NOW);
    await create(deps, h());
    await create(deps, h());
    expect([...deps.handoffs.rows.values()]).toEqual([h()]);
  });

  it('store an acknowledgement once; one stored already is this intent’s', async () => {
    const deps = await scenario(NOW);
    await create(deps, h());
    const acked = { ...h(), acknowledgement: { by: '李某', at: LATER, recordedBy: 'z1' } };
    await acknowledgement(deps, acked);
    expect(await deps.handoffs.get(TASK_ID, ID)).toEqual(acked);
    await acknowledgement(deps, acked);
    expect(await deps.handoffs.get(TASK_ID, ID)).toEqual(acked);
  });

  it('report any other failure of the store', async () => {
    const deps = await scenario(NOW);
    for (const failure of [new ConflictError('HANDOFF.OTHER', 'x'), new Error('down')]) {
      deps.handoffs.create = async () => {
        throw failure;
      };
      deps.handoffs.acknowledge = async () => {
        throw failure;
      };
      await expect(create(deps, h())).rejects.toBe(failure);
      await expect(acknowledgement(deps, h())).rejects.toBe(failure);
    }
  });
});
