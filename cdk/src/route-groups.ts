import { join } from 'node:path';
import type { RouteDefinition, RouteTable } from '@double-random/functions';
import { routeGroupOf, routeGroups } from '../../functions/src/http/dispatch';
import { LAMBDA_ENTRY_DIR } from './paths';

/** What the API stack needs of a route: no handler, so a stack can be built from plain data. */
export type ApiRoute = Pick<RouteDefinition, 'method' | 'path' | 'auth'>;

/** The table access a group's function is granted. */
export type TableAccess = 'read' | 'readWrite';

/** One Lambda function of the API and the routes it serves. */
export interface RouteGroup {
  readonly name: string;
  /** absolute path of the module exporting `handler` */
  readonly entry: string;
  readonly routes: readonly ApiRoute[];
}

export const lambdaEntryOf = (group: string): string =>
  join(LAMBDA_ENTRY_DIR, `${group}.lambda.ts`);

/** The groups of the route table, each with its entry under `functions/src/lambda`. */
export const routeGroupsOf = (table: RouteTable): RouteGroup[] =>
  routeGroups(table).map((name) => ({
    name,
    entry: lambdaEntryOf(name),
    routes: table
      .filter((r) => routeGroupOf(r) === name)
      .map(({ method, path, auth }) => ({ method, path, auth })),
  }));

const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * Reads never need to write: a group made only of GET routes (the public reads, the exports,
 * health, the OpenAPI document) is granted read access, so a flaw in one cannot change
 * stored data.
 */
export const tableAccessOf = (group: Pick<RouteGroup, 'routes'>): TableAccess =>
  group.routes.every((r) => READ_METHODS.has(r.method)) ? 'read' : 'readWrite';
