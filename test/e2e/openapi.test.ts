import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../functions/src/http/routes';
import { startTestServer, type TestServer } from './support/local-server';

let api: TestServer;
// biome-ignore lint/suspicious/noExplicitAny: the document is checked field by field below
let doc: any;

const openApiPath = (path: string) => path.replace(/\{([^}+]+)\+\}/g, '{$1}');

beforeAll(async () => {
  api = await startTestServer();
  const res = await api.request('GET', '/openapi.json');
  expect(res.status).toBe(200);
  doc = res.body;
}, 30_000);

afterAll(async () => {
  await api?.close();
});

describe('GET /openapi.json', () => {
  it('is public OpenAPI 3.1 with a bearer JWT scheme', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.securitySchemes.bearer).toEqual({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
    });
  });

  it('lists every route of the route table with its method and path parameters', () => {
    const missing: string[] = [];
    for (const route of routes) {
      const op = doc.paths[openApiPath(route.path)]?.[route.method.toLowerCase()];
      if (!op) {
        missing.push(`${route.method} ${route.path}`);
        continue;
      }
      const names = [...route.path.matchAll(/\{([^}+]+)\+?\}/g)].map((m) => m[1]);
      const params = op.parameters
        .filter((p: { in: string }) => p.in === 'path')
        .map((p: { name: string }) => p.name);
      expect(params, `${route.method} ${route.path}`).toEqual(names);
      expect(op.security, route.path).toEqual(
        route.auth === 'required' ? [{ bearer: [] }] : [{}, { bearer: [] }],
      );
    }
    expect(missing).toEqual([]);
  });

  it('describes request bodies from the handlers’ schemas', () => {
    const file = doc.paths['/plans/{year}/departments/{dept}'].put;
    const body = file.requestBody.content['application/json'].schema;
    expect(body.required).toContain('tasks');
    expect(body.properties.tasks.items.properties.strata.items.properties.ratioBp).toMatchObject({
      type: 'integer',
      minimum: 0,
      maximum: 10000,
    });
    const imp = doc.paths['/departments/{dept}/targets/import'].post;
    expect(Object.keys(imp.requestBody.content)).toContain('text/csv');
    const year = file.parameters.find((p: { name: string }) => p.name === 'year');
    expect(year.schema).toMatchObject({ type: 'integer', minimum: 2000 });
  });

  it('gives every operation the error body and protected ones a 401', () => {
    expect(doc.components.schemas.Error.properties.error.required).toEqual(['code', 'message']);
    for (const route of routes) {
      const op = doc.paths[openApiPath(route.path)][route.method.toLowerCase()];
      expect(op.responses['400'].content['application/json'].schema.$ref).toBe(
        '#/components/schemas/Error',
      );
      expect(Boolean(op.responses['401']), route.path).toBe(route.auth === 'required');
    }
  });

  it('keeps the plan schema of the domain, late flag and district report included', () => {
    const plan =
      doc.paths['/plans/{year}/departments/{dept}'].put.responses['201'].content['application/json']
        .schema;
    expect(plan.properties.late.type).toBe('boolean');
    expect(plan.properties.status.enum).toEqual([
      'draft',
      'filed',
      'returned',
      'approved',
      'published',
    ]);
    const report =
      doc.paths['/plans/{year}/district/report'].get.responses['200'].content['application/json']
        .schema;
    expect(report.properties.overall.properties).toHaveProperty('jointShareMet');
  });

  it('refers only to schemas it contains', () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]);
    for (const ref of new Set(refs)) {
      const name = ref?.replace('#/components/schemas/', '');
      expect(doc.components.schemas, ref).toHaveProperty(name ?? '');
    }
  });
});
