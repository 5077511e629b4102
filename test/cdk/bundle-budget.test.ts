import { execSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  lambdaBundleSize,
  openApiBundling,
  REPO_ROOT,
  routeGroupsOf,
  WORKFLOW_ENTRY,
} from '@double-random/cdk';
import { routes } from '@double-random/functions';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../functions/src/http/openapi/openapi';

/**
 * Each function's minified bundle, built as CDK builds it, stays under its budget: a
 * function that starts importing the whole API (the health check once weighed 1.8 MB)
 * fails here. Budgets sit some 15 % above today's sizes; raise one deliberately, with the
 * import that needs it. `pnpm bench bundles` prints the sizes and the heaviest packages.
 */
const KB = 1024;
const BUDGETS: Record<string, number> = {
  health: 640 * KB,
  openapi: 640 * KB,
  directory: 760 * KB,
  plans: 730 * KB,
  tasks: 930 * KB,
  public: 770 * KB,
  exports: 1800 * KB,
  workflow: 920 * KB,
  exchange: 700 * KB,
  cases: 745 * KB,
  evidence: 730 * KB,
};

const entries = [
  ...routeGroupsOf(routes).map((g) => [g.name, g.entry] as const),
  ['workflow', WORKFLOW_ENTRY] as const,
];

describe('Lambda bundle budgets', () => {
  it('names a budget for every function', () => {
    expect(entries.map(([name]) => name).filter((n) => BUDGETS[n] === undefined)).toEqual([]);
  });

  it.each(entries)('%s stays within its budget', async (name, entry) => {
    const { bytes } = await lambdaBundleSize(entry);

    expect(bytes).toBeLessThanOrEqual(BUDGETS[name] ?? 0);
  });

  it("writes beside the OpenAPI function's bundle the document the routes generate", async () => {
    const out = await mkdtemp(join(tmpdir(), 'openapi-bundle-'));
    try {
      const hooks = openApiBundling().commandHooks!;
      for (const command of hooks.afterBundling(REPO_ROOT, out))
        execSync(command, { cwd: REPO_ROOT, stdio: 'pipe' });

      const written = JSON.parse(await readFile(join(out, 'openapi.json'), 'utf8'));
      expect(written).toEqual(JSON.parse(JSON.stringify(openApiDocument(routes))));
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('keeps the health check far lighter than the functions that validate requests', async () => {
    const [health, tasks] = await Promise.all([
      lambdaBundleSize(entries.find(([n]) => n === 'health')![1]),
      lambdaBundleSize(entries.find(([n]) => n === 'tasks')![1]),
    ]);

    expect(health.bytes).toBeLessThan(tasks.bytes * 0.75);
  });
});
