import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inLambda, tracingEnabled } from '../../../functions/src/config';
import { powertoolsMiddlewares } from '../../../functions/src/observability';

describe('where logs, metrics and traces go', () => {
  it('knows the Lambda runtime by the function name it sets', () => {
    expect(inLambda({ AWS_LAMBDA_FUNCTION_NAME: 'DoubleRandom-Api-Tasks' })).toBe(true);
    expect(inLambda({})).toBe(false);
  });

  it('traces in Lambda unless the deployment turns X-Ray off (the China regions)', () => {
    const lambda = { AWS_LAMBDA_FUNCTION_NAME: 'f' };
    expect(tracingEnabled(lambda)).toBe(true);
    expect(tracingEnabled({ ...lambda, POWERTOOLS_TRACE_ENABLED: 'false' })).toBe(false);
    expect(tracingEnabled({})).toBe(false);
  });

  it('adds no Powertools middleware on one machine, where requests share one process', () => {
    // the test process is not a Lambda runtime: no context keys, traces or metrics to leak
    expect(powertoolsMiddlewares()).toEqual([]);
  });
});

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs a module in a fresh Node and says whether the X-Ray SDK was loaded by it. */
const loadsXRay = (entry: string, env: Record<string, string> = {}): boolean => {
  const script = `
    import { createRequire } from 'node:module';
    await import(${JSON.stringify(entry)});
    const cache = createRequire(import.meta.url).cache;
    console.log(Object.keys(cache).some((k) => k.includes('aws-xray-sdk-core')) ? 'xray' : 'none');
  `;
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    },
  );
  return out.trim().endsWith('xray');
};

describe('X-Ray is loaded only where it traces', () => {
  // the SDK's async hook runs on every promise: the local server paid about a tenth of its CPU
  it('is not loaded by the local server', () => {
    expect(loadsXRay(join(REPO_ROOT, 'packages/local/src/server.ts'))).toBe(false);
  });

  it('is loaded by a Lambda entry when tracing is on, and not when the deployment turns it off', () => {
    const entry = join(REPO_ROOT, 'functions/src/lambda/health.lambda.ts');
    const lambda = { AWS_LAMBDA_FUNCTION_NAME: 'DoubleRandom-Api-Health', AWS_REGION: 'us-east-1' };
    expect(loadsXRay(entry, lambda)).toBe(true);
    expect(loadsXRay(entry, { ...lambda, POWERTOOLS_TRACE_ENABLED: 'false' })).toBe(false);
  });
});
