import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
/** packages/site */
export const SITE_ROOT = join(here, '..');
/** the self-contained folder to serve or upload as it is */
export const SITE_DIST = join(SITE_ROOT, 'dist');
/** what the page is built from: its own source and the draw engine bundled into it */
const SOURCES = [here, join(SITE_ROOT, '..', 'draw', 'src')];

const page = (script: string, styles: string): string => `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>双随机、一公开 公示</title>
<meta name="description" content="年度抽查计划、抽取过程与抽查结果公示，可在本机验证抽取">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${styles}">
<script type="module" src="${script}"></script>
</head>
<body>
<div id="app"><main><h1>双随机、一公开 公示</h1><noscript><p>本页需要启用 JavaScript。</p></noscript></main></div>
</body>
</html>
`;

const hashed = (name: string, content: Uint8Array): string => {
  const digest = createHash('sha256').update(content).digest('hex').slice(0, 10);
  const dot = name.lastIndexOf('.');
  return `${name.slice(0, dot)}.${digest}${name.slice(dot)}`;
};

/**
 * The district the page speaks for, named on the home page and in the search hint: the
 * software's first home, whose demo `pnpm start --demo` loads. A deployment's config.json
 * names its own district.
 */
export const SITE_DISTRICT = '枣庄市台儿庄区';

/**
 * Bundles the page into `outDir`: index.html, app.<hash>.js (the draw engine included) and
 * styles.<hash>.css. Content-hashed names let a CDN cache the assets for ever while
 * index.html is revalidated. `config.json` names the API: empty, the page's own origin;
 * a deployment serving the page elsewhere replaces it.
 */
export const buildSite = async (
  outDir: string = SITE_DIST,
): Promise<{ outDir: string; files: string[] }> => {
  // split: the BLS pairing that checks a drand signature (≈ 28 kB gzip) is a chunk loaded
  // only when a draw with drand entropy is verified (docs/entropy.md)
  const result = await build({
    entryPoints: [join(here, 'main.ts')],
    bundle: true,
    format: 'esm',
    splitting: true,
    outdir: outDir,
    entryNames: 'app.[hash]',
    chunkNames: 'chunk.[hash]',
    platform: 'browser',
    target: ['es2022', 'chrome100', 'safari15', 'firefox100'],
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const scripts = result.outputFiles.map((f) => ({ name: basename(f.path), js: f.contents }));
  const script = scripts.find((f) => f.name.startsWith('app.'))!.name;
  const css = await readFile(join(here, 'styles.css'));
  const styles = hashed('styles.css', css);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await Promise.all([
    ...scripts.map((f) => writeFile(join(outDir, f.name), f.js)),
    writeFile(join(outDir, styles), css),
    writeFile(join(outDir, 'index.html'), page(script, styles)),
    writeFile(
      join(outDir, 'config.json'),
      `${JSON.stringify({ apiBase: '', district: SITE_DISTRICT })}\n`,
    ),
  ]);
  return {
    outDir,
    files: ['index.html', ...scripts.map((f) => f.name), styles, 'config.json'],
  };
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

/** Builds the page when dist/ is missing or older than its sources; returns the folder. */
export const ensureSite = async (outDir: string = SITE_DIST): Promise<string> => {
  const built = await stat(join(outDir, 'index.html')).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  const sources = Math.max(...(await Promise.all(SOURCES.map(newest))));
  if (built === 0 || sources > built) await buildSite(outDir);
  return outDir;
};
