import {
  type AuditLog,
  type AuditLogDeps,
  type Checkpoint,
  sequenceAuditLog,
} from '@double-random/domain';
import type { GatewayLog } from './gateway';

export interface AuditSequencer {
  /** integrates what is pending (the chains appended to since, or all) and signs a checkpoint */
  sequence(options?: { all?: boolean }): Promise<Checkpoint>;
  /** the audit port that tells the sequencer which chains changed */
  watching(audit: AuditLog): AuditLog;
  close(): Promise<void>;
}

/**
 * The embedded runtime's sequencer (docs/audit-log.md): one at a time in this process, so it
 * never races itself. Shortly after the appends pause (`delayMs`), and at the latest
 * `maxDelayMs` after the first of them, it integrates the chains appended to and signs a
 * checkpoint: a burst of appends goes into the log in a few runs, each with its fixed reads,
 * writes and signature, not one run every `delayMs`. Every `sweepMs` it sweeps every chain, so
 * an entry whose own run was lost (a crash between the append and the run) is still
 * integrated. It also sweeps at start.
 */
export const startAuditSequencer = (
  deps: AuditLogDeps,
  options: { delayMs?: number; maxDelayMs?: number; sweepMs?: number; log?: GatewayLog } = {},
): AuditSequencer => {
  const dirty = new Set<string>();
  let queue: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  // when the first append still waiting for its run was made
  let waitingSince: number | undefined;
  let closed = false;
  const delayMs = options.delayMs ?? 200;
  const maxDelayMs = options.maxDelayMs ?? 2000;

  const sequence = (o: { all?: boolean } = {}): Promise<Checkpoint> => {
    const run = queue.then(() => {
      const chains = o.all ? undefined : [...dirty];
      if (chains) dirty.clear();
      return sequenceAuditLog(deps, chains);
    });
    queue = run.catch(() => undefined);
    return run;
  };

  const background = (all: boolean) => {
    if (closed) return;
    sequence({ all }).catch((error: unknown) =>
      options.log?.error('audit log: sequencing failed', { error: String(error) }),
    );
  };

  const sweep = setInterval(() => background(true), options.sweepMs ?? 60_000);
  sweep.unref();
  background(true);

  return {
    sequence,
    watching: (audit) => ({
      ...audit,
      async append(chain, entry, prev) {
        await audit.append(chain, entry, prev);
        dirty.add(chain);
        const now = Date.now();
        waitingSince ??= now;
        if (timer) clearTimeout(timer);
        timer = setTimeout(
          () => {
            timer = undefined;
            waitingSince = undefined;
            background(false);
          },
          Math.max(0, Math.min(delayMs, waitingSince + maxDelayMs - now)),
        );
      },
    }),
    async close() {
      closed = true;
      clearInterval(sweep);
      if (timer) clearTimeout(timer);
      await queue;
    },
  };
};
