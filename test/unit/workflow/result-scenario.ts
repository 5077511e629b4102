import type { AuditEntry, DomainError, InspectionResult, Task } from '@double-random/domain';
import { fakeWorkflowDeps } from './fakes';
import { task } from './fixtures';

/**
 * A recorded result and its task, stored directly in the fakes: the use cases after the
 * inspection (follow-up, publication, handoff) start from here, without running a draw.
 */
export const TASK_ID = '2026-SCJG-007';

export const recorded = (over: Partial<InspectionResult> = {}): InspectionResult => ({
  taskId: TASK_ID,
  targetId: 'T01',
  item: 'SCJG-FOOD',
  department: 'SCJG',
  method: 'on-site',
  inspectionDate: '2026-04-01',
  wording: 'pending-follow-up',
  evidence: [{ id: 'blob/1', sha256: 'a'.repeat(64) }],
  team: ['P1', 'P2'],
  suspectedCrime: false,
  recordedBy: 'P1',
  recordedAt: '2026-04-01T08:00:00Z',
  publication: { dueBy: '2026-04-30', provisional: false },
  ...over,
});

export type Deps = ReturnType<typeof fakeWorkflowDeps>;

/** Fakes on a clock at `now`, holding the task (at `stage`) and the given results. */
export const scenario = async (
  now: string,
  results: InspectionResult[] = [recorded()],
  over: Partial<Task> = {},
): Promise<Deps> => {
  const deps = fakeWorkflowDeps(now);
  const t = { ...task(), stage: 'HandingOff' as const, ...over };
  deps.tasks.rows.set(t.id, t);
  for (const r of results) await deps.results.create(r);
  return deps;
};

/** The entries of a chain, oldest first. */
export const entries = (deps: Deps, chain = TASK_ID): AuditEntry[] =>
  deps.audit.chains.get(chain) ?? [];

/** The refusal a call throws; fails the test when it returns. */
export const refusal = (f: () => unknown): DomainError => {
  try {
    f();
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('expected a refusal');
};

/** The refusal a promise rejects with; fails the test when it resolves. */
export const rejection = async (p: Promise<unknown>): Promise<DomainError> => {
  try {
    await p;
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('expected a refusal');
};
