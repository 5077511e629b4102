import type { RouteDefinition, RouteTable } from '../route-definition';
import { openApiHandler } from './openapi.handler';

/** The document's own route, describing the table it is given (which includes it). */
export const openApiRoutesOf = (table: () => RouteTable): readonly RouteDefinition[] => [
  {
    method: 'GET',
    path: '/openapi.json',
    auth: 'public',
    handler: openApiHandler(table),
    entry: 'http/openapi/openapi.handler.ts',
    summary: 'This document: OpenAPI 3.1, generated from the schemas the handlers validate with',
    schemas: { responses: { 200: { description: 'the OpenAPI document' } } },
  },
];
