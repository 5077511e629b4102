import { describe, expect, it } from 'vitest';
import {
  executionName,
  MAX_WAIT_SECONDS,
  waitSeconds,
  windowCloses,
} from '../../functions/src/workflow';
import { task } from '../unit/workflow/fixtures';

describe('inspection wait bounds', () => {
  const t = task({ window: { start: '2026-03-01', end: '2026-03-31' } });

  it('closes the window at the end of its last day in Asia/Shanghai', () => {
    expect(windowCloses(t)).toBe('2026-03-31T15:59:59.999Z');
  });

  it('waits until the window closes when that is near', () => {
    expect(waitSeconds(t, '2026-03-31T15:00:00.000Z')).toBe(3600);
  });

  it('waits at least one second once the window has closed', () => {
    expect(waitSeconds(t, '2026-04-02T00:00:00.000Z')).toBe(1);
  });

  it('caps a wait below the embedded engine timer limit (~24.8 days)', () => {
    const long = task({ window: { start: '2026-03-01', end: '2026-11-30' } });
    expect(waitSeconds(long, '2026-03-02T00:00:00.000Z')).toBe(MAX_WAIT_SECONDS);
    expect(MAX_WAIT_SECONDS * 1000).toBeLessThan(2 ** 31 - 1);
  });

  it('names executions within Step Functions rules, from the task id and the attempt', () => {
    expect(executionName('2026-SCJG-007')).toBe('2026-SCJG-007');
    expect(executionName('2026-SCJG-007', 0)).toBe('2026-SCJG-007');
    expect(executionName('2026-SCJG-007', 2)).toBe('2026-SCJG-007-r2');
    expect(() => executionName('2026-SCJG-007', -1)).toThrow(RangeError);
    const odd = executionName('2026/SCJG 007');
    expect(odd).toMatch(/^2026_SCJG_007_[0-9a-f]{12}$/);
    expect(odd).not.toBe(executionName('2026_SCJG_007'));
    const long = 'x'.repeat(120);
    for (const name of [executionName(long), executionName(long, 12)])
      expect(name).toMatch(/^[A-Za-z0-9_-]{1,80}$/);
    expect(executionName(long, 12).endsWith('-r12')).toBe(true);
    expect(executionName(long)).not.toBe(executionName(`${long}y`));
  });
});
