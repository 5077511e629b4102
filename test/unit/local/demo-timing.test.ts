import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_LOAD_MEASURED, demoLoadEstimate } from '../../../packages/local/src/demo/timing';

const ROOT = join(import.meta.dirname, '../../..');

describe('the demo’s load time', () => {
  it('is one measured figure, which the start line prints', async () => {
    expect(demoLoadEstimate()).toContain(`about ${DEMO_LOAD_MEASURED.seconds} s`);
    const start = await readFile(join(ROOT, 'packages/local/src/demo/start-demo.ts'), 'utf8');
    expect(start).toContain('demoLoadEstimate()');
  });

  it('is stated nowhere else: the README and the docs point to it', async () => {
    const texts = await Promise.all(
      ['README.md', 'packages/local/README.md', 'docs/deploy.md'].map((f) =>
        readFile(join(ROOT, f), 'utf8'),
      ),
    );
    for (const text of texts) {
      const demo = text.split('\n\n').filter((p) => /--demo|demo district|演示/.test(p));
      for (const paragraph of demo)
        expect(paragraph).not.toMatch(
          /\d+(\.\d+)? ?s (measured)|a few minutes|a minute and a half/,
        );
    }
    expect(texts[0]).toContain('packages/local/src/demo/timing.ts');
  });
});
