import { ensureConsole } from '../../console/src/build';
import { ensureSite } from '../../site/src/build';
import { loadConfig } from './config';
import { demoOnStart } from './demo/start-demo';
import { ConfigError } from './errors';
import { startLocalServer } from './server';

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
  const server = await startLocalServer({
    dataDir: config.dataDir,
    port: config.port,
    host: config.host,
    // the public page at /, rebuilt first when its sources changed (esbuild: well under a second)
    staticDir: await ensureSite(),
    // the staff console at /console/, with the local sign-in that only this server has
    consoleDir: await ensureConsole(),
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
      `  try:      curl -H "authorization: Bearer $(${dataEnv}pnpm --silent run token --role office)" ${server.url}/plans/${new Date().getFullYear() + 1}`,
      `  import:   ${dataEnv}pnpm dr import targets FILE.csv --dept SCJG --url ${server.url}`,
      'Ctrl-C stops it.',
      '',
    ].join('\n'),
  );

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${signal}: closing\n`);
    try {
      await server.close();
      process.exitCode = 0;
    } catch (error) {
      process.stderr.write(`start: closing failed: ${(error as Error).message}\n`);
      process.exitCode = 1;
    }
  };
  process.once('SIGINT', (s) => void stop(s));
  process.once('SIGTERM', (s) => void stop(s));
  // --demo[=SCALE]: fill an empty district with the demo one, in the background, through the API
  const demo = process.argv.slice(2).find((a) => a === '--demo' || a.startsWith('--demo='));
  if (demo)
    demoOnStart(server, process, Number(demo.split('=')[1] ?? 1)).catch((error: Error) => {
      if (!stopping) process.stderr.write(`demo: not loaded: ${error.message}\n`);
    });
};

try {
  await main();
} catch (error) {
  const message =
    error instanceof ConfigError ? error.message : ((error as Error).stack ?? String(error));
  process.stderr.write(`start: ${message}\n`);
  process.exitCode = error instanceof ConfigError ? 2 : 1;
}
