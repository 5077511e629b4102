import { ConflictError } from '@double-random/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  httpHandler,
  officeOnly,
  ok,
  ownDepartment,
  z,
} from '../../../functions/src/http/middleware';
import { context, event } from './support/events';

beforeAll(() => {
  process.env.LOG_LEVEL = 'silent';
});

const parse = (body: string | undefined) => JSON.parse(body ?? '');

describe('httpHandler', () => {
  const echo = httpHandler({
    auth: 'required',
    body: z.object({ name: z.string().min(1) }),
    query: z.object({ limit: z.coerce.number().int().max(100).default(20) }),
    handler: async ({ body, query, actor }) =>
      ok({ name: body.name, limit: query.limit, sub: actor.sub }),
  });
  const json = { 'content-type': 'application/json' };
  const office = { sub: 'u-1', 'cognito:groups': '[office]' };

  it('hands the handler the validated body, the coerced query and the actor', async () => {
    const result = await echo(
      event(
        { headers: json, body: '{"name":"台州"}', queryStringParameters: { limit: '5' } },
        office,
      ),
      context,
    );
    expect(result.statusCode).toBe(200);
    expect(result.headers?.['content-type']).toBe('application/json; charset=utf-8');
    expect(parse(result.body)).toEqual({ name: '台州', limit: 5, sub: 'u-1' });
  });

  it('refuses a required-auth call without claims with 401, even if the gateway let it through', async () => {
    const result = await echo(event({ headers: json, body: '{"name":"a"}' }), context);
    expect(result.statusCode).toBe(401);
    expect(parse(result.body).error.code).toBe('AUTH.REQUIRED');
  });

  it('refuses a body sent without a JSON content type with 415', async () => {
    const result = await echo(
      event({ headers: { 'content-type': 'text/plain' }, body: '{"name":"a"}' }, office),
      context,
    );
    expect(result.statusCode).toBe(415);
    expect(parse(result.body).error.code).toBe('REQUEST.UNSUPPORTED_MEDIA_TYPE');
  });

  it('reads a base64-encoded JSON body', async () => {
    const body = Buffer.from('{"name":"b"}').toString('base64');
    const result = await echo(
      event({ headers: json, body, isBase64Encoded: true }, office),
      context,
    );
    expect(parse(result.body).name).toBe('b');
  });

  it('reports body and query problems together, each with its field', async () => {
    const result = await echo(
      event(
        { headers: json, body: '{"name":""}', queryStringParameters: { limit: '500' } },
        office,
      ),
      context,
    );
    expect(result.statusCode).toBe(400);
    const { error } = parse(result.body);
    expect(error.code).toBe('REQUEST.INVALID');
    expect(error.details.issues.map((i: { field: string }) => i.field)).toEqual([
      'query.limit',
      'body.name',
    ]);
  });

  it('treats a missing body as an invalid body, not as malformed JSON', async () => {
    const result = await echo(event({ headers: json }, office), context);
    expect(result.statusCode).toBe(400);
    expect(parse(result.body).error).toMatchObject({ code: 'REQUEST.INVALID', field: 'body' });
  });

  it('maps a domain error thrown by the handler', async () => {
    const handler = httpHandler({
      auth: 'public',
      handler: async () => {
        throw new ConflictError('PLAN.ALREADY_FILED', 'the plan for 2027 is already filed');
      },
    });
    const result = await handler(event(), context);
    expect(result.statusCode).toBe(409);
    expect(parse(result.body).error.code).toBe('PLAN.ALREADY_FILED');
  });

  it('sends a string body with its own content type untouched', async () => {
    const handler = httpHandler({
      auth: 'public',
      handler: async () => ok('a,b\n1,2\n', { 'Content-Type': 'text/csv; charset=utf-8' }),
    });
    const result = await handler(event(), context);
    expect(result).toMatchObject({ statusCode: 200, body: 'a,b\n1,2\n' });
    expect(result.headers?.['content-type']).toBe('text/csv; charset=utf-8');
  });

  it('refuses a raw body of a media type the route does not accept', async () => {
    const handler = httpHandler({
      auth: 'public',
      rawBody: true,
      accept: ['text/csv'],
      handler: async ({ body }) => ok({ bytes: body.length }),
    });
    const refused = await handler(
      event({ headers: { 'content-type': 'image/png' }, body: 'AAAA', isBase64Encoded: true }),
      context,
    );
    expect(refused.statusCode).toBe(415);
    const accepted = await handler(
      event({ headers: { 'content-type': 'text/csv' }, body: 'a,b' }),
      context,
    );
    expect(parse(accepted.body)).toEqual({ bytes: 3 });
  });
});

describe('httpHandler access rules', () => {
  const body = z.object({ name: z.string().min(1) });
  let handled = 0;
  const ownOnly = httpHandler({
    auth: 'required',
    access: ownDepartment,
    body,
    handler: async () => {
      handled++;
      return ok({});
    },
  });
  const json = { 'content-type': 'application/json' };
  const path = { dept: 'STHJ' };

  it('refuses a caller outside the department with 403 before the body is validated', async () => {
    const result = await ownOnly(
      event(
        { headers: json, body: '{}', pathParameters: path },
        { sub: 'u-2', 'cognito:groups': '[dept:SCJG]' },
      ),
      context,
    );
    expect(result.statusCode).toBe(403);
    expect(parse(result.body).error.code).toBe('AUTH.NOT_DEPARTMENT');
  });

  it('refuses before the body is even parsed: malformed JSON still gets 403', async () => {
    const result = await ownOnly(
      event(
        { headers: json, body: '{not json', pathParameters: path },
        { sub: 'u-2', 'cognito:groups': '[dept:SCJG]' },
      ),
      context,
    );
    expect(result.statusCode).toBe(403);
  });

  it('answers 401 before the access rule when there is no token', async () => {
    const result = await ownOnly(
      event({ headers: json, body: '{}', pathParameters: path }),
      context,
    );
    expect(result.statusCode).toBe(401);
  });

  it('lets a member through to validation and the handler', async () => {
    const claims = { sub: 'u-3', 'cognito:groups': '[dept:STHJ]' };
    const invalid = await ownOnly(
      event({ headers: json, body: '{}', pathParameters: path }, claims),
      context,
    );
    expect(invalid.statusCode).toBe(400);
    const before = handled;
    const valid = await ownOnly(
      event({ headers: json, body: '{"name":"x"}', pathParameters: path }, claims),
      context,
    );
    expect(valid.statusCode).toBe(200);
    expect(handled).toBe(before + 1);
  });

  it("does not take an inspector's department for a department's powers", async () => {
    const result = await ownOnly(
      event(
        { headers: json, body: '{"name":"x"}', pathParameters: path },
        { sub: 'P1', 'cognito:groups': '[inspector dept:STHJ]' },
      ),
      context,
    );
    expect(result.statusCode).toBe(403);
  });

  it('refuses a non-office caller of an office route with AUTH.NOT_OFFICE', async () => {
    const officeRoute = httpHandler({
      auth: 'required',
      access: officeOnly('create inspection tasks'),
      body,
      handler: async () => ok({}),
    });
    const result = await officeRoute(
      event({ headers: json, body: '{}' }, { sub: 'u-2', 'cognito:groups': '[dept:SCJG]' }),
      context,
    );
    expect(result.statusCode).toBe(403);
    expect(parse(result.body).error.code).toBe('AUTH.NOT_OFFICE');
  });

  it('cannot be given to a public route, which answers everyone alike', () => {
    expect(() =>
      httpHandler({
        auth: 'public',
        access: ownDepartment as never,
        handler: async () => ok({}),
      }),
    ).toThrow(/public route/);
  });
});
