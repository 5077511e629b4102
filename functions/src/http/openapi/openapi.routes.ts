import type { RouteDefinition, RouteTable } from '../route-definition';
import { openApiHandler } from './openapi.handler';

/** The document's route with a given handler (the Lambda's serves the document built with it). */
export const openApiRoute = (handler: RouteDefinition['handler']): RouteDefinition => ({
  method: 'GET',
  path: '/openapi.json',
  auth: 'public',
  handler,
  entry: 'http/openapi/openapi.handler.ts',
  summary: 'This document: OpenAPI 3.1, generated from the schemas the handlers validate with',
  schemas: { responses: { 200: { description: 'the OpenAPI document' } } },
});

/** The document's own route, describing the table it is given (which includes it). */
export const openApiRoutesOf = (table: () => RouteTable): readonly RouteDefinition[] => [
  openApiRoute(openApiHandler(table)),
];
