import { z } from 'zod';
import { DepartmentCodeSchema, IsoDateTimeSchema } from '../codes';
import { departmentName } from '../departments';
import type { DeadlineStatus } from '../workflow/calendar';
import type { Handoff } from '../workflow/handoff';
import type { TaskAssignment } from '../workflow/ports';
import type { Task } from '../workflow/task.schema';

/**
 * Notifications that reach people (台政发〔2019〕12号 二(五)、二(六): inspectors learn what they
 * were drawn for; departments learn of returned plans, handoffs and deadlines). Each one is
 * written to the outbox once under an id derived from what it is about, so a retried step, a
 * restart or the daily sweep that re-derives them never sends one twice; delivery is retried
 * with back-off and recorded, and one that still fails is shown on the office's 亮灯 list.
 */
export const NOTIFICATION_KINDS = [
  'assignment',
  'plan.returned',
  'handoff.received',
  'deadline.due-soon',
  'deadline.overdue',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** `dept:<code>` for a department's staff, `inspector:<id>` for one inspector. */
export const RecipientSchema = z
  .string()
  .regex(/^(dept|inspector):[\x21-\x7e]{1,64}$/, 'dept:<code> or inspector:<id>');

/** The delivery record's fields beside its status, shared by notifications and exchange events. */
export const deliveryRecordFields = {
  createdAt: IsoDateTimeSchema,
  attempts: z.number().int().min(0),
  nextAttemptAt: IsoDateTimeSchema.optional(),
  deliveredAt: IsoDateTimeSchema.optional(),
  channel: z.string().optional(),
  lastError: z.string().optional(),
};

export const NotificationSchema = z.object({
  id: z.string().min(1).max(300),
  kind: z.enum(NOTIFICATION_KINDS),
  /** the department whose channel carries it (its SNS topic in AWS) */
  department: DepartmentCodeSchema,
  recipient: RecipientSchema,
  title: z.string().min(1),
  text: z.string().min(1),
  /** what it is about: task, target, plan year … */
  ref: z.record(z.string(), z.string()),
  status: z.enum(NOTIFICATION_STATUSES),
  ...deliveryRecordFields,
});
export type Notification = z.infer<typeof NotificationSchema>;

/** Delivery attempts before a notification is given up as failed, and the waits between them. */
export const MAX_DELIVERY_ATTEMPTS = 5;
const RETRY_MINUTES = [1, 5, 30, 120] as const;

type NewNotification = Omit<Notification, 'status' | 'attempts' | 'createdAt' | 'nextAttemptAt'>;

const fresh = (n: NewNotification, now: string): Notification => ({
  ...n,
  createdAt: now,
  status: 'pending',
  attempts: 0,
  nextAttemptAt: now,
});

const addMinutes = (instant: string, minutes: number): string =>
  new Date(Date.parse(instant) + minutes * 60_000).toISOString();

/** What a delivery record carries: the outbox's notifications and the exchange's events alike. */
export interface DeliveryRecord {
  status: string;
  attempts: number;
  nextAttemptAt?: string | undefined;
  deliveredAt?: string | undefined;
  channel?: string | undefined;
  lastError?: string | undefined;
}

/**
 * The record after one delivery attempt at `at`: delivered, or pending again after the next
 * wait, or failed once the attempts are used up.
 */
export const afterAttempt = <T extends DeliveryRecord>(
  n: T,
  at: string,
  outcome: { ok: true; channel: string } | { ok: false; error: string },
): T => {
  const attempts = n.attempts + 1;
  const { nextAttemptAt: _, lastError: __, ...rest } = n;
  if (outcome.ok)
    return {
      ...rest,
      status: 'delivered',
      attempts,
      deliveredAt: at,
      channel: outcome.channel,
    } as T;
  const error = outcome.error.slice(0, 500);
  if (attempts >= MAX_DELIVERY_ATTEMPTS)
    return { ...rest, status: 'failed', attempts, lastError: error } as T;
  const wait = RETRY_MINUTES[Math.min(attempts - 1, RETRY_MINUTES.length - 1)]!;
  return {
    ...rest,
    status: 'pending',
    attempts,
    lastError: error,
    nextAttemptAt: addMinutes(at, wait),
  } as T;
};

/** Whether a pending record's next attempt is due at `now`. */
export const deliveryDue = (n: DeliveryRecord, now: string): boolean =>
  n.status === 'pending' && (n.nextAttemptAt === undefined || n.nextAttemptAt <= now);

const team = (a: Pick<TaskAssignment, 'members' | 'leader'>): string =>
  a.members.map((m) => (m === a.leader ? `${m}（组长）` : m)).join('、');

/**
 * 随机匹配: each drawn member of each inspection in play learns the task, the target, the
 * team with its leader and the window.
 */
export const assignmentNotifications = (
  task: Pick<Task, 'id' | 'name' | 'window'>,
  assignments: readonly TaskAssignment[],
  now: string,
  targetName: (targetId: string) => string | undefined = () => undefined,
): Notification[] =>
  assignments
    .filter((a) => a.role === 'selected' || a.replaces !== undefined)
    .flatMap((a) =>
      a.members.map((member) => {
        const name = targetName(a.target);
        return fresh(
          {
            id: `assign/${task.id}/${a.drawId}/${a.target}/${member}`,
            kind: 'assignment',
            department: a.department,
            recipient: `inspector:${member}`,
            title: `【双随机抽查】${task.id} 检查任务`,
            text:
              `您被随机匹配参加抽查任务“${task.name}”（${task.id}）。` +
              `检查对象：${name ? `${name}（${a.target}）` : a.target}。` +
              `检查组：${team(a)}。` +
              `检查时限：${task.window.start} 至 ${task.window.end}。`,
            ref: { taskId: task.id, drawId: a.drawId, target: a.target },
          },
          now,
        );
      }),
    );

/** 退回: the department learns that the office returned its annual plan, and why. */
export const planReturnedNotification = (
  plan: { department: string; year: number; version: number; returned?: { reason: string } },
  now: string,
): Notification =>
  fresh(
    {
      id: `plan/${plan.year}/${plan.department}/returned/${plan.version}`,
      kind: 'plan.returned',
      department: plan.department,
      recipient: `dept:${plan.department}`,
      title: `【双随机抽查】${plan.year}年度抽查计划被退回`,
      text:
        `联席会议办公室退回了${departmentName(plan.department)}${plan.year}年度抽查计划` +
        `${plan.returned?.reason ? `，理由：${plan.returned.reason}` : ''}。请修改后重新报送备案。`,
      ref: { year: String(plan.year), department: plan.department },
    },
    now,
  );

/** 移交: the department in charge learns a problem was handed to it. Judicial handoffs go by letter. */
export const handoffNotification = (h: Handoff, now: string): Notification | undefined => {
  if (h.kind !== 'department-in-charge' || !h.receiverDepartment) return undefined;
  return fresh(
    {
      id: `handoff/${h.taskId}/${h.id}`,
      kind: 'handoff.received',
      department: h.receiverDepartment,
      recipient: `dept:${h.receiverDepartment}`,
      title: `【双随机抽查】收到移交：${h.taskId}`,
      text:
        `抽查任务 ${h.taskId} 发现的问题已移交${h.receiverName}（${h.date}）：` +
        `${h.reason}。请在系统中签收并做好后续监管衔接。`,
      ref: { taskId: h.taskId, handoffId: h.id },
    },
    now,
  );
};

/** 亮灯: the inspecting department learns a publication is due soon or overdue. */
export const deadlineNotification = (
  taskId: string,
  light: {
    department: string;
    targetId: string;
    item: string;
    kind: 'result' | 'penalty';
    dueBy: string;
    status: Exclude<DeadlineStatus, 'on-time'>;
  },
  now: string,
): Notification => {
  const what = light.kind === 'result' ? '抽查结果' : '行政处罚信息';
  const when = light.status === 'overdue' ? '已逾期' : '即将到期';
  return fresh(
    {
      id: `deadline/${taskId}/${light.targetId}/${light.item}/${light.kind}/${light.status}`,
      kind: light.status === 'overdue' ? 'deadline.overdue' : 'deadline.due-soon',
      department: light.department,
      recipient: `dept:${light.department}`,
      title: `【双随机抽查】${what}公示${when}`,
      text: `任务 ${taskId} 检查对象 ${light.targetId}（事项 ${light.item}）的${what}应于 ${light.dueBy} 前公示，${when}。`,
      ref: { taskId, target: light.targetId, item: light.item, kind: light.kind },
    },
    now,
  );
};
