import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConflictError } from '@double-random/domain';
import {
  type Gateway,
  type LocalIdentity,
  openLocalIdentity,
  startGateway,
} from '@double-random/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { created, httpHandler, ok, z } from '../../functions/src/http/middleware';
import { type RouteDefinition, routes } from '../../functions/src/http/routes';

process.env.LOG_LEVEL = 'silent';

// "统一社会信用代码,名称\n…,台州市椒江区某某商店\n" saved by Excel as GB18030 (not valid UTF-8).
const CSV_TEXT = '统一社会信用代码,名称\n91331002MA2AXXXX1X,台州市椒江区某某商店\n';
const CSV_GB18030 = Buffer.from(
  'cdb3d2bbc9e7bbe1d0c5d3c3b4fac2eb2cc3fbb3c60a39313333313030324d4132415858585831582ccca8d6ddcad0bdb7bdadc7f8c4b3c4b3c9ccb5ea0a',
  'hex',
);

const testRoutes: RouteDefinition[] = [
  // Only the real health route: the stand-ins below sit at paths the real API also serves
  // (the directory routes), and this file tests the gateway, not those handlers.
  ...routes.filter((r) => r.path === '/health'),
  {
    method: 'GET',
    path: '/whoami',
    auth: 'required',
    entry: 'test',
    handler: httpHandler({
      auth: 'required',
      handler: async ({ actor, event }) =>
        ok({ actor, claims: event.requestContext.authorizer?.jwt?.claims }),
    }),
  },
  {
    method: 'GET',
    path: '/maybe',
    auth: 'public',
    entry: 'test',
    handler: httpHandler({
      auth: 'public',
      handler: async ({ actor }) => ok({ actor: actor ?? null }),
    }),
  },
  {
    method: 'POST',
    path: '/departments/{dept}/targets',
    auth: 'required',
    entry: 'test',
    handler: httpHandler({
      auth: 'required',
      path: z.object({ dept: z.string().regex(/^[A-Z0-9]{2,16}$/) }),
      body: z.object({ name: z.string().min(1), uscc: z.string().length(18) }),
      handler: async ({ path, body }) =>
        created({ dept: path.dept, ...body }, `/departments/${path.dept}/targets/${body.uscc}`),
    }),
  },
  {
    method: 'POST',
    path: '/plans',
    auth: 'public',
    entry: 'test',
    handler: httpHandler({
      auth: 'public',
      handler: async () => {
        throw new ConflictError('PLAN.ALREADY_FILED', 'the 2027 plan of SCJG is already filed', {
          field: 'year',
          rule: 'one plan per department and year',
        });
      },
    }),
  },
  {
    method: 'GET',
    path: '/boom',
    auth: 'public',
    entry: 'test',
    handler: httpHandler({
      auth: 'public',
      handler: async () => {
        throw new Error('password=hunter2 at dynamodb://secret-table');
      },
    }),
  },
  {
    method: 'POST',
    path: '/departments/{dept}/targets/import',
    auth: 'public',
    entry: 'test',
    handler: httpHandler({
      auth: 'public',
      rawBody: true,
      accept: ['text/csv'],
      handler: async ({ body, event }) =>
        ok({
          hex: Buffer.from(body).toString('hex'),
          base64Event: event.isBase64Encoded,
          text: new TextDecoder('gb18030').decode(body),
        }),
    }),
  },
  {
    method: 'GET',
    path: '/files/{proxy+}',
    auth: 'public',
    entry: 'test',
    handler: httpHandler({
      auth: 'public',
      handler: async ({ path, query, event }) =>
        ok({ path, query, routeKey: event.routeKey, rawQueryString: event.rawQueryString }),
    }),
  },
  {
    method: 'GET',
    path: '/files/latest',
    auth: 'public',
    entry: 'test',
    handler: httpHandler({ auth: 'public', handler: async () => ok({ literal: true }) }),
  },
];

let gateway: Gateway;
let identity: LocalIdentity;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dr-gateway-'));
  await writeFile(join(dataDir, 'index.html'), '<!doctype html><title>double-random</title>');
  identity = await openLocalIdentity({ dataDir });
  gateway = await startGateway({
    routes: testRoutes,
    port: 0,
    verifier: identity.verifier,
    staticDir: dataDir,
    maxBodyBytes: 1024 * 1024,
  });
});

afterAll(async () => {
  await gateway?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const call = (path: string, init: RequestInit = {}) => fetch(`${gateway.url}${path}`, init);
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('local gateway over HTTP', () => {
  it('answers GET /health with 200 and a JSON body', async () => {
    const res = await call('/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('apigw-requestid')).toBeTruthy();
    expect(await res.json()).toEqual({ status: 'ok', service: 'double-random' });
  });

  it('answers an unknown route with 404 as API Gateway does', async () => {
    const res = await call('/nowhere');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ message: 'Not Found' });
  });

  it('answers a known path with the wrong method with 404', async () => {
    const res = await call('/health', { method: 'DELETE' });
    expect(res.status).toBe(404);
  });

  it('refuses a protected route without a token with 401 and does not call the handler', async () => {
    const res = await call('/whoami');
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ message: 'Unauthorized' });
  });

  it('passes the claims of a valid token to the handler, flattened as the AWS authorizer does', async () => {
    const token = await identity.issueToken({ role: 'dept', dept: 'SCJG', sub: 'u-scjg-1' });
    const res = await call('/whoami', { headers: bearer(token) });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.actor).toEqual({ sub: 'u-scjg-1', roles: ['dept:SCJG'] });
    expect(body.claims['cognito:username']).toBe('u-scjg-1');
    expect(body.claims['cognito:groups']).toBe('[dept:SCJG]');
    expect(body.claims.iss).toBe('local://double-random');
    expect(typeof body.claims.exp).toBe('string');
  });

  it('accepts an access token of an inspector', async () => {
    const token = await identity.issueToken({ role: 'inspector', sub: 'P0042', use: 'access' });
    const res = await call('/whoami', { headers: bearer(token) });
    expect((await res.json()).actor).toEqual({ sub: 'P0042', roles: ['inspector'] });
  });

  it('refuses an expired token with 401', async () => {
    const token = await identity.issueToken({
      role: 'office',
      issuedAt: new Date(Date.now() - 13 * 60 * 60 * 1000),
    });
    const res = await call('/whoami', { headers: bearer(token) });
    expect(res.status).toBe(401);
  });

  it('refuses a token signed with another key with 401', async () => {
    // Same issuer, audience and claims, but another key: what someone without the key could make.
    const otherDir = await mkdtemp(join(tmpdir(), 'dr-forger-'));
    const forger = await openLocalIdentity({ dataDir: otherDir });
    const forged = await forger.issueToken({ role: 'office', sub: 'intruder' });
    await rm(otherDir, { recursive: true, force: true });
    const res = await call('/whoami', { headers: bearer(forged) });
    expect(res.status).toBe(401);
  });

  it('refuses a token whose payload was altered with 401', async () => {
    const token = await identity.issueToken({ role: 'dept', dept: 'SCJG' });
    const [header, , signature] = token.split('.');
    const payload = Buffer.from(
      JSON.stringify({
        sub: 'x',
        'cognito:groups': ['office'],
        iss: 'local://double-random',
        aud: 'double-random-local',
        iat: 1,
        exp: 4102444800,
      }),
    ).toString('base64url');
    const res = await call('/whoami', { headers: bearer(`${header}.${payload}.${signature}`) });
    expect(res.status).toBe(401);
  });

  it('gives a public route no actor even with a valid token, as a route without authorizer in AWS', async () => {
    const token = await identity.issueToken({ role: 'office' });
    const withToken = await (await call('/maybe', { headers: bearer(token) })).json();
    expect(withToken.actor).toBeNull();
    const anonymous = await (await call('/maybe')).json();
    expect(anonymous.actor).toBeNull();
  });

  it('refuses a token sent without the Bearer prefix with 401', async () => {
    const token = await identity.issueToken({ role: 'office' });
    const res = await call('/whoami', { headers: { authorization: token } });
    expect(res.status).toBe(401);
    expect(await (await call('/whoami', { headers: bearer(token) })).status).toBe(200);
  });

  it('refuses a token made to live longer than seven days, even signed with the key', async () => {
    await expect(
      identity.issueToken({ role: 'office', ttlSeconds: 8 * 24 * 3600 }),
    ).rejects.toThrow(/at most 604800 s \(7 days\)/);
    const week = await identity.issueToken({ role: 'office', ttlSeconds: 7 * 24 * 3600 });
    expect((await call('/whoami', { headers: bearer(week) })).status).toBe(200);
  });

  it('answers malformed JSON with 400 REQUEST.MALFORMED_JSON', async () => {
    const token = await identity.issueToken({ role: 'dept', dept: 'SCJG' });
    const res = await call('/departments/SCJG/targets', {
      method: 'POST',
      headers: { ...bearer(token), 'content-type': 'application/json' },
      body: '{"name": "a",',
    });
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe('REQUEST.MALFORMED_JSON');
    expect(error.message).toMatch(/not valid JSON/);
  });

  it('answers a body that breaks the schema with 400 naming the field and the rule', async () => {
    const token = await identity.issueToken({ role: 'dept', dept: 'SCJG' });
    const res = await call('/departments/SCJG/targets', {
      method: 'POST',
      headers: { ...bearer(token), 'content-type': 'application/json' },
      body: JSON.stringify({ name: '台州市某某商店', uscc: '123' }),
    });
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe('REQUEST.INVALID');
    expect(error.field).toBe('body.uscc');
    expect(error.rule).toMatch(/18/);
  });

  it('validates path parameters too', async () => {
    const token = await identity.issueToken({ role: 'dept', dept: 'SCJG' });
    const res = await call('/departments/scjg/targets', {
      method: 'POST',
      headers: { ...bearer(token), 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'a', uscc: '91331002MA2AXXXX1X' }),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.field).toBe('path.dept');
  });

  it('runs a valid request through to the handler and returns its 201 and location', async () => {
    const token = await identity.issueToken({ role: 'dept', dept: 'SCJG' });
    const res = await call('/departments/SCJG/targets', {
      method: 'POST',
      headers: { ...bearer(token), 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ name: '台州市某某商店', uscc: '91331002MA2AXXXX1X' }),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe('/departments/SCJG/targets/91331002MA2AXXXX1X');
    expect(await res.json()).toEqual({
      dept: 'SCJG',
      name: '台州市某某商店',
      uscc: '91331002MA2AXXXX1X',
    });
  });

  it('maps a conflict thrown by the handler to 409 with code, field and rule', async () => {
    const res = await call('/plans', { method: 'POST' });
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({
      error: {
        code: 'PLAN.ALREADY_FILED',
        message: 'the 2027 plan of SCJG is already filed',
        field: 'year',
        rule: 'one plan per department and year',
      },
    });
  });

  it('answers a plain Error with a bare 500 that does not reveal its message', async () => {
    const res = await call('/boom');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'INTERNAL', message: 'internal error' } });
    expect(text).not.toMatch(/hunter2|secret-table/);
  });

  it('delivers a GB18030 CSV body byte for byte to a raw-body handler', async () => {
    expect(new TextDecoder('gb18030').decode(CSV_GB18030)).toBe(CSV_TEXT);
    const res = await call('/departments/SCJG/targets/import', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: CSV_GB18030,
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.hex).toBe(CSV_GB18030.toString('hex'));
    expect(body.base64Event).toBe(true);
    expect(body.text).toBe(CSV_TEXT);
  });

  it('prefers a literal route over a greedy one and passes the greedy rest as one parameter', async () => {
    expect(await (await call('/files/latest')).json()).toEqual({ literal: true });
    const body = await (await call('/files/2027/plans/SCJG%20plan.pdf?a=1&a=2&b=x%20y')).json();
    expect(body.routeKey).toBe('GET /files/{proxy+}');
    expect(body.path).toEqual({ proxy: '2027/plans/SCJG plan.pdf' });
    expect(body.query).toEqual({ a: '1,2', b: 'x y' });
    expect(body.rawQueryString).toBe('a=1&a=2&b=x%20y');
  });

  it('refuses a body over the size limit with 413', async () => {
    const res = await call('/departments/SCJG/targets/import', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: Buffer.alloc(1024 * 1024 + 1, 0x41),
    });
    expect(res.status).toBe(413);
  });

  it('serves the static page when no route matches', async () => {
    const res = await call('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<title>double-random</title>');
  });

  it('does not serve files outside the static folder', async () => {
    const res = await call('/..%2F..%2Fetc%2Fpasswd');
    expect(res.status).toBe(404);
  });

  it('serves concurrent requests independently', async () => {
    const tokens = await Promise.all(
      ['AA', 'BB', 'CC', 'DD', 'EE', 'FF', 'GG', 'HH'].map((dept) =>
        identity.issueToken({ role: 'dept', dept, sub: `u-${dept}` }),
      ),
    );
    const bodies = await Promise.all(
      tokens.map(async (token) => (await call('/whoami', { headers: bearer(token) })).json()),
    );
    expect(bodies.map((b) => b.actor.sub)).toEqual(
      ['AA', 'BB', 'CC', 'DD', 'EE', 'FF', 'GG', 'HH'].map((d) => `u-${d}`),
    );
  });
});
