import { describe, expect, it } from 'vitest';
import { DemoClock } from '../../../packages/local/src/demo/demo-clock';

const REAL = Date.parse('2026-11-29T08:00:00.000Z');

describe('the demo’s clock', () => {
  it('starts the year where the loader puts it and runs on at real speed from there', () => {
    let real = REAL;
    const clock = new DemoClock(() => real);
    expect(clock.now()).toBe(new Date(REAL).toISOString());
    clock.advanceTo('2026-02-03T01:00:00.000Z');
    expect(clock.now()).toBe('2026-02-03T01:00:00.000Z');
    real += 1_500;
    expect(clock.now()).toBe('2026-02-03T01:00:01.500Z');
  });

  it('never goes back and never runs past the real time', () => {
    const clock = new DemoClock(() => REAL);
    clock.advanceTo('2026-03-01T01:00:00.000Z');
    clock.advanceTo('2026-02-01T01:00:00.000Z');
    expect(clock.now()).toBe('2026-03-01T01:00:00.000Z');
    clock.advanceTo('2027-01-01T00:00:00.000Z');
    expect(clock.now()).toBe(new Date(REAL).toISOString());
  });

  it('follows the real time once released, whatever it is asked after', () => {
    const clock = new DemoClock(() => REAL);
    clock.advanceTo('2026-02-03T01:00:00.000Z');
    clock.release();
    clock.advanceTo('2026-04-01T01:00:00.000Z');
    expect(clock.now()).toBe(new Date(REAL).toISOString());
  });
});
