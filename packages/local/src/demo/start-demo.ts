import { shanghaiDate } from '@double-random/domain';
import type { LocalServer } from '../server';
import type { DemoClock } from './demo-clock';
import { loadDemo } from './load';
import { printSummary } from './summary';
import { demoLoadEstimate } from './timing';

/** The demo district's year: the current year in Asia/Shanghai (the start banner links it). */
export const demoYear = (now = new Date()): number =>
  Number(shanghaiDate(now.toISOString()).slice(0, 4));

/**
 * `pnpm start --demo`: once the server listens, loads the demo district into it through its
 * own API, unless the year already has plans (a district in use is never touched). Runs in
 * the background so the server answers from the first second; progress goes to stderr.
 */
export const demoOnStart = async (
  server: Pick<LocalServer, 'url' | 'issueToken'>,
  out: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
  scale = 1,
  /** the server's clock, which the loader moves through the year and then releases */
  clock?: DemoClock,
): Promise<void> => {
  if (!Number.isFinite(scale) || scale <= 0 || scale > 20)
    throw new RangeError(`--demo=SCALE takes a number in (0, 20], not ${scale}`);
  const year = demoYear();
  const office = await server.issueToken({ role: 'office', sub: 'demo-office' });
  const plans = await fetch(`${server.url}/plans/${year}/internal?limit=1`, {
    headers: { authorization: `Bearer ${office}` },
  });
  const body = (await plans.json()) as { items?: unknown[] };
  if (plans.ok && (body.items?.length ?? 0) > 0) {
    clock?.release();
    out.stdout.write(`demo: ${year} already has plans; the demo district is not loaded again\n`);
    return;
  }
  out.stdout.write(`demo: loading the demo district 台儿庄区, ${demoLoadEstimate()}…\n`);
  const summary = await loadDemo({
    url: server.url,
    year,
    scale,
    tokens: (caller) =>
      caller.role === 'office'
        ? server.issueToken({ role: 'office', sub: 'demo-office' })
        : server.issueToken({
            role: caller.role,
            dept: caller.dept,
            sub: `demo-${caller.dept.toLowerCase()}`,
          }),
    log: (line) => out.stderr.write(`demo: ${line}\n`),
    ...(clock ? { clock } : {}),
  });
  printSummary(summary, server.url, out.stdout);
};
