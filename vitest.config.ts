import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // the lockfile pins the AWS SDK; its notice about future versions only clutters the output
    env: {
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      // servers started by tests record themselves here, not where a developer's own
      // running server left its address for the CLIs
      DR_SERVER_FILE: join(tmpdir(), `double-random-test-${process.pid}`, 'server.json'),
    },
  },
});
