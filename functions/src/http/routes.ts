import { handler as health } from './health.handler';
import type { AuthMode, HttpEventHandler } from './middleware';

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
}

export type RouteTable = readonly RouteDefinition[];

export const routes: RouteTable = [
  {
    method: 'GET',
    path: '/health',
    auth: 'public',
    handler: health,
    entry: 'http/health.handler.ts',
  },
];
