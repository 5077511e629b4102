import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BundleError, parseBundle } from '@double-random/draw';
import { describe, expect, it } from 'vitest';
import { fixturePath } from './helpers';

const valid = () => ({
  spec: 'dr-draw/1',
  drawId: 'R-1',
  params: {
    team: 2,
    qualification: 'Q',
    cap: 0,
    crossUnit: true,
    strata: [
      { key: 'risk:A', ratioBp: 300, reserve: 1 },
      { key: 'risk:B', ratioBp: 2000, reserve: 0 },
    ],
  },
  pool: [
    { id: 'T1', stratum: 'risk:A', unit: 'U1' },
    { id: 'T2', stratum: 'risk:B', unit: '' },
    { id: 'T3', stratum: 'risk:A', unit: 'U2' },
  ],
  roster: [
    { id: 'P1', unit: 'U1', leader: true, qualifications: ['Q'], conflicts: ['T2'] },
    { id: 'P2', unit: '', leader: false, qualifications: ['Q'], conflicts: [] },
  ],
  entropy: 'ceremony:2026-02-02:1234',
});

type Bundle = ReturnType<typeof valid>;

const cases: Array<[string, (b: Bundle) => void, string, string, unknown]> = [
  [
    'spec other than dr-draw/1',
    (b) => (b.spec = 'dr-draw/2'),
    'DRAW.SPEC_UNSUPPORTED',
    'spec',
    'dr-draw/2',
  ],
  ['drawId with a comma', (b) => (b.drawId = 'R,1'), 'DRAW.CODE_INVALID', 'drawId', 'R,1'],
  [
    'pool id with a Chinese character',
    (b) => (b.pool[1]!.id = '台儿庄'),
    'DRAW.CODE_INVALID',
    'pool[1].id',
    '台儿庄',
  ],
  [
    'pool id with a space',
    (b) => (b.pool[0]!.id = 'T 1'),
    'DRAW.CODE_INVALID',
    'pool[0].id',
    'T 1',
  ],
  ['empty pool id', (b) => (b.pool[0]!.id = ''), 'DRAW.CODE_INVALID', 'pool[0].id', ''],
  [
    'pool id of 65 characters',
    (b) => (b.pool[2]!.id = 'X'.repeat(65)),
    'DRAW.CODE_INVALID',
    'pool[2].id',
    'X'.repeat(65),
  ],
  [
    'roster qualification with a tab',
    (b) => (b.roster[1]!.qualifications = ['Q\t']),
    'DRAW.CODE_INVALID',
    'roster[1].qualifications[0]',
    'Q\t',
  ],
  [
    'roster conflict with a comma',
    (b) => (b.roster[0]!.conflicts = ['T2', 'T,3']),
    'DRAW.CODE_INVALID',
    'roster[0].conflicts[1]',
    'T,3',
  ],
  [
    'stratum key with DEL',
    (b) => (b.params.strata[1]!.key = 'risk:\x7f'),
    'DRAW.CODE_INVALID',
    'params.strata[1].key',
    'risk:\x7f',
  ],
  [
    'qualification empty',
    (b) => (b.params.qualification = ''),
    'DRAW.CODE_INVALID',
    'params.qualification',
    '',
  ],
  [
    'duplicate pool id',
    (b) => (b.pool[2]!.id = 'T1'),
    'DRAW.DUPLICATE_POOL_ID',
    'pool[2].id',
    'T1',
  ],
  [
    'duplicate roster id',
    (b) => (b.roster[1]!.id = 'P1'),
    'DRAW.DUPLICATE_ROSTER_ID',
    'roster[1].id',
    'P1',
  ],
  [
    'duplicate stratum key',
    (b) => (b.params.strata[1]!.key = 'risk:A'),
    'DRAW.DUPLICATE_STRATUM',
    'params.strata[1].key',
    'risk:A',
  ],
  [
    'pool stratum not among params.strata',
    (b) => (b.pool[1]!.stratum = 'risk:Z'),
    'DRAW.UNKNOWN_STRATUM',
    'pool[1].stratum',
    'risk:Z',
  ],
  ['team 0', (b) => (b.params.team = 0), 'DRAW.NUMBER_OUT_OF_RANGE', 'params.team', 0],
  ['team 1.5', (b) => (b.params.team = 1.5), 'DRAW.NUMBER_OUT_OF_RANGE', 'params.team', 1.5],
  ['cap -1', (b) => (b.params.cap = -1), 'DRAW.NUMBER_OUT_OF_RANGE', 'params.cap', -1],
  [
    'cap as a string',
    (b) => ((b.params as { cap: unknown }).cap = '6'),
    'DRAW.NUMBER_OUT_OF_RANGE',
    'params.cap',
    '6',
  ],
  [
    'ratioBp 10001',
    (b) => (b.params.strata[0]!.ratioBp = 10001),
    'DRAW.NUMBER_OUT_OF_RANGE',
    'params.strata[0].ratioBp',
    10001,
  ],
  [
    'ratioBp -1',
    (b) => (b.params.strata[1]!.ratioBp = -1),
    'DRAW.NUMBER_OUT_OF_RANGE',
    'params.strata[1].ratioBp',
    -1,
  ],
  [
    'reserve -2',
    (b) => (b.params.strata[0]!.reserve = -2),
    'DRAW.NUMBER_OUT_OF_RANGE',
    'params.strata[0].reserve',
    -2,
  ],
  ['entropy empty', (b) => (b.entropy = ''), 'DRAW.ENTROPY_INVALID', 'entropy', ''],
  [
    'entropy of 257 characters',
    (b) => (b.entropy = 'e'.repeat(257)),
    'DRAW.ENTROPY_INVALID',
    'entropy',
    'e'.repeat(257),
  ],
  [
    'entropy with a newline',
    (b) => (b.entropy = 'drand:1\n'),
    'DRAW.ENTROPY_INVALID',
    'entropy',
    'drand:1\n',
  ],
  [
    'crossUnit not a boolean',
    (b) => ((b.params as { crossUnit: unknown }).crossUnit = 1),
    'DRAW.BUNDLE_SHAPE',
    'params.crossUnit',
    1,
  ],
  ['pool not a list', (b) => ((b as { pool: unknown }).pool = {}), 'DRAW.BUNDLE_SHAPE', 'pool', {}],
];

const refusal = (input: unknown): BundleError => {
  try {
    parseBundle(input);
  } catch (e) {
    if (e instanceof BundleError) return e;
    throw e;
  }
  throw new Error('bundle was accepted');
};

describe('parseBundle refusals (spec §1)', () => {
  it('accepts the valid bundle the cases start from, including an empty unit', () => {
    expect(parseBundle(valid()).pool[1]).toEqual({ id: 'T2', stratum: 'risk:B', unit: '' });
  });

  for (const [name, change, code, field, value] of cases) {
    it(`refuses ${name}, naming ${field}`, () => {
      const bundle = valid();
      change(bundle);

      const error = refusal(bundle);

      expect(error.code).toBe(code);
      expect(error.kind).toBe('invalid');
      expect(error.field).toBe(field);
      expect(error.value).toEqual(value);
      expect(error.details).toMatchObject({ field, value });
      expect(error.message).toContain(field);
      expect(error.message).toContain(JSON.stringify(value).slice(0, 40));
    });
  }

  it('keeps a huge offending value out of the message', () => {
    const bundle = valid();
    bundle.entropy = 'x'.repeat(100_000);

    expect(refusal(bundle).message.length).toBeLessThan(300);
  });
});

/** The CLI as `pnpm draw` runs it: the prebuilt dist/cli.js, built first when stale. */
const cli = (...args: string[]) => {
  // node rather than pnpm or npx: either adds a good part of a second per spawn.
  const run = spawnSync(process.execPath, ['packages/draw/scripts/cli.mjs', ...args], {
    encoding: 'utf8',
    cwd: new URL('../../../', import.meta.url),
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};

describe('dr-draw CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dr-draw-'));

  it('exits 2 on a refused bundle, naming field and value, with no stack trace', () => {
    const bundle = valid();
    bundle.pool[2]!.id = 'T1';
    const path = join(dir, 'duplicate.bundle.json');
    writeFileSync(path, JSON.stringify(bundle));

    const out = cli('run', path);

    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('pool[2].id');
    expect(out.stderr).toContain('"T1"');
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 with a clear line on malformed JSON', () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{"spec": ');

    const out = cli('verify', path, path);

    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/is not valid JSON/);
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });

  it('verifies a published result (exit 0) and reports the first difference of a forged one (exit 1)', () => {
    const forged = JSON.parse(readFileSync(fixturePath('example-1.result.json'), 'utf8'));
    forged.strata[1].selected[2] = '91370405XXXXXXXXXX';
    const path = join(dir, 'forged.result.json');
    writeFileSync(path, JSON.stringify(forged));

    const good = cli(
      'verify',
      fixturePath('example-1.bundle.json'),
      fixturePath('example-1.result.json'),
    );
    const bad = cli('verify', fixturePath('example-1.bundle.json'), path);

    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/^verified/);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('strata[1].selected (stratum risk:D)[2]');
    expect(bad.stdout).toContain('"91370405XXXXXXXXXX"');
  });
});

describe('duplicate pool ids', () => {
  it('names the earliest repeated record when several ids repeat', () => {
    const bundle = valid();
    bundle.pool = ['D', 'B', 'A', 'D', 'B', 'D'].map((id) => ({ id, stratum: 'risk:A', unit: '' }));

    const error = refusal(bundle);

    expect(error.field).toBe('pool[3].id');
    expect(error.value).toBe('D');
  });
});
