import { type Inspector, workflowUseCases as uc } from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { certificatesOf } from './fixtures';
import { drawn, resultInput, scjg, selectedOf, setup, TASK } from './scenario';

/** What recording a result reads: the team at once, and the task handed back as it was read. */
describe('recordResult reads', () => {
  it('reads the team in one batch where the directory has one, and shows their 执法证', async () => {
    const deps = await setup();
    await drawn(deps);
    const t = selectedOf(deps, 'SCJG')[0]!.target;
    const input = resultInput(deps, t);
    const singles: string[] = [];
    const batches: string[][] = [];
    const directory = deps.inspectors;
    deps.inspectors = {
      ...directory,
      get: async (department, id) => {
        singles.push(id);
        return directory.get(department, id);
      },
      getMany: async (department, ids) => {
        batches.push([...ids]);
        const out = new Map<string, Inspector>();
        for (const id of ids) {
          const i = await directory.get(department, id);
          if (i) out.set(id, i);
        }
        return out;
      },
    };
    const { result, task } = await uc.recordResult(deps, { actor: scjg, input });
    expect(batches).toEqual([input.team]);
    expect(singles).toEqual([]);
    expect(result.certificatesShown).toEqual(certificatesOf(input.team));
    // the task as the use case read it, for the waits it settles
    expect(task).toEqual(await deps.tasks.get(TASK));
  });

  it('reads member by member from a directory without batch reads', async () => {
    const deps = await setup();
    await drawn(deps);
    const t = selectedOf(deps, 'SCJG')[0]!.target;
    const input = resultInput(deps, t);
    const singles: string[] = [];
    const directory = deps.inspectors;
    deps.inspectors = {
      create: directory.create.bind(directory),
      update: directory.update.bind(directory),
      list: directory.list.bind(directory),
      get: async (department, id) => {
        singles.push(id);
        return directory.get(department, id);
      },
    };
    const { result } = await uc.recordResult(deps, { actor: scjg, input });
    expect(singles).toEqual(input.team);
    expect(result.certificatesShown).toEqual(certificatesOf(input.team));
  });
});
