import type { RouteDefinition } from '../routes';
import { handler } from './openapi.handler';

export const openApiRoutes: readonly RouteDefinition[] = [
  {
    method: 'GET',
    path: '/openapi.json',
    auth: 'public',
    handler,
    entry: 'http/openapi/openapi.handler.ts',
    summary: 'This document: OpenAPI 3.1, generated from the schemas the handlers validate with',
    schemas: { responses: { 200: { description: 'the OpenAPI document' } } },
  },
];
