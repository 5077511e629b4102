/**
 * A small seeded generator (sfc32 seeded through xmur3), so the demo district is the same
 * on every run and on every machine: the loader never calls Math.random.
 */
const xmur3 = (text: string) => {
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return h >>> 0;
  };
};

export interface Random {
  /** uniform in [0, 1) */
  next(): number;
  /** uniform integer in [0, n) */
  int(n: number): number;
  pick<T>(list: readonly T[]): T;
  /** picks by weight: `weighted([['A', 40], ['B', 35]])` */
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
  /** a string of `length` decimal digits */
  digits(length: number): string;
}

export const seeded = (seed: string): Random => {
  const s = xmur3(seed);
  let a = s();
  let b = s();
  let c = s();
  let d = s();
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: (list) => {
      if (list.length === 0) throw new RangeError('pick from an empty list');
      return list[int(list.length)]!;
    },
    weighted: (choices) => {
      const total = choices.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [value, w] of choices) {
        r -= w;
        if (r < 0) return value;
      }
      return choices[choices.length - 1]![0];
    },
    digits: (length) => Array.from({ length }, () => String(int(10))).join(''),
  };
};
