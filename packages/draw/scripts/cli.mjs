#!/usr/bin/env node
/**
 * `pnpm draw …` in this repository: runs the prebuilt `dist/cli.js`, building it first
 * when it is missing or older than a source file (a fresh clone, an edit). Compiling
 * TypeScript at every run cost about half a second before the draw even started.
 * `node scripts/cli.mjs --build` only builds (the package's `build` script).
 */
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}dist/cli.js`;

const mtime = (path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0;

const stale = () => {
  const built = mtime(outfile);
  if (built === 0) return true;
  const sources = readdirSync(`${root}src`).map((f) => `${root}src/${f}`);
  return [...sources, `${root}package.json`, fileURLToPath(import.meta.url)].some(
    (f) => mtime(f) > built,
  );
};

const build = async () => {
  const { build: esbuild } = await import('esbuild');
  const out = await esbuild({
    entryPoints: [`${root}src/cli.ts`],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    write: false,
    outfile,
    legalComments: 'none',
    // seedrandom is CommonJS and asks for require('crypto') it never uses here.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  // Written aside and renamed: two first runs at once never read half a file.
  const temp = `${outfile}.${process.pid}.tmp`;
  mkdirSync(`${root}dist`, { recursive: true });
  writeFileSync(temp, out.outputFiles[0].contents, { mode: 0o755 });
  renameSync(temp, outfile);
};

if (process.argv[2] === '--build') {
  await build();
} else {
  if (stale()) await build();
  await import(outfile);
}
