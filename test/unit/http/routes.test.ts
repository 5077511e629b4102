import { describe, expect, it } from 'vitest';
import { routes } from '../../../functions/src/http/routes';

describe('route table', () => {
  it('serves GET /health without a token', () => {
    const health = routes.find((r) => r.path === '/health');
    expect(health).toMatchObject({ method: 'GET', auth: 'public' });
  });

  it('names for every route the module that exports its handler, as the Lambda entry', async () => {
    for (const route of routes) {
      const module = (await import(/* @vite-ignore */ `../../../functions/src/${route.entry}`)) as {
        handler?: unknown;
        openApiHandler?: unknown;
      };
      // The document describes the table that lists it, so its module exports a factory
      // given the table rather than a ready handler (an import circle otherwise).
      if (route.path === '/openapi.json') expect(module.openApiHandler).toBeTypeOf('function');
      else expect(module.handler, `${route.method} ${route.path}`).toBe(route.handler);
    }
  });

  it('has no two routes with the same method and path', () => {
    const keys = routes.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
