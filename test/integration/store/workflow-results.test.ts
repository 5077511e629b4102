import type { CalendarYear, Handoff } from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { useEmbeddedStore } from '../support/embedded-store';
import { resultOf, task } from './workflow-fixtures';

const store = useEmbeddedStore();

describe('result repository', () => {
  it('records one result per target and item, refuses a second, and needs its task', async () => {
    await store.repositories.tasks.create(task('2026-SCJG-001'));
    const r = resultOf('2026-SCJG-001', 'T1');
    await store.repositories.results.create(r);
    await store.repositories.results.create(resultOf('2026-SCJG-001', 'T1', { item: 'FOOD-02' }));
    await expect(store.repositories.results.create(r)).rejects.toMatchObject({
      code: 'RESULT.EXISTS',
    });
    expect(await store.repositories.results.get('2026-SCJG-001', 'T1', 'FOOD-01')).toEqual(r);
    expect(await store.repositories.results.get('2026-SCJG-001', 'T1', 'NONE')).toBeUndefined();
    expect(await store.repositories.results.listByTask('2026-SCJG-001')).toHaveLength(2);
    // one target's results: every item, and no target whose id merely begins the same
    await store.repositories.results.create(resultOf('2026-SCJG-001', 'T10'));
    expect(
      (await store.repositories.results.listByTarget('2026-SCJG-001', 'T1')).map((x) => x.item),
    ).toEqual(['FOOD-01', 'FOOD-02']);
    expect(await store.repositories.results.listByTarget('2026-SCJG-001', 'T2')).toEqual([]);
    await expect(
      store.repositories.results.create(resultOf('2026-SCJG-404', 'T1')),
    ).rejects.toMatchObject({ code: 'TASK.NOT_FOUND' });
  });

  it('lists provisional results until their deadline is fixed or met', async () => {
    await store.repositories.tasks.create(task('2026-SCJG-002'));
    const provisional = resultOf('2026-SCJG-002', 'T7', {
      publication: { dueBy: '2026-05-01', provisional: true },
    });
    await store.repositories.results.create(provisional);
    await store.repositories.results.create(resultOf('2026-SCJG-002', 'T8'));
    expect(await store.repositories.results.listProvisional()).toEqual([provisional]);
    const fixed = { ...provisional, publication: { dueBy: '2026-04-29', provisional: false } };
    await store.repositories.results.put(fixed);
    expect(await store.repositories.results.listProvisional()).toEqual([]);
    expect(await store.repositories.results.get('2026-SCJG-002', 'T7', 'FOOD-01')).toEqual(fixed);
    await expect(
      store.repositories.results.put(resultOf('2026-SCJG-002', 'T404')),
    ).rejects.toMatchObject({ code: 'RESULT.NOT_FOUND' });
  });
});

describe('inspection history', () => {
  it('returns the initiator’s inspections on the given items from a date on', async () => {
    await store.repositories.tasks.create(task('2026-AJ-001', { initiator: 'AJ' }));
    const rows = [
      resultOf('2026-AJ-001', 'A1', { inspectionDate: '2026-01-30', department: 'AJ' }),
      resultOf('2026-AJ-001', 'A2', { inspectionDate: '2026-01-31', department: 'AJ' }),
      resultOf('2026-AJ-001', 'A3', { inspectionDate: '2026-02-15', item: 'FIRE-01' }),
      resultOf('2026-AJ-001', 'A4', { inspectionDate: '2026-03-01', item: 'OTHER' }),
    ];
    for (const r of rows) await store.repositories.results.create(r);
    const recent = await store.repositories.history.recent(
      'AJ',
      ['FOOD-01', 'FIRE-01'],
      '2026-01-31',
    );
    expect(recent).toEqual([
      { targetId: 'A2', item: 'FOOD-01', date: '2026-01-31' },
      { targetId: 'A3', item: 'FIRE-01', date: '2026-02-15' },
    ]);
    expect(await store.repositories.history.recent('AJ', [], '2026-01-01')).toEqual([]);
    expect(await store.repositories.history.recent('ZJ', ['FOOD-01'], '2026-01-31')).toEqual([]);
  });
});

describe('handoff repository', () => {
  const handoff: Handoff = {
    id: 'T1.FOOD-01.judicial',
    taskId: '2026-SCJG-001',
    targetId: 'T1',
    item: 'FOOD-01',
    kind: 'judicial',
    from: 'SCJG',
    receiverName: '某区公安分局',
    reason: 'suspected crime',
    date: '2026-04-02',
    by: 'dept:SCJG',
    at: '2026-04-02T01:00:00.000Z',
  };

  it('creates once, acknowledges once, lists by task', async () => {
    await store.repositories.handoffs.create(handoff);
    await expect(store.repositories.handoffs.create(handoff)).rejects.toMatchObject({
      code: 'HANDOFF.EXISTS',
    });
    const acked = {
      ...handoff,
      acknowledgement: { by: '张三', at: '2026-04-03T01:00:00.000Z', recordedBy: 'dept:SCJG' },
    };
    await store.repositories.handoffs.acknowledge(acked);
    await expect(
      store.repositories.handoffs.acknowledge({
        ...acked,
        acknowledgement: { ...acked.acknowledgement, by: '李四' },
      }),
    ).rejects.toMatchObject({ code: 'HANDOFF.ALREADY_ACKNOWLEDGED' });
    expect(await store.repositories.handoffs.get(handoff.taskId, handoff.id)).toEqual(acked);
    expect(await store.repositories.handoffs.listByTask(handoff.taskId)).toEqual([acked]);
    await expect(
      store.repositories.handoffs.acknowledge({ ...acked, id: 'T9.FOOD-01.judicial' }),
    ).rejects.toMatchObject({ code: 'HANDOFF.NOT_FOUND' });
  });
});

describe('calendar store', () => {
  it('round-trips loaded years in year order; a reload replaces its year', async () => {
    const y2027: CalendarYear = {
      year: 2027,
      holidays: ['2027-01-01'],
      makeUpWorkdays: [],
      source: 'office',
      loadedAt: '2026-12-01T00:00:00.000Z',
      loadedBy: 'office:alice',
    };
    const y2026: CalendarYear = { ...y2027, year: 2026, holidays: ['2026-01-01'] };
    expect(await store.repositories.calendars.list()).toEqual([]);
    await store.repositories.calendars.put(y2027);
    await store.repositories.calendars.put(y2026);
    const reloaded = { ...y2027, holidays: ['2027-01-01', '2027-02-06'] };
    await store.repositories.calendars.put(reloaded);
    expect(await store.repositories.calendars.list()).toEqual([y2026, reloaded]);
  });
});
