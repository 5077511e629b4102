import {
  canonicalTexts,
  digests,
  parseBundle,
  runDraw,
  stream,
  subSeed,
  verifyDraw,
} from '@double-random/draw';
import { describe, expect, it } from 'vitest';
import { fixtureJson, fixtureText } from './helpers';

describe('spec worked examples', () => {
  for (const n of [1, 2]) {
    it(`reproduces example-${n}.result.json exactly`, () => {
      const bundle = parseBundle(fixtureJson(`example-${n}.bundle.json`));

      const result = runDraw(bundle);

      expect(result).toStrictEqual(fixtureJson(`example-${n}.result.json`));
      expect(JSON.stringify(result)).toBe(JSON.stringify(fixtureJson(`example-${n}.result.json`)));
    });

    it(`verifies example-${n}.result.json`, () => {
      const bundle = parseBundle(fixtureJson(`example-${n}.bundle.json`));

      expect(verifyDraw(bundle, fixtureJson(`example-${n}.result.json`))).toEqual({ ok: true });
    });
  }
});

/** Reads `name value` and `name = value` lines of example-1.trace.txt. */
const trace = (): Map<string, string> => {
  const values = new Map<string, string>();
  const lines = fixtureText('example-1.trace.txt').split('\n');
  lines.forEach((line, i) => {
    const sub = /^sub\((.+)\) = ([0-9a-f]{64})$/.exec(line);
    if (sub) {
      values.set(`sub:${sub[1]}`, sub[2]!);
      values.set(`words:${sub[1]}`, lines[i + 1]!.split(':')[1]!.trim());
      return;
    }
    const kv = /^(poolDigest|rosterDigest|paramsDigest|entropy|seed \(master\))\s+(\S+)$/.exec(
      line,
    );
    if (kv) values.set(kv[1]!, kv[2]!);
  });
  return values;
};

describe('example-1 trace', () => {
  const bundle = parseBundle(fixtureJson('example-1.bundle.json'));
  const t = trace();

  it('has the digests and seed of the trace', () => {
    expect(digests(bundle)).toEqual({
      poolDigest: t.get('poolDigest'),
      paramsDigest: t.get('paramsDigest'),
      rosterDigest: t.get('rosterDigest'),
      seed: t.get('seed (master)'),
    });
  });

  it('has the canonical text lines of the trace', () => {
    const texts = canonicalTexts(bundle);
    const traced = fixtureText('example-1.trace.txt');
    const poolHead = traced
      .split('## pool text: first 3 lines (of 60)\n')[1]!
      .split('\n')
      .slice(0, 3);
    const rosterHead = traced
      .split('## roster text: first 3 lines (of 8)\n')[1]!
      .split('\n')
      .slice(0, 3);
    const params = traced.split('## params text\n')[1]!.split('paramsDigest')[0];

    expect(texts.poolText.split('\n').slice(0, 3)).toEqual(poolHead);
    expect(texts.poolText.split('\n')).toHaveLength(61);
    expect(texts.rosterText.split('\n').slice(0, 3)).toEqual(rosterHead);
    expect(texts.paramsText).toBe(params);
  });

  for (const label of ['stratum:risk:B', 'stratum:risk:D', 'assign']) {
    it(`has the sub-seed and first words of stream ${label}`, () => {
      const { seed } = digests(bundle);
      const s = stream(seed, label);
      const words = Array.from({ length: 6 }, () => s.next());

      expect(subSeed(seed, label)).toBe(t.get(`sub:${label}`));
      expect(s.subSeed).toBe(t.get(`sub:${label}`));
      expect(words.join(' ')).toBe(t.get(`words:${label}`));
    });
  }
});
