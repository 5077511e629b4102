import {
  type AuditEntry,
  type AuditInput,
  ConflictError,
  changeAppliers,
  moveTask,
  noteOnce,
  recordAudit,
  TASK_MOVE_KIND,
  type Task,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { allPages } from '../../../packages/domain/src/workflow/workflow-deps';
import { FakeAudit, fakeWorkflowDeps } from './fakes';
import { NOW, task } from './fixtures';
import { entriesOf, refusalOf, TASK, told, withTask } from './stored-task';

const LATER = '2026-03-02T05:00:00.000Z';
const input = (n: number): AuditInput => ({
  at: NOW,
  actor: 'office-1',
  action: 'test.note',
  subject: 'c',
  data: { n },
});

/** An audit log whose every append is first beaten by `rivals` appends of another writer. */
const contended = (rivals: number) => {
  const audit = new FakeAudit();
  const append = audit.append.bind(audit);
  let left = rivals;
  let tries = 0;
  audit.append = async (chain: string, e: AuditEntry) => {
    tries++;
    if (left > 0) {
      left--;
      const head = await audit.head(chain);
      await append(chain, { ...e, seq: (head?.seq ?? 0) + 1, actor: 'rival' });
    }
    return append(chain, e);
  };
  return { audit, tries: () => tries };
};

describe('recordAudit', () => {
  it('appends after the head', async () => {
    const audit = new FakeAudit();
    const first = await recordAudit(audit, 'c', input(1));
    const second = await recordAudit(audit, 'c', input(2));
    expect([first.seq, second.seq]).toEqual([1, 2]);
    expect(second.prevHash).toBe(first.hash);
    expect(audit.chains.get('c')).toEqual([first, second]);
  });

  it('retries a contended append on the new head, after a backoff of attempt 1, 2 …', async () => {
    const { audit, tries } = contended(2);
    const waits: number[] = [];
    const e = await recordAudit(audit, 'c', input(1), async (n) => {
      waits.push(n);
    });
    expect(tries()).toBe(3);
    expect(waits).toEqual([1, 2]);
    expect(e.seq).toBe(3);
    expect(e.prevHash).toBe(audit.chains.get('c')![1]!.hash);
    expect(audit.chains.get('c')!.at(-1)).toEqual(e);
  });

  it('retries without waiting where no backoff is given', async () => {
    const { audit } = contended(1);
    expect((await recordAudit(audit, 'c', input(1))).seq).toBe(2);
  });

  it('gives up after APPEND_ATTEMPTS (60) contended appends, with the stale refusal', async () => {
    const audit = new FakeAudit();
    let tries = 0;
    audit.append = async () => {
      tries++;
      throw new ConflictError('AUDIT.STALE', 'c moved');
    };
    const waits: number[] = [];
    const e = await refusalOf(
      recordAudit(audit, 'c', input(1), async (n) => {
        waits.push(n);
      }),
    );
    expect(e.code).toBe('AUDIT.STALE');
    expect(tries).toBe(60);
    expect(waits).toEqual(Array.from({ length: 59 }, (_, i) => i + 1));
  });

  it('passes any other failure on at once', async () => {
    for (const failure of [
      new ConflictError('AUDIT.DENIED', 'no'),
      Object.assign(new Error('not a domain error'), { code: 'AUDIT.STALE' }),
    ]) {
      const audit = new FakeAudit();
      let tries = 0;
      audit.append = async () => {
        tries++;
        throw failure;
      };
      const waits: number[] = [];
      await expect(
        recordAudit(audit, 'c', input(1), async (n) => {
          waits.push(n);
        }),
      ).rejects.toBe(failure);
      expect(tries).toBe(1);
      expect(waits).toEqual([]);
    }
  });
});

const applyTaskMove = changeAppliers[TASK_MOVE_KIND]!;
const v2 = (t: Task): Task => ({ ...t, stage: 'Frozen', version: 2, updatedAt: LATER });

describe('applyTaskMove: a header move written idempotently', () => {
  it('creates the task at version 0, and takes a second create as done', async () => {
    const deps = fakeWorkflowDeps(NOW);
    const t = task();
    await applyTaskMove(deps, { expectedVersion: 0, task: t });
    await applyTaskMove(deps, { expectedVersion: 0, task: { ...t, name: 'other' } });
    expect(await deps.tasks.get(TASK)).toEqual(t);
  });

  it('passes on any other failure of a create', async () => {
    for (const failure of [
      new ConflictError('TASK.QUOTA', 'full'),
      Object.assign(new Error('not a domain error'), { code: 'TASK.EXISTS' }),
    ]) {
      const deps = fakeWorkflowDeps(NOW);
      deps.tasks.create = async () => {
        throw failure;
      };
      await expect(applyTaskMove(deps, { expectedVersion: 0, task: task() })).rejects.toBe(failure);
    }
  });

  it('updates from the expected version; the same move again, or a later stored version, is done', async () => {
    const deps = await withTask('Created');
    const next = v2(deps.task);
    await applyTaskMove(deps, { expectedVersion: 1, task: next });
    expect(await deps.tasks.get(TASK)).toEqual(next);
    await applyTaskMove(deps, { expectedVersion: 1, task: next });
    expect(await deps.tasks.get(TASK)).toEqual(next);
    const v3 = { ...next, stage: 'Committed' as const, version: 3 };
    await applyTaskMove(deps, { expectedVersion: 2, task: v3 });
    await applyTaskMove(deps, { expectedVersion: 1, task: next });
    expect(await deps.tasks.get(TASK)).toEqual(v3);
  });

  it('refuses a move the store is behind of, or of a task it does not hold', async () => {
    const deps = await withTask('Created');
    const ahead = { ...deps.task, stage: 'Committed' as const, version: 3 };
    expect((await refusalOf(applyTaskMove(deps, { expectedVersion: 2, task: ahead }))).code).toBe(
      'TASK.STALE',
    );
    expect(await deps.tasks.get(TASK)).toEqual(deps.task);
    const empty = fakeWorkflowDeps(NOW);
    expect(
      (await refusalOf(applyTaskMove(empty, { expectedVersion: 1, task: v2(task()) }))).code,
    ).toBe('TASK.STALE');
  });

  it('passes on any other failure of an update', async () => {
    for (const failure of [
      new ConflictError('TASK.LOCKED', 'locked'),
      Object.assign(new Error('not a domain error'), { code: 'TASK.STALE' }),
    ]) {
      const deps = await withTask('Created');
      deps.tasks.update = async () => {
        throw failure;
      };
      await expect(applyTaskMove(deps, { expectedVersion: 1, task: v2(deps.task) })).rejects.toBe(
        failure,
      );
    }
  });
});

describe('applyTaskMove on a store already at the move', () => {
  it('passes on a failure other than the stale refusal, though the stored version is the move’s', async () => {
    for (const failure of [
      new ConflictError('TASK.LOCKED', 'locked'),
      Object.assign(new Error('not a domain error'), { code: 'TASK.STALE' }),
    ]) {
      const deps = await withTask('Created');
      const next = v2(deps.task);
      await applyTaskMove(deps, { expectedVersion: 1, task: next });
      deps.tasks.update = async () => {
        throw failure;
      };
      await expect(applyTaskMove(deps, { expectedVersion: 1, task: next })).rejects.toBe(failure);
    }
  });
});

const audited = { at: NOW, actor: 'office-1', action: 'task.freeze', data: { n: 1 } };

describe('moveTask: one move per version', () => {
  it('writes the move with its entry under the intent task/v<version>', async () => {
    const deps = await withTask('Created');
    const next = v2(deps.task);
    expect(await moveTask(deps, deps.task, { task: next }, audited)).toEqual(next);
    expect(await deps.tasks.get(TASK)).toEqual(next);
    expect(entriesOf(deps, TASK)).toEqual([
      expect.objectContaining({
        seq: 1,
        action: 'task.freeze',
        subject: TASK,
        data: { n: 1, intent: 'task/v2' },
      }),
    ]);
  });

  it('answers its own retry, asked later, with the move as first written', async () => {
    const deps = await withTask('Created');
    const next = v2(deps.task);
    await moveTask(deps, deps.task, { task: next }, audited);
    const again = { ...next, updatedAt: '2026-03-02T09:00:00.000Z', createdAt: LATER };
    expect(await moveTask(deps, deps.task, { task: again }, { ...audited, at: LATER })).toEqual(
      next,
    );
    expect(entriesOf(deps, TASK)).toHaveLength(1);
  });

  it('refuses another move of the same version, naming the stage it went to', async () => {
    const deps = await withTask('Created');
    await moveTask(deps, deps.task, { task: v2(deps.task) }, audited);
    const failed = { ...v2(deps.task), stage: 'Failed' as const };
    expect(told(await refusalOf(moveTask(deps, deps.task, { task: failed }, audited)))).toEqual({
      code: 'TASK.STALE',
      kind: 'conflict',
      message: `task ${TASK} moved to Frozen meanwhile (version 2); read it again`,
      details: { field: 'version', rule: 'one move per version', value: 1 },
    });
    expect(await deps.tasks.get(TASK)).toEqual(v2(deps.task));
  });

  it('refuses the same header asked as another kind of change', async () => {
    const deps = await withTask('Created');
    const next = v2(deps.task);
    await moveTask(deps, deps.task, { task: next }, audited, {
      name: 'task.other',
      apply: applyTaskMove,
    });
    expect((await refusalOf(moveTask(deps, deps.task, { task: next }, audited))).code).toBe(
      'TASK.STALE',
    );
  });

  it('writes the commitment that goes with the move', async () => {
    const deps = await withTask('Created');
    const commitment = { taskId: TASK, at: NOW } as never;
    await moveTask(deps, deps.task, { task: v2(deps.task), commitment }, audited);
    expect(await deps.commitments.get(TASK)).toEqual(commitment);
  });
});

describe('noteOnce', () => {
  it('writes an entry once per id, whatever the retries', async () => {
    const deps = fakeWorkflowDeps(NOW);
    const a = await noteOnce(deps, 'c', 'a', input(1));
    expect(await noteOnce(deps, 'c', 'a', input(1))).toEqual(a);
    const b = await noteOnce(deps, 'c', 'b', input(2));
    expect(entriesOf(deps, 'c')).toEqual([a, b]);
    expect(a).toMatchObject({ seq: 1, action: 'test.note', data: { n: 1, intent: 'note/a' } });
    expect(b).toMatchObject({ seq: 2, data: { n: 2, intent: 'note/b' } });
  });
});

describe('allPages', () => {
  it('reads page after page, 1000 at a time, until no cursor is left', async () => {
    const all = Array.from({ length: 2500 }, (_, i) => i);
    const asked: unknown[] = [];
    const read = async (req: { limit: number; cursor?: string }) => {
      asked.push(req);
      const start = Number(req.cursor ?? 0);
      const items = all.slice(start, start + req.limit);
      return start + req.limit < all.length
        ? { items, cursor: String(start + req.limit) }
        : { items };
    };
    expect(await allPages(read)).toEqual(all);
    // the first request carries no cursor at all, not an undefined one
    expect(asked).toStrictEqual([
      { limit: 1000 },
      { limit: 1000, cursor: '1000' },
      { limit: 1000, cursor: '2000' },
    ]);
    expect(await allPages(async () => ({ items: [] }))).toEqual([]);
  });
});
