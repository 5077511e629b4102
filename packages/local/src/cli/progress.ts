import cliProgress from 'cli-progress';
import type { ImportProgress } from './import-client';

export interface ProgressReporter {
  update(progress: ImportProgress): void;
  stop(): void;
}

const KB = 1024;
const MB = 1024 * 1024;

/** `340 of 1,210 KB`, `2.5 of 48.3 MB`: a small file never reads `0.0 of 0.0 MB`. */
export const sizeOf = (bytes: number, total: number): string => {
  if (total >= MB) return `${(bytes / MB).toFixed(1)} of ${(total / MB).toFixed(1)} MB`;
  if (total >= KB)
    return `${Math.round(bytes / KB).toLocaleString('en')} of ${Math.round(total / KB).toLocaleString('en')} KB`;
  return `${bytes} of ${total} bytes`;
};

/** A bar on a terminal; plain lines (one per request) when stderr is a file or a pipe. */
export const progressReporter = (
  stream: NodeJS.WriteStream = process.stderr,
  label = 'rows',
): ProgressReporter => {
  if (!stream.isTTY)
    return {
      update: (p) => stream.write(`${p.rows} ${label} sent (${sizeOf(p.bytes, p.totalBytes)})\n`),
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
