import { type Actor, targetUseCases } from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { csvRows } from '../../../functions/src/import/decode';
import { importTargets } from '../../../functions/src/import/import.use-case';
import { usccOf } from '../../e2e/support/fixtures';
import { useEmbeddedStore } from '../support/embedded-store';

const store = useEmbeddedStore();
const clerk: Actor = { sub: 'clerk', roles: ['dept:SCJG'] };
const clock = { now: () => '2026-11-26T04:00:00.000Z' };
const ROWS = 400;
const EDITORS = 60;
const HEADER = '统一社会信用代码,名称,主体类型,所属镇街,行业,信用风险等级';
const file = (industry: string) =>
  [
    HEADER,
    ...Array.from({ length: ROWS }, (_, i) => `${usccOf(i)},商店${i},企业,运河街道,${industry},B`),
  ].join('\n');

const runImport = (csv: string) =>
  importTargets(
    { targets: store.repositories.targets, clock },
    { actor: clerk, department: 'SCJG', encoding: 'utf-8', rows: csvRows(csv, 0) },
  );

/** An editor reads the target, then changes its unit with the version it read; retries on 409. */
const edit = async (i: number): Promise<{ id: string; unit: string; version: number }> => {
  const id = usccOf(i * Math.floor(ROWS / EDITORS));
  const unit = `EDIT-${i}`;
  for (;;) {
    const current = (await store.repositories.targets.get('SCJG', id))!;
    try {
      const saved = await targetUseCases.update(
        { targets: store.repositories.targets, clock },
        {
          actor: clerk,
          department: 'SCJG',
          id,
          expectedVersion: current.version,
          patch: { unit },
        },
      );
      return { id, unit, version: saved.version };
    } catch (e) {
      if ((e as { code?: string }).code !== 'TARGET.STALE') throw e;
    }
  }
};

describe('an import racing edits (dynalite)', () => {
  it('loses no edit answered 200: each stays, and the row applies on top of it or is reported', async () => {
    const first = await runImport(file('餐饮'));
    expect(first.created).toBe(ROWS);

    const [report, edits] = await Promise.all([
      runImport(file('零售')),
      Promise.all(Array.from({ length: EDITORS }, (_, i) => edit(i))),
    ]);

    const stored = await store.repositories.targets.getMany(
      'SCJG',
      edits.map((e) => e.id),
    );
    const lost = edits.filter((e) => stored.get(e.id)?.unit !== e.unit);
    expect(lost).toEqual([]);
    for (const e of edits) {
      const t = stored.get(e.id)!;
      // the edit's version is in the history; the import's row came after it, or was reported
      expect(t.version).toBeGreaterThanOrEqual(e.version);
      expect(t.history.map((h) => h.version)).toContain(e.version);
    }
    const reported = new Set(
      report.errors.filter((x) => x.code === 'IMPORT.CONCURRENT_EDIT').map((x) => x.row),
    );
    expect(report.updated + reported.size).toBe(ROWS);
    const all = await store.repositories.targets.getMany(
      'SCJG',
      Array.from({ length: ROWS }, (_, i) => usccOf(i)),
    );
    const notApplied = [...all.values()].filter((t) => t.industry !== '零售');
    expect(notApplied).toHaveLength(reported.size);
  });
});
