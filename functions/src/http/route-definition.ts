import type { AuthMode, HttpEventHandler, z } from './middleware';

/**
 * The zod schemas a route's handler validates with, repeated here so the OpenAPI document
 * is generated from the same schemas (`GET /openapi.json`).
 */
export interface RouteSchemas {
  path?: z.ZodType;
  query?: z.ZodType;
  /** the JSON body; for a raw body, the shape of its JSON form if it has one */
  body?: z.ZodType;
  /** media types of a raw body (`text/csv` …); JSON when omitted */
  bodyMediaTypes?: readonly string[];
  /** what the body holds, for the document (an import's columns) */
  bodyDescription?: string;
  responses?: Readonly<Record<number, { description: string; schema?: z.ZodType }>>;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';

/**
 * One row per API route. The local gateway serves this table and the CDK API stack
 * creates its routes from it, so both runtimes expose the same API.
 */
export interface RouteDefinition {
  method: HttpMethod | 'ANY';
  /** an API Gateway path template: `/departments/{dept}/targets`, `/files/{proxy+}` */
  path: `/${string}`;
  auth: AuthMode;
  handler: HttpEventHandler;
  /** the module (relative to `functions/src`) exporting `handler`, the Lambda entry for CDK */
  entry: string;
  /** one line for the OpenAPI document */
  summary?: string;
  schemas?: RouteSchemas;
}

export type RouteTable = readonly RouteDefinition[];
