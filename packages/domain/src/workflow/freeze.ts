import type { DrawBundle, DrawOptions, PoolRecord, RosterMember } from '@double-random/draw';
import { digests } from '@double-random/draw';
import { z } from 'zod';
import { CodeSchema, IsoDateSchema } from '../codes';
import { ValidationError } from '../errors';
import { isEligible } from '../inspector';
import { conflictInEffect, type Inspector } from '../inspector.schema';
import type { PoolTarget } from '../ports';
import { daysBetween } from './calendar';
import type { Task, TaskDraw } from './task.schema';

/** A bundle as frozen: everything of spec §1 but the entropy, which does not exist yet. */
export type FrozenBundle = Omit<DrawBundle, 'entropy'>;

/** The three digests published in the commitment (spec §2). */
export interface BundleDigests {
  poolDigest: string;
  paramsDigest: string;
  rosterDigest: string;
}

/** A past inspection, for the repeated-inspection exclusion (重复检查). */
export const RecentInspectionSchema = z.object({
  targetId: CodeSchema,
  item: CodeSchema,
  date: IsoDateSchema,
});
export type RecentInspection = z.infer<typeof RecentInspectionSchema>;

/** What the freeze reads from the directories, as of `freezeDate` (Asia/Shanghai). */
export interface FreezeSnapshot {
  freezeDate: string;
  /** the initiator's target directory (any status; filtering happens here) */
  targets: readonly PoolTarget[];
  /** inspector directories of the initiator and the participants (any status) */
  inspectors: Inspector[];
  recentInspections: RecentInspection[];
  /**
   * A joint task's participants' target directories (any status). A joint inspection visits
   * one market subject with one group, so its pool holds only the initiator's targets that
   * every participant regulates too: the same id (the 统一社会信用代码 of a subject, the
   * project code of a project) active in each participant's directory (台政发〔2019〕12号
   * 二(五): 统一从检查对象名录库中随机抽取). Absent: not narrowed (the freeze use case always
   * reads them).
   */
  participantTargets?: readonly PoolTarget[];
}

export interface FrozenDraw {
  draw: TaskDraw;
  /** the participant's pool is empty until the target draw fills it */
  bundle: FrozenBundle;
  digests: BundleDigests;
}

export interface FreezeOutcome {
  target: FrozenDraw;
  /** one per participating department, pool empty, in the task's department order */
  participants: FrozenDraw[];
  /** targets left out, with why: counts for the record, ids for the office */
  excluded: {
    targetId: string;
    reason: 'inactive' | 'out-of-scope' | 'recently-inspected' | 'not-shared';
  }[];
}

const matches = <T>(list: readonly T[], v: T): boolean => list.length === 0 || list.includes(v);

/** `options`: the engine's hash (node:crypto where Node runs it); the digests are the same. */
const digestsOf = (bundle: FrozenBundle, options?: DrawOptions): BundleDigests => {
  // The entropy only enters the seed, which is not part of what is committed.
  const { poolDigest, paramsDigest, rosterDigest } = digests({ ...bundle, entropy: '' }, options);
  return { poolDigest, paramsDigest, rosterDigest };
};

/**
 * The roster of one draw: active inspectors of the department, certificate valid on the
 * freeze date, holding the qualification. Conflicts (回避) keep only ids in the pool when a
 * pool is known; their reasons never enter a bundle.
 */
export const rosterOf = (
  inspectors: readonly Inspector[],
  department: string,
  qualification: string,
  onDate: string,
  poolIds?: ReadonlySet<string>,
  expertise: readonly string[] = [],
): RosterMember[] =>
  inspectors
    .filter((i) => i.department === department && isEligible(i, onDate, qualification))
    // 业务专长 matched to the items (二(三)): when the items name any, one of them
    .filter((i) => expertise.length === 0 || i.expertise.some((e) => expertise.includes(e)))
    .map((i) => ({
      id: i.id,
      unit: i.unit,
      leader: i.mayLead,
      qualifications: [...new Set(i.qualifications)],
      // only recusals the responsible official approved (《行政处罚法》第43条)
      conflicts: [
        ...new Set(
          i.conflicts
            .filter(conflictInEffect)
            .map((c) => c.targetId)
            .filter((id) => !poolIds || poolIds.has(id)),
        ),
      ],
    }));

/** Ids active in every participant's directory; undefined when the task is not joint. */
export const sharedWithParticipants = (
  task: Pick<Task, 'participants'>,
  participantTargets: readonly PoolTarget[] | undefined,
): ReadonlySet<string> | undefined => {
  if (task.participants.length === 0 || participantTargets === undefined) return undefined;
  const byDepartment = task.participants.map(
    (d) =>
      new Set(
        participantTargets
          .filter((t) => t.department === d && t.status === 'active')
          .map((t) => t.id),
      ),
  );
  const [first, ...rest] = byDepartment;
  return new Set([...(first ?? [])].filter((id) => rest.every((s) => s.has(id))));
};

/** The expertise a draw's items call for: those of its department with its qualification. */
export const drawExpertise = (task: Pick<Task, 'items'>, draw: TaskDraw): string[] => [
  ...new Set(
    task.items
      .filter((i) => i.department === draw.department && i.qualification === draw.qualification)
      .flatMap((i) => i.expertise ?? []),
  ),
];

const stratumOf = (task: Task, t: PoolTarget): string | undefined => {
  if (task.strata.some((s) => s.key === 'all')) return 'all';
  const key = `risk:${t.riskClass}`;
  return task.strata.some((s) => s.key === key) ? key : undefined;
};

/**
 * The frozen bundles of a task (spec §7 step 1): the target draw's pool and roster, and
 * for a joint task one roster per participating department. Pool: the initiator's active
 * targets in scope, minus those inspected on one of the task's items within
 * `excludeInspectedWithinDays` days before the freeze date (both days counted).
 */
export const buildBundles = (
  task: Task,
  snapshot: FreezeSnapshot,
  options?: DrawOptions,
): FreezeOutcome => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(snapshot.freezeDate))
    throw new ValidationError(
      'FREEZE.DATE_INVALID',
      `freeze date ${snapshot.freezeDate} is not YYYY-MM-DD`,
      {
        field: 'freezeDate',
        rule: 'calendar date',
        value: snapshot.freezeDate,
      },
    );
  const [targetDraw, ...participantDraws] = task.draws;
  if (targetDraw?.role !== 'targets')
    throw new ValidationError('FREEZE.NO_TARGET_DRAW', `task ${task.id} has no target draw`, {
      field: 'draws',
      rule: 'the first draw of a task draws targets',
      value: task.draws,
    });
  const items = new Set(task.items.map((i) => i.code));
  const window = task.excludeInspectedWithinDays;
  const recent = new Set(
    window === undefined
      ? []
      : snapshot.recentInspections
          .filter((r) => items.has(r.item))
          .filter((r) => {
            const age = daysBetween(r.date, snapshot.freezeDate);
            return age >= 0 && age <= window;
          })
          .map((r) => r.targetId),
  );
  const excluded: FreezeOutcome['excluded'] = [];
  const shared = sharedWithParticipants(task, snapshot.participantTargets);
  const pool: PoolRecord[] = [];
  const { kinds, towns, industries, riskClasses } = task.scope;
  for (const t of snapshot.targets) {
    if (t.department !== task.initiator) continue;
    if (t.status !== 'active') {
      excluded.push({ targetId: t.id, reason: 'inactive' });
      continue;
    }
    const stratum = stratumOf(task, t);
    const inScope =
      stratum !== undefined &&
      matches(kinds, t.kind) &&
      matches(towns, t.town) &&
      matches(industries, t.industry) &&
      matches(riskClasses, t.riskClass);
    if (!inScope) {
      excluded.push({ targetId: t.id, reason: 'out-of-scope' });
      continue;
    }
    if (shared && !shared.has(t.id)) {
      excluded.push({ targetId: t.id, reason: 'not-shared' });
      continue;
    }
    if (recent.has(t.id)) {
      excluded.push({ targetId: t.id, reason: 'recently-inspected' });
      continue;
    }
    pool.push({ id: t.id, stratum, unit: t.unit });
  }
  if (pool.length === 0)
    throw new ValidationError(
      'FREEZE.EMPTY_POOL',
      `task ${task.id} has no target to draw: ${excluded.length} left out (inactive, out of scope, recently inspected or, in a joint task, not regulated by every participant)`,
      { field: 'pool', rule: 'a draw needs targets', value: 0 },
    );
  const poolIds = new Set(pool.map((p) => p.id));
  const bundle: FrozenBundle = {
    spec: 'dr-draw/1',
    drawId: targetDraw.drawId,
    params: {
      team: task.teamSize,
      qualification: targetDraw.qualification,
      cap: task.cap,
      crossUnit: task.crossUnit,
      strata: task.strata.map((s) => ({ key: s.key, ratioBp: s.ratioBp, reserve: s.reserve })),
    },
    pool,
    roster: rosterOf(
      snapshot.inspectors,
      targetDraw.department,
      targetDraw.qualification,
      snapshot.freezeDate,
      poolIds,
      drawExpertise(task, targetDraw),
    ),
  };
  const participants = participantDraws.map((draw) => {
    // Conflicts are kept whole: the participant pool is a subset of this pool, known after the draw.
    const b = participantBundle(
      task,
      draw,
      [],
      rosterOf(
        snapshot.inspectors,
        draw.department,
        draw.qualification,
        snapshot.freezeDate,
        poolIds,
        drawExpertise(task, draw),
      ),
    );
    return { draw, bundle: b, digests: digestsOf(b, options) };
  });
  // A roster smaller than a team can never fill one (≥ 2 officers): refuse before committing.
  for (const b of [bundle, ...participants.map((p) => p.bundle)])
    if (b.roster.length < task.teamSize)
      throw new ValidationError(
        'FREEZE.ROSTER_TOO_SMALL',
        `draw ${b.drawId} has ${b.roster.length} eligible inspectors (active, certified on ${snapshot.freezeDate}, qualified ${b.params.qualification}); a team needs ${task.teamSize}`,
        {
          field: 'roster',
          rule: '≥ 2 enforcement officers (《行政处罚法》第42条)',
          value: b.roster.length,
        },
      );
  return {
    target: { draw: targetDraw, bundle, digests: digestsOf(bundle, options) },
    participants,
    excluded,
  };
};

/**
 * Participant bundle (joint task): stratum `joint` at 10000 bp with no reserve, so every
 * pool target gets a team. Jurisdiction units are the initiator's and mean nothing to
 * another department's inspectors, so the pool carries no unit and crossUnit is off.
 */
const participantBundle = (
  task: Task,
  draw: TaskDraw,
  targetIds: readonly string[],
  roster: RosterMember[],
): FrozenBundle => ({
  spec: 'dr-draw/1',
  drawId: draw.drawId,
  params: {
    team: task.teamSize,
    qualification: draw.qualification,
    cap: task.cap,
    crossUnit: false,
    strata: [{ key: 'joint', ratioBp: 10000, reserve: 0 }],
  },
  pool: targetIds.map((id) => ({ id, stratum: 'joint', unit: '' })),
  roster,
});

/**
 * The participant's bundle after the target draw. Its pool is the selected AND the reserve
 * targets of the target draw, so a reserve that replaces a gone target already has the
 * participant's team too. The roster is the one frozen (and committed) at the freeze; its
 * digest and the params digest must equal the committed ones, the pool digest is new and
 * follows from the target draw.
 */
export const buildParticipantBundle = (
  task: Task,
  department: string,
  selected: readonly string[],
  roster: RosterMember[],
): FrozenBundle => {
  const draw = task.draws.find((d) => d.role === 'participant' && d.department === department);
  if (!draw)
    throw new ValidationError(
      'FREEZE.NOT_A_PARTICIPANT',
      `${department} is not a participating department of task ${task.id}`,
      { field: 'department', rule: 'participants of the task', value: department },
    );
  return participantBundle(task, draw, selected, roster);
};

export { digestsOf as bundleDigests };
