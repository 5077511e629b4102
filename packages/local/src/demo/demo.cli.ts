import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { ConfigError, UsageError } from '../errors';
import { openLocalIdentity } from '../identity';
import { findServer } from '../server-file';
import { DemoRequestError } from './client';
import { loadDemo } from './load';
import { printSummary } from './summary';

const USAGE = `usage: pnpm demo [--url http://127.0.0.1:3000] [--scale 1] [--year YYYY]

Loads the demo district 台儿庄区 into a running server through its API: departments'
items, targets and inspectors, annual plans and the district plan, then a year's tasks,
draws, results, publications and handoffs. Safe to run again: what exists is skipped.
Tokens are signed with the key of the server that pnpm start runs on this machine (it
records where); DATA_DIR=… picks another server's folder.

exit status: 0 loaded, 1 a request failed, 2 bad arguments, 3 server not reachable.`;

const parse = (args: string[]) => {
  let values: { url?: string; scale?: string; year?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        url: { type: 'string' },
        scale: { type: 'string' },
        year: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError('DEMO.BAD_ARGS', (error as Error).message);
  }
  const scale = values.scale === undefined ? 1 : Number(values.scale);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 20)
    throw new UsageError(
      'DEMO.BAD_SCALE',
      `--scale takes a number in (0, 20], not "${values.scale}"`,
    );
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && (!Number.isInteger(year) || year < 2000 || year > 2100))
    throw new UsageError('DEMO.BAD_YEAR', `--year takes a year, not "${values.year}"`);
  return { help: values.help === true, url: values.url, scale, year };
};

const main = async (argv: string[]): Promise<number> => {
  try {
    const o = parse(argv);
    if (o.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const server = findServer(loadConfig());
    const url = (o.url ?? server.url).replace(/\/$/, '');
    const identity = await openLocalIdentity({ dataDir: server.dataDir, create: false });
    const summary = await loadDemo({
      url,
      scale: o.scale,
      ...(o.year ? { year: o.year } : {}),
      tokens: (caller) =>
        caller.role === 'office'
          ? identity.issueToken({ role: 'office', sub: 'demo-office' })
          : identity.issueToken({
              role: caller.role,
              dept: caller.dept,
              sub: `demo-${caller.dept.toLowerCase()}`,
            }),
      log: (line) => process.stderr.write(`demo: ${line}\n`),
    });
    printSummary(summary, url, process.stdout);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`demo: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`demo: ${error.message}\n`);
      return 2;
    }
    if (error instanceof DemoRequestError) {
      process.stderr.write(`demo: ${error.message}\n`);
      if (error.status === 401)
        process.stderr.write(
          'demo: the token was not accepted; run with the DATA_DIR the server uses\n',
        );
      return 1;
    }
    if (error instanceof TypeError && /fetch failed/.test(error.message)) {
      process.stderr.write(
        `demo: the server is not reachable (${(error.cause as Error)?.message ?? error.message})\n`,
      );
      return 3;
    }
    process.stderr.write(`demo: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
};

if (process.argv[1] && /demo\.cli\.ts$/.test(process.argv[1]))
  process.exitCode = await main(process.argv.slice(2));
