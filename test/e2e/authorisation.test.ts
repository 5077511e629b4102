import { workflowUseCases } from '@double-random/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../functions/src/http/routes';
import { workflowDeps } from '../../functions/src/http/tasks/workflow-deps';
import { usccOf } from './support/fixtures';
import { startTestServer, type TestServer } from './support/local-server';

/**
 * Who may call what. `pass` = the caller gets past authorisation (any answer but 401/403,
 * and no 5xx); 401 / 403 / 404 are exact. 404 is how an unpublished plan stays hidden.
 * Every request carries a valid body, so validation cannot answer before authorisation.
 */
type Outcome = 'pass' | 401 | 403 | 404;
type Caller = 'office' | 'own' | 'other' | 'inspector' | 'none';
interface Row {
  body?: unknown;
  csv?: string;
  /** the concrete path; `{dept}` is SCJG, the caller's own department for `own` */
  path: string;
  expect: Record<Caller, Outcome>;
}

const YEAR = 2027;
const OWN = 'SCJG';
const OTHER = 'STHJ';
const T_ID = usccOf(1);
/** a drand round years ahead: the task only needs to exist, its entropy is never entered */
const FUTURE_ROUND = 'drand:quicknet:99999999';

const everyone: Row['expect'] = {
  office: 'pass',
  own: 'pass',
  other: 'pass',
  inspector: 'pass',
  none: 'pass',
};
const ownOnly: Row['expect'] = { office: 403, own: 'pass', other: 403, inspector: 403, none: 401 };
const ownAndOffice: Row['expect'] = {
  office: 'pass',
  own: 'pass',
  other: 403,
  inspector: 403,
  none: 401,
};
const officeOnly: Row['expect'] = {
  office: 'pass',
  own: 403,
  other: 403,
  inspector: 403,
  none: 401,
};
const hiddenFromOthers: Row['expect'] = {
  office: 'pass',
  own: 'pass',
  other: 404,
  inspector: 404,
  none: 401,
};
/** Refused as absent (a result or handoff that does not exist) before anyone is authorised. */
const absentForAll: Row['expect'] = {
  office: 404,
  own: 404,
  other: 404,
  inspector: 404,
  none: 401,
};
/**
 * The seeded task is Created: recording a result is refused for the stage (409) before the
 * recorder is checked; tasks-public.test.ts checks the recorder on a drawn task.
 */
const stageFirst: Row['expect'] = {
  office: 'pass',
  own: 'pass',
  other: 'pass',
  inspector: 'pass',
  none: 401,
};
/** A public route answers everyone alike: the seeded plan is approved, not published. */
const unpublished: Row['expect'] = {
  office: 404,
  own: 404,
  other: 404,
  inspector: 404,
  none: 404,
};

const target = {
  name: '台州某某商店',
  kind: 'enterprise',
  uscc: usccOf(2),
  town: '运河街道',
  industry: '零售',
  riskClass: 'B',
};
const inspector = {
  id: 'P0002',
  name: '李四',
  certificateNo: 'ZJ-0002',
  certificateExpiry: '2030-12-31',
  qualifications: ['SCJG-GEN'],
};
const item = {
  code: 'AZ-2',
  name: '事项',
  legalBasis: '《产品质量法》',
  category: 'general',
  methods: ['on-site'],
  qualification: 'SCJG-GEN',
};
const planTasks = [
  {
    seq: 1,
    name: '任务',
    // its own item: an item's planned count is summed over the plan's tasks (band per item)
    items: ['AZ-0'],
    strata: [{ key: 'all', ratioBp: 500 }],
    window: { start: `${YEAR}-03-01`, end: `${YEAR}-11-30` },
    teamSize: 2,
  },
  {
    seq: 2,
    name: '工作流任务',
    items: ['AZ-1'],
    strata: [{ key: 'all', ratioBp: 500 }],
    window: { start: `${YEAR}-03-01`, end: `${YEAR}-11-30` },
    teamSize: 2,
  },
];
const plan = `/plans/${YEAR}/departments/${OWN}`;
// task 001 stays absent for the export rows; 002 exists (Created) for the workflow rows
const TASK = `${YEAR}-${OWN}-002`;
/** a case id that names no recorded case */
const NO_CASE = `${OWN}-2026-000000000000`;
const csv = `统一社会信用代码,名称,类型,所属镇街,行业,风险等级\n${usccOf(3)},某店,企业,运河街道,零售,B\n`;

/** One row per route of the route table, keyed `METHOD path-template`. */
const table: Record<string, Row> = {
  'GET /health': { path: '/health', expect: everyone },
  'GET /openapi.json': { path: '/openapi.json', expect: everyone },
  'POST /departments/{dept}/targets': {
    path: `/departments/${OWN}/targets`,
    body: target,
    expect: ownOnly,
  },
  'GET /departments/{dept}/targets': { path: `/departments/${OWN}/targets`, expect: ownAndOffice },
  'POST /departments/{dept}/targets/import': {
    path: `/departments/${OWN}/targets/import`,
    csv,
    expect: ownOnly,
  },
  'GET /departments/{dept}/targets/{id}': {
    path: `/departments/${OWN}/targets/${T_ID}`,
    expect: ownAndOffice,
  },
  'PATCH /departments/{dept}/targets/{id}': {
    path: `/departments/${OWN}/targets/${T_ID}`,
    body: { expectedVersion: 1, industry: '批发' },
    expect: ownOnly,
  },
  'POST /departments/{dept}/targets/{id}/deactivate': {
    path: `/departments/${OWN}/targets/${T_ID}/deactivate`,
    body: { expectedVersion: 1, reason: '注销' },
    expect: ownOnly,
  },
  'POST /departments/{dept}/inspectors': {
    path: `/departments/${OWN}/inspectors`,
    body: inspector,
    expect: ownOnly,
  },
  'GET /departments/{dept}/inspectors': {
    path: `/departments/${OWN}/inspectors`,
    expect: ownAndOffice,
  },
  'POST /departments/{dept}/inspectors/import': {
    path: `/departments/${OWN}/inspectors/import`,
    body: [{ id: 'P0003', name: '王五', certificateNo: 'ZJ-3', certificateExpiry: '2030-01-01' }],
    expect: ownOnly,
  },
  'GET /departments/{dept}/inspectors/{id}': {
    path: `/departments/${OWN}/inspectors/P0001`,
    expect: ownAndOffice,
  },
  'PATCH /departments/{dept}/inspectors/{id}': {
    path: `/departments/${OWN}/inspectors/P0001`,
    body: { expectedVersion: 1, name: '张三丰' },
    expect: ownOnly,
  },
  'POST /departments/{dept}/inspectors/{id}/deactivate': {
    path: `/departments/${OWN}/inspectors/P0001/deactivate`,
    body: { expectedVersion: 1, reason: '调离' },
    expect: ownOnly,
  },
  'POST /departments/{dept}/inspectors/{id}/conflicts': {
    path: `/departments/${OWN}/inspectors/P0001/conflicts`,
    body: { expectedVersion: 1, targetId: T_ID, reason: '亲属', declaredBy: 'inspector' },
    expect: ownOnly,
  },
  // the department records the responsible official's decision (《行政处罚法》第43条)
  'POST /departments/{dept}/inspectors/{id}/conflicts/{targetId}/decision': {
    path: `/departments/${OWN}/inspectors/P0001/conflicts/${T_ID}/decision`,
    body: { expectedVersion: 2, approved: true, by: '分管副局长' },
    expect: ownOnly,
  },
  'POST /departments/{dept}/items': {
    path: `/departments/${OWN}/items`,
    body: item,
    expect: ownOnly,
  },
  'GET /departments/{dept}/items': { path: `/departments/${OWN}/items`, expect: everyone },
  'GET /departments/{dept}/items/{id}': {
    path: `/departments/${OWN}/items/AZ-1`,
    expect: everyone,
  },
  'PATCH /departments/{dept}/items/{id}': {
    path: `/departments/${OWN}/items/AZ-1`,
    body: { expectedVersion: 1, name: '事项一' },
    expect: ownOnly,
  },
  'POST /departments/{dept}/items/{id}/deactivate': {
    path: `/departments/${OWN}/items/AZ-1/deactivate`,
    body: { expectedVersion: 1, reason: '废止' },
    expect: ownOnly,
  },
  'PUT /plans/{year}/departments/{dept}': {
    path: plan,
    body: { tasks: planTasks },
    expect: ownOnly,
  },
  'POST /plans/{year}/departments/{dept}': {
    path: plan,
    body: { tasks: planTasks },
    expect: ownOnly,
  },
  'PATCH /plans/{year}/departments/{dept}': {
    path: plan,
    body: { expectedVersion: 1, tasks: planTasks },
    expect: ownOnly,
  },
  'GET /plans/{year}/departments/{dept}': { path: plan, expect: unpublished },
  'GET /plans/{year}/departments/{dept}/internal': {
    path: `${plan}/internal`,
    expect: ownAndOffice,
  },
  'GET /plans/{year}': { path: `/plans/${YEAR}`, expect: everyone },
  'GET /plans/{year}/internal': { path: `/plans/${YEAR}/internal`, expect: officeOnly },
  'POST /plans/{year}/departments/{dept}/approve': {
    path: `${plan}/approve`,
    body: { expectedVersion: 99 },
    expect: officeOnly,
  },
  'POST /plans/{year}/departments/{dept}/return': {
    path: `${plan}/return`,
    body: { expectedVersion: 99, reason: '补充' },
    expect: officeOnly,
  },
  'POST /plans/{year}/departments/{dept}/publish': {
    path: `${plan}/publish`,
    body: { expectedVersion: 99 },
    expect: ownAndOffice,
  },
  'GET /plans/{year}/district/report': {
    path: `/plans/${YEAR}/district/report`,
    expect: officeOnly,
  },
  'POST /plans/{year}/district/approve': {
    path: `/plans/${YEAR}/district/approve`,
    expect: officeOnly,
  },
  'GET /plans/{year}/district': { path: `/plans/${YEAR}/district`, expect: everyone },
  'GET /exports/plans/{year}': {
    path: `/exports/plans/${YEAR}?dept=${OWN}`,
    expect: ownAndOffice,
  },
  // no such task: the office and departments learn only that (404); an inspector is refused first
  'GET /exports/tasks/{taskId}/draw': {
    path: `/exports/tasks/${YEAR}-${OWN}-001/draw`,
    expect: { office: 404, own: 404, other: 404, inspector: 403, none: 401 },
  },
  'GET /exports/results': {
    path: `/exports/results?year=${YEAR}&dept=${OWN}&format=xlsx`,
    expect: ownAndOffice,
  },
  // case inspections (个案): the department records and publishes its own, the office reads
  'POST /departments/{dept}/cases': {
    path: `/departments/${OWN}/cases`,
    body: {
      source: 'complaint',
      referenceNo: '投诉〔2026〕1号',
      receivedOn: '2026-01-05',
      targetId: T_ID,
      item: 'AZ-0',
      method: 'on-site',
      inspectionDate: '2026-01-06',
      wording: 'no-problem',
      team: ['P0001', 'P0002'],
    },
    expect: ownOnly,
  },
  'GET /departments/{dept}/cases': {
    path: `/departments/${OWN}/cases?year=2026`,
    expect: ownAndOffice,
  },
  'GET /departments/{dept}/cases/{caseId}': {
    path: `/departments/${OWN}/cases/${NO_CASE}`,
    expect: { office: 404, own: 404, other: 403, inspector: 403, none: 401 },
  },
  'GET /departments/{dept}/cases/{caseId}/audit': {
    path: `/departments/${OWN}/cases/${NO_CASE}/audit`,
    expect: { office: 404, own: 404, other: 403, inspector: 403, none: 401 },
  },
  'GET /departments/{dept}/cases/{caseId}/evidence/verify': {
    path: `/departments/${OWN}/cases/${NO_CASE}/evidence/verify`,
    expect: { office: 404, own: 404, other: 403, inspector: 403, none: 401 },
  },
  'POST /departments/{dept}/cases/{caseId}/publish': {
    path: `/departments/${OWN}/cases/${NO_CASE}/publish`,
    expect: { office: 403, own: 404, other: 403, inspector: 403, none: 401 },
  },
  'GET /cases': { path: `/cases?year=${YEAR}`, expect: everyone },
  // evidence: inspectors and the task's departments upload, its departments and the office check
  'POST /tasks/{taskId}/evidence': {
    path: `/tasks/${TASK}/evidence`,
    body: { sha256: 'a'.repeat(64), size: 10, contentType: 'application/pdf' },
    expect: { office: 403, own: 'pass', other: 403, inspector: 'pass', none: 401 },
  },
  'POST /departments/{dept}/evidence': {
    path: `/departments/${OWN}/evidence`,
    body: { sha256: 'a'.repeat(64), size: 10, contentType: 'application/pdf' },
    expect: ownOnly,
  },
  'PUT /evidence/{sha256}': {
    path: `/evidence/${'a'.repeat(64)}`,
    expect: { office: 403, own: 'pass', other: 'pass', inspector: 'pass', none: 401 },
  },
  'GET /tasks/{taskId}/evidence/verify': {
    path: `/tasks/${TASK}/evidence/verify`,
    expect: { office: 'pass', own: 'pass', other: 403, inspector: 403, none: 401 },
  },
  // 二(五): the initiating department runs its own task's draw, the office any
  'POST /tasks': {
    path: '/tasks',
    body: { department: OWN, year: YEAR, seq: 2, entropySource: FUTURE_ROUND },
    expect: ownAndOffice,
  },
  'GET /tasks/{taskId}/detail': { path: `/tasks/${TASK}/detail`, expect: hiddenFromOthers },
  'GET /tasks/{taskId}/assignments': {
    path: `/tasks/${TASK}/assignments`,
    expect: hiddenFromOthers,
  },
  'GET /tasks/{taskId}/results': { path: `/tasks/${TASK}/results`, expect: hiddenFromOthers },
  'GET /office/deadlines': { path: '/office/deadlines', expect: officeOnly },
  // rebuilding the public views from the source records is the office's
  'POST /office/views/rebuild': { path: '/office/views/rebuild', expect: officeOnly },
  // the audit log's checkpoints and proofs are public: anyone holds the district to them
  'GET /audit-log/checkpoint': { path: '/audit-log/checkpoint', expect: everyone },
  'GET /audit-log/consistency': { path: '/audit-log/consistency?from=0&to=0', expect: everyone },
  'GET /audit-log/leaves': { path: '/audit-log/leaves?start=0&end=0', expect: everyone },
  'GET /audit-log/chains/{chain}/inclusion': {
    path: `/audit-log/chains/${TASK}/inclusion?size=0`,
    expect: everyone,
  },
  // a department's notifications: that department and the office (an inspector reads its own)
  'GET /notifications': { path: `/notifications?department=${OWN}`, expect: ownAndOffice },
  // the exchange with the provincial platform is the office's (docs/exchange.md)
  'GET /exchange/events': { path: '/exchange/events', expect: officeOnly },
  'POST /exchange/events/{id}/ack': {
    path: `/exchange/events/dx-${'0'.repeat(32)}/ack`,
    body: {},
    expect: officeOnly,
  },
  'POST /tasks/{taskId}/entropy': {
    path: `/tasks/${TASK}/entropy`,
    body: { entropy: `${FUTURE_ROUND}:00` },
    expect: ownAndOffice,
  },
  // the round is years ahead: the office gets 409 ENTROPY.BEFORE_ROUND, never a fetch
  'POST /tasks/{taskId}/entropy/fetch': {
    path: `/tasks/${TASK}/entropy/fetch`,
    expect: officeOnly,
  },
  // a witness acts only as itself: SCJG's own department token is witness SCJG, nobody else is
  'POST /tasks/{taskId}/witnesses/{witness}/commitment': {
    path: `/tasks/${TASK}/witnesses/${OWN}/commitment`,
    body: { commitment: 'ab'.repeat(32) },
    expect: ownOnly,
  },
  'POST /tasks/{taskId}/witnesses/{witness}/reveal': {
    path: `/tasks/${TASK}/witnesses/${OWN}/reveal`,
    body: { reveal: 'ab'.repeat(32) },
    expect: ownOnly,
  },
  'POST /tasks/{taskId}/results': {
    path: `/tasks/${TASK}/results`,
    body: {
      targetId: T_ID,
      item: 'AZ-1',
      method: 'on-site',
      inspectionDate: `${YEAR}-03-05`,
      wording: 'no-problem',
      team: ['P0001', 'P0002'],
      certificatesShown: ['ZJ-0001', 'ZJ-0002'],
    },
    expect: stageFirst,
  },
  // no result yet: absent for every caller with a token, before who may follow it up
  'POST /tasks/{taskId}/results/{targetId}/{item}/follow-ups': {
    path: `/tasks/${TASK}/results/${T_ID}/AZ-1/follow-ups`,
    body: { date: `${YEAR}-03-06`, outcome: 'corrected' },
    expect: absentForAll,
  },
  'GET /tasks/{taskId}/groups': { path: `/tasks/${TASK}/groups`, expect: hiddenFromOthers },
  // nothing drawn yet: no team for anyone (who reads a drawn one: tasks-public.test.ts)
  'GET /tasks/{taskId}/teams/{targetId}': {
    path: `/tasks/${TASK}/teams/${T_ID}`,
    expect: absentForAll,
  },
  // the task is not drawn yet: the initiator and the office pass to 409, others are refused
  'POST /tasks/{taskId}/groups/{targetId}/leader': {
    path: `/tasks/${TASK}/groups/${T_ID}/leader`,
    body: { inspectorId: 'P0001' },
    expect: ownAndOffice,
  },
  'POST /tasks/{taskId}/publish': {
    path: `/tasks/${TASK}/publish`,
    body: { department: OWN },
    expect: ownOnly,
  },
  'POST /tasks/{taskId}/handoffs': {
    path: `/tasks/${TASK}/handoffs`,
    body: {
      targetId: T_ID,
      item: 'AZ-1',
      kind: 'judicial',
      receiverName: '区公安分局',
      reason: '涉嫌犯罪',
      date: `${YEAR}-03-06`,
    },
    expect: absentForAll,
  },
  'POST /tasks/{taskId}/handoffs/{handoffId}/acknowledge': {
    path: `/tasks/${TASK}/handoffs/${T_ID}.AZ-1.judicial/acknowledge`,
    body: { acknowledgedBy: '王科长', at: `${YEAR}-03-07T01:00:00.000Z` },
    expect: absentForAll,
  },
  'GET /tasks/{taskId}/audit': { path: `/tasks/${TASK}/audit`, expect: officeOnly },
  'PUT /calendar/{year}': {
    path: `/calendar/${YEAR}`,
    body: { holidays: [`${YEAR}-10-01`] },
    expect: officeOnly,
  },
  'GET /tasks': { path: `/tasks?year=${YEAR}`, expect: everyone },
  'GET /tasks/{taskId}': { path: `/tasks/${TASK}`, expect: everyone },
  'GET /draws/{drawId}/bundle': { path: `/draws/${TASK}/bundle`, expect: everyone },
  'GET /draws/{drawId}/result': { path: `/draws/${TASK}/result`, expect: everyone },
  'GET /results': { path: `/results?q=${T_ID}`, expect: everyone },
  'GET /targets/{targetId}/results': { path: `/targets/${T_ID}/results`, expect: everyone },
  'GET /tasks/{taskId}/audit/verify': { path: `/tasks/${TASK}/audit/verify`, expect: everyone },
  'GET /calendar/{year}': { path: `/calendar/${YEAR}`, expect: everyone },
};

const keyOf = (r: { method: string; path: string }) => `${r.method} ${r.path}`;

let api: TestServer;
const tokens = {} as Record<Exclude<Caller, 'none'>, string>;

beforeAll(async () => {
  api = await startTestServer();
  tokens.office = await api.tokenFor('office');
  tokens.own = await api.tokenFor('dept', OWN);
  tokens.other = await api.tokenFor('dept', OTHER);
  tokens.inspector = await api.tokenFor('inspector', undefined, 'P0042');
  const seed = async (path: string, body: unknown) => {
    const res = await api.request('POST', path, { token: tokens.own, body });
    expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(201);
  };
  await seed(`/departments/${OWN}/items`, { ...item, code: 'AZ-0' });
  await seed(`/departments/${OWN}/items`, { ...item, code: 'AZ-1' });
  await seed(`/departments/${OWN}/targets`, { ...target, uscc: T_ID });
  await seed(`/departments/${OWN}/inspectors`, { ...inspector, id: 'P0001', name: '张三' });
  await seed(plan, { tasks: planTasks });
  // One task of the approved plan, created as the workflow's first step creates it.
  const approved = await api.request('POST', `${plan}/approve`, {
    token: tokens.office,
    body: { expectedVersion: 1 },
  });
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  await workflowUseCases.createTask(workflowDeps(), {
    actor: { sub: 'office-1', roles: ['office'] },
    input: { department: OWN, year: YEAR, seq: 2, entropySource: FUTURE_ROUND },
  });
}, 30_000);

afterAll(async () => {
  await api?.close();
});

describe('authorisation of every route', () => {
  it('has a row for every route of the route table, and no row without a route', () => {
    const keys = routes.map(keyOf).sort();
    expect(keys.filter((k) => !(k in table))).toEqual([]);
    expect(Object.keys(table).filter((k) => !keys.includes(k))).toEqual([]);
  });

  // Callers in this order so the department's own successful writes come last.
  const callers: Caller[] = ['none', 'inspector', 'other', 'office', 'own'];
  for (const route of routes) {
    const key = keyOf(route);
    it(key, async () => {
      const row = table[key];
      if (!row) throw new Error(`no authorisation row for ${key}`);
      const seen: Record<string, number> = {};
      for (const caller of callers) {
        const res = await api.request(route.method, row.path, {
          ...(caller === 'none' ? {} : { token: tokens[caller] }),
          ...(row.csv !== undefined
            ? { body: row.csv, headers: { 'content-type': 'text/csv' } }
            : row.body !== undefined
              ? { body: row.body }
              : {}),
        });
        seen[caller] = res.status;
        const expected = row.expect[caller];
        const what = `${key} as ${caller}: ${res.status} ${JSON.stringify(res.body)}`;
        if (expected === 'pass') {
          expect([401, 403], what).not.toContain(res.status);
          expect(res.status, what).toBeLessThan(500);
        } else expect(res.status, what).toBe(expected);
      }
      expect(Object.keys(seen)).toHaveLength(callers.length);
    });
  }
});

/**
 * Who may call comes before what was sent: a caller refused by token and path alone gets
 * that refusal for an empty body too, never the schema's list of missing fields.
 */
describe('refusals before validation', () => {
  // the department whose results are published is named in the body: refused with the data
  const decidedByBody = new Set([
    'POST /tasks/{taskId}/publish as other',
    // who runs a draw is the task's initiating department: decided with the body or the task
    'POST /tasks as other',
    'POST /tasks/{taskId}/entropy as other',
    'POST /tasks/{taskId}/groups/{targetId}/leader as other',
    // who uploads a task's evidence is decided with the task: a department of it
    'POST /tasks/{taskId}/evidence as other',
  ]);
  const callers: Caller[] = ['none', 'inspector', 'other', 'office', 'own'];
  for (const route of routes) {
    const key = keyOf(route);
    const row = table[key];
    if (!row || (row.body === undefined && row.csv === undefined)) continue;
    const refused = callers.filter(
      (c) =>
        (row.expect[c] === 401 || row.expect[c] === 403) && !decidedByBody.has(`${key} as ${c}`),
    );
    if (refused.length === 0) continue;
    it(`${key} refuses ${refused.join(', ')} whatever the body`, async () => {
      for (const caller of refused) {
        const res = await api.request(route.method, row.path, {
          ...(caller === 'none' ? {} : { token: tokens[caller] }),
          body: {},
        });
        expect(res.status, `${key} as ${caller}: ${JSON.stringify(res.body)}`).toBe(
          row.expect[caller],
        );
      }
    });
  }

  it('answers 403 to an inspector posting {} to POST /tasks (departments and the office only)', async () => {
    const res = await api.request('POST', '/tasks', { token: tokens.inspector, body: {} });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('AUTH.NOT_DEPARTMENT');
  });

  it("answers 403 to a department posting {} to another department's targets", async () => {
    const res = await api.request('POST', `/departments/${OTHER}/targets`, {
      token: tokens.own,
      body: {},
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('AUTH.NOT_DEPARTMENT');
  });

  it('still validates the body of a caller who may call', async () => {
    const res = await api.request('POST', `/departments/${OWN}/targets`, {
      token: tokens.own,
      body: {},
    });
    expect(res.status).toBe(400);
  });
});

describe('public routes', () => {
  it('answer the same with a token as without: a draft stays hidden from its own department', async () => {
    const anonymous = await api.request('GET', plan);
    const withToken = await api.request('GET', plan, { token: tokens.own });
    expect(anonymous.status).toBe(404);
    expect(withToken.status).toBe(404);
    expect(withToken.body).toEqual(anonymous.body);
  });

  it('ignore a broken token instead of refusing it, as a route without authorizer does', async () => {
    const res = await api.request('GET', `/departments/${OWN}/items`, { token: 'not-a-token' });
    expect(res.status).toBe(200);
  });

  it('leave drafts to the internal read, where the office reads a plan it is about to approve', async () => {
    const res = await api.request('GET', `${plan}/internal`, { token: tokens.office });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ department: OWN, year: YEAR, status: 'approved' });
    expect(res.body.history.length).toBeGreaterThan(0);
  });
});

describe('bearer tokens', () => {
  it('refuses a token sent without the Bearer prefix with 401, saying so', async () => {
    const res = await api.request('GET', `/departments/${OWN}/targets`, {
      headers: { authorization: tokens.own },
    });
    expect(res.status).toBe(401);
    expect(res.body.reason).toMatch(/Bearer/);
  });
});

describe('inspector tokens', () => {
  it('carry no powers of the department they name', async () => {
    const inspector = await api.tokenFor('inspector', OWN, 'P0077');
    const list = await api.request('GET', `/departments/${OWN}/inspectors`, { token: inspector });
    expect(list.status).toBe(403);
    const create = await api.request('POST', `/departments/${OWN}/targets`, {
      token: inspector,
      body: { ...target, uscc: usccOf(9) },
    });
    expect(create.status).toBe(403);
    const draft = await api.request('GET', `${plan}/internal`, { token: inspector });
    expect(draft.status).toBe(403);
  });
});
