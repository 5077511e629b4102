import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  checkEntropy,
  drandRandomness,
  EntropyError,
  parseBundle,
  runDraw,
  verifyQuicknet,
  witnessCommitment,
  witnessEntropy,
} from '@double-random/draw';
import { describe, expect, it } from 'vitest';

/** drand's public vector of quicknet (spec §7.1). */
const ROUND = 657413;
const SIGNATURE =
  'b713718a38ae728dfd477991af2822e08d2f305e47718cef9f7848ce4050e7be41076862b98fad56e91a6b85b89cd97b';
const RANDOMNESS = 'fc1873a13f3545aeade8401532ef5519920652eee6b0d2b19ca12643b87b3587';

const codeOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof EntropyError) return e.code;
    throw e;
  }
  return 'accepted';
};

describe('drand quicknet signatures (spec §7.1)', () => {
  it('verifies the public vector under the pinned key, and its randomness is SHA-256(signature)', () => {
    expect(() => verifyQuicknet(ROUND, SIGNATURE)).not.toThrow();
    expect(drandRandomness(SIGNATURE)).toBe(RANDOMNESS);
    const check = checkEntropy(`drand:quicknet:${ROUND}:${SIGNATURE}`);
    expect(check.source).toBe('drand');
    expect(check.summary).toContain(RANDOMNESS);
  });

  it("refuses another round's signature", () => {
    expect(codeOf(() => checkEntropy(`drand:quicknet:${ROUND + 1}:${SIGNATURE}`))).toBe(
      'ENTROPY.DRAND_SIGNATURE_INVALID',
    );
  });

  it('refuses a bare randomness value, in either case', () => {
    expect(codeOf(() => checkEntropy(`drand:quicknet:${ROUND}:${RANDOMNESS}`))).toBe(
      'ENTROPY.DRAND_RANDOMNESS_NOT_SIGNATURE',
    );
    expect(codeOf(() => checkEntropy(`drand:quicknet:${ROUND}:${'a'.repeat(64)}`))).toBe(
      'ENTROPY.DRAND_RANDOMNESS_NOT_SIGNATURE',
    );
  });

  it('refuses a malformed point, a wrong length and upper case', () => {
    expect(codeOf(() => checkEntropy(`drand:quicknet:${ROUND}:${'a'.repeat(96)}`))).toBe(
      'ENTROPY.DRAND_POINT_INVALID',
    );
    expect(codeOf(() => checkEntropy(`drand:quicknet:${ROUND}:${SIGNATURE}00`))).toBe(
      'ENTROPY.DRAND_FORMAT',
    );
    expect(codeOf(() => checkEntropy(`drand:quicknet:${ROUND}:${SIGNATURE.toUpperCase()}`))).toBe(
      'ENTROPY.DRAND_FORMAT',
    );
    expect(codeOf(() => checkEntropy(`drand:quicknet:0:${SIGNATURE}`))).toBe(
      'ENTROPY.DRAND_FORMAT',
    );
    expect(codeOf(() => checkEntropy(`drand:mainnet:${ROUND}:${SIGNATURE}`))).toBe(
      'ENTROPY.DRAND_FORMAT',
    );
  });

  it('refuses a signature with one flipped bit, and names the rule', () => {
    const flipped = `${SIGNATURE.slice(0, 95)}${SIGNATURE.endsWith('b') ? 'a' : 'b'}`;
    let error: EntropyError | undefined;
    try {
      verifyQuicknet(ROUND, flipped);
    } catch (e) {
      error = e as EntropyError;
    }
    expect(error?.code).toMatch(/^ENTROPY\.DRAND_(SIGNATURE|POINT)_INVALID$/);
    expect(error?.details.rule).toContain('pinned key');
  });
});

const SECRETS = {
  SCJG: '1111111111111111111111111111111111111111111111111111111111111111',
  JJJC: '2222222222222222222222222222222222222222222222222222222222222222',
  NOTARY: '3333333333333333333333333333333333333333333333333333333333333333',
};
const witnesses = (Object.keys(SECRETS) as (keyof typeof SECRETS)[]).map((id) => ({
  id,
  commitment: witnessCommitment(SECRETS[id]),
  reveal: SECRETS[id],
}));

describe('witnessed commit–reveal entropy', () => {
  it('is SHA-256 of dr-witness/1 and the reveals in committed order', () => {
    const entropy = witnessEntropy(witnesses);
    expect(entropy).toMatch(/^witness:[0-9a-f]{64}$/);
    // the commitment is what `printf %s <secret> | sha256sum` prints; the entropy, what
    // sha256sum prints of the documented text
    expect(witnessCommitment(SECRETS.SCJG)).toBe(
      createHash('sha256').update(SECRETS.SCJG, 'ascii').digest('hex'),
    );
    const text = `dr-witness/1\nSCJG\t${SECRETS.SCJG}\nJJJC\t${SECRETS.JJJC}\nNOTARY\t${SECRETS.NOTARY}\n`;
    expect(entropy).toBe(`witness:${createHash('sha256').update(text, 'ascii').digest('hex')}`);
    expect(checkEntropy(entropy, witnesses).source).toBe('witness');
    // another order is another entropy: the order is the commitment's, not the arrival's
    expect(witnessEntropy([...witnesses].reverse())).not.toBe(entropy);
  });

  it('refuses a reveal that does not match its commitment, missing reveals and a wrong hash', () => {
    const entropy = witnessEntropy(witnesses);
    const forged = witnesses.map((w, i) => (i === 1 ? { ...w, reveal: SECRETS.NOTARY } : w));
    expect(codeOf(() => checkEntropy(entropy, forged))).toBe('ENTROPY.WITNESS_REVEAL_MISMATCH');
    expect(codeOf(() => checkEntropy(entropy, undefined))).toBe('ENTROPY.WITNESS_REVEALS_MISSING');
    expect(codeOf(() => checkEntropy(entropy, witnesses.slice(0, 1)))).toBe(
      'ENTROPY.WITNESS_REVEALS_MISSING',
    );
    expect(codeOf(() => checkEntropy(`witness:${'0'.repeat(64)}`, witnesses))).toBe(
      'ENTROPY.WITNESS_ENTROPY_MISMATCH',
    );
  });

  it('takes other sources as opaque', () => {
    expect(checkEntropy('ceremony:2026-03-03:31415926').source).toBe('opaque');
  });
});

/** The CLI is spawned only a few times: each spawn costs about half a second. */
const cli = (...args: string[]) => {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'packages/draw/src/cli.ts', ...args],
    { encoding: 'utf8', cwd: new URL('../../../', import.meta.url) },
  );
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};

const bundle = (entropy: string, extra: object = {}) => ({
  spec: 'dr-draw/1',
  drawId: 'E-1',
  params: {
    team: 1,
    qualification: 'Q',
    cap: 0,
    crossUnit: false,
    strata: [{ key: 'all', ratioBp: 5000, reserve: 0 }],
  },
  pool: [
    { id: 'T1', stratum: 'all', unit: '' },
    { id: 'T2', stratum: 'all', unit: '' },
  ],
  roster: [{ id: 'P1', unit: '', leader: true, qualifications: ['Q'], conflicts: [] }],
  entropy,
  ...extra,
});

describe('dr-draw CLI checks the entropy offline', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dr-entropy-'));
  const write = (name: string, value: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(value));
    return path;
  };

  it("refuses to run a bundle whose drand entropy is another round's signature (exit 2, rule named)", () => {
    const out = cli(
      'run',
      write('other-round.json', bundle(`drand:quicknet:${ROUND + 1}:${SIGNATURE}`)),
    );
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('ENTROPY.DRAND_SIGNATURE_INVALID');
  });

  it('reports as not verified a bundle whose result matches but whose drand entropy is a bare randomness', () => {
    const b = bundle(`drand:quicknet:${ROUND}:${RANDOMNESS}`);
    const result = runDraw(parseBundle(b));
    const out = cli('verify', write('bare.json', b), write('bare.result.json', result));
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('NOT verified');
    expect(out.stdout).toContain('ENTROPY.DRAND_RANDOMNESS_NOT_SIGNATURE');
  });

  it('verifies a witnessed bundle with its reveals, and refuses one whose reveal was swapped', () => {
    const entropy = witnessEntropy(witnesses);
    const b = bundle(entropy, { witnesses });
    const result = runDraw(parseBundle(b));
    const ok = cli('verify', write('w.json', b), write('w.result.json', result));
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('witnessed commit–reveal');
    const swapped = bundle(entropy, {
      witnesses: witnesses.map((w, i) => (i === 0 ? { ...w, reveal: SECRETS.JJJC } : w)),
    });
    const bad = cli('run', write('w-bad.json', swapped));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('ENTROPY.WITNESS_REVEAL_MISMATCH');
  });
});

const python = (...args: string[]) => {
  const run = spawnSync('python3', ['packages/draw/python/verify_draw.py', ...args], {
    encoding: 'utf8',
    cwd: new URL('../../../', import.meta.url),
  });
  return { code: run.status, stdout: run.stdout };
};

describe('the Python verifier checks what the standard library can of the entropy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dr-entropy-py-'));
  const write = (name: string, value: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(value));
    return path;
  };

  it('recomputes a witness entropy from the reveals, and refuses a swapped reveal', () => {
    const b = bundle(witnessEntropy(witnesses), { witnesses });
    const result = write('w.result.json', runDraw(parseBundle(b)));
    const ok = python('verify', write('w.json', b), result);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('witness reveals match their commitments');
    const swapped = {
      ...b,
      witnesses: witnesses.map((w, i) => (i === 2 ? { ...w, reveal: SECRETS.SCJG } : w)),
    };
    const bad = python('verify', write('w-bad.json', swapped), result);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('NOT verified');
  });

  it('checks randomness = SHA-256(signature) and says it does not check the BLS signature', () => {
    const b = bundle(`drand:quicknet:${ROUND}:${SIGNATURE}`);
    const paths = [write('d.json', b), write('d.result.json', runDraw(parseBundle(b)))];
    const ok = python('verify', ...paths, '--randomness', RANDOMNESS);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('NOT checked here');
    expect(python('verify', ...paths, '--randomness', 'ab'.repeat(32)).code).toBe(1);
    const bare = bundle(`drand:quicknet:${ROUND}:${RANDOMNESS}`);
    const out = python(
      'verify',
      write('bare.json', bare),
      write('bare.result.json', runDraw(parseBundle(bare))),
    );
    expect([out.code, out.stdout.includes('is a randomness')]).toEqual([1, true]);
  });
});
