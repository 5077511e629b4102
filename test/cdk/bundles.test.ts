import { EMBEDDED_ONLY_MODULES, REPO_ROOT, routeGroupsOf } from '@double-random/cdk';
import { routes } from '@double-random/functions';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const embeddedOnly = (path: string): boolean =>
  EMBEDDED_ONLY_MODULES.some(
    (m) => path === m || path.startsWith(`${m}/`) || path.includes(`/node_modules/${m}/`),
  );

// The same resolution the stack's bundling uses; what matters is which modules get pulled in.
const bundle = (entry: string) =>
  build({
    entryPoints: [entry],
    absWorkingDir: REPO_ROOT,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    mainFields: ['module', 'main'],
    external: ['@aws-sdk/*', ...EMBEDDED_ONLY_MODULES],
    logLevel: 'silent',
  });

describe('Lambda bundles', () => {
  it.each(routeGroupsOf(routes).map((g) => [g.name, g.entry]))(
    '%s neither contains nor imports the embedded engine',
    async (_name, entry) => {
      const { metafile } = await bundle(entry);
      const inputs = Object.keys(metafile.inputs);
      const imports = Object.values(metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
      expect(inputs.length).toBeGreaterThan(0);
      expect(inputs.filter(embeddedOnly)).toEqual([]);
      expect(imports.filter(embeddedOnly)).toEqual([]);
    },
  );
});
