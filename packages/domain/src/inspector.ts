import type { DepartmentCode } from './codes';
import { deactivatedState } from './deactivation';
import { ConflictError, NotFoundError, ValidationError } from './errors';
import { type ChangeContext, firstEntry, type HistoryEntry, recordChange } from './history';
import {
  type ConflictDeclareInput,
  ConflictDeclareInputSchema,
  type Inspector,
  type InspectorCreateInput,
  InspectorCreateInputSchema,
  type InspectorUpdateInput,
  InspectorUpdateInputSchema,
  type PublicInspector,
  type RecusalDecision,
  RecusalDecisionSchema,
} from './inspector.schema';
import type { TargetDeactivateInput } from './target.schema';
import { parseOrThrow } from './validation';

type Result = { inspector: Inspector; entry: HistoryEntry };

/** 日常监管人员 hold no 执法证; everyone else listed is an enforcement officer (the default). */
export const isDailySupervision = (i: Pick<Inspector, 'category'>): boolean =>
  i.category === 'daily-supervision';

/**
 * What each category holds (台政发〔2019〕12号 二(三); 《行政处罚法》(2021) 第42条 "执法人员应当
 * 具有行政执法资格"): an enforcement officer has a 执法证 number and its expiry; 日常监管人员
 * have none and may not lead a group (a 检查组负责人 is an enforcement officer).
 */
export const assertCertification = (
  i: Pick<Inspector, 'category' | 'certificateNo' | 'certificateExpiry' | 'mayLead'>,
): void => {
  if (isDailySupervision(i)) {
    const held =
      i.certificateNo !== undefined
        ? 'certificateNo'
        : i.certificateExpiry !== undefined
          ? 'certificateExpiry'
          : null;
    if (held)
      throw new ValidationError(
        'INSPECTOR.CERTIFICATE_NOT_HELD',
        `${held}: 日常监管人员 (daily-supervision) hold no 执法证; list a certified officer as enforcement`,
        {
          field: held,
          rule: 'daily-supervision staff hold no 执法证 (台政发〔2019〕12号 二(三))',
          value: i[held],
        },
      );
    if (i.mayLead)
      throw new ValidationError(
        'INSPECTOR.MAY_NOT_LEAD',
        'mayLead: 日常监管人员 (daily-supervision) may not lead a group; its leader is an enforcement officer',
        {
          field: 'mayLead',
          rule: 'a 检查组负责人 holds a 执法证 (《行政处罚法》第42条)',
          value: true,
        },
      );
    return;
  }
  for (const field of ['certificateNo', 'certificateExpiry'] as const)
    if (i[field] === undefined)
      throw new ValidationError(
        'INSPECTOR.CERTIFICATE_REQUIRED',
        `${field}: an enforcement officer is listed with the 执法证 they hold; list staff without one as category daily-supervision`,
        {
          field,
          rule: 'enforcement officers hold a 执法证 (《行政处罚法》(2021) 第42条)',
          value: null,
        },
      );
};

export const newInspector = (
  input: InspectorCreateInput & { department: DepartmentCode },
  ctx: ChangeContext,
): Result => {
  const { department, ...body } = input;
  const { reason, ...v } = parseOrThrow(InspectorCreateInputSchema, body, 'INSPECTOR');
  assertCertification(v);
  const entry = firstEntry(ctx, reason ?? '');
  const inspector: Inspector = {
    ...v,
    department,
    conflicts: [],
    status: 'active',
    createdAt: ctx.now,
    updatedAt: ctx.now,
    version: 1,
    history: [entry],
  };
  return { inspector, entry };
};

const assertActive = (i: Inspector, what: string): void => {
  if (i.status !== 'active')
    throw new ConflictError(
      'INSPECTOR.INACTIVE',
      `inspector ${i.id} is inactive since ${i.deactivation?.date}; it cannot be ${what}`,
      { field: 'status', rule: 'inactive entries are kept, not changed', value: i.status },
    );
};

/** History entries of inspectors never carry private values: only that the field changed. */
const redactPrivate = (entry: HistoryEntry): HistoryEntry => ({
  ...entry,
  changes: entry.changes.map((c) =>
    c.field === 'idNumber' || c.field === 'phone'
      ? { field: c.field, from: '(private)', to: '(private)' }
      : c,
  ),
});

const change = (
  current: Inspector,
  after: Omit<Inspector, 'version' | 'history'>,
  ctx: ChangeContext,
  action: string,
  why: string,
): Result => {
  const { next, entry } = recordChange(current, after, ctx, action, why);
  const safe = redactPrivate(entry);
  return { inspector: { ...next, history: [...current.history, safe] }, entry: safe };
};

export const updateInspector = (
  current: Inspector,
  patch: InspectorUpdateInput,
  ctx: ChangeContext,
  reason = '',
): Result => {
  const p = parseOrThrow(InspectorUpdateInputSchema, patch, 'INSPECTOR');
  assertActive(current, 'updated');
  const { version: _v, history: _h, ...rest } = current;
  const after = { ...rest, ...p, updatedAt: ctx.now };
  // listed again as 日常监管人员: the certificate they no longer hold leaves with the change
  if (p.category === 'daily-supervision' && !isDailySupervision(current)) {
    if (p.certificateNo === undefined) delete after.certificateNo;
    if (p.certificateExpiry === undefined) delete after.certificateExpiry;
    if (p.mayLead === undefined) after.mayLead = false;
  }
  assertCertification(after);
  return change(current, after, ctx, 'update', reason);
};

export const deactivateInspector = (
  current: Inspector,
  input: TargetDeactivateInput,
  ctx: ChangeContext,
): Result => {
  const { after, why } = deactivatedState(current, input, ctx, 'INSPECTOR', assertActive);
  return change(current, after, ctx, 'deactivate', why);
};

/**
 * Recusal (回避, 《行政处罚法》第43条): a conflict with a target keeps the inspector out of
 * every draw over that target. Declared by the inspector or raised by the enterprise.
 * The reason is private, so the history records only the target and who declared it.
 */
export const declareConflict = (
  current: Inspector,
  input: ConflictDeclareInput,
  ctx: ChangeContext,
): Result => {
  const c = parseOrThrow(ConflictDeclareInputSchema, input, 'INSPECTOR');
  if (current.conflicts.some((x) => x.targetId === c.targetId))
    throw new ConflictError(
      'INSPECTOR.CONFLICT_EXISTS',
      `inspector ${current.id} has already declared a conflict with target ${c.targetId}`,
      { field: 'targetId', rule: 'one conflict per target', value: c.targetId },
    );
  const { version: _v, history: _h, ...rest } = current;
  const conflict = {
    ...c,
    at: ctx.now,
    status: !c.decision
      ? ('requested' as const)
      : c.decision.approved
        ? ('approved' as const)
        : ('rejected' as const),
    ...(c.decision ? { decision: { ...c.decision, at: c.decision.at ?? ctx.now } } : {}),
  };
  const { next, entry } = recordChange(
    current,
    { ...rest, conflicts: [...current.conflicts, conflict], updatedAt: ctx.now },
    ctx,
    'declare-conflict',
    `declared by ${c.declaredBy}`,
  );
  const safe: HistoryEntry = {
    ...entry,
    changes: [
      {
        field: 'conflicts',
        from: null,
        to: { targetId: c.targetId, declaredBy: c.declaredBy, status: conflict.status },
      },
    ],
  };
  return { inspector: { ...next, history: [...current.history, safe] }, entry: safe };
};

/**
 * The responsible official decides a requested recusal (《行政处罚法》第43条): approved, it
 * keeps the inspector out of draws over the target from the next freeze; rejected, it is kept
 * for the record. A decided recusal is not decided again.
 */
export const decideConflict = (
  current: Inspector,
  targetId: string,
  input: RecusalDecision,
  ctx: ChangeContext,
): Result => {
  const d = parseOrThrow(RecusalDecisionSchema, input, 'INSPECTOR');
  const c = current.conflicts.find((x) => x.targetId === targetId);
  if (!c)
    throw new NotFoundError(
      'INSPECTOR.CONFLICT_NOT_FOUND',
      `inspector ${current.id} has no recusal request on ${targetId}`,
      { field: 'targetId', value: targetId },
    );
  if (c.status !== 'requested')
    throw new ConflictError(
      'INSPECTOR.CONFLICT_DECIDED',
      `the recusal of ${current.id} on ${targetId} is ${c.status ?? 'in effect'} already`,
      { field: 'targetId', rule: 'a recusal is decided once', value: c.status ?? 'approved' },
    );
  const decided = {
    ...c,
    status: d.approved ? ('approved' as const) : ('rejected' as const),
    decision: { ...d, at: d.at ?? ctx.now },
  };
  const { version: _v, history: _h, ...rest } = current;
  const { next, entry } = recordChange(
    current,
    {
      ...rest,
      conflicts: current.conflicts.map((x) => (x.targetId === targetId ? decided : x)),
      updatedAt: ctx.now,
    },
    ctx,
    'decide-conflict',
    `decided by ${d.by}`,
  );
  const safe: HistoryEntry = {
    ...entry,
    changes: [
      {
        field: 'conflicts',
        from: { targetId, status: 'requested' },
        to: { targetId, status: decided.status, by: d.by },
      },
    ],
  };
  return { inspector: { ...next, history: [...current.history, safe] }, entry: safe };
};

export type IneligibilityReason =
  | 'inactive'
  | 'not-certified'
  | 'certificate-expired'
  | 'not-qualified';

type Drawable = Pick<Inspector, 'status' | 'category' | 'certificateExpiry' | 'qualifications'>;

/**
 * Why an inspector may not be drawn for `qualification` on `onDate` (YYYY-MM-DD); empty when
 * eligible. 日常监管人员 hold no 执法证 and are never drawn (`not-certified`).
 */
export const ineligibilityReasons = (
  inspector: Drawable,
  onDate: string,
  qualification: string,
): IneligibilityReason[] => {
  // A malformed date would compare wrongly as a string and let an expired certificate through.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(onDate))
    throw new RangeError(`onDate is not YYYY-MM-DD: ${onDate}`);
  const reasons: IneligibilityReason[] = [];
  if (inspector.status !== 'active') reasons.push('inactive');
  if (isDailySupervision(inspector) || inspector.certificateExpiry === undefined)
    reasons.push('not-certified');
  // The expiry date is the last valid day; ISO dates compare correctly as strings.
  else if (onDate > inspector.certificateExpiry) reasons.push('certificate-expired');
  if (!inspector.qualifications.includes(qualification)) reasons.push('not-qualified');
  return reasons;
};

export const isEligible = (inspector: Drawable, onDate: string, qualification: string): boolean =>
  ineligibilityReasons(inspector, onDate, qualification).length === 0;

export const publicInspectorView = (inspector: Inspector): PublicInspector => {
  const { idNumber: _i, phone: _p, history: _h, conflicts, ...rest } = inspector;
  return {
    ...rest,
    // the reason and the official's note are private; who decided, and how, is not
    conflicts: conflicts.map(({ reason: _r, decision, ...c }) => {
      if (!decision) return c;
      const { note: _n, ...d } = decision;
      return { ...c, decision: d };
    }),
  };
};
