/**
 * The Lambda bundles as CDK builds them (esbuild, minified ESM for Node 22, AWS SDK
 * external): bytes and gzip bytes per function, with the packages that weigh most. A
 * function should carry its own imports only; test/cdk/bundle-budget.test.ts keeps each
 * under a budget.
 */
import { lambdaBundleSize, largestInputs, routeGroupsOf, WORKFLOW_ENTRY } from '@double-random/cdk';
import { routes } from '@double-random/functions';

const entries = [
  ...routeGroupsOf(routes).map((g) => [g.name, g.entry] as const),
  ['workflow states', WORKFLOW_ENTRY] as const,
];

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
const rows: string[][] = [['function', 'bundle', 'gzip', 'heaviest packages']];
for (const [name, entry] of entries) {
  const size = await lambdaBundleSize(entry);
  rows.push([
    name,
    kb(size.bytes),
    kb(size.gzipBytes),
    largestInputs(size.metafile, 4)
      .map(([pkg, bytes]) => `${pkg} ${kb(bytes)}`)
      .join(', '),
  ]);
}
const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows) {
  process.stdout.write(
    `${r[0]!.padEnd(widths[0]!)}  ${r[1]!.padStart(widths[1]!)}  ${r[2]!.padStart(widths[2]!)}  ${r[3]}\n`,
  );
}
