import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildConsole } from '../../../packages/console/src/build';
import { API_TYPES, apiTypes } from '../../../packages/console/src/gen';

/** The console's first load: its one script, gzip-compressed as a CDN serves it. */
const FIRST_LOAD_LIMIT = 150 * 1024;

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('the console build', () => {
  it('loads at most 150 KB of gzip-compressed script, and its page names what it built', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'double-random-console-build-'));
    dirs.push(outDir);
    const built = await buildConsole(outDir, {
      apiBase: 'https://api.example.gov.cn',
      auth: { mode: 'oidc', issuer: 'https://id.example.gov.cn', clientId: 'console' },
    });
    const script = await readFile(join(outDir, built.script));
    const gzipped = gzipSync(script, { level: 9 }).length;
    expect(gzipped).toBeLessThanOrEqual(FIRST_LOAD_LIMIT);
    // the page loads no other script: the first load is this one file
    const html = await readFile(join(outDir, 'index.html'), 'utf8');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain(`src="./${built.script}"`);
    // neither zod nor the server's configuration reaches the browser
    expect(script.toString()).not.toContain('ZodError');
    expect(JSON.parse(await readFile(join(outDir, 'config.json'), 'utf8'))).toEqual({
      apiBase: 'https://api.example.gov.cn',
      auth: { mode: 'oidc', issuer: 'https://id.example.gov.cn', clientId: 'console' },
    });
  });

  it('is typed by the API as it is: the generated types match the current OpenAPI document', async () => {
    const committed = await readFile(API_TYPES, 'utf8');
    // when this fails, the API changed: `pnpm --filter @double-random/console gen` regenerates
    // packages/console/src/api/openapi.gen.ts, and the type check shows what the console must follow
    expect(committed === (await apiTypes())).toBe(true);
  });
});
