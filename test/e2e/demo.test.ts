import { checkEntropy, verifyDraw } from '@double-random/draw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoClock } from '../../packages/local/src/demo/demo-clock';
import { type DemoSummary, loadDemo } from '../../packages/local/src/demo/load';
import { startTestServer, type TestServer } from './support/local-server';

/**
 * The demo district at a small scale against a real server in memory: it must come out
 * living (published plans, a district plan over the joint quota, draws anyone can re-run,
 * published results with a replacement) and a second run must create nothing.
 */

let api: TestServer;
// the loader tells its year in order on the server's clock, then releases it
const clock = new DemoClock();
let first: DemoSummary;
let second: DemoSummary;

const load = () =>
  loadDemo({
    url: api.url,
    scale: 0.05,
    tokens: (caller) =>
      caller.role === 'office' ? api.tokenFor('office') : api.tokenFor(caller.role, caller.dept),
    stepTimeoutMs: 20_000,
    clock,
  });

interface Published {
  taskId: string;
  completedOn: string;
  target: { id: string };
  wording: string;
  penalty?: { decisionNumber: string; summary: string };
}

const allResults = async () => {
  const out: Published[] = [];
  let cursor: string | undefined;
  do {
    const res = await api.request(
      'GET',
      `/results?limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(res.status).toBe(200);
    out.push(...res.body.items);
    cursor = res.body.cursor;
  } while (cursor);
  return out;
};

beforeAll(async () => {
  api = await startTestServer({ clock });
  first = await load();
}, 90_000);

afterAll(async () => {
  await api?.close();
});

describe('the demo district', () => {
  it('runs its tasks without a failure and creates the whole district', () => {
    expect(first.tasks.failed).toEqual([]);
    expect(first.tasks.ids.length).toBeGreaterThanOrEqual(4);
    expect(first.targets.created).toBe(first.targets.rows);
    expect(first.targets.rows).toBeGreaterThan(200);
    expect(first.plans.published).toBe(9);
    expect(first.district.approved).toBe(true);
  });

  it('publishes the plans of every department, with joint draws at ≥ 10 % of all', async () => {
    const res = await api.request('GET', `/plans/${first.year}`);
    expect(res.status).toBe(200);
    const plans = res.body.items as { status: string; tasks: { joint: boolean }[] }[];
    expect(plans).toHaveLength(9);
    expect(plans.every((p) => p.status === 'published')).toBe(true);
    const tasks = plans.flatMap((p) => p.tasks);
    const joint = tasks.filter((t) => t.joint).length;
    expect(joint * 10).toBeGreaterThanOrEqual(tasks.length);
    const district = await api.request('GET', `/plans/${first.year}/district`);
    expect(district.status).toBe(200);
  });

  it('has draws that the public verifier accepts, every draw of every task run', async () => {
    let verified = 0;
    for (const id of first.tasks.ids) {
      const task = await api.request('GET', `/tasks/${id}`);
      expect(task.status).toBe(200);
      for (const draw of task.body.draws ?? []) {
        const bundle = await api.request('GET', `/draws/${draw.drawId}/bundle`);
        const result = await api.request('GET', `/draws/${draw.drawId}/result`);
        expect(verifyDraw(bundle.body, result.body), draw.drawId).toEqual({ ok: true });
        // witnessed entropy: the reveals in the bundle give it, each matching its commitment
        expect(checkEntropy(bundle.body.entropy, bundle.body.witnesses).source).toBe('witness');
        expect(task.body.witnesses.status).toBe('complete');
        verified++;
      }
    }
    // the joint tasks add a participant draw each
    expect(verified).toBeGreaterThan(first.tasks.ids.length);
  });

  it('publishes results: mostly 未发现问题, a penalty with its decision number, a replaced target and its replacement, never a warning-only penalty', async () => {
    const results = await allResults();
    expect(results.length).toBeGreaterThan(5);
    const wordings = results.map((r) => r.wording);
    expect(wordings.filter((w) => w === '未发现问题').length * 2).toBeGreaterThan(results.length);
    const gone = results.find((r) => r.wording === '通过登记的住所(经营场所)无法联系');
    if (!gone) throw new Error('no published result of an unreachable target');
    const task = await api.request('GET', `/tasks/${gone.taskId}`);
    const replacement = task.body.draws[0].assignments.find(
      (a: { replaces?: string }) => a.replaces === gone.target.id,
    );
    expect(replacement).toBeDefined();
    expect(
      results.some((r) => r.taskId === gone.taskId && r.target.id === replacement.target),
    ).toBe(true);
    // two penalties were decided, a fine and a warning; only the fine is published
    const penalties = results.flatMap((r) => (r.penalty ? [r.penalty] : []));
    expect(penalties).toHaveLength(1);
    expect(penalties[0]!.decisionNumber).toMatch(/罚〔\d{4}〕\d+号$/);
    expect(penalties[0]!.summary).not.toContain('警告');
    expect(first.results.byWording.corrected).toBeGreaterThanOrEqual(2);
  });

  it('leaves one joint participant late: its results stay unpublished, each dated on or after its draw', async () => {
    const office = await api.tokenFor('office');
    const res = await api.request('GET', `/tasks/${first.year}-YJJ-003/detail`, {
      token: office,
    });
    expect(res.status).toBe(200);
    const results = res.body.results as {
      department: string;
      publication: { dueBy: string; publishedAt?: string };
    }[];
    const late = results.filter((r) => r.department === 'SWJ');
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((r) => r.publication.publishedAt === undefined)).toBe(true);
    expect(results.some((r) => r.department === 'YJJ' && r.publication.publishedAt)).toBe(true);
    // an inspection follows its draw and is recorded once done: every result of this load is
    // dated between its draw and today
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const drawnOn = new Map<string, string>();
    for (const r of await allResults()) {
      if (!drawnOn.has(r.taskId)) {
        const task = await api.request('GET', `/tasks/${r.taskId}`);
        const at = Date.parse(task.body.draws[0].drawnAt) + 8 * 3_600_000;
        drawnOn.set(r.taskId, new Date(at).toISOString().slice(0, 10));
      }
      const drawn = drawnOn.get(r.taskId)!;
      expect(r.completedOn >= drawn && r.completedOn <= today, r.taskId).toBe(true);
    }
  });

  it('tells its year in order: tasks committed and drawn in February, then the real time again', async () => {
    const year = first.year;
    for (const id of first.tasks.ids) {
      const task = await api.request('GET', `/tasks/${id}`);
      const drawnAt = task.body.draws[0].drawnAt as string;
      // early in the year, unless the year is younger than its reveal day (then: at once)
      const youngYear = Date.now() < Date.parse(`${year}-02-10T01:00:00.000Z`);
      expect(drawnAt < `${year}-03-01` || youngYear, `${id} drawn at ${drawnAt}`).toBe(true);
      expect(drawnAt >= `${year}-01-01`, id).toBe(true);
    }
    // released: the server's time is the real one
    expect(Math.abs(Date.parse(clock.now()) - Date.now())).toBeLessThan(5_000);
  });

  it('draws 告知承诺 projects for 区住房和城乡建设局 and hands a broken promise to the approving department', async () => {
    const office = await api.tokenFor('office');
    const res = await api.request('GET', `/tasks/${first.year}-ZJJ-004/detail`, {
      token: office,
    });
    expect(res.status).toBe(200);
    const results = res.body.results as { targetId: string; promiseBroken?: boolean }[];
    const broken = results.filter((r) => r.promiseBroken);
    expect(broken).toHaveLength(1);
    const target = await api.request('GET', `/departments/ZJJ/targets/${broken[0]!.targetId}`, {
      token: await api.tokenFor('dept', 'ZJJ'),
    });
    expect(target.body).toMatchObject({ kind: 'project', industry: '告知承诺审批项目' });
    const handoffs = res.body.handoffs as {
      targetId: string;
      receiverDepartment?: string;
      receiverName: string;
      acknowledgement?: unknown;
    }[];
    const toApprover = handoffs.find((h) => h.targetId === broken[0]!.targetId);
    expect(toApprover).toMatchObject({
      receiverDepartment: 'XZSP',
      receiverName: '区行政审批服务局',
    });
    expect(toApprover!.acknowledgement).toBeDefined();
  });

  it('creates nothing on a second run', async () => {
    const before = (await allResults()).length;
    second = await load();
    expect(second.createdTotal, JSON.stringify(second)).toBe(0);
    expect(second.tasks.failed).toEqual([]);
    expect(second.targets.unchanged).toBe(first.targets.rows);
    expect((await allResults()).length).toBe(before);
  }, 60_000);
});
