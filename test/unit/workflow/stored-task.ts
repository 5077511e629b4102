/**
 * A task stored straight into the fakes at a given stage, and what a caller is told when
 * refused: the use-case tests of single steps (entropy, moves, commit, deadlines, calendar
 * loads) start from here without running the steps before.
 */
import type {
  Actor,
  AuditEntry,
  DomainError,
  InspectionResult,
  Task,
  TaskStage,
} from '@double-random/domain';
import { fakeWorkflowDeps } from './fakes';
import { NOW, task } from './fixtures';

export const office: Actor = { sub: 'office-1', roles: ['office'] };
export const scjg: Actor = { sub: 'scjg-1', roles: ['dept:SCJG'] };
export const sthj: Actor = { sub: 'sthj-1', roles: ['dept:STHJ'] };
export const zjj: Actor = { sub: 'zjj-1', roles: ['dept:ZJJ'] };
export const TASK = '2026-SCJG-007';

export type Deps = ReturnType<typeof fakeWorkflowDeps>;

/** The refusal a promise ends in; fails the test when it resolves. */
export const refusalOf = async (p: Promise<unknown>): Promise<DomainError> => {
  try {
    await p;
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('expected a refusal');
};

/** What a caller is told: code, kind, message and the rule and values named. */
export const told = (e: DomainError) => ({
  code: e.code,
  kind: e.kind,
  message: e.message,
  details: e.details,
});

/** Fakes with one task stored at `stage` (version 1 unless told), on the fixtures' clock. */
export const withTask = async (
  stage: TaskStage = 'Created',
  over: Partial<Task> = {},
  t: Task = task(),
): Promise<Deps & { task: Task }> => {
  const deps = fakeWorkflowDeps(NOW);
  const stored = { ...t, stage, ...over };
  await deps.tasks.create(stored);
  return { ...deps, task: stored };
};

/** The entries of a chain, oldest first. */
export const entriesOf = (deps: Deps, chain: string): AuditEntry[] =>
  deps.audit.chains.get(chain) ?? [];

/** An inspection result of the task as the store keeps it. */
export const result = (over: Partial<InspectionResult> = {}): InspectionResult => ({
  taskId: TASK,
  targetId: 'T01',
  item: 'SCJG-FOOD',
  department: 'SCJG',
  method: 'on-site',
  inspectionDate: '2026-04-01',
  wording: 'no-problem',
  evidence: [{ id: 'blob/1', sha256: 'a'.repeat(64) }],
  team: ['P1', 'P2'],
  suspectedCrime: false,
  recordedBy: 'P1',
  recordedAt: '2026-04-01T08:00:00.000Z',
  publication: { dueBy: '2026-04-30', provisional: false },
  ...over,
});
