import type { Clock } from '@double-random/domain';

/**
 * The clock of a server the demo district is loaded into (`pnpm start --demo`), so the demo
 * tells a year in order: plans filed in January, tasks committed and drawn early in the year,
 * each inspection after its draw and published within its deadline. The loader moves it
 * forward phase by phase; it runs on at real speed from each point, never goes back, never
 * runs ahead of the real time, and follows the real clock once released — which the loader
 * does when the year is loaded, before anybody else uses the server.
 */
export class DemoClock implements Clock {
  private from?: { simulated: number; real: number };
  private released = false;

  constructor(private readonly real: () => number = Date.now) {}

  now(): string {
    const real = this.real();
    if (!this.from) return new Date(real).toISOString();
    return new Date(Math.min(this.from.simulated + (real - this.from.real), real)).toISOString();
  }

  /**
   * Moves to `instant`: the first move starts the simulated year (the demo loads into a server
   * nobody uses yet); later moves only go forward, never past the real time; nothing once
   * released.
   */
  advanceTo(instant: string): void {
    if (this.released) return;
    const target = Math.min(Date.parse(instant), this.real());
    // the first move sets the year's start; later ones only go forward
    if (this.from && Date.parse(this.now()) >= target) return;
    this.from = { simulated: target, real: this.real() };
  }

  /** From now on, the real time. */
  release(): void {
    this.released = true;
    this.from = undefined;
  }
}
