import { beforeAll, describe, expect, it } from 'vitest';
import { httpHandler, LAMBDA_RESPONSE_LIMIT, ok } from '../../../functions/src/http/middleware';
import { context, event } from './support/events';

beforeAll(() => {
  process.env.LOG_LEVEL = 'silent';
});

const answering = (body: unknown) => httpHandler({ auth: 'public', handler: async () => ok(body) });

describe('answers stay under Lambda’s 6 MB', () => {
  it('refuses to return a body above the limit, naming limit as what to change', async () => {
    const big = 'x'.repeat(LAMBDA_RESPONSE_LIMIT + 1);
    const res = (await answering({ items: [big] })(event({ routeKey: 'GET /x' }), context)) as {
      statusCode: number;
      body: string;
    };
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body).error).toMatchObject({
      code: 'RESPONSE.TOO_LARGE',
      field: 'limit',
    });
  });

  it('returns a body just under it', async () => {
    const near = 'x'.repeat(LAMBDA_RESPONSE_LIMIT - 100);
    const res = (await answering(near)(event(), context)) as { statusCode: number; body: string };
    expect(res.statusCode).toBe(200);
    expect(res.body.length).toBeLessThanOrEqual(LAMBDA_RESPONSE_LIMIT);
    expect(LAMBDA_RESPONSE_LIMIT).toBeLessThan(6 * 1024 * 1024);
  });
});
