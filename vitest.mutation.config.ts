import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The unit tests of the draw engine and the domain, for mutation testing (`pnpm mutation`).
 * Stryker runs them in a copy of the repository; the workspace packages are mapped to the
 * copy's sources, since node_modules links them to the original files, which are never
 * mutated.
 */
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@double-random/draw': here('./packages/draw/src/index.ts'),
      '@double-random/domain': here('./packages/domain/src/index.ts'),
    },
  },
  test: {
    include: [
      'test/unit/draw/**/*.test.ts',
      'test/unit/domain/**/*.test.ts',
      'test/unit/workflow/**/*.test.ts',
    ],
    testTimeout: 60_000,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
