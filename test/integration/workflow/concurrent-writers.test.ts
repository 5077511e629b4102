import { workflowUseCases as uc } from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import {
  consistency,
  resultInput,
  scjg,
  seedInspecting,
  TASK,
  TWENTY,
  useScenarios,
} from './consistency-support';

const scenario = useScenarios();
const sthj = { sub: 'sthj-1', roles: ['dept:STHJ'] };

const settled = async <T>(work: Promise<T>[]) => {
  const out = await Promise.allSettled(work);
  return {
    ok: out.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : [])),
    failed: out.flatMap((o) => (o.status === 'rejected' ? [o.reason as { code?: string }] : [])),
  };
};

describe('20 writers on one task (dynalite)', () => {
  it('records 20 results on 20 targets at once: all answered, each with exactly one entry', async () => {
    const s = await scenario();
    const deps = s.deps();
    await seedInspecting(deps);

    const { ok, failed } = await settled(
      TWENTY.map((t) => uc.recordResult(deps, { actor: scjg, input: resultInput(t) })),
    );

    expect(failed).toEqual([]);
    expect(ok).toHaveLength(20);
    const { check, chain, entries } = await consistency(deps);
    expect(chain.ok).toBe(true);
    expect(check).toMatchObject({ ok: true, checked: { results: 20 } });
    expect(entries.filter((e) => e.action === 'result.record')).toHaveLength(20);
  });

  it('publishes the same 20 results from 20 publishers once: one date and one entry per result', async () => {
    const s = await scenario();
    const deps = s.deps();
    await seedInspecting(deps);
    for (const t of TWENTY) await uc.recordResult(deps, { actor: scjg, input: resultInput(t) });
    s.clock.instant = '2026-04-03T02:00:00.000Z';

    const { ok, failed } = await settled(
      Array.from({ length: 20 }, (_, i) => {
        // 20 publishers, each at its own instant
        const at = new Date(Date.parse('2026-04-03T02:00:00.000Z') + i).toISOString();
        return uc.publishResults(
          { ...deps, clock: { now: () => at } },
          { actor: scjg, taskId: TASK, department: 'SCJG' },
        );
      }),
    );

    expect(failed).toEqual([]);
    const claimed = ok.flatMap((o) => o.published.map((p) => p.targetId)).sort();
    expect(claimed).toEqual([...TWENTY].sort());
    const { check, chain, entries } = await consistency(deps);
    expect(chain.ok).toBe(true);
    expect(check).toMatchObject({ ok: true, checked: { publications: 20 } });
    const published = entries.filter((e) => e.action === 'result.publish');
    expect(published).toHaveLength(20);
    const stored = await deps.results.listByTask(TASK);
    for (const e of published) {
      const [, target] = e.subject.split('/');
      const r = stored.find((x) => x.targetId === target)!;
      expect((e.data as { publishedAt: string }).publishedAt).toBe(r.publication.publishedAt);
    }
  });

  it('appends nothing when there is nothing to publish, and refuses a department outside the task', async () => {
    const s = await scenario();
    const deps = s.deps();
    await seedInspecting(deps);
    const before = (await consistency(deps)).entries.length;

    const none = await uc.publishResults(deps, { actor: scjg, taskId: TASK, department: 'SCJG' });
    const outsider = uc.publishResults(deps, { actor: sthj, taskId: TASK, department: 'STHJ' });

    expect(none).toMatchObject({ published: [], count: 0 });
    await expect(outsider).rejects.toMatchObject({ code: 'PUBLICATION.NOT_PARTICIPANT' });
    expect((await consistency(deps)).entries).toHaveLength(before);
  });

  it('answers one of 20 identical concurrent moves and refuses none after storing it', async () => {
    const s = await scenario();
    const deps = s.deps();
    await seedInspecting(deps);

    const { ok, failed } = await settled(
      Array.from({ length: 20 }, () =>
        uc.advanceTask(deps, {
          actor: { sub: 'office-1', roles: ['office'] },
          taskId: TASK,
          to: 'Publishing',
        }),
      ),
    );

    // the same move asked 20 times is one move: every caller gets the moved task
    expect(failed).toEqual([]);
    expect(new Set(ok.map((t) => t.version))).toEqual(new Set([2]));
    const { check, entries } = await consistency(deps);
    expect(check.ok).toBe(true);
    expect(entries.filter((e) => e.action === 'task.advance')).toHaveLength(1);
  });
});
