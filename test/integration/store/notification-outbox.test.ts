import {
  afterAttempt,
  assignmentNotifications,
  deliverDue,
  type Notification,
  type NotificationChannel,
  planReturnedNotification,
} from '@double-random/domain';
import { createOutbox } from '@double-random/store';
import { describe, expect, it } from 'vitest';
import { useEmbeddedTable } from './embedded';

const ctx = useEmbeddedTable('outbox-test');
const NOW = '2026-03-02T01:00:00.000Z';
const task = {
  id: '2026-SCJG-001',
  name: '食品销售抽查',
  window: { start: '2026-03-01', end: '2026-05-31' },
};
const assigned = (target: string, department = 'SCJG') =>
  assignmentNotifications(
    task,
    [
      {
        taskId: task.id,
        drawId: task.id,
        department,
        target,
        stratum: 'all',
        role: 'selected',
        members: ['P0042', 'P0107'],
        leader: 'P0042',
        status: 'filled',
      },
    ],
    NOW,
  );

describe('the outbox on the embedded DynamoDB', () => {
  it('writes each notification once: a second enqueue of the same ids adds nothing', async () => {
    const outbox = createOutbox(ctx.table);
    const ns = assigned('T1');
    expect(await outbox.enqueue(ns)).toEqual({ added: 2 });
    // delivered meanwhile: enqueuing again must not reset its record
    await outbox.record(afterAttempt(ns[0]!, NOW, { ok: true, channel: 'outbox' }), 0);
    expect(await outbox.enqueue(ns)).toEqual({ added: 0 });
    expect(await outbox.get(ns[0]!.id)).toMatchObject({ status: 'delivered', attempts: 1 });
  });

  it('records an attempt only over the attempt count it was read with', async () => {
    const outbox = createOutbox(ctx.table);
    const [n] = assigned('T2');
    await outbox.enqueue([n!]);
    const first = afterAttempt(n!, NOW, { ok: false, error: 'timeout' });
    expect(await outbox.record(first, 0)).toBe(true);
    // a second runner that read attempts 0 too loses
    expect(await outbox.record(afterAttempt(n!, NOW, { ok: true, channel: 'sns' }), 0)).toBe(false);
    expect(await outbox.get(n!.id)).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'timeout',
    });
  });

  it('lists by status, by department and by recipient', async () => {
    const outbox = createOutbox(ctx.table);
    await outbox.enqueue([
      ...assigned('T3', 'STHJ'),
      planReturnedNotification({ department: 'STHJ', year: 2026, version: 4 }, NOW),
    ]);
    const sthj = await outbox.list({ department: 'STHJ' }, { limit: 100 });
    expect(sthj.items).toHaveLength(3);
    const toInspector = await outbox.list({ recipient: 'inspector:P0107' }, { limit: 100 });
    expect(toInspector.items.every((x) => x.recipient === 'inspector:P0107')).toBe(true);
    expect(toInspector.items.length).toBeGreaterThanOrEqual(2);
    const pendingSthj = await outbox.list(
      { department: 'STHJ', status: 'pending' },
      { limit: 100 },
    );
    expect(pendingSthj.items).toHaveLength(3);
    const delivered = await outbox.list({ status: 'delivered' }, { limit: 100 });
    expect(delivered.items.map((x) => x.status)).toEqual(['delivered']);
  });

  it('delivers what is due, keeps the failures’ errors, and two runners at once send each notification once', async () => {
    const outbox = createOutbox(ctx.table);
    const delivered: string[] = [];
    const channel: NotificationChannel = {
      name: 'sns',
      async deliver(n: Notification) {
        if (n.department === 'XXX') throw new Error('no topic');
        delivered.push(n.id);
      },
    };
    const clock = { now: () => NOW };
    const [a, b] = await Promise.all([
      deliverDue({ outbox, channel, clock }),
      deliverDue({ outbox, channel, clock }),
    ]);
    const pendingLeft = await outbox.pending({ limit: 100 });
    // every notification still pending was tried and is waiting for its next attempt
    expect(pendingLeft.items.every((n) => n.attempts >= 1)).toBe(true);
    const stored = await outbox.list({ status: 'delivered' }, { limit: 1000 });
    expect(a.delivered + b.delivered).toBe(stored.items.length - 1);
    expect(new Set(delivered).size).toBe(delivered.length);
    expect(delivered.length).toBe(a.delivered + b.delivered);
  });
});
