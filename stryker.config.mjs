/**
 * Mutation testing of the draw engine and the domain's rules and workflow with their unit
 * tests: `pnpm mutation` (all of it, long), or one module at a time:
 * `pnpm mutation --mutate packages/draw/src/draw.ts`. Scores and the equivalent mutants
 * that survive are listed in docs/mutation.md.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  // pnpm does not hoist plugins where Stryker looks for them: name it
  plugins: ['@stryker-mutator/vitest-runner'],
  testRunner: 'vitest',
  // every unit test in the dry run: finding the related ones fails in some sandboxes
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: [
    'packages/draw/src/**/*.ts',
    '!packages/draw/src/cli.ts',
    '!packages/draw/src/index.ts',
    'packages/domain/src/{ratio,plan,district,item-quota,uscc,deactivation,history}.ts',
    'packages/domain/src/workflow/*.ts',
    '!packages/domain/src/workflow/{index,ports,use-cases}.ts',
  ],
  // one core for the mutants: the machine is shared
  concurrency: 1,
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
