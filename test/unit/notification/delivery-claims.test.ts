import {
  assignmentNotifications,
  deliverDue,
  type Notification,
  type NotificationChannel,
  notifyPeople,
  type Outbox,
  type TaskAssignment,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';

const NOW = '2026-03-02T01:00:00.000Z';
const clock = { now: () => NOW };
const task = {
  id: '2026-SCJG-001',
  name: '食品销售抽查',
  window: { start: '2026-03-01', end: '2026-05-31' },
};
const assignment = (target: string): TaskAssignment => ({
  taskId: task.id,
  drawId: task.id,
  department: 'SCJG',
  target,
  stratum: 'risk:A',
  role: 'selected',
  members: ['P0042', 'P0107'],
  leader: 'P0107',
  status: 'filled',
});
const notices = (target: string): Notification[] =>
  assignmentNotifications(task, [assignment(target)], NOW);

/** The store's contract in memory, keeping every write of an attempt. */
const memoryOutbox = () => {
  const all = new Map<string, Notification>();
  const records: { id: string; attempts: number; expected: number }[] = [];
  const outbox: Outbox = {
    async enqueue(ns) {
      let added = 0;
      for (const n of ns)
        if (!all.has(n.id)) {
          all.set(n.id, n);
          added++;
        }
      return { added };
    },
    get: async (id) => all.get(id),
    pending: async () => ({ items: [...all.values()].filter((n) => n.status === 'pending') }),
    async record(after, expected) {
      records.push({ id: after.id, attempts: after.attempts, expected });
      if (all.get(after.id)?.attempts !== expected) return false;
      all.set(after.id, after);
      return true;
    },
    list: async () => ({ items: [...all.values()] }),
  };
  return { outbox, all, records };
};

const kept: NotificationChannel = { name: 'outbox', idempotent: true, deliver: async () => {} };

describe('delivering where sending again changes nothing', () => {
  it('claims no attempt: one write per notification, over the attempts read', async () => {
    const { outbox, all, records } = memoryOutbox();
    await outbox.enqueue(notices('T1'));
    const report = await deliverDue({ outbox, channel: kept, clock });
    expect(report).toEqual({ delivered: 2, retrying: 0, failed: 0 });
    expect(records.map((r) => [r.attempts, r.expected])).toEqual([
      [1, 0],
      [1, 0],
    ]);
    for (const n of all.values())
      expect(n).toMatchObject({ status: 'delivered', attempts: 1, channel: 'outbox' });
  });

  it('of two runners at once, one records each attempt', async () => {
    const { outbox, all, records } = memoryOutbox();
    await outbox.enqueue([...notices('T1'), ...notices('T2')]);
    const [a, b] = await Promise.all([
      deliverDue({ outbox, channel: kept, clock }),
      deliverDue({ outbox, channel: kept, clock }),
    ]);
    expect(a.delivered + b.delivered).toBe(4);
    expect(records.filter((r) => r.expected === 0)).toHaveLength(records.length);
    for (const n of all.values()) expect(n).toMatchObject({ status: 'delivered', attempts: 1 });
  });

  it('a channel that sends claims first, as before: two writes per notification', async () => {
    const { outbox, records } = memoryOutbox();
    await outbox.enqueue(notices('T1'));
    const sns: NotificationChannel = { name: 'sns', deliver: async () => {} };
    await deliverDue({ outbox, channel: sns, clock });
    for (const id of new Set(records.map((r) => r.id)))
      expect(records.filter((r) => r.id === id).map((r) => [r.attempts, r.expected])).toEqual([
        [1, 0],
        [1, 1],
      ]);
    expect(records).toHaveLength(4);
  });
});

describe('notifyPeople delivers what it wrote', () => {
  it('leaves the others pending to their own writers, or the scheduled run', async () => {
    const { outbox, all } = memoryOutbox();
    const others = notices('T9');
    await outbox.enqueue(others);
    const sent: string[] = [];
    const sns: NotificationChannel = { name: 'sns', deliver: async (n) => void sent.push(n.id) };
    const mine = notices('T1');
    const out = await notifyPeople({ outbox, channel: sns, clock }, mine);
    expect(out).toEqual({ added: 2, delivery: { delivered: 2, retrying: 0, failed: 0 } });
    expect(sent).toEqual(mine.map((n) => n.id));
    for (const n of others) expect(all.get(n.id)).toMatchObject({ status: 'pending', attempts: 0 });
  });
});

describe('where delivering is keeping (the local outbox)', () => {
  const keeping: NotificationChannel = {
    name: 'outbox',
    idempotent: true,
    keeps: true,
    deliver: async () => {
      throw new Error('a kept notification is never sent');
    },
  };

  it('writes each notification once, delivered; one already there is left as it is', async () => {
    const { outbox, all, records } = memoryOutbox();
    const before = notices('T1');
    await outbox.enqueue([before[0]!]);
    const out = await notifyPeople({ outbox, channel: keeping, clock }, before);
    expect(out).toEqual({ added: 1, delivery: { delivered: 1, retrying: 0, failed: 0 } });
    expect(records).toEqual([]);
    expect(all.get(before[0]!.id)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(all.get(before[1]!.id)).toMatchObject({
      status: 'delivered',
      attempts: 1,
      deliveredAt: NOW,
      channel: 'outbox',
    });
  });

  it('keeps a notification not due yet pending, and counts only those written delivered', async () => {
    const { outbox, all } = memoryOutbox();
    const [now, later] = notices('T2');
    const tomorrow = { ...later!, nextAttemptAt: '2026-03-03T01:00:00.000Z' };
    const out = await notifyPeople({ outbox, channel: keeping, clock }, [now!, tomorrow]);
    expect(out).toEqual({ added: 2, delivery: { delivered: 1, retrying: 0, failed: 0 } });
    expect(all.get(now!.id)).toMatchObject({ status: 'delivered', attempts: 1 });
    expect(all.get(tomorrow.id)).toMatchObject({ status: 'pending', attempts: 0 });
  });
});

describe('where sending again changes nothing and the queue tells what it holds', () => {
  it('delivers what it does not hold, then writes each once as its attempt left it', async () => {
    const { outbox, all, records } = memoryOutbox();
    const asked: string[][] = [];
    const queue = Object.assign(outbox, {
      known: async (ids: readonly string[]) => {
        asked.push([...ids]);
        return new Set(ids.filter((id) => all.has(id)));
      },
    });
    const before = notices('T1');
    await outbox.enqueue([before[0]!]);
    const mine = [...before, ...notices('T2')];
    const sent: string[] = [];
    const folder: NotificationChannel = {
      name: 'drop-folder',
      idempotent: true,
      deliver: async (n) => {
        if (n.id === mine[3]!.id) throw new Error('disk full');
        sent.push(n.id);
      },
    };
    const out = await notifyPeople({ outbox: queue, channel: folder, clock }, mine);
    expect(asked).toEqual([mine.map((n) => n.id)]);
    expect(out).toEqual({ added: 3, delivery: { delivered: 2, retrying: 1, failed: 0 } });
    expect(sent.sort()).toEqual([mine[1]!.id, mine[2]!.id].sort());
    expect(records).toEqual([]);
    expect(all.get(mine[0]!.id)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(all.get(mine[1]!.id)).toMatchObject({ status: 'delivered', attempts: 1 });
    expect(all.get(mine[3]!.id)).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'disk full',
    });
  });
});
