import type { TaskAssignment } from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { useEmbeddedStore } from '../support/embedded-store';
import { drawRecordOf, exampleResult } from './workflow-fixtures';

const store = useEmbeddedStore();
const taskId = exampleResult.drawId;
const drawId = exampleResult.drawId;

const assignment = (i: number, over: Partial<TaskAssignment> = {}): TaskAssignment => ({
  taskId,
  drawId,
  department: 'SCJG',
  target: `T${String(i).padStart(5, '0')}`,
  stratum: 'all',
  role: i % 10 === 0 ? 'reserve' : 'selected',
  members: [`I${i % 97}`, `I${(i + 1) % 97}`],
  leader: `I${i % 97}`,
  status: 'filled',
  ...over,
});

describe('assignment repository', () => {
  it('writes 5,000 assignments in batches and lists them back', async () => {
    await store.repositories.draws.putOnce(drawRecordOf(taskId));
    const all = Array.from({ length: 5000 }, (_, i) => assignment(i));
    await store.repositories.assignments.putAll(all);
    const listed = await store.repositories.assignments.listByTask(taskId);
    expect(listed).toHaveLength(5000);
    expect(new Map(listed.map((a) => [a.target, a]))).toEqual(
      new Map(all.map((a) => [a.target, a])),
    );
    // one target's assignment in its draw, read alone (a result needs no more)
    expect(await store.repositories.assignments.get(taskId, drawId, 'T04321')).toEqual(
      assignment(4321),
    );
    expect(await store.repositories.assignments.get(taskId, drawId, 'T99999')).toBeUndefined();
    expect(
      await store.repositories.assignments.get(taskId, 'other-draw', 'T04321'),
    ).toBeUndefined();
  }, 120_000);

  it('writes an assignment as it is: no team (leader null), undefined fields left out', async () => {
    // a draw of its own: the other cases count the first draw's assignments
    const own = { taskId: '2026-UNF-001', drawId: '2026-UNF-001' };
    const unfilled = { members: [], leader: null, status: 'unfilled' as const };
    await store.repositories.assignments.putAll([
      assignment(7, { ...own, ...unfilled, replaces: undefined, activatedAt: undefined }),
    ]);
    const read = await store.repositories.assignments.get(own.taskId, own.drawId, 'T00007');
    expect(read).toStrictEqual(assignment(7, { ...own, ...unfilled }));
  });

  it('a retried write changes nothing; a different team under the same key is refused', async () => {
    await store.repositories.assignments.putAll([assignment(1), assignment(2)]);
    expect(await store.repositories.assignments.listByTask(taskId)).toHaveLength(5000);
    await expect(
      store.repositories.assignments.putAll([assignment(3, { members: ['X1', 'X2'] })]),
    ).rejects.toMatchObject({ code: 'ASSIGNMENT.DIFFERENT' });
  });

  it('activates a reserve once; the same call again is a no-op, another replacement is refused', async () => {
    await store.repositories.assignments.activateReserve(
      drawId,
      'T00010',
      'T00001',
      '2026-04-02T00:00:00.000Z',
    );
    await store.repositories.assignments.activateReserve(
      drawId,
      'T00010',
      'T00001',
      '2026-04-03T00:00:00.000Z',
    );
    await expect(
      store.repositories.assignments.activateReserve(
        drawId,
        'T00010',
        'T00002',
        '2026-04-03T00:00:00.000Z',
      ),
    ).rejects.toMatchObject({ code: 'ASSIGNMENT.RESERVE_USED' });
    await expect(
      store.repositories.assignments.activateReserve(
        drawId,
        'T00011',
        'T00002',
        '2026-04-03T00:00:00.000Z',
      ),
    ).rejects.toMatchObject({ code: 'ASSIGNMENT.NOT_RESERVE' });
    await expect(
      store.repositories.assignments.activateReserve(
        drawId,
        'T99999',
        'T00002',
        '2026-04-03T00:00:00.000Z',
      ),
    ).rejects.toMatchObject({ code: 'ASSIGNMENT.NOT_FOUND' });
    await expect(
      store.repositories.assignments.activateReserve(
        '2026-NONE',
        'T00010',
        'T00002',
        '2026-04-03T00:00:00.000Z',
      ),
    ).rejects.toMatchObject({ code: 'ASSIGNMENT.NOT_FOUND' });
    const used = (await store.repositories.assignments.listByTask(taskId)).find(
      (a) => a.target === 'T00010',
    );
    expect(used).toMatchObject({ replaces: 'T00001', activatedAt: '2026-04-02T00:00:00.000Z' });
  });

  it('a retried putAll after an activation keeps the activation', async () => {
    await store.repositories.assignments.putAll([assignment(10)]);
    const used = (await store.repositories.assignments.listByTask(taskId)).find(
      (a) => a.target === 'T00010',
    );
    expect(used?.replaces).toBe('T00001');
  });

  it('lists the draws of one target across tasks from its own index partition, page by page', async () => {
    const target = 'T-SEVERAL';
    const tasks = ['2030-SCJG-001', '2030-SCJG-002', '2030-AJ-001'];
    const ofTask = (t: string, over: Partial<TaskAssignment> = {}): TaskAssignment =>
      assignment(1, { taskId: t, drawId: t, target, ...over });
    await store.repositories.assignments.putAll([
      ...tasks.map((t, i) => ofTask(t, { role: i === 1 ? 'reserve' : 'selected' })),
      ofTask('2030-AJ-001', { drawId: '2030-AJ-001.SCJG', department: 'SCJG' }),
      assignment(2, { taskId: '2030-SCJG-001', drawId: '2030-SCJG-001', target: 'T-OTHER' }),
    ]);
    // a retried write adds no index entry
    await store.repositories.assignments.putAll([ofTask('2030-SCJG-001')]);
    const first = await store.repositories.assignments.listByTarget(target, { limit: 3 });
    expect(first.cursor).toEqual(expect.any(String));
    const rest = await store.repositories.assignments.listByTarget(target, {
      limit: 3,
      cursor: first.cursor as string,
    });
    expect(rest.cursor).toBeUndefined();
    const listed = [...first.items, ...rest.items];
    expect(listed.map((a) => [a.taskId, a.drawId, a.role])).toEqual([
      ['2030-AJ-001', '2030-AJ-001', 'selected'],
      ['2030-AJ-001', '2030-AJ-001.SCJG', 'selected'],
      ['2030-SCJG-001', '2030-SCJG-001', 'selected'],
      ['2030-SCJG-002', '2030-SCJG-002', 'reserve'],
    ]);
    expect(listed.every((a) => a.target === target && !('gsi1pk' in a))).toBe(true);
    await expect(
      store.repositories.assignments.listByTarget('T-OTHER', {
        limit: 3,
        cursor: first.cursor as string,
      }),
    ).rejects.toMatchObject({ code: 'PAGE.CURSOR_INVALID' });
  });
});
