import { type Actor, changeAppliers, workflowUseCases as uc } from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { item, jointTask, target } from './fixtures';
import { type Deps, entries, recorded, rejection, scenario, TASK_ID } from './result-scenario';

/** 8. Publishing a department's results (谁公开): each once, through its own intent and entry. */
const scjg: Actor = { sub: 'scjg-1', roles: ['dept:SCJG'] };
// 2026-04-30 09:00 in Shanghai
const NOW = '2026-04-30T01:00:00.000Z';
const USCC = '91331002MA2AXXXX1X';
const ago = (ms: number) => new Date(Date.parse(NOW) - ms).toISOString();

const onTime = recorded({
  penalty: {
    decisionNo: '罚〔2026〕1号',
    decisionDate: '2026-04-01',
    kind: '罚款',
    warningOnly: false,
  },
  penaltyPublication: { dueBy: '2026-04-13', provisional: false },
});
const late = recorded({
  targetId: 'T02',
  item: 'SCJG-ADS',
  publication: { dueBy: '2026-04-29', provisional: true },
});
const publishedBefore = recorded({
  targetId: 'T03',
  publication: { dueBy: '2026-04-30', provisional: false, publishedAt: '2026-04-20T01:00:00.000Z' },
});
const ofSthj = recorded({ item: 'STHJ-EMIT', department: 'STHJ' });

const setup = async (results = [onTime, late, publishedBefore, ofSthj]): Promise<Deps> => {
  const deps = await scenario(NOW, results, { ...jointTask(), stage: 'Publishing' });
  await deps.items.create(item('SCJG', 'SCJG-FOOD'));
  await deps.targets.create(target('T01', 'A', { uscc: USCC }));
  return deps;
};
const publish = (deps: Deps, actor: Actor = scjg, department = 'SCJG') =>
  uc.publishResults(deps, { actor, taskId: TASK_ID, department });
const stored = async (deps: Deps, r: { targetId: string; item: string }) =>
  (await deps.results.get(TASK_ID, r.targetId, r.item))!;
/** Another publisher's intent for T01's result, asked `age` ms before NOW and not completed. */
const theirs = async (deps: Deps, age: number) => {
  const at = ago(age);
  await deps.intents.open({
    id: 'publish/T01/SCJG-FOOD',
    chain: TASK_ID,
    kind: 'result.publish',
    since: 0,
    audit: {
      at,
      actor: 'scjg-2',
      action: 'result.publish',
      subject: `${TASK_ID}/T01/SCJG-FOOD`,
      data: { department: 'SCJG', publishedAt: at },
    },
    change: { taskId: TASK_ID, targetId: 'T01', item: 'SCJG-FOOD', publishedAt: at },
  });
  return at;
};

describe('publishResults', () => {
  it('publishes the department’s unpublished results, once, each with its entry', async () => {
    const deps = await setup();
    const out = await publish(deps);
    expect(out.count).toBe(2);
    expect(out.published).toHaveLength(2);
    expect(out.published[0]).toMatchObject({
      planName: '2026年度区市场监管局双随机抽查计划',
      item: 'SCJG-FOOD 检查',
      targetId: 'T01',
      targetName: '企业T01',
      uscc: USCC,
      penalty: { decisionNo: '罚〔2026〕1号', decisionDate: '2026-04-01', kind: '罚款' },
    });
    // an item or target the directory does not hold is shown by its code
    expect(out.published[1]).toMatchObject({ item: 'SCJG-ADS', targetName: 'T02' });
    expect(out.published[1]).not.toHaveProperty('uscc');
    // due today is on time; due yesterday is late
    expect(out.late).toEqual([{ targetId: 'T02', item: 'SCJG-ADS', dueBy: '2026-04-29' }]);

    expect((await stored(deps, onTime)).publication).toEqual({
      dueBy: '2026-04-30',
      provisional: false,
      publishedAt: NOW,
    });
    expect((await stored(deps, onTime)).penaltyPublication).toEqual({
      dueBy: '2026-04-13',
      provisional: false,
      publishedAt: NOW,
    });
    expect((await stored(deps, late)).publication.publishedAt).toBe(NOW);
    expect(await stored(deps, late)).not.toHaveProperty('penaltyPublication');
    expect(await stored(deps, publishedBefore)).toEqual(publishedBefore);
    expect(await stored(deps, ofSthj)).toEqual(ofSthj);

    const published = entries(deps).filter((e) => e.action === 'result.publish');
    expect(published.map((e) => [e.actor, e.at, e.subject, e.data])).toEqual([
      [
        'scjg-1',
        NOW,
        `${TASK_ID}/T01/SCJG-FOOD`,
        {
          department: 'SCJG',
          publishedAt: NOW,
          dueBy: '2026-04-30',
          late: false,
          intent: 'publish/T01/SCJG-FOOD',
        },
      ],
      [
        'scjg-1',
        NOW,
        `${TASK_ID}/T02/SCJG-ADS`,
        {
          department: 'SCJG',
          publishedAt: NOW,
          dueBy: '2026-04-29',
          late: true,
          intent: 'publish/T02/SCJG-ADS',
        },
      ],
    ]);

    const again = await publish(deps);
    expect(again).toEqual({ published: [], late: [], count: 0 });
    expect(entries(deps).filter((e) => e.action === 'result.publish')).toHaveLength(2);
  });

  it('refuses another department’s results, naming the rule', async () => {
    const deps = await setup();
    const e = await rejection(publish(deps, { sub: 'sthj-1', roles: ['dept:STHJ'] }, 'SCJG'));
    expect(e.code).toBe('PUBLICATION.NOT_DEPARTMENT');
    expect(e.message).toBe('sthj-1 may not publish results of SCJG (谁检查、谁公开)');
    expect(e.details).toEqual({
      field: 'department',
      rule: '谁检查、谁录入、谁公开',
      value: 'SCJG',
    });
  });

  it('refuses a department that takes no part in the task', async () => {
    const deps = await setup();
    const e = await rejection(publish(deps, { sub: 'zjj-1', roles: ['dept:ZJJ'] }, 'ZJJ'));
    expect(e.code).toBe('PUBLICATION.NOT_PARTICIPANT');
    expect(e.message).toBe('ZJJ takes no part in task 2026-SCJG-007; zjj-1 may not publish in it');
    expect(e.details).toEqual({
      field: 'department',
      rule: 'only a department of the task publishes its results',
      value: 'ZJJ',
    });
    expect(entries(deps)).toEqual([]);
  });

  it('lets a participant publish its own results of a joint task', async () => {
    const deps = await setup();
    const out = await publish(deps, { sub: 'sthj-1', roles: ['dept:STHJ'] }, 'STHJ');
    expect(out.published.map((p) => [p.targetId, p.item])).toEqual([['T01', 'STHJ-EMIT']]);
    expect((await stored(deps, onTime)).publication.publishedAt).toBeUndefined();
  });

  it('leaves a result another publisher asked for moments ago to it', async () => {
    const deps = await setup([onTime]);
    await theirs(deps, 59_999);
    const out = await publish(deps);
    expect(out.count).toBe(0);
    expect((await stored(deps, onTime)).publication.publishedAt).toBeUndefined();
    expect((await deps.intents.get(TASK_ID, 'publish/T01/SCJG-FOOD'))?.seq).toBeUndefined();
    expect(entries(deps)).toEqual([]);
  });

  it('leaves it to the other publisher even when it asked after this call looked', async () => {
    const deps = await setup([onTime]);
    await theirs(deps, 1_000);
    deps.intents.listByPrefix = async () => [];
    const out = await publish(deps);
    expect(out.count).toBe(0);
    expect((await stored(deps, onTime)).publication.publishedAt).toBeUndefined();
    expect(entries(deps)).toEqual([]);
  });

  it('completes a publication a crash left a minute ago, at the instant it was asked', async () => {
    const deps = await setup([onTime, late]);
    const at = await theirs(deps, 60_000);
    const out = await publish(deps);
    // this call published T02; T01's publication was the other publisher's, completed here
    expect(out.published.map((p) => p.targetId)).toEqual(['T02']);
    expect(out.count).toBe(1);
    expect((await stored(deps, onTime)).publication.publishedAt).toBe(at);
    const [first] = entries(deps);
    expect(first).toMatchObject({ actor: 'scjg-2', data: { intent: 'publish/T01/SCJG-FOOD' } });
    expect((await deps.intents.get(TASK_ID, 'publish/T01/SCJG-FOOD'))?.seq).toBe(first?.seq);
  });
});

describe('applyPublication, the applier a restart runs', () => {
  const apply = changeAppliers['result.publish']!;
  const change = { taskId: TASK_ID, targetId: 'T01', item: 'SCJG-FOOD', publishedAt: NOW };

  it('stamps the result once: a result published already keeps its date', async () => {
    const deps = await setup([onTime]);
    await apply(deps, change);
    expect((await stored(deps, onTime)).publication.publishedAt).toBe(NOW);
    await apply(deps, { ...change, publishedAt: '2026-05-01T01:00:00.000Z' });
    expect((await stored(deps, onTime)).publication.publishedAt).toBe(NOW);
  });

  it('does nothing for a result that is not stored', async () => {
    const deps = await setup([]);
    await apply(deps, change);
    expect(deps.results.rows.size).toBe(0);
  });
});
