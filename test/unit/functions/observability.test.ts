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
