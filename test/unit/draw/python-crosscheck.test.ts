// Two implementations written independently from draw-v1.md must agree byte for byte: the
// TypeScript engine the software runs and the stdlib-only Python verifier the public may run
// instead. A disagreement means one of them misreads the spec, and a published draw would
// then fail to verify for someone.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DrawBundle, DrawResult } from '@double-random/draw';
import { parseBundle, runDraw } from '@double-random/draw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../../..');
const SCRIPT = join(ROOT, 'packages/draw/python/verify_draw.py');
const FIXTURES = join(ROOT, 'test/fixtures/draw');
const BUNDLE_COUNT = 300;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

// A missing python3 must fail the suite (spawn error), never skip it.
const python = (args: string[]): Promise<Run> =>
  new Promise((resolvePromise, reject) => {
    const child = spawn('python3', [SCRIPT, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });

// The machine is shared: never more than two Python processes at once.
const twoAtATime = async <T>(jobs: (() => Promise<T>)[]): Promise<T[]> => {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]!();
    }
  };
  await Promise.all([worker(), worker()]);
  return out;
};

// mulberry32: a fixed seed gives the same bundles on every machine and every run.
const generator = (seed: number) => {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  const chance = (p: number): boolean => next() < p;
  return { int, pick, chance };
};

// Every character a code may hold, punctuation and both cases included, so that any
// locale-aware or case-folding sort shows up as a difference.
const CODE_CHARS = Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) =>
  String.fromCharCode(0x21 + i),
).filter((c) => c !== ',');

const generateBundle = (g: ReturnType<typeof generator>, index: number): DrawBundle => {
  const used = new Set<string>();
  const code = (prefix = ''): string => {
    for (;;) {
      const length = g.chance(0.02) ? 64 - prefix.length : g.int(1, 10);
      let text = prefix;
      for (let i = 0; i < length; i++) text += g.pick(CODE_CHARS);
      if (!used.has(text)) {
        used.add(text);
        return text;
      }
    }
  };
  const units = ['', code(), code(), code()];
  const qualification = code();
  const otherQualifications = [code(), code()];

  const strata = Array.from({ length: g.pick([0, 1, 1, 2, 2, 3, 4]) }, () => ({
    key: code(),
    ratioBp: g.pick([0, 1, 500, 2000, 3333, 5000, 9999, 10_000, g.int(0, 10_000)]),
    reserve: g.pick([0, 1, 2, 3, 5, 1000]),
  }));
  const pool = strata.flatMap((s) => {
    const size = g.chance(0.03) ? g.int(300, 1200) : g.pick([0, 1, 2, 3, g.int(0, 40)]);
    return Array.from({ length: size }, () => ({
      id: g.chance(0.5) ? code('9137') : code(),
      stratum: s.key,
      unit: g.pick(units),
    }));
  });
  // Shuffle so that input order differs from every order the spec sorts by.
  for (let i = pool.length - 1; i > 0; i--) {
    const j = g.int(0, i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }

  const roster = Array.from({ length: g.pick([0, 1, 2, 3, 5, 8, g.int(0, 16)]) }, () => {
    const qualifications = [
      ...(g.chance(0.8) ? [qualification] : []),
      ...otherQualifications.filter(() => g.chance(0.4)),
    ].reverse();
    const conflicts =
      pool.length === 0
        ? []
        : Array.from({ length: g.pick([0, 0, 1, 3]) }, () => g.pick(pool).id).filter(
            (id, i, all) => all.indexOf(id) === i,
          );
    return { id: code('P'), unit: g.pick(units), leader: g.chance(0.4), qualifications, conflicts };
  });

  let entropy = '';
  const entropyLength = g.pick([1, 20, 64, 256]);
  for (let i = 0; i < entropyLength; i++) entropy += String.fromCharCode(g.int(0x20, 0x7e));

  return {
    spec: 'dr-draw/1',
    drawId: `X-${index}`,
    params: {
      team: g.int(1, 4),
      qualification,
      cap: g.pick([0, 0, 1, 1, 2, 3, g.int(1, 10)]),
      crossUnit: g.chance(0.5),
      strata,
    },
    pool,
    roster,
    entropy,
  };
};

const bundles: DrawBundle[] = (() => {
  const g = generator(0x5eed_d12a);
  return Array.from({ length: BUNDLE_COUNT }, (_, i) => generateBundle(g, i));
})();

const base = bundles.findIndex(
  (b) => b.pool.length > 3 && b.roster.length > 2 && b.params.strata.length > 1,
);
// Object.assign lets a test put a wrongly typed value where the type forbids it.
const broken: [string, (b: DrawBundle) => void][] = [
  ['spec', (b) => Object.assign(b, { spec: 'dr-draw/2' })],
  ['params.team', (b) => Object.assign(b.params, { team: true })],
  ['params.team', (b) => Object.assign(b.params, { team: 0 })],
  ['params.cap', (b) => Object.assign(b.params, { cap: -1 })],
  ['params.cap', (b) => Object.assign(b.params, { cap: 1.5 })],
  ['params.crossUnit', (b) => Object.assign(b.params, { crossUnit: 1 })],
  ['params.strata[0].ratioBp', (b) => Object.assign(b.params.strata[0]!, { ratioBp: 10_001 })],
  ['params.strata[1].reserve', (b) => Object.assign(b.params.strata[1]!, { reserve: '2' })],
  [
    'params.strata[1].key',
    (b) => Object.assign(b.params.strata[1]!, { key: b.params.strata[0]!.key }),
  ],
  ['pool[3].id', (b) => Object.assign(b.pool[3]!, { id: b.pool[1]!.id })],
  ['pool[2].id', (b) => Object.assign(b.pool[2]!, { id: 'A,B' })],
  ['pool[2].id', (b) => Object.assign(b.pool[2]!, { id: 'x'.repeat(65) })],
  ['pool[2].stratum', (b) => Object.assign(b.pool[2]!, { stratum: 'no-such-stratum' })],
  ['pool[1].unit', (b) => Object.assign(b.pool[1]!, { unit: '中' })],
  ['roster[2].id', (b) => Object.assign(b.roster[2]!, { id: b.roster[0]!.id })],
  ['roster[1].leader', (b) => Object.assign(b.roster[1]!, { leader: 'yes' })],
  ['roster[0].qualifications[0]', (b) => Object.assign(b.roster[0]!, { qualifications: [''] })],
  ['entropy', (b) => Object.assign(b, { entropy: '' })],
  ['entropy', (b) => Object.assign(b, { entropy: 'line\nbreak' })],
  ['entropy', (b) => Object.assign(b, { entropy: 'e'.repeat(257) })],
];
const refused = broken.map(([field, breakIt], n) => {
  const bundle = structuredClone(bundles[base]!);
  breakIt(bundle);
  return { field, bundle, name: `refused-${n}.json` };
});

// The result as it is published: through JSON, so key order and null/undefined count.
const published = (result: DrawResult): unknown => JSON.parse(JSON.stringify(result));

let dir = '';
let tsResults: DrawResult[] = [];
const bundlePath = (i: number) => join(dir, `bundle-${i}.json`);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'draw-crosscheck-'));
  await Promise.all([
    ...bundles.map((b, i) => writeFile(bundlePath(i), JSON.stringify(b))),
    ...refused.map((c) => writeFile(join(dir, c.name), JSON.stringify(c.bundle))),
  ]);
  tsResults = bundles.map((b) => runDraw(parseBundle(b)));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('Python verifier (packages/draw/python) against dr-draw/1', () => {
  it.each([1, 2])('reproduces worked example %i byte for byte', async (n) => {
    const bundle = join(FIXTURES, `example-${n}.bundle.json`);
    const expected = await readFile(join(FIXTURES, `example-${n}.result.json`), 'utf8');

    const run = await python(['run', bundle]);

    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toStrictEqual(JSON.parse(expected));
    expect(run.stdout.trimEnd()).toBe(expected.trimEnd());
  });

  it('gives the same result as the TypeScript engine on every generated bundle', async () => {
    const half = Math.ceil(BUNDLE_COUNT / 2);
    const batches = [
      bundles.slice(0, half).map((_, i) => bundlePath(i)),
      bundles.slice(half).map((_, i) => bundlePath(half + i)),
    ];

    const runs = await twoAtATime(batches.map((files) => () => python(['run-many', ...files])));

    const lines = runs.flatMap((run) => {
      expect(run.code, run.stderr).toBe(0);
      return run.stdout.trimEnd().split('\n');
    });
    expect(lines).toHaveLength(BUNDLE_COUNT);
    lines.forEach((line, i) => {
      const { file, result } = JSON.parse(line) as { file: string; result: unknown };
      expect(file).toBe(bundlePath(i));
      const ts = published(tsResults[i]!);
      expect(result, `bundle-${i}.json`).toStrictEqual(ts);
      // Same key order too: the published JSON must not depend on who produced it.
      expect(JSON.stringify(result), `bundle-${i}.json`).toBe(JSON.stringify(ts));
    });
  });

  it('is exercised on the edge cases the spec singles out', () => {
    const strata = bundles.flatMap((b, i) =>
      tsResults[i]!.strata.map((s) => ({
        ...s,
        params: b.params.strata.find((p) => p.key === s.key)!,
      })),
    );
    const teams = bundles.flatMap((b, i) => {
      const unitOf = new Map(b.pool.map((p) => [p.id, p.unit]));
      return [...tsResults[i]!.assignments, ...tsResults[i]!.reserveAssignments].map((a) => ({
        ...a,
        params: b.params,
        unit: unitOf.get(a.target),
      }));
    });

    expect(strata.some((s) => s.population === 0)).toBe(true);
    expect(strata.some((s) => s.params.ratioBp === 0 && s.population > 0)).toBe(true);
    expect(strata.some((s) => s.params.ratioBp === 10_000 && s.population > 1)).toBe(true);
    const left = (s: (typeof strata)[number]) => s.population - s.size;
    expect(strata.some((s) => left(s) > 0 && s.params.reserve > left(s))).toBe(true);
    expect(strata.some((s) => s.population > 300)).toBe(true);
    for (const size of [1, 2, 3, 4]) {
      expect(teams.some((t) => t.params.team === size && t.status === 'filled')).toBe(true);
    }
    expect(teams.some((t) => t.params.cap > 0 && t.status === 'unfilled')).toBe(true);
    expect(teams.some((t) => t.members.length === 0 && t.leader === null)).toBe(true);
    expect(teams.some((t) => t.leader !== null && t.leader !== t.members[0])).toBe(true);
    expect(teams.some((t) => t.params.crossUnit && t.unit === '' && t.members.length > 0)).toBe(
      true,
    );
    expect(
      bundles.some((b) => b.roster.some((m) => !m.qualifications.includes(b.params.qualification))),
    ).toBe(true);
    expect(bundles.some((b) => b.roster.some((m) => m.conflicts.length > 0))).toBe(true);
  });

  it('verify accepts the results the TypeScript engine produced', async () => {
    const picked = tsResults
      .map((r, i) => (r.assignments.length > 1 ? i : -1))
      .filter((i) => i >= 0)
      .slice(0, 4);

    const runs = await twoAtATime(
      picked.map((i) => async () => {
        const file = join(dir, `result-${i}.json`);
        await writeFile(file, JSON.stringify(tsResults[i], null, 2));
        return python(['verify', bundlePath(i), file]);
      }),
    );

    for (const run of runs) {
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^verified: /);
    }
  });

  it('verify rejects a tampered result and names the assignment', async () => {
    const i = tsResults.findIndex((r) => r.assignments.some((a) => a.members.length >= 2));
    const tampered = structuredClone(tsResults[i]!);
    const k = tampered.assignments.findIndex((a) => a.members.length >= 2);
    tampered.assignments[k]!.members.reverse();
    const file = join(dir, 'tampered.json');
    await writeFile(file, JSON.stringify(tampered));

    const run = await python(['verify', bundlePath(i), file]);

    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`assignments[${k}]`);
    expect(run.stdout).toContain(tampered.assignments[k]!.target);
  });

  it('verify rejects a result whose reserve was dropped', async () => {
    const i = tsResults.findIndex((r) => r.strata.some((s) => s.reserve.length > 0));
    const tampered = structuredClone(tsResults[i]!);
    const k = tampered.strata.findIndex((s) => s.reserve.length > 0);
    tampered.strata[k]!.reserve.pop();
    const file = join(dir, 'tampered-reserve.json');
    await writeFile(file, JSON.stringify(tampered));

    const run = await python(['verify', bundlePath(i), file]);

    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`strata[${k}]`);
  });

  it('refuses every bundle spec §1 refuses, naming the field, as parseBundle does', async () => {
    const run = await python(['run-many', ...refused.map((c) => join(dir, c.name))]);

    expect(run.code, run.stderr).toBe(2);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(refused.length);
    refused.forEach((c, n) => {
      const line = JSON.parse(lines[n]!) as { result?: unknown; error?: string };
      expect(line.result, c.field).toBeUndefined();
      expect(line.error, c.field).toContain(c.field);
      expect(() => parseBundle(c.bundle), c.field).toThrow();
    });
  });

  it('run exits 2 with one clear line for a refused, malformed or missing bundle', async () => {
    const malformed = join(dir, 'malformed.json');
    await writeFile(malformed, '{"spec": "dr-draw/1", ');
    const refusedTeam = refused.findIndex((c) => c.field === 'params.team');

    const runs = await twoAtATime(
      [join(dir, refused[refusedTeam]!.name), malformed, join(dir, 'absent.json')].map(
        (file) => () => python(['run', file]),
      ),
    );

    expect(runs[0]!.stderr).toContain('params.team');
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).not.toContain('Traceback');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
