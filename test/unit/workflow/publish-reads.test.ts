import { type Actor, type InspectionResult, workflowUseCases as uc } from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { item, jointTask, target } from './fixtures';
import { recorded, scenario, TASK_ID } from './result-scenario';

/** What publishing reads, and what the publication carries for its record to show. */
const scjg: Actor = { sub: 'scjg-1', roles: ['dept:SCJG'] };
const NOW = '2026-04-30T01:00:00.000Z';

describe('publishResults reads', () => {
  it('reads each item once per call, each target once, and the intent carries what they said', async () => {
    const results: InspectionResult[] = ['T01', 'T02', 'T03'].map((t) => recorded({ targetId: t }));
    const deps = await scenario(NOW, results, { ...jointTask(), stage: 'Publishing' });
    await deps.items.create(item('SCJG', 'SCJG-FOOD'));
    await deps.targets.create(target('T01', 'A', { uscc: '91331002MA2AXXXX1X' }));
    const itemReads: string[] = [];
    const targetReads: string[] = [];
    const getItem = deps.items.get.bind(deps.items);
    deps.items.get = (d, code) => {
      itemReads.push(code);
      return getItem(d, code);
    };
    const getTarget = deps.targets.get.bind(deps.targets);
    deps.targets.get = (d, id) => {
      targetReads.push(id);
      return getTarget(d, id);
    };
    const out = await uc.publishResults(deps, { actor: scjg, taskId: TASK_ID, department: 'SCJG' });
    expect(out.count).toBe(3);
    expect(itemReads).toEqual(['SCJG-FOOD']);
    expect(targetReads).toEqual(['T01', 'T02', 'T03']);
    const intent = await deps.intents.get(TASK_ID, 'publish/T01/SCJG-FOOD');
    expect(intent?.change).toMatchObject({
      shown: {
        itemName: 'SCJG-FOOD 检查',
        target: { name: '企业T01', uscc: '91331002MA2AXXXX1X' },
      },
    });
    // a target the directory does not hold is shown by its id
    expect((await deps.intents.get(TASK_ID, 'publish/T02/SCJG-FOOD'))?.change).toMatchObject({
      shown: { target: { name: 'T02' } },
    });
    expect(out.published[0]).toMatchObject({ item: 'SCJG-FOOD 检查', targetName: '企业T01' });
  });
});

describe('publishResults with a directory that reads in batches', () => {
  it('reads the targets a hundred at a time, not one by one', async () => {
    const results: InspectionResult[] = ['T01', 'T02', 'T03'].map((t) => recorded({ targetId: t }));
    const deps = await scenario(NOW, results, { ...jointTask(), stage: 'Publishing' });
    await deps.items.create(item('SCJG', 'SCJG-FOOD'));
    await deps.targets.create(target('T01', 'A', { uscc: '91331002MA2AXXXX1X' }));
    const single: string[] = [];
    const batches: string[][] = [];
    const getTarget = deps.targets.get.bind(deps.targets);
    deps.targets.get = (d, id) => {
      single.push(id);
      return getTarget(d, id);
    };
    Object.assign(deps.targets, {
      getMany: async (d: string, ids: readonly string[]) => {
        batches.push([...ids]);
        const out = new Map();
        for (const id of ids) {
          const t = await getTarget(d, id);
          if (t) out.set(id, t);
        }
        return out;
      },
    });
    const out = await uc.publishResults(deps, { actor: scjg, taskId: TASK_ID, department: 'SCJG' });
    expect(batches).toEqual([['T01', 'T02', 'T03']]);
    expect(single).toEqual([]);
    expect(out.published.map((p) => p.targetName)).toEqual(['企业T01', 'T02', 'T03']);
  });
});
