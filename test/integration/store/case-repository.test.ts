import {
  type Actor,
  caseChain,
  caseUseCases,
  type Item,
  newItem,
  resumeWorkflowChanges,
  type Target,
  type WorkflowDeps,
} from '@double-random/domain';
import { createCaseRepository } from '@double-random/store';
import { describe, expect, it } from 'vitest';
import { useEmbeddedStore } from '../support/embedded-store';
import { uscc } from './workflow-fixtures';

/** Case inspections (个案) on dynalite: the record, its chain, a crash between them, the public list. */
const store = useEmbeddedStore();
const scjg: Actor = { sub: 'clerk-1', roles: ['dept:SCJG'] };
let now = '2026-06-10T02:00:00.000Z';
const clock = { now: () => now };

const target: Target = {
  id: uscc(7),
  department: 'SCJG',
  name: '台儿庄区某某超市',
  kind: 'enterprise',
  uscc: uscc(7),
  town: '运河街道',
  industry: '零售',
  riskClass: 'B',
  unit: 'U1',
  status: 'active',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 1,
  history: [],
};
const item: Item = newItem(
  {
    department: 'SCJG',
    code: 'SCJG-FOOD',
    name: '食品经营检查',
    legalBasis: '《食品安全法》第一百一十条',
    category: 'key',
    methods: ['on-site'],
    qualification: 'SCJG-FOOD',
  },
  { actor: 'seed', now: '2026-01-01T00:00:00.000Z' },
).item;

const depsOf = () => ({
  ...store.repositories,
  cases: createCaseRepository(store.table),
  clock,
});
const input = (referenceNo: string) => ({
  department: 'SCJG',
  source: 'referral' as const,
  referenceNo,
  receivedOn: '2026-06-01',
  targetId: uscc(7),
  item: 'SCJG-FOOD',
  method: 'on-site' as const,
  inspectionDate: '2026-06-02',
  wording: 'no-problem' as const,
  team: ['I-1', 'I-2'],
  evidence: [{ id: `ab/${'ab'.repeat(32)}`, sha256: 'ab'.repeat(32) }],
});

describe('case inspections on dynalite', () => {
  it('records, lists, publishes once into the public index and the year list', async () => {
    const deps = depsOf();
    await deps.targets.create(target);
    await deps.items.create(item);
    const c = await caseUseCases.recordCase(deps, { actor: scjg, input: input('转办〔2026〕1号') });
    expect(await deps.cases.get(c.id)).toMatchObject({ id: c.id, source: 'referral' });
    const listed = await deps.cases.listByDepartment('SCJG', 2026, { limit: 10 });
    expect(listed.items.map((x) => x.id)).toEqual([c.id]);
    expect((await deps.cases.listByDepartment('SCJG', 2025, { limit: 10 })).items).toEqual([]);

    now = '2026-06-11T02:00:00.000Z';
    const published = await caseUseCases.publishCase(deps, {
      actor: scjg,
      department: 'SCJG',
      id: c.id,
    });
    expect(published.publishedAt).toBe(now);
    now = '2026-06-12T02:00:00.000Z';
    // publishing again keeps the first publication
    const again = await caseUseCases.publishCase(deps, {
      actor: scjg,
      department: 'SCJG',
      id: c.id,
    });
    expect(again.publishedAt).toBe('2026-06-11T02:00:00.000Z');

    const year = await deps.cases.listPublished(2026, { limit: 10 });
    expect(year.items).toHaveLength(1);
    expect(year.items[0]?.result).toMatchObject({ inspectionType: '个案', evidenceCount: 1 });
    const search = await deps.publicResults.search({ q: uscc(7), limit: 10 });
    expect(search.items.map((e) => e.result.taskId)).toEqual([c.id]);
    const byName = await deps.publicResults.search({ q: '台儿庄区某某', limit: 10 });
    expect(byName.items.map((e) => e.result.inspectionType)).toEqual(['个案']);

    const chain = await deps.audit.from(caseChain(c.id), 1);
    expect(chain.map((e) => e.action)).toEqual(['case.record', 'case.publish']);
    expect(chain[0]?.data).toMatchObject({ evidence: [{ sha256: 'ab'.repeat(32) }] });
  });

  it('completes a case whose record was cut off after its intent, once', async () => {
    const deps = depsOf();
    const c = await caseUseCases.recordCase(deps, { actor: scjg, input: input('转办〔2026〕2号') });
    // a second case: its intent stored, then the process died before the entry and the record
    const draft = { ...c, id: 'SCJG-2026-ffffffffffff', referenceNo: '转办〔2026〕3号' };
    await deps.intents.open({
      id: 'case/record',
      chain: caseChain(draft.id),
      kind: 'case.record',
      since: 0,
      audit: { at: now, actor: 'clerk-1', action: 'case.record', subject: draft.id, data: {} },
      change: draft,
    });
    expect(await deps.cases.get(draft.id)).toBeUndefined();
    const resumed = await resumeWorkflowChanges(
      deps as unknown as WorkflowDeps,
      caseChain(draft.id),
    );
    expect(resumed).toBe(1);
    expect(await deps.cases.get(draft.id)).toMatchObject({ id: draft.id });
    expect((await deps.audit.from(caseChain(draft.id), 1)).map((e) => e.action)).toEqual([
      'case.record',
    ]);
    expect(await resumeWorkflowChanges(deps as unknown as WorkflowDeps, caseChain(draft.id))).toBe(
      0,
    );
  });
});
