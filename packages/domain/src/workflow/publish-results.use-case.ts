import { isDepartment } from '../actor';
import { departmentName, shanghaiDate } from '../codes';
import { mapLimit } from '../concurrency';
import { ForbiddenError } from '../errors';
import type { Target } from '../target.schema';
import { runChange } from './change';
import type { ChangeIntent, PublicationShown } from './ports';
import { type PublicResult, publicResult } from './publication';
import type { InspectionResult } from './result.schema';
import { type Cmd, getTask, type WorkflowDeps } from './workflow-deps';

const planName = (year: number, department: string): string =>
  `${year}年度${departmentName(department)}双随机抽查计划`;

export const PUBLISH_KIND = 'result.publish';
/** Publications one call makes at once: a department publishes a task's results together. */
export const PUBLISHED_AT_ONCE = 4;
export const publishChangeId = (targetId: string, item: string) => `publish/${targetId}/${item}`;

/** The publication of one result: the instant it was published at, and what it shows. */
interface Publication {
  taskId: string;
  targetId: string;
  item: string;
  publishedAt: string;
  /** the item's and target's names as read when it was asked for (absent in older intents) */
  shown?: PublicationShown;
}

const stamp = (r: InspectionResult, at: string): InspectionResult => ({
  ...r,
  publication: { ...r.publication, publishedAt: at },
  ...(r.penaltyPublication
    ? { penaltyPublication: { ...r.penaltyPublication, publishedAt: at } }
    : {}),
});

/**
 * Stamps the result with the intent's instant, once: a result published already keeps its
 * date (only this intent, `publish/<target>/<item>`, ever publishes it).
 */
export const applyPublication = async (deps: WorkflowDeps, change: unknown): Promise<void> => {
  const p = change as Publication;
  const r = await deps.results.get(p.taskId, p.targetId, p.item);
  if (!r || r.publication.publishedAt) return;
  await deps.results.put(stamp(r, p.publishedAt), p.shown);
};

/**
 * A publication another publisher asked for moments ago is left to it (it is completing it);
 * an older one was left by a crash, and is completed here.
 */
const underWay = (theirs: ChangeIntent, now: string): boolean =>
  Date.parse(now) - Date.parse(theirs.audit.at) < 60_000;

const PUBLISH_APPLIERS = { [PUBLISH_KIND]: applyPublication };

const notParticipant = (actor: string, department: string, taskId: string) =>
  new ForbiddenError(
    'PUBLICATION.NOT_PARTICIPANT',
    `${department} takes no part in task ${taskId}; ${actor} may not publish in it`,
    {
      field: 'department',
      rule: 'only a department of the task publishes its results',
      value: department,
    },
  );

/**
 * 8. Publish the department's unpublished results of a task (谁公开): each result is published
 * once, through its own intent and entry (`result.publish`, one per result), so concurrent
 * publishers split the results between them and none is published twice. Returns the public
 * records this call published and which were late; nothing to publish appends nothing.
 */
export const publishResults = async (
  deps: WorkflowDeps,
  cmd: Cmd<{ taskId: string; department: string }>,
) => {
  if (!isDepartment(cmd.actor, cmd.department))
    throw new ForbiddenError(
      'PUBLICATION.NOT_DEPARTMENT',
      `${cmd.actor.sub} may not publish results of ${cmd.department} (谁检查、谁公开)`,
      { field: 'department', rule: '谁检查、谁录入、谁公开', value: cmd.department },
    );
  const task = await getTask(deps, cmd.taskId);
  if (!task.draws.some((d) => d.department === cmd.department))
    throw notParticipant(cmd.actor.sub, cmd.department, task.id);
  const now = deps.clock.now();
  const today = shanghaiDate(now);
  // results another publisher has taken already are not asked for again (one read for all)
  const asked = await deps.intents.listByPrefix(task.id, 'publish/');
  const taken = new Set(asked.filter((i) => underWay(i, now)).map((i) => i.id));
  // and those a crash left open are completed first, before this call's own
  const left = new Set(
    asked.filter((i) => !underWay(i, now) && i.seq === undefined).map((i) => i.id),
  );
  const due = (await deps.results.listByTask(task.id)).filter(
    (r) =>
      r.department === cmd.department &&
      !r.publication.publishedAt &&
      !taken.has(publishChangeId(r.targetId, r.item)),
  );
  // a task's results share a few items: each item's name is read once per call
  const itemNames = new Map<string, Promise<string>>();
  const itemName = (department: string, code: string) => {
    const key = `${department}/${code}`;
    let name = itemNames.get(key);
    if (!name) {
      name = deps.items.get(department, code).then((i) => i?.name ?? code);
      itemNames.set(key, name);
    }
    return name;
  };
  // the targets the public records name, a hundred a batch read where the directory has one
  const targets = new Map<string, Target>();
  const { getMany } = deps.targets;
  if (getMany)
    for (let i = 0; i < due.length; i += 100) {
      const ids = [...new Set(due.slice(i, i + 100).map((r) => r.targetId))];
      for (const [id, t] of await getMany.call(deps.targets, task.initiator, ids))
        targets.set(id, t);
    }
  const targetOf = (id: string) =>
    getMany ? targets.get(id) : deps.targets.get(task.initiator, id);
  const publishOne = async (r: InspectionResult) => {
    const isLate = today > r.publication.dueBy;
    // what the public record shows, read before the intent and carried in it
    const target = await targetOf(r.targetId);
    const shown: PublicationShown = {
      itemName: await itemName(r.department, r.item),
      target: {
        name: target?.name ?? r.targetId,
        ...(target?.uscc ? { uscc: target.uscc } : {}),
        ...(target?.town !== undefined ? { town: target.town } : {}),
      },
    };
    const change: Publication = {
      taskId: task.id,
      targetId: r.targetId,
      item: r.item,
      publishedAt: now,
      shown,
    };
    const out = await runChange(
      deps,
      PUBLISH_APPLIERS,
      {
        id: publishChangeId(r.targetId, r.item),
        chain: task.id,
        kind: PUBLISH_KIND,
        audit: {
          at: now,
          actor: cmd.actor.sub,
          action: 'result.publish',
          subject: `${task.id}/${r.targetId}/${r.item}`,
          data: {
            department: cmd.department,
            publishedAt: now,
            dueBy: r.publication.dueBy,
            late: isLate,
          },
        },
        change,
      },
      { leaveTheirs: (theirs) => underWay(theirs, now) },
    );
    // another publisher took this one: it is published once, by them
    if (!out.created) return undefined;
    return {
      late: isLate ? { targetId: r.targetId, item: r.item, dueBy: r.publication.dueBy } : undefined,
      published: publicResult(task, stamp(r, now), {
        planName: planName(task.year, task.initiator),
        itemName: shown.itemName,
        target: {
          name: shown.target.name,
          ...(shown.target.uscc ? { uscc: shown.target.uscc } : {}),
        },
      }),
    };
  };
  const isLeft = (r: InspectionResult) => left.has(publishChangeId(r.targetId, r.item));
  // publications a crash left are completed first, one by one: their intent was written
  // before this call, so they are not this call's to answer (publishOne answers nothing)
  for (const r of due.filter(isLeft)) await publishOne(r);
  // then a few at once, each through its own intent and entry; answered in the results' order
  const outcomes = await mapLimit(
    due.filter((r) => !isLeft(r)),
    PUBLISHED_AT_ONCE,
    publishOne,
  );
  const published: PublicResult[] = [];
  const late: { targetId: string; item: string; dueBy: string }[] = [];
  for (const o of outcomes) {
    if (!o) continue;
    published.push(o.published);
    if (o.late) late.push(o.late);
  }
  return { published, late, count: published.length };
};
