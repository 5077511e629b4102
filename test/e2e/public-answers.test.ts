import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../functions/src/http/routes';
import {
  PARTICIPANT_DRAW,
  type Seeded,
  STAFF_SUBS,
  startSeededServer,
  TASK_ID,
  YEAR,
} from '../browser/support/seed';

/**
 * Public answers name no staff account. A district seeded through a whole year (plans
 * filed, approved and published, the district plan approved, a joint task drawn, results
 * recorded and published) is read through every public route, and no string anywhere in
 * the answers may be the account id (`sub`) of anyone who did that work.
 */
let seeded: Seeded;

beforeAll(async () => {
  seeded = await startSeededServer();
}, 120_000);

afterAll(async () => {
  await seeded?.server.close();
});

const publicRoutes = routes.filter((r) => r.auth === 'public' && r.method === 'GET');

/** Concrete paths for each public route, every path parameter filled from the seeded year. */
const pathsOf = (template: string, s: Seeded): string[] => {
  const values: Record<string, string[]> = {
    year: [String(YEAR)],
    dept: ['SCJG', 'STHJ'],
    id: ['SC-K1', 'HJ-G1'],
    taskId: [TASK_ID],
    drawId: [TASK_ID, PARTICIPANT_DRAW],
    targetId: [s.penalised, s.selected[1]!.id],
    chain: [TASK_ID, 'calendar'],
  };
  let paths = [template];
  for (const [, name] of template.matchAll(/\{(\w+)\+?\}/g)) {
    const options = values[name!];
    if (!options) throw new Error(`no seeded value for {${name}} in ${template}`);
    paths = paths.flatMap((p) => options.map((v) => p.replace(`{${name}}`, encodeURIComponent(v))));
  }
  // mismatched pairs (an item of the other department) answer 404 and are harmless
  const queries: Record<string, string> = {
    '/tasks': `?year=${YEAR}`,
    '/results': `?q=${encodeURIComponent('海门副食品')}`,
    '/audit-log/leaves': '?start=0&end=1000',
    '/audit-log/consistency': '?from=1&to=2',
  };
  return paths.map((p) => `${p}${queries[template] ?? ''}`);
};

/** Every string of a JSON value, with where it sits. */
const strings = (value: unknown, at = '$'): [string, string][] => {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${at}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [
      ...(STAFF_SUBS.includes(k) ? ([[`${at} (key)`, k]] as [string, string][]) : []),
      ...strings(v, `${at}.${k}`),
    ]);
  return [];
};

describe('public answers', () => {
  it('are read for every public route of the route table', () => {
    const templates = publicRoutes.map((r) => r.path);
    expect(templates.length).toBeGreaterThan(10);
    for (const t of templates) expect(pathsOf(t, seeded).length).toBeGreaterThan(0);
  });

  it('name no staff account, on any public route', async () => {
    const leaks: string[] = [];
    let answered = 0;
    for (const route of publicRoutes) {
      for (const path of pathsOf(route.path, seeded)) {
        const res = await fetch(`${seeded.url}${path}`);
        const text = await res.text();
        if (res.status !== 200) continue;
        answered++;
        const type = res.headers.get('content-type') ?? '';
        const found = type.includes('json')
          ? strings(JSON.parse(text)).filter(([, v]) => STAFF_SUBS.includes(v))
          : STAFF_SUBS.filter((sub) => text.includes(sub)).map((sub) => ['(text)', sub]);
        for (const [where, sub] of found) leaks.push(`${path} ${where} = ${sub}`);
      }
    }
    expect(answered).toBeGreaterThan(15);
    expect(leaks).toEqual([]);
  });

  it('would see a staff account id where one is written', () => {
    const sub = STAFF_SUBS[0]!;
    expect(strings({ approved: { by: sub } })).toEqual([['$.approved.by', sub]]);
  });
});
