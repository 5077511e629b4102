import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shanghaiDate } from '@double-random/domain';
import { digests, parseBundle, runDraw, verifyDraw, witnessCommitment } from '@double-random/draw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dependencies, setDependencies } from '../../functions/src/composition';
import type { PublicTask } from '../../functions/src/http/public/public.schemas';
import { runDr } from './support/dr-cli';
import { usccOf } from './support/fixtures';
import { startTestServer, type TestServer } from './support/local-server';

/**
 * Answers above the inline limit (docs/text-and-limits.md), through the real local server
 * with the limit set to 2 KB so that a modest draw of 80 targets crosses it: the bundle, the
 * result, the public task and the draw export come by a 303 to the gateway's signed link
 * (as S3's presigned GET in AWS), with the bytes of the answer below the limit; the staff's
 * detail pages its assignments and results.
 */

const LIMIT = 2048;
const TODAY = shanghaiDate(new Date().toISOString());
const YEAR = Number(TODAY.slice(0, 4));
const TASK = `${YEAR}-SCJG-001`;
const TARGETS = 80;
const WITNESSES = ['STHJ', 'JJJC'] as const;
const secretOf = (w: string) => witnessCommitment(`${TASK}/${w}/large`);

let api: TestServer;
const tokens = {} as Record<'office' | 'scjg' | 'sthj' | 'jjjc', string>;

const ok = (res: { status: number; body: unknown }, status: number) =>
  expect(res.status, JSON.stringify(res.body)).toBe(status);

/** One GET that does not follow redirects: what the route itself answers. */
const raw = (path: string, token?: string) =>
  fetch(`${api.url}${path}`, {
    redirect: 'manual',
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

/** A GET as a client makes it, redirects followed: status, headers and bytes. */
const followed = async (path: string, token?: string) => {
  const res = await fetch(`${api.url}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
};

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const until = async (done: (task: PublicTask) => boolean, what: string): Promise<PublicTask> => {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const res = await api.request<PublicTask>('GET', `/tasks/${TASK}`);
    if (res.status === 200 && done(res.body)) return res.body;
    if (res.body?.stage === 'Failed' || Date.now() > deadline)
      throw new Error(`waiting for ${what}: ${JSON.stringify(res.body).slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** The same server answering with another inline limit, for one read. */
const withLimit = async <T>(inlineLimit: number, read: () => Promise<T>): Promise<T> => {
  const deps = dependencies();
  const answers = deps.answers!;
  setDependencies({ ...deps, answers: { inlineLimit, keep: answers.keep } });
  try {
    return await read();
  } finally {
    setDependencies(deps);
  }
};

beforeAll(async () => {
  api = await startTestServer({ answerInlineLimit: LIMIT });
  tokens.office = await api.tokenFor('office');
  tokens.scjg = await api.tokenFor('dept', 'SCJG');
  tokens.sthj = await api.tokenFor('dept', 'STHJ');
  tokens.jjjc = await api.tokenFor('witness', 'JJJC');
  const call = (method: string, path: string, token: string, body?: unknown) =>
    api.request(method, path, { token, ...(body === undefined ? {} : { body }) });
  ok(
    await call('POST', '/departments/SCJG/items', tokens.scjg, {
      code: 'SC-G1',
      name: '产品质量监督抽查',
      legalBasis: '《中华人民共和国产品质量法》第十五条',
      category: 'key',
      methods: ['on-site'],
      qualification: 'SCJG-GEN',
    }),
    201,
  );
  const imported = await call(
    'POST',
    '/departments/SCJG/targets/import',
    tokens.scjg,
    Array.from({ length: TARGETS }, (_, n) => ({
      name: `椒江大件商行${n}`,
      kind: 'enterprise',
      uscc: usccOf(7000 + n),
      town: '海门街道',
      industry: '零售',
      riskClass: 'C',
    })),
  );
  ok(imported, 200);
  expect(imported.body.created).toBe(TARGETS);
  for (let n = 1; n <= 6; n++)
    ok(
      await call('POST', '/departments/SCJG/inspectors', tokens.scjg, {
        id: `P020${n}`,
        name: `执法员${n}`,
        certificateNo: `ZJ-020${n}`,
        certificateExpiry: '2030-12-31',
        qualifications: ['SCJG-GEN'],
        mayLead: true,
      }),
      201,
    );
  const filed = await call('PUT', `/plans/${YEAR}/departments/SCJG`, tokens.scjg, {
    tasks: [
      {
        seq: 1,
        name: '零售企业产品质量抽查',
        items: ['SC-G1'],
        strata: [{ key: 'all', ratioBp: 2500 }],
        window: { start: `${YEAR}-01-01`, end: `${YEAR}-12-31` },
        teamSize: 2,
      },
    ],
  });
  ok(filed, 201);
  ok(
    await call('POST', `/plans/${YEAR}/departments/SCJG/approve`, tokens.office, {
      expectedVersion: filed.body.version,
    }),
    200,
  );
  const witness = (w: string) => (w === 'STHJ' ? tokens.sthj : tokens.jjjc);
  for (const w of WITNESSES)
    ok(
      await call('POST', `/tasks/${TASK}/witnesses/${w}/commitment`, witness(w), {
        commitment: witnessCommitment(secretOf(w)),
      }),
      201,
    );
  ok(
    await call('POST', '/tasks', tokens.office, {
      department: 'SCJG',
      year: YEAR,
      seq: 1,
      reserves: { all: 2 },
      entropySource: `witness:${TODAY}:${WITNESSES.join(',')}`,
    }),
    201,
  );
  await until((t) => t.commitment !== undefined, 'the commitment');
  for (const w of WITNESSES)
    ok(
      await call('POST', `/tasks/${TASK}/witnesses/${w}/reveal`, witness(w), {
        reveal: secretOf(w),
      }),
      201,
    );
  await until((t) => ['Notified', 'Inspecting'].includes(t.stage), 'the draw');
}, 120_000);

afterAll(async () => {
  await api?.close();
});

describe('a draw above the inline limit', () => {
  it('answers its bundle with 303 to a link whose bytes hash to what the draw record names', async () => {
    const answer = await raw(`/draws/${TASK}/bundle`);
    expect(answer.status).toBe(303);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const location = answer.headers.get('location') ?? '';
    expect(location).toMatch(/^\/blobs\/[0-9a-f]{2}\/[0-9a-f]{64}\?/);

    const { res, bytes } = await followed(`/draws/${TASK}/bundle`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(bytes.length).toBeGreaterThan(LIMIT);
    // the link names the blob by its content: the bytes are the ones stored
    expect(location).toContain(`/${sha256(bytes)}?`);
    const bundle = parseBundle(JSON.parse(bytes.toString('utf8')));
    expect(bundle.pool).toHaveLength(TARGETS);

    // the draw record, itself by link, names the digests an outsider recomputes from them
    const result = await followed(`/draws/${TASK}/result`);
    expect(result.res.status).toBe(200);
    const record = JSON.parse(result.bytes.toString('utf8'));
    const d = digests(bundle);
    expect(d).toEqual({
      poolDigest: record.poolDigest,
      paramsDigest: record.paramsDigest,
      rosterDigest: record.rosterDigest,
      seed: record.seed,
    });
    expect(runDraw(bundle).resultDigest).toBe(record.resultDigest);
    expect(verifyDraw(bundle, record)).toEqual({ ok: true });
    const task = await api.request<PublicTask>('GET', `/tasks/${TASK}`);
    expect(task.body.commitment?.poolDigest).toBe(d.poolDigest);
    expect(task.body.draws?.[0]?.resultDigest).toBe(record.resultDigest);
  });

  it('gives by link the very bytes it answers inline below the limit', async () => {
    for (const path of [`/draws/${TASK}/bundle`, `/draws/${TASK}/result`, `/tasks/${TASK}`]) {
      const linked = await followed(path);
      expect((await raw(path)).status, path).toBe(303);
      const inline = await withLimit(10_000_000, async () => {
        const res = await raw(path);
        return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
      });
      expect(inline.status, path).toBe(200);
      expect(linked.bytes.equals(inline.bytes), path).toBe(true);
    }
  });

  it('serves through a link nothing but what it names, signed, and refuses a changed one', async () => {
    const location = (await raw(`/draws/${TASK}/bundle`)).headers.get('location')!;
    const url = new URL(location, api.url);
    const forged = new URL(url);
    forged.searchParams.set('response-content-type', 'text/html');
    expect((await fetch(forged)).status).toBe(403);
    const other = new URL(url);
    other.pathname = `/blobs/00/${'0'.repeat(64)}`;
    expect((await fetch(other)).status).toBe(403);
    const unsigned = new URL(url);
    unsigned.searchParams.delete('signature');
    expect((await fetch(unsigned)).status).toBe(403);
    expect((await fetch(url)).status).toBe(200);
  });
});

describe('the staff read a large task a page at a time', () => {
  it('pages the detail’s assignments through their cursor, every one once', async () => {
    const record = JSON.parse((await followed(`/draws/${TASK}/result`)).bytes.toString('utf8'));
    const drawn = [...record.assignments, ...record.reserveAssignments].map(
      (a: { target: string }) => a.target,
    );
    const detail = await api.request('GET', `/tasks/${TASK}/detail?limit=3`, {
      token: tokens.office,
    });
    ok(detail, 200);
    expect(detail.body.assignments).toHaveLength(3);
    expect(detail.body.assignmentsCursor).toEqual(expect.any(String));
    expect(detail.body.task.id).toBe(TASK);
    const seen: string[] = detail.body.assignments.map((a: { target: string }) => a.target);
    let cursor: string | undefined = detail.body.assignmentsCursor;
    while (cursor) {
      const page = await api.request(
        'GET',
        `/tasks/${TASK}/assignments?limit=3&cursor=${encodeURIComponent(cursor)}`,
        { token: tokens.office },
      );
      ok(page, 200);
      seen.push(...page.body.items.map((a: { target: string }) => a.target));
      cursor = page.body.cursor;
    }
    expect(seen.sort()).toEqual([...drawn].sort());
    // the whole list in one detail is above the limit: it comes by link, as its red lights
    // would for a task with tens of thousands of results waiting
    expect((await raw(`/tasks/${TASK}/detail`, tokens.office)).status).toBe(303);
    const whole = await api.request('GET', `/tasks/${TASK}/detail`, { token: tokens.office });
    expect(whole.body.assignments).toHaveLength(drawn.length);
    expect(whole.body.assignmentsCursor).toBeUndefined();
  });

  it('pages the results too, and refuses a cursor of another listing', async () => {
    const detail = await api.request('GET', `/tasks/${TASK}/detail`, { token: tokens.office });
    const mine = detail.body.assignments
      .filter((a: { role: string }) => a.role === 'selected')
      .slice(0, 3) as { target: string; members: string[] }[];
    for (const a of mine)
      ok(
        await api.request('POST', `/tasks/${TASK}/results`, {
          token: tokens.scjg,
          body: {
            targetId: a.target,
            item: 'SC-G1',
            method: 'desk-review',
            inspectionDate: TODAY,
            wording: 'no-problem',
            team: a.members,
            certificatesShown: await api.certificatesOf('SCJG', a.members),
          },
        }),
        201,
      );
    const first = await api.request('GET', `/tasks/${TASK}/detail?limit=2`, {
      token: tokens.scjg,
    });
    expect(first.body.results).toHaveLength(2);
    // the red lights are every result's, not the page's
    expect(first.body.lights.filter((l: { kind: string }) => l.kind === 'result')).toHaveLength(3);
    const rest = await api.request(
      'GET',
      `/tasks/${TASK}/results?cursor=${encodeURIComponent(first.body.resultsCursor)}`,
      { token: tokens.scjg },
    );
    ok(rest, 200);
    expect(
      [...first.body.results, ...rest.body.items].map((r: { targetId: string }) => r.targetId),
    ).toEqual(mine.map((a) => a.target).sort());
    const wrong = await api.request(
      'GET',
      `/tasks/${TASK}/results?cursor=${encodeURIComponent(first.body.assignmentsCursor)}`,
      { token: tokens.scjg },
    );
    expect(wrong.status).toBe(400);
    const stranger = await api.request('GET', `/tasks/${TASK}/assignments`, {
      token: tokens.sthj,
    });
    expect(stranger.status).toBe(404);
  });
});

describe('a download above the inline limit', () => {
  it('is the whole file by link, with its type and name, and dr export follows it', async () => {
    const path = `/exports/tasks/${TASK}/draw?format=csv`;
    const answer = await raw(path, tokens.office);
    expect(answer.status).toBe(303);
    const { res, bytes } = await followed(path, tokens.office);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent(`抽取结果-${TASK}.csv`)}`,
    );
    const lines = bytes.toString('utf8').trim().split('\r\n');
    const record = JSON.parse((await followed(`/draws/${TASK}/result`)).bytes.toString('utf8'));
    const drawn = record.strata.reduce(
      (n: number, s: { selected: string[]; reserve: string[] }) =>
        n + s.selected.length + s.reserve.length,
      0,
    );
    expect(lines).toHaveLength(drawn + 1);
    const inline = await withLimit(10_000_000, async () => {
      const r = await raw(path, tokens.office);
      return Buffer.from(await r.arrayBuffer());
    });
    expect(bytes.equals(inline)).toBe(true);

    const dir = await mkdtemp(join(tmpdir(), 'dr-large-'));
    try {
      const out = join(dir, 'draw.csv');
      const run = await runDr([
        'export',
        'draw',
        TASK,
        '--url',
        api.url,
        '--token',
        tokens.office,
        '-o',
        out,
      ]);
      expect(run.code, run.stderr).toBe(0);
      expect((await readFile(out)).equals(bytes)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
