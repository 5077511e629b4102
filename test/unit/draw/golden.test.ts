import { canonicalTexts, type DrawBundle, digests, runDraw, stream } from '@double-random/draw';
import { describe, expect, it } from 'vitest';

/**
 * A three-target draw worked out by hand from spec §2–§5. The digests and RC4 words
 * below were computed outside this engine (Python hashlib and a textbook RC4 with the
 * first 256 bytes dropped), so this test does not trust the code it checks.
 */
const bundle: DrawBundle = {
  spec: 'dr-draw/1',
  drawId: 'G-1',
  params: {
    team: 2,
    qualification: 'Q',
    cap: 0,
    crossUnit: true,
    strata: [{ key: 's', ratioBp: 5000, reserve: 1 }],
  },
  pool: [
    { id: 'C-3', stratum: 's', unit: 'U1' },
    { id: 'A-1', stratum: 's', unit: 'U1' },
    { id: 'B-2', stratum: 's', unit: 'U2' },
  ],
  roster: [
    { id: 'P2', unit: 'U2', leader: false, qualifications: ['Q'], conflicts: [] },
    { id: 'P1', unit: 'U1', leader: true, qualifications: ['Q'], conflicts: ['B-2'] },
    { id: 'P3', unit: 'U3', leader: false, qualifications: ['Q'], conflicts: [] },
  ],
  entropy: 'golden:1',
};

describe('hand-derived three-target draw', () => {
  it('has the canonical texts of spec §2', () => {
    expect(canonicalTexts(bundle)).toEqual({
      poolText: 'A-1\ts\tU1\nB-2\ts\tU2\nC-3\ts\tU1\n',
      rosterText: 'P1\tU1\t1\tQ\tB-2\nP2\tU2\t0\tQ\t\nP3\tU3\t0\tQ\t\n',
      paramsText:
        'spec=dr-draw/1\ndrawId=G-1\nteam=2\nqualification=Q\ncap=0\ncrossUnit=1\nstratum=s\t5000\t1\n',
    });
  });

  it('has the digests and seed computed with hashlib', () => {
    expect(digests(bundle)).toEqual({
      poolDigest: 'd04ac4898f790b2bb6f5fa043d5abac8561b87508433bdc48c444d2aabc03790',
      paramsDigest: 'c9627df7f2356798458bd82349c9ce9ca3026eee4655dd1cd53737d4c086bda2',
      rosterDigest: '3994f8a1b1e5cbb752c379ee4786664c73e585edd100ea657134248133a3c099',
      seed: 'd0434fc28e4871273adb0c6af365e03b4e40201dc4549be978fbc2278a2eb8ca',
    });
  });

  it('has the sub-seeds and RC4 words computed outside the engine', () => {
    const { seed } = digests(bundle);
    const target = stream(seed, 'stratum:s');
    const assign = stream(seed, 'assign');

    expect(target.subSeed).toBe('e92a2ec3913e733a13fe2f10be867dc7900dbc5ca720e159bb2a31a784ed3647');
    expect([target.next(), target.next(), target.next()]).toEqual([
      3424177119, 2143633929, 646721659,
    ]);
    expect(assign.subSeed).toBe('5992e9a505628f3638896cd2eceecf3fd9ae16a3f5d3f83859b64cca5cd7cb09');
    expect([assign.next(), assign.next(), assign.next(), assign.next(), assign.next()]).toEqual([
      3635701425, 461551443, 344426209, 3924322639, 1093933725,
    ]);
  });

  it('draws the targets and teams worked out by hand', () => {
    // Targets: L = [A-1, B-2, C-3], N = 3, n = (3*5000 + 9999) div 10000 = 2, r = 1.
    //   i=0: word 3424177119 mod 3 = 0, swap L[0],L[0] -> [A-1, B-2, C-3]
    //   i=1: word 2143633929 mod 2 = 1, swap L[1],L[2] -> [A-1, C-3, B-2]
    //   i=2: word  646721659 mod 1 = 0 (one word consumed although n = 1)
    //   selected [A-1, C-3], reserve [B-2].
    // Teams (all loads 0; P1 is of unit U1 and conflicts with B-2):
    //   A-1 (U1): eligible P2,P3 at load 0; 3635701425 mod 2 = 1 -> P3;
    //             then only P2; 461551443 mod 1 = 0 -> P2. Neither leads: leader P3.
    //   C-3 (U1): P2,P3 at load 1; 344426209 mod 2 = 1 -> P3; then P2 (3924322639 mod 1).
    //   B-2 (U2): P1 conflicts, P2 same unit; only P3 (1093933725 mod 1); unfilled.
    const result = runDraw(bundle);

    expect(result.strata).toEqual([
      { key: 's', population: 3, size: 2, selected: ['A-1', 'C-3'], reserve: ['B-2'] },
    ]);
    expect(result.assignments).toEqual([
      { target: 'A-1', members: ['P3', 'P2'], leader: 'P3', status: 'filled' },
      { target: 'C-3', members: ['P3', 'P2'], leader: 'P3', status: 'filled' },
    ]);
    expect(result.reserveAssignments).toEqual([
      { target: 'B-2', members: ['P3'], leader: 'P3', status: 'unfilled' },
    ]);
  });

  it('publishes a null leader and an unfilled status for a team nobody can serve', () => {
    const nobody = { ...bundle, roster: [] };

    const result = runDraw(nobody);

    expect(result.assignments[0]).toEqual({
      target: result.strata[0]!.selected[0],
      members: [],
      leader: null,
      status: 'unfilled',
    });
  });
});
