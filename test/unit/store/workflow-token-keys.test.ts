import { keys, partitions } from '@double-random/store';
import { describe, expect, it } from 'vitest';

describe('workflow token keys', () => {
  it('put every wait of a task in one partition, one item per slot', () => {
    expect(keys.workflowToken('2027-SCJG-001', 'entropy')).toEqual({
      pk: 'WFTOKEN#2027-SCJG-001',
      sk: 'entropy',
    });
    expect(keys.workflowToken('2027-SCJG-001', 'result:D1:T-9').pk).toBe(
      partitions.workflowTokens('2027-SCJG-001'),
    );
  });

  it('escape separators in ids and slots, so no task’s partition reaches another’s', () => {
    expect(keys.workflowToken('A#B', 'result:D#1:T%2')).toEqual({
      pk: 'WFTOKEN#A%23B',
      sk: 'result:D%231:T%252',
    });
    expect(partitions.workflowTokens('A#B')).not.toBe(partitions.workflowTokens('A'));
  });

  it('refuse an empty task id or slot', () => {
    expect(() => keys.workflowToken('', 'entropy')).toThrow(/taskId/);
    expect(() => keys.workflowToken('T', '')).toThrow(/slot/);
  });
});
