import { type Actor, assertCanReadDepartment } from '../actor';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import type { Clock, ItemRepository, Page, PageRequest, TargetRepository } from '../ports';
import { canonicalJson } from '../workflow/audit';
import { type ChangeApplier, type ChangeDeps, runChange } from '../workflow/change';
import type { PublishedResultEntry } from '../workflow/ports';
import {
  assertCanRecordCase,
  assertItemOnList,
  type Case,
  caseChain,
  newCase,
  publicCaseResult,
  type RecordCaseInput,
} from './case';
import type { CaseRepository } from './ports';

export interface CaseDeps extends ChangeDeps {
  cases: CaseRepository;
  items: ItemRepository;
  targets: TargetRepository;
  clock: Clock;
}

export const CASE_RECORD_KIND = 'case.record';
export const CASE_PUBLISH_KIND = 'case.publish';

const caseExists = (c: Case) =>
  new ConflictError(
    'CASE.EXISTS',
    `a case of ${c.department} with this reference number (received ${c.receivedOn}) is recorded already as ${c.id}`,
    { field: 'referenceNo', rule: 'one case per lead', value: c.id },
  );

const sameCase = (a: Case, b: Case): boolean =>
  canonicalJson({ ...a, recordedAt: null, recordedBy: null }) ===
  canonicalJson({ ...b, recordedAt: null, recordedBy: null });

export const applyCaseRecord: ChangeApplier<CaseDeps> = async (deps, change) => {
  try {
    await deps.cases.create(change as Case);
  } catch (e) {
    if (!(e instanceof ConflictError && e.code === 'CASE.EXISTS')) throw e;
  }
};

interface CasePublication {
  caseId: string;
  entry: PublishedResultEntry;
}
export const applyCasePublication: ChangeApplier<CaseDeps> = async (deps, change) => {
  const c = change as CasePublication;
  await deps.cases.publish(c.caseId, c.entry);
};

export const caseAppliers: Readonly<Record<string, ChangeApplier<CaseDeps>>> = {
  [CASE_RECORD_KIND]: applyCaseRecord,
  [CASE_PUBLISH_KIND]: applyCasePublication,
};

const found = (c: Case | undefined, id: string): Case => {
  if (!c) throw new NotFoundError('CASE.NOT_FOUND', `case ${id} not found`, { value: id });
  return c;
};

/**
 * Records a case (个案处理): its department only; the item on the department's list
 * (清单之外无检查), the target in its directory. One intent `case/record`, one `case.record`
 * entry on the case's chain carrying the evidence hashes.
 */
export const recordCase = async (
  deps: CaseDeps,
  cmd: { actor: Actor; input: RecordCaseInput },
): Promise<Case> => {
  assertCanRecordCase(cmd.actor, cmd.input.department);
  const now = deps.clock.now();
  const c = newCase(cmd.input, { actor: cmd.actor, now });
  assertItemOnList(c.department, c.item, await deps.items.get(c.department, c.item));
  const target = await deps.targets.get(c.department, c.targetId);
  if (!target)
    throw new ValidationError(
      'CASE.TARGET_NOT_FOUND',
      `${c.targetId} is not a target in ${c.department}'s directory`,
      {
        field: 'targetId',
        rule: 'a case inspects a target of the directory (名录库)',
        value: c.targetId,
      },
    );
  const out = await runChange(deps, caseAppliers, {
    id: 'case/record',
    chain: caseChain(c.id),
    kind: CASE_RECORD_KIND,
    audit: {
      at: now,
      actor: cmd.actor.sub,
      action: 'case.record',
      subject: c.id,
      data: {
        department: c.department,
        source: c.source,
        receivedOn: c.receivedOn,
        target: c.targetId,
        item: c.item,
        wording: c.wording,
        inspectionDate: c.inspectionDate,
        team: c.team,
        evidence: c.evidence,
        ...(c.handoff ? { handoff: c.handoff } : {}),
      },
    },
    change: c,
  });
  const stored = out.intent.change as Case;
  if (!out.created && !sameCase(stored, c)) throw caseExists(stored);
  return (await deps.cases.get(c.id)) ?? stored;
};

/** Reads a case: its department and the office. */
export const getCase = async (
  deps: CaseDeps,
  cmd: { actor: Actor; department: string; id: string },
) => {
  assertCanReadDepartment(cmd.actor, cmd.department);
  const c = await deps.cases.get(cmd.id);
  if (!c || c.department !== cmd.department) return found(undefined, cmd.id);
  return c;
};

export const listCases = async (
  deps: CaseDeps,
  cmd: { actor: Actor; department: string; year: number; page: PageRequest },
): Promise<Page<Case>> => {
  assertCanReadDepartment(cmd.actor, cmd.department);
  return deps.cases.listByDepartment(cmd.department, cmd.year, cmd.page);
};

/**
 * Publishes a case beside the draws' results (kind 个案), by its department: one intent
 * `case/publish`, one `case.publish` entry. Publishing again answers the case as published.
 */
export const publishCase = async (
  deps: CaseDeps,
  cmd: { actor: Actor; department: string; id: string },
): Promise<Case> => {
  assertCanRecordCase(cmd.actor, cmd.department);
  const c = await deps.cases.get(cmd.id);
  if (!c || c.department !== cmd.department) return found(undefined, cmd.id);
  if (c.publishedAt) return c;
  const now = deps.clock.now();
  const [item, target] = await Promise.all([
    deps.items.get(c.department, c.item),
    deps.targets.get(c.department, c.targetId),
  ]);
  const entry: PublishedResultEntry = {
    year: c.year,
    department: c.department,
    item: c.item,
    method: c.method,
    publishedAt: now,
    ...(target?.town ? { town: target.town } : {}),
    result: publicCaseResult(c, {
      itemName: item?.name ?? c.item,
      target: {
        name: target?.name ?? c.targetId,
        ...(target?.uscc ? { uscc: target.uscc } : {}),
      },
    }),
  };
  await runChange(deps, caseAppliers, {
    id: 'case/publish',
    chain: caseChain(c.id),
    kind: CASE_PUBLISH_KIND,
    audit: {
      at: now,
      actor: cmd.actor.sub,
      action: 'case.publish',
      subject: c.id,
      data: { publishedAt: now, evidenceCount: c.evidence.length },
    },
    change: { caseId: c.id, entry } satisfies CasePublication,
  });
  return found(await deps.cases.get(c.id), c.id);
};

/** GET /cases?year=: the published cases of a year, for everyone. */
export const listPublishedCases = (
  deps: Pick<CaseDeps, 'cases'>,
  year: number,
  page: PageRequest,
): Promise<Page<PublishedResultEntry>> => deps.cases.listPublished(year, page);

export const caseUseCases = { recordCase, getCase, listCases, publishCase, listPublishedCases };
