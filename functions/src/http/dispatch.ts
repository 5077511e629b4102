import { jsonResult } from './middleware/errors';
import type { HttpEventHandler } from './middleware/types';
import type { RouteDefinition, RouteTable } from './route-definition';

/** The key API Gateway puts in `event.routeKey` for a route: `GET /plans/{year}`. */
export const routeKeyOf = (route: Pick<RouteDefinition, 'method' | 'path'>): string =>
  `${route.method} ${route.path}`;

const HANDLER_SUFFIX = /\.handler\.ts$/;

/**
 * The Lambda function a route is deployed in. Routes are grouped by the folder of their
 * entry under `http/` (`http/plans/file-plan.handler.ts` → `plans`), so a new folder of
 * handlers becomes a new function without touching the CDK app; a handler directly in
 * `http/` is a group of its own (`http/health.handler.ts` → `health`).
 */
export const routeGroupOf = (route: Pick<RouteDefinition, 'entry'>): string => {
  const parts = route.entry.split('/');
  if (parts[0] !== 'http' || parts.length < 2)
    throw new Error(`route entry must lie under http/: ${route.entry}`);
  const group = parts.length === 2 ? parts[1]!.replace(HANDLER_SUFFIX, '') : parts[1]!;
  if (!/^[a-z][a-z0-9-]*$/.test(group))
    throw new Error(`route group must be kebab-case: ${group} (from ${route.entry})`);
  return group;
};

/** Every group of the table, in order of first appearance. */
export const routeGroups = (table: RouteTable): string[] => [
  ...new Set(table.map((r) => routeGroupOf(r))),
];

/** The routes of one group; an empty result means a Lambda entry names a group that is gone. */
export const routesOfGroup = (table: RouteTable, group: string): RouteTable => {
  const selected = table.filter((r) => routeGroupOf(r) === group);
  if (selected.length === 0) throw new Error(`no route in group ${group}`);
  return selected;
};

/**
 * One Lambda handler for several routes. API Gateway has already matched the path and put
 * the route's key in the event, so the lookup is exact; a key this function does not serve
 * means the API and the deployed code disagree, answered as 404 rather than guessed at.
 */
export const dispatch = (table: RouteTable): HttpEventHandler => {
  const handlers = new Map<string, RouteDefinition['handler']>();
  for (const route of table) {
    const key = routeKeyOf(route);
    if (handlers.has(key)) throw new Error(`route listed twice: ${key}`);
    handlers.set(key, route.handler);
  }
  return async (event, context) => {
    const handler = handlers.get(event.routeKey);
    if (!handler)
      return jsonResult(404, {
        error: { code: 'ROUTE.NOT_FOUND', message: `no route ${event.routeKey}` },
      });
    return handler(event, context);
  };
};
