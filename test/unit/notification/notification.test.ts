import {
  type Actor,
  afterAttempt,
  assignmentNotifications,
  deadlineNotification,
  deliverDue,
  deliveryDue,
  handoffNotification,
  listNotifications,
  MAX_DELIVERY_ATTEMPTS,
  type Notification,
  type NotificationChannel,
  type Outbox,
  planReturnedNotification,
  type TaskAssignment,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';

const NOW = '2026-03-02T01:00:00.000Z';
const task = {
  id: '2026-SCJG-001',
  name: '食品销售抽查',
  window: { start: '2026-03-01', end: '2026-05-31' },
};
const assignment = (over: Partial<TaskAssignment> = {}): TaskAssignment => ({
  taskId: task.id,
  drawId: '2026-SCJG-001',
  department: 'SCJG',
  target: '91370405MA3C00001X',
  stratum: 'risk:A',
  role: 'selected',
  members: ['P0042', 'P0107'],
  leader: 'P0107',
  status: 'filled',
  ...over,
});

/** An outbox in memory with the store's contract: write once, record over the attempts read. */
const memoryOutbox = (): Outbox & { all: Map<string, Notification> } => {
  const all = new Map<string, Notification>();
  return {
    all,
    async enqueue(ns) {
      let added = 0;
      for (const n of ns)
        if (!all.has(n.id)) {
          all.set(n.id, n);
          added++;
        }
      return { added };
    },
    async get(id) {
      return all.get(id);
    },
    async pending() {
      return { items: [...all.values()].filter((n) => n.status === 'pending') };
    },
    async record(after, expected) {
      if (all.get(after.id)?.attempts !== expected) return false;
      all.set(after.id, after);
      return true;
    },
    async list(filter) {
      return {
        items: [...all.values()].filter(
          (n) =>
            (!filter.status || n.status === filter.status) &&
            (!filter.department || n.department === filter.department) &&
            (!filter.recipient || n.recipient === filter.recipient),
        ),
      };
    },
  };
};

describe('what inspectors are told of their assignment (随机匹配)', () => {
  it('tells each drawn member the task, the target, the team with its leader and the window', () => {
    const [first, second] = assignmentNotifications(
      task,
      [assignment()],
      NOW,
      () => '枣庄市台儿庄区某超市',
    );
    expect([first?.recipient, second?.recipient]).toEqual(['inspector:P0042', 'inspector:P0107']);
    expect(first?.text).toContain('2026-SCJG-001');
    expect(first?.text).toContain('枣庄市台儿庄区某超市（91370405MA3C00001X）');
    expect(first?.text).toContain('P0042、P0107（组长）');
    expect(first?.text).toContain('2026-03-01 至 2026-05-31');
    expect(first).toMatchObject({
      kind: 'assignment',
      department: 'SCJG',
      status: 'pending',
      attempts: 0,
    });
  });

  it('tells nobody of a reserve not in use, and tells the team of a reserve that replaced a target', () => {
    const reserve = assignment({ role: 'reserve', target: 'R1' });
    expect(assignmentNotifications(task, [reserve], NOW)).toEqual([]);
    const used = assignment({ role: 'reserve', target: 'R2', replaces: 'T9' });
    expect(assignmentNotifications(task, [used], NOW)).toHaveLength(2);
  });

  it('gives a notification the same id every time, so a retried step sends none twice', () => {
    const a = assignmentNotifications(task, [assignment()], NOW).map((n) => n.id);
    const b = assignmentNotifications(task, [assignment()], '2026-03-03T00:00:00.000Z').map(
      (n) => n.id,
    );
    expect(a).toEqual(b);
  });
});

describe('what departments are told', () => {
  it('a returned plan, with the office’s reason', () => {
    const n = planReturnedNotification(
      { department: 'STHJ', year: 2026, version: 3, returned: { reason: '一般事项比例超过10%' } },
      NOW,
    );
    expect(n).toMatchObject({ recipient: 'dept:STHJ', kind: 'plan.returned' });
    expect(n.text).toContain('一般事项比例超过10%');
  });

  it('a handoff to the department in charge; a judicial handoff is not sent to a department', () => {
    const h = {
      id: 'T1.SCJG-01.department-in-charge',
      taskId: task.id,
      targetId: 'T1',
      item: 'SCJG-01',
      kind: 'department-in-charge' as const,
      receiverDepartment: 'YJJ',
      receiverName: '区应急管理局',
      reason: '安全生产隐患',
      date: '2026-04-01',
    };
    expect(handoffNotification(h as never, NOW)).toMatchObject({
      recipient: 'dept:YJJ',
      kind: 'handoff.received',
    });
    expect(
      handoffNotification({ ...h, kind: 'judicial', receiverDepartment: undefined } as never, NOW),
    ).toBeUndefined();
  });

  it('a publication due soon or overdue, once per status', () => {
    const light = {
      department: 'SCJG',
      targetId: 'T1',
      item: 'SCJG-01',
      kind: 'result' as const,
      dueBy: '2026-04-10',
    };
    const soon = deadlineNotification(task.id, { ...light, status: 'due-soon' }, NOW);
    const late = deadlineNotification(task.id, { ...light, status: 'overdue' }, NOW);
    expect([soon.kind, late.kind]).toEqual(['deadline.due-soon', 'deadline.overdue']);
    expect(soon.id).not.toBe(late.id);
    expect(late.text).toContain('已逾期');
  });
});

describe('delivery: retried with back-off, recorded, given up after the last attempt', () => {
  const n = assignmentNotifications(task, [assignment()], NOW)[0]!;

  it('waits longer after each failure and fails for good after the last attempt', () => {
    let current = n;
    const waits: number[] = [];
    for (let i = 0; i < MAX_DELIVERY_ATTEMPTS; i++) {
      const at = current.nextAttemptAt ?? NOW;
      current = afterAttempt(current, at, { ok: false, error: 'topic unreachable' });
      if (current.nextAttemptAt) waits.push(Date.parse(current.nextAttemptAt) - Date.parse(at));
    }
    expect(waits).toEqual([60_000, 300_000, 1_800_000, 7_200_000]);
    expect(current).toMatchObject({
      status: 'failed',
      attempts: MAX_DELIVERY_ATTEMPTS,
      lastError: 'topic unreachable',
    });
    expect(current.nextAttemptAt).toBeUndefined();
  });

  it('is due only when pending and its next attempt has come', () => {
    const later = afterAttempt(n, NOW, { ok: false, error: 'x' });
    expect(deliveryDue(later, NOW)).toBe(false);
    expect(deliveryDue(later, later.nextAttemptAt!)).toBe(true);
    expect(deliveryDue(afterAttempt(n, NOW, { ok: true, channel: 'sns' }), NOW)).toBe(false);
  });

  it('records each attempt and counts what failed for good', async () => {
    const outbox = memoryOutbox();
    const last = { ...n, attempts: MAX_DELIVERY_ATTEMPTS - 1 };
    const fresh = { ...n, id: 'other' };
    await outbox.enqueue([last, fresh]);
    const broken: NotificationChannel = {
      name: 'sns',
      deliver: async () => {
        throw new Error('AuthorizationError');
      },
    };
    const report = await deliverDue({ outbox, channel: broken, clock: { now: () => NOW } });
    expect(report).toEqual({ delivered: 0, retrying: 1, failed: 1 });
    expect(outbox.all.get(n.id)).toMatchObject({
      status: 'failed',
      lastError: 'AuthorizationError',
    });
    expect(outbox.all.get('other')).toMatchObject({ status: 'pending', attempts: 1 });
  });

  it('sends nothing another runner claimed first', async () => {
    const outbox = memoryOutbox();
    await outbox.enqueue([n]);
    const sent: string[] = [];
    const channel: NotificationChannel = {
      name: 'sns',
      deliver: async (x) => void sent.push(x.id),
    };
    // the other runner claimed the attempt after this one read the pending page
    const original = outbox.pending.bind(outbox);
    outbox.pending = async (page) => {
      const read = await original(page);
      await outbox.record({ ...n, attempts: 1 }, 0);
      return read;
    };
    const report = await deliverDue({ outbox, channel, clock: { now: () => NOW } });
    expect([report.delivered, sent]).toEqual([0, []]);
  });

  it('leaves an attempt that crashed while sending to be retried when its claim runs out', async () => {
    const outbox = memoryOutbox();
    await outbox.enqueue([n]);
    const crashing: NotificationChannel = {
      name: 'sns',
      deliver: async () => {
        throw Object.assign(new Error('process killed'), { fatal: true });
      },
    };
    const original = outbox.record.bind(outbox);
    let writes = 0;
    // the process dies after the claim is written, before the outcome is
    outbox.record = async (after, expected) => (++writes === 1 ? original(after, expected) : false);
    await deliverDue({ outbox, channel: crashing, clock: { now: () => NOW } });
    const left = outbox.all.get(n.id)!;
    expect(left).toMatchObject({ status: 'pending', attempts: 1 });
    expect(deliveryDue(left, NOW)).toBe(false);
    expect(deliveryDue(left, '2026-03-02T01:10:00.000Z')).toBe(true);
  });
});

describe('who reads the outbox', () => {
  const office: Actor = { sub: 'o', roles: ['office'] };
  const scjg: Actor = { sub: 'd', roles: ['dept:SCJG'] };
  const inspector: Actor = { sub: 'P0042', roles: ['inspector'] };
  const setup = async () => {
    const outbox = memoryOutbox();
    await outbox.enqueue([
      ...assignmentNotifications(task, [assignment()], NOW),
      planReturnedNotification({ department: 'STHJ', year: 2026, version: 2 }, NOW),
    ]);
    return outbox;
  };
  const read = async (actor: Actor, department?: string) =>
    listNotifications(
      { outbox: await setup() },
      { actor, filter: department ? { department } : {}, page: { limit: 100 } },
    );

  it('the office reads all of it', async () => {
    expect((await read(office)).items).toHaveLength(3);
  });

  it('a department reads its own channel and not another’s', async () => {
    expect((await read(scjg, 'SCJG')).items).toHaveLength(2);
    await expect(read(scjg, 'STHJ')).rejects.toMatchObject({ code: 'NOTIFICATION.NOT_YOURS' });
  });

  it('an inspector reads what was addressed to it only', async () => {
    const mine = (await read(inspector)).items;
    expect(mine.map((n) => n.recipient)).toEqual(['inspector:P0042']);
    await expect(read(inspector, 'SCJG')).rejects.toMatchObject({ code: 'NOTIFICATION.NOT_YOURS' });
  });
});
