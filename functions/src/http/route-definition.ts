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
  responses?: Readonly<Record<number, RouteResponse>>;
}

export interface RouteResponse {
  description: string;
  schema?: z.ZodType;
  /** response headers: name → what it carries */
  headers?: Readonly<Record<string, string>>;
}

/**
 * The 303 of a route whose large answers go by link (`functions/src/http/answers.ts`,
 * docs/text-and-limits.md): `what` above the inline limit, the same bytes at Location.
 */
export const byLink = (what: string): RouteResponse => ({
  description: `${what} when above the inline limit (1 MiB unless configured): the same bytes, kept as a blob; follow Location with a GET, as fetch and browsers do (curl -L)`,
  headers: {
    Location:
      'a short-lived link (5 minutes) to the stored answer: a presigned S3 GET in AWS, /blobs/… on the local server',
  },
});

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
