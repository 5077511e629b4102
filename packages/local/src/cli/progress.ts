import cliProgress from 'cli-progress';
import type { ImportProgress } from './import-client';

export interface ProgressReporter {
  update(progress: ImportProgress): void;
  stop(): void;
}

const MB = 1024 * 1024;

/** A bar on a terminal; plain lines (one per request) when stderr is a file or a pipe. */
export const progressReporter = (
  stream: NodeJS.WriteStream = process.stderr,
  label = 'rows',
): ProgressReporter => {
  if (!stream.isTTY)
    return {
      update: (p) =>
        stream.write(
          `${p.rows} ${label} sent (${(p.bytes / MB).toFixed(1)} of ${(p.totalBytes / MB).toFixed(1)} MB)\n`,
        ),
      stop: () => {},
    };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `{bar} {percentage}% | {rows} ${label} | {eta_formatted} left`,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (p) => {
      if (!started) {
        bar.start(p.totalBytes, 0, { rows: 0 });
        started = true;
      }
      bar.update(Math.min(p.bytes, p.totalBytes), { rows: p.rows });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
};
