import { existsSync } from 'node:fs';
import { lambdaEntryOf, routeGroupsOf } from '@double-random/cdk';
import { routes } from '@double-random/functions';
import { describe, expect, it } from 'vitest';
import { routeGroups, routeKeyOf } from '../../functions/src/http/dispatch';
import type { RouteTable } from '../../functions/src/http/routes';

const groups = routeGroups(routes);

describe('Lambda entries', () => {
  it('exist for every route group of the route table', () => {
    const missing = groups.filter((g) => !existsSync(lambdaEntryOf(g)));
    expect(missing, 'add functions/src/lambda/<group>.lambda.ts for each').toEqual([]);
  });

  it.each(groups)('%s serves exactly the routes of its group', async (group) => {
    const entry = (await import(/* @vite-ignore */ lambdaEntryOf(group))) as {
      groupRoutes: RouteTable;
      handler: unknown;
    };
    const expected = routeGroupsOf(routes).find((g) => g.name === group)?.routes ?? [];
    expect(entry.groupRoutes.map(routeKeyOf).sort()).toEqual(expected.map(routeKeyOf).sort());
    expect(typeof entry.handler).toBe('function');
  });
});
