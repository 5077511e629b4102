import { ensureConsole } from '../../console/src/build';
import { ensureSite } from '../../site/src/build';
import { loadConfig } from './config';
import { DemoClock } from './demo/demo-clock';
import { demoOnStart, demoYear } from './demo/start-demo';
import { ConfigError } from './errors';
import { type LocalServer, startLocalServer } from './server';
import { writeServerFiles } from './server-file';

/** SIGINT or SIGTERM stops the process within this, whatever is still in flight. */
const STOP_GRACE_MS = 4000;

/** What a signal stops: set once the server listens (a signal before that just exits). */
const running: { server?: LocalServer; forget?: () => void } = {};
let stopping = false;

const stop = async (signal: NodeJS.Signals) => {
  // a second Ctrl-C stops at once: every write so far is durable and resumable
  if (stopping || !running.server) process.exit(0);
  stopping = true;
  process.stdout.write(`${signal}: closing\n`);
  // requests and workflow steps cut by the stop fail as they go; what they wrote resumes on
  // the next start, so their failures would only bury the console's last lines
  process.env.LOG_LEVEL = 'silent';
  running.forget?.();
  // The process exits itself: the demo loader's requests, its polls and fetch's idle
  // sockets would otherwise keep it alive after the server has closed, and pnpm reports
  // a death by signal as a failure. A close that hangs must not keep it either.
  const hung = setTimeout(() => {
    process.stderr.write(`start: closing took over ${STOP_GRACE_MS / 1000} s; stopped anyway\n`);
    process.exit(0);
  }, STOP_GRACE_MS);
  let code = 0;
  try {
    await running.server.close();
  } catch (error) {
    process.stderr.write(`start: closing failed: ${(error as Error).message}\n`);
    code = 1;
  }
  clearTimeout(hung);
  process.exit(code);
};
process.on('SIGINT', (s) => void stop(s));
process.on('SIGTERM', (s) => void stop(s));

/**
 * `pnpm start`: the whole API on this machine, its data persisted under DATA_DIR (.data).
 * Prints where it listens, how to get a token and where the OpenAPI document is, then
 * runs until SIGINT or SIGTERM, when it closes the gateway and the embedded database so
 * the next start finds every write.
 */
const main = async (): Promise<void> => {
  const config = loadConfig();
  process.env.LOG_LEVEL = config.logLevel;
  // the lockfile pins the SDK; its notice about versions to come says nothing to a district
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  // --demo[=SCALE]: the demo loads its year in order on a clock it moves, then lets go of it
  const demo = process.argv.slice(2).find((a) => a === '--demo' || a.startsWith('--demo='));
  const clock = demo ? new DemoClock() : undefined;
  const server = await startLocalServer({
    ...(clock ? { clock } : {}),
    dataDir: config.dataDir,
    port: config.port,
    host: config.host,
    dynamoInOwnProcess: true,
    ...(config.answerInlineLimit !== undefined
      ? { answerInlineLimit: config.answerInlineLimit }
      : {}),
    // the public page at /, rebuilt first when its sources changed (esbuild: well under a second)
    staticDir: await ensureSite(),
    // the staff console at /console/, with the local sign-in that only this server has
    consoleDir: await ensureConsole(),
  });
  // the CLIs (token, dr, demo) read where this server listens and which key it trusts
  const forgetServer = writeServerFiles({
    url: server.url,
    dataDir: config.dataDir,
    keyFile: server.keyFile,
  });

  const dataEnv = config.dataDir === '.data' ? '' : `DATA_DIR=${config.dataDir} `;
  process.stdout.write(
    [
      `double-random listening on ${server.url}`,
      `  public page: ${server.url}/   (在本机验证 re-runs any draw in the browser)`,
      `  console:  ${server.url}/console/   (staff: sign in as the office, a department or an inspector of the list; local only)`,
      `  data:     ${config.dataDir}`,
      `  OpenAPI:  ${server.url}/openapi.json`,
      `  token:    ${dataEnv}pnpm --silent run token --role office`,
      `  try:      curl -H "authorization: Bearer $(${dataEnv}pnpm --silent run token --role office)" ${server.url}/plans/${demoYear()}`,
      `  import:   ${dataEnv}pnpm dr import targets examples/targets.csv --dept SCJG`,
      'Ctrl-C stops it.',
      '',
    ].join('\n'),
  );

  running.server = server;
  running.forget = forgetServer;
  // --demo[=SCALE]: fill an empty district with the demo one, in the background, through the API;
  // its tasks start within seconds, so the workflow's definition is synthesized meanwhile
  if (demo) {
    server.workflow.prepare().catch(() => undefined);
    demoOnStart(server, process, Number(demo.split('=')[1] ?? 1), clock).catch((error: Error) => {
      clock?.release();
      if (!stopping) process.stderr.write(`demo: not loaded: ${error.message}\n`);
    });
  }
};

try {
  await main();
} catch (error) {
  const message =
    error instanceof ConfigError ? error.message : ((error as Error).stack ?? String(error));
  process.stderr.write(`start: ${message}\n`);
  process.exitCode = error instanceof ConfigError ? 2 : 1;
}
