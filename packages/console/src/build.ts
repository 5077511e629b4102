import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
/** packages/console */
export const CONSOLE_ROOT = join(here, '..');
/** the self-contained folder served at /console/ (locally) or uploaded under console/ (AWS) */
export const CONSOLE_DIST = join(CONSOLE_ROOT, 'dist');
/** what the console is built from: its own source, the domain rules it shares, the API */
const SOURCES = [
  here,
  join(CONSOLE_ROOT, '..', 'domain', 'src'),
  join(CONSOLE_ROOT, '..', '..', 'functions', 'src', 'http'),
  join(CONSOLE_ROOT, '..', '..', 'functions', 'src', 'import'),
];

/** Where the console signs in; `local` only exists on the local server. */
export type ConsoleAuthConfig =
  | { mode: 'local' }
  | { mode: 'oidc'; issuer: string; clientId: string; scope?: string };

/**
 * Where the token carries the user and their groups, as the API is configured to read them
 * (CLAIMS_SUBJECT, CLAIMS_ROLES, CLAIMS_ROLE_MAP); defaults: `sub`, `cognito:groups`.
 */
export interface ConsoleClaims {
  subject?: string;
  roles?: string;
  roleMap?: Record<string, string>;
}

export interface ConsoleConfig {
  /** the API's origin; empty: the console's own origin */
  apiBase: string;
  auth: ConsoleAuthConfig;
  claims?: ConsoleClaims;
}

/**
 * The console reads groups with the API's own `parseGroups` (functions/src/http/middleware/
 * claims.ts). That module also imports the server's environment configuration (zod, process.env),
 * which the browser never calls: it is replaced by a stub so the bundle stays small.
 */
const serverConfigStub: Plugin = {
  name: 'server-config-stub',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/\.\.\/config$/ }, (args) =>
      args.importer.endsWith(join('middleware', 'claims.ts'))
        ? { path: 'server-config', namespace: 'stub' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents:
        'export const claimMapping = () => { throw new Error("server configuration is not read in the browser"); };',
      loader: 'js',
    }));
  },
};

const page = (script: string, styles: string): string => `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>双随机、一公开 工作台</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="./${styles}">
<script type="module" src="./${script}"></script>
</head>
<body>
<div id="app"><main><h1>双随机、一公开 工作台</h1><noscript><p>工作台需要启用 JavaScript。</p></noscript></main></div>
</body>
</html>
`;

const hashed = (name: string, content: Uint8Array): string => {
  const digest = createHash('sha256').update(content).digest('hex').slice(0, 10);
  const dot = name.lastIndexOf('.');
  return `${name.slice(0, dot)}.${digest}${name.slice(dot)}`;
};

/**
 * Bundles the console into `outDir` (first regenerating the API types when asked):
 * index.html, app.<hash>.js, styles.<hash>.css and config.json (`auth.mode` local: the
 * local server's sign-in; a deployment writes its OIDC issuer and client id instead).
 */
export const buildConsole = async (
  outDir: string = CONSOLE_DIST,
  config: ConsoleConfig = { apiBase: '', auth: { mode: 'local' } },
  options: { generateTypes?: boolean } = {},
): Promise<{ outDir: string; files: string[]; script: string; scriptBytes: Uint8Array }> => {
  // The types serve the type check only (esbuild strips them). `pnpm --filter
  // @double-random/console build` renews them; servers and tests starting leave the sources
  // alone, so a test can tell when the committed types fall behind the API.
  if (options.generateTypes) await (await import('./gen')).generateApiTypes();
  const result = await build({
    entryPoints: [join(here, 'app', 'main.tsx')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022', 'chrome100', 'safari15', 'firefox100'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [serverConfigStub],
  });
  const js = result.outputFiles[0]!.contents;
  const css = await readFile(join(here, 'app', 'styles.css'));
  const script = hashed('app.js', js);
  const styles = hashed('styles.css', css);
  // written beside the folder and renamed into place, so a server (or a test) starting at the
  // same time never serves half a build
  const staging = `${outDir}.${process.pid}.${Date.now()}`;
  await mkdir(staging, { recursive: true });
  await Promise.all([
    writeFile(join(staging, script), js),
    writeFile(join(staging, styles), css),
    writeFile(join(staging, 'index.html'), page(script, styles)),
    writeFile(join(staging, 'config.json'), `${JSON.stringify(config)}\n`),
  ]);
  await rm(outDir, { recursive: true, force: true });
  try {
    await rename(staging, outDir);
  } catch (error) {
    // another process put its own build there first: the same sources, so it serves as well
    await rm(staging, { recursive: true, force: true });
    if (!['ENOTEMPTY', 'EEXIST'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
  return { outDir, files: ['index.html', script, styles, 'config.json'], script, scriptBytes: js };
};

const newest = async (dir: string): Promise<number> => {
  let latest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const t = entry.isDirectory() ? await newest(path) : (await stat(path)).mtimeMs;
    if (t > latest) latest = t;
  }
  return latest;
};

/** Builds the console when dist/ is missing or older than its sources; returns the folder. */
export const ensureConsole = async (outDir: string = CONSOLE_DIST): Promise<string> => {
  const built = await stat(join(outDir, 'index.html')).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  const sources = Math.max(...(await Promise.all(SOURCES.map(newest))));
  if (built === 0 || sources > built) await buildConsole(outDir);
  return outDir;
};
