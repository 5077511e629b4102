import type { Assignment, DrawResult } from '@double-random/draw';
import { type Actor, isDepartment } from '../actor';
import { shanghaiDate } from '../codes';
import { ConflictError, ForbiddenError, ValidationError } from '../errors';
import { parseOrThrow } from '../validation';
import {
  penaltyPublicationDeadline,
  resultPublicationDeadline,
  type WorkingDayCalendar,
} from './calendar';
import {
  type InspectionResult,
  type RecordResultInput,
  RecordResultInputSchema,
  type ResultWording,
} from './result.schema';
import { assertTeamIsDrawn, type Substitution } from './substitution';
import type { Task } from './task.schema';

/**
 * Wordings that mean the target cannot be inspected at all (unreachable or gone): the
 * result is still recorded and published, and the next reserve of the stratum is
 * inspected in its place (spec §4–§5). 未发现开展本次抽查涉及的经营活动 is a finding about
 * the item, not an absence of the target, so it does not trigger a replacement.
 */
export const REPLACEMENT_WORDINGS: readonly ResultWording[] = [
  'unreachable',
  'closed-or-liquidating',
  'deregistered',
  'revoked',
  'moved-out',
];
export const triggersReplacement = (w: ResultWording): boolean => REPLACEMENT_WORDINGS.includes(w);

/**
 * Wordings that leave a problem for someone else to pursue (后续监管衔接): a pending
 * problem, serious obstruction, false disclosure. A suspected crime always goes to the
 * judicial authorities whatever the wording.
 */
export const HANDOFF_WORDINGS: readonly ResultWording[] = [
  'pending-follow-up',
  'obstruction-serious',
  'false-disclosure',
];
export type HandoffKind = 'department-in-charge' | 'judicial';
export const requiredHandoffs = (
  r: Pick<InspectionResult, 'wording' | 'suspectedCrime'>,
): HandoffKind[] => [
  ...(HANDOFF_WORDINGS.includes(r.wording) ? (['department-in-charge'] as const) : []),
  ...(r.suspectedCrime ? (['judicial'] as const) : []),
];

/** The department whose item it is inspects it, records and publishes it (谁检查、谁录入、谁公开). */
export const inspectingDepartment = (task: Task, item: string): string => {
  const it = task.items.find((i) => i.code === item);
  if (!it)
    throw new ValidationError(
      'RESULT.ITEM_NOT_IN_TASK',
      `item ${item} is not an item of task ${task.id}`,
      {
        field: 'item',
        rule: '清单之外无检查',
        value: item,
      },
    );
  return it.department;
};

/**
 * Who may record a result: a member of the inspecting department, or an inspector on that
 * department's team for the target. `teamMembers` is the team drawn for the target in
 * that department's draw.
 */
export const assertCanRecordResult = (
  actor: Actor,
  task: Task,
  item: string,
  teamMembers: readonly string[],
): string => {
  const department = inspectingDepartment(task, item);
  const onTeam = actor.roles.includes('inspector') && teamMembers.includes(actor.sub);
  if (!isDepartment(actor, department) && !onTeam)
    throw new ForbiddenError(
      'RESULT.NOT_INSPECTING_DEPARTMENT',
      `${actor.sub} may not record item ${item}: only ${department}, whose item it is, or its drawn team may (谁检查、谁录入)`,
      { field: 'item', rule: '谁检查、谁录入、谁公开 (台政发〔2019〕12号 二(六))', value: item },
    );
  return department;
};

/**
 * What happened, as the draw and the clock know it: a result says only that (issue of
 * trust: 台政发〔2019〕12号 二(五)、二(六)).
 */
export interface ResultFacts {
  /** the day (Asia/Shanghai) the target's draw ran */
  drawnOn: string;
  /** the team drawn for the target, after the substitutions */
  team: readonly string[];
  substitutions: readonly Substitution[];
  /** the item's 检查内容, answered point by point (absent or empty: nothing to answer) */
  checklist?: readonly string[];
  /** the team members' certificate numbers (执法证号), by inspector id */
  certificates?: ReadonlyMap<string, string>;
  /** the staff named as accompanying the team, as the directory lists them (absent: unknown id) */
  accompanying?: ReadonlyMap<string, AccompanyingStaff>;
}

/** What the directory says of someone named as accompanying a team. */
export interface AccompanyingStaff {
  department: string;
  category?: 'enforcement' | 'daily-supervision';
  status: 'active' | 'inactive';
}

/**
 * 日常监管人员 may go with a drawn team (台政发〔2019〕12号 二(三) lists them in the inspector
 * directory) but never count toward its two certified officers (《行政处罚法》(2021) 第42条):
 * each one named is an active daily-supervision member of the inspecting department and not
 * of the team. A certified officer who was not drawn may not join: that would undo 随机匹配.
 */
export const assertAccompanying = (
  ids: readonly string[],
  team: readonly string[],
  department: string,
  staff: ReadonlyMap<string, AccompanyingStaff>,
): void => {
  const seen = new Set<string>();
  for (const id of ids) {
    const s = staff.get(id);
    const why = seen.has(id)
      ? 'is named twice'
      : team.includes(id)
        ? 'is on the drawn team already'
        : !s || s.department !== department
          ? `is not in ${department}'s inspector directory`
          : s.status !== 'active'
            ? 'is inactive'
            : s.category !== 'daily-supervision'
              ? 'is an enforcement officer: only the drawn team and its drawn substitutes inspect (随机匹配); 日常监管人员 may accompany'
              : null;
    seen.add(id);
    if (why)
      throw new ValidationError('RESULT.ACCOMPANYING_INVALID', `accompanying: ${id} ${why}`, {
        field: 'accompanying',
        rule: '日常监管人员 of the inspecting department may accompany a drawn team; they never count toward its two certified officers',
        value: id,
      });
  }
};

/** Every point of the item's checklist answered once, in order (尽职照单免责). */
export const assertChecklistAnswered = (
  points: readonly string[],
  answers: readonly { point: number }[],
): void => {
  const expected = points.map((_, i) => i + 1);
  const given = answers.map((a) => a.point);
  if (JSON.stringify(given) !== JSON.stringify(expected))
    throw new ValidationError(
      'RESULT.CHECKLIST_INCOMPLETE',
      `checklist: the item has ${points.length} point(s) to check (检查内容); answer each once, in order (${expected.join(', ') || 'none'}), not ${given.join(', ') || 'none'}`,
      {
        field: 'checklist',
        rule: '检查内容 answered point by point (尽职照单免责, 台政发〔2019〕12号 三(二))',
        value: given,
        points: points.length,
      },
    );
};

/**
 * 《行政处罚法》(2021) 第55条: "执法人员在调查或者进行检查时，应当主动向当事人或者有关人员出示执法
 * 证件". The certificates recorded are exactly those of the team's certified members.
 */
export const assertCertificatesShown = (
  shown: readonly string[],
  team: readonly string[],
  certificates: ReadonlyMap<string, string>,
): void => {
  const owed = team.flatMap((id) => {
    const no = certificates.get(id);
    return no ? [no] : [];
  });
  const missing = owed.filter((no) => !shown.includes(no));
  const foreign = shown.filter((no) => !owed.includes(no));
  if (missing.length + foreign.length > 0)
    throw new ValidationError(
      'RESULT.CERTIFICATES_INVALID',
      `certificatesShown: ${missing.length ? `not shown ${missing.join(', ')}` : ''}${missing.length && foreign.length ? '; ' : ''}${foreign.length ? `not of the team ${foreign.join(', ')}` : ''}`,
      {
        field: 'certificatesShown',
        rule: '《行政处罚法》第55条: every certified member shows their 执法证',
        value: shown,
        missing,
        foreign,
      },
    );
};

/**
 * The inspection date lies between the draw and today (Asia/Shanghai), both included, and
 * inside the task window: an inspection cannot precede its draw, nor lie in the future.
 */
export const assertInspectionDate = (
  date: string,
  window: { start: string; end: string },
  drawnOn: string,
  today: string,
): void => {
  const refuse = (rule: string, message: string) =>
    new ValidationError('RESULT.DATE_INVALID', `inspectionDate: ${date} ${message}`, {
      field: 'inspectionDate',
      rule,
      value: date,
      drawnOn,
      today,
      window,
    });
  if (date < drawnOn)
    throw refuse(
      'an inspection follows the draw of its target (随机抽取 before 检查)',
      `is before the draw of ${drawnOn}`,
    );
  if (date > today)
    throw refuse(
      'an inspection is recorded once done: not after today (Asia/Shanghai)',
      `is after today, ${today}`,
    );
};

/** A result as recorded, with its publication deadlines computed from the calendar. */
export const newResult = (
  task: Task,
  input: RecordResultInput,
  department: string,
  calendar: WorkingDayCalendar,
  ctx: { actor: string; now: string },
  facts?: ResultFacts,
): InspectionResult => {
  const v = parseOrThrow(RecordResultInputSchema, input, 'RESULT');
  if (v.inspectionDate < task.window.start || v.inspectionDate > task.window.end)
    throw new ValidationError(
      'RESULT.OUTSIDE_WINDOW',
      `inspection date ${v.inspectionDate} is outside the task window ${task.window.start}..${task.window.end}`,
      {
        field: 'inspectionDate',
        rule: 'inspections within the task window',
        value: v.inspectionDate,
      },
    );
  if (facts) {
    assertInspectionDate(v.inspectionDate, task.window, facts.drawnOn, shanghaiDate(ctx.now));
    assertTeamIsDrawn(v.team, facts.team);
    assertChecklistAnswered(facts.checklist ?? [], v.checklist);
    if (facts.certificates) {
      // 第55条: every result says which 执法证 were shown; a result without them is refused
      if (!v.certificatesShown)
        throw new ValidationError(
          'RESULT.CERTIFICATES_REQUIRED',
          `certificatesShown: required; the team's certified members showed ${[...v.team].flatMap((id) => facts.certificates?.get(id) ?? []).join(', ') || 'their 执法证'}`,
          {
            field: 'certificatesShown',
            rule: '《行政处罚法》第55条: every result records the 执法证 the team showed',
            value: null,
          },
        );
      assertCertificatesShown(v.certificatesShown, v.team, facts.certificates);
    }
    if (v.accompanying.length > 0)
      assertAccompanying(v.accompanying, v.team, department, facts.accompanying ?? new Map());
  }
  if (v.penalty && v.penalty.decisionDate < v.inspectionDate)
    throw new ValidationError(
      'RESULT.PENALTY_BEFORE_INSPECTION',
      `penalty decided on ${v.penalty.decisionDate}, before the inspection of ${v.inspectionDate}`,
      {
        field: 'penalty.decisionDate',
        rule: 'a decision follows the inspection',
        value: v.penalty.decisionDate,
      },
    );
  const due = resultPublicationDeadline(v.inspectionDate, calendar);
  const penaltyDue = v.penalty && penaltyPublicationDeadline(v.penalty, calendar);
  const { substitutions: _requested, checklist, accompanying, ...fields } = v;
  return {
    ...fields,
    ...(accompanying.length > 0 ? { accompanying } : {}),
    ...(facts && facts.substitutions.length > 0 ? { substitutions: [...facts.substitutions] } : {}),
    ...(checklist.length > 0 ? { checklist } : {}),
    department,
    recordedBy: ctx.actor,
    recordedAt: ctx.now,
    publication: { dueBy: due.date, provisional: due.provisional },
    ...(penaltyDue
      ? { penaltyPublication: { dueBy: penaltyDue.date, provisional: penaltyDue.provisional } }
      : {}),
  };
};

/** Deadlines again, after the office loaded a schedule; published ones keep theirs. */
export const recomputeDeadlines = (
  r: InspectionResult,
  calendar: WorkingDayCalendar,
): InspectionResult => {
  const out = { ...r };
  if (!r.publication.publishedAt) {
    const due = resultPublicationDeadline(r.inspectionDate, calendar);
    out.publication = { dueBy: due.date, provisional: due.provisional };
  }
  if (r.penalty && r.penaltyPublication && !r.penaltyPublication.publishedAt) {
    const due = penaltyPublicationDeadline(r.penalty, calendar);
    if (due) out.penaltyPublication = { dueBy: due.date, provisional: due.provisional };
  }
  return out;
};

const stratumOfTarget = (draw: DrawResult, target: string) =>
  draw.strata.find((s) => s.selected.includes(target) || s.reserve.includes(target));

/**
 * The next unused reserve of a stratum, in reserve order (spec §4); refuses when all are used.
 */
export const nextReserve = (
  draw: DrawResult,
  stratumKey: string,
  usedReserves: readonly string[],
): string => {
  const stratum = draw.strata.find((s) => s.key === stratumKey);
  if (!stratum)
    throw new ValidationError(
      'RESERVE.UNKNOWN_STRATUM',
      `draw ${draw.drawId} has no stratum ${stratumKey}`,
      {
        field: 'stratum',
        rule: 'reserves per stratum',
        value: stratumKey,
      },
    );
  const next = stratum.reserve.find((id) => !usedReserves.includes(id));
  if (next === undefined)
    throw new ConflictError(
      'RESERVE.EXHAUSTED',
      `stratum ${stratumKey} of draw ${draw.drawId} has no unused reserve left (${stratum.reserve.length} drawn, all used); nobody re-draws`,
      {
        field: 'stratum',
        rule: 'replacement from the declared reserve only (spec §4)',
        value: stratumKey,
      },
    );
  return next;
};

export interface Replacement {
  replaced: string;
  stratum: string;
  reserve: string;
  /** the team drawn for the reserve target (reserveAssignments), never a new draw */
  assignment: Assignment;
}

/**
 * The replacement for a target found gone or unreachable: the next unused reserve of its
 * stratum with the team drawn for it. A reserve that is itself gone is replaced the same way.
 */
export const replacement = (
  draw: DrawResult,
  goneTarget: string,
  usedReserves: readonly string[],
): Replacement => {
  const stratum = stratumOfTarget(draw, goneTarget);
  const inPlay =
    stratum && (stratum.selected.includes(goneTarget) || usedReserves.includes(goneTarget));
  if (!stratum || !inPlay)
    throw new ValidationError(
      'RESERVE.TARGET_NOT_DRAWN',
      `${goneTarget} is neither a selected target nor a reserve in use in draw ${draw.drawId}`,
      { field: 'targetId', rule: 'only drawn targets are replaced', value: goneTarget },
    );
  const reserve = nextReserve(draw, stratum.key, usedReserves);
  const assignment = draw.reserveAssignments.find((a) => a.target === reserve);
  if (!assignment)
    throw new ConflictError(
      'RESERVE.NO_TEAM',
      `draw ${draw.drawId} holds no team for reserve ${reserve}`,
      {
        field: 'reserveAssignments',
        rule: 'every reserve has a team (spec §5)',
        value: reserve,
      },
    );
  return { replaced: goneTarget, stratum: stratum.key, reserve, assignment };
};
