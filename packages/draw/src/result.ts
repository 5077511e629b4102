import { SPEC } from './bundle';
import { ResultError } from './errors';
import { type HashOptions, hasher, toHex } from './hash';

export interface StratumResult {
  key: string;
  population: number;
  /** number of selected targets, n of spec §4 */
  size: number;
  selected: string[];
  reserve: string[];
}

export type AssignmentStatus = 'filled' | 'unfilled';

export interface Assignment {
  target: string;
  members: string[];
  leader: string | null;
  status: AssignmentStatus;
}

/** The published outcome of a draw (spec §6), keys in the spec's order. */
export interface DrawResult {
  spec: typeof SPEC;
  drawId: string;
  poolDigest: string;
  paramsDigest: string;
  rosterDigest: string;
  seed: string;
  strata: StratumResult[];
  assignments: Assignment[];
  reserveAssignments: Assignment[];
  resultDigest: string;
}

const assignLine = (prefix: string, a: Assignment): string =>
  `${prefix}=${a.target}\t${a.leader ?? ''}\t${a.members.join(',')}\t${a.status}\n`;

/** The result text of spec §6, which `resultDigest` hashes. */
export const resultText = (result: Omit<DrawResult, 'resultDigest'>): string => {
  const parts: string[] = [];
  for (const s of result.strata) {
    parts.push(
      `stratum=${s.key}\t${s.population}\t${s.size}\t${s.reserve.length}\n`,
      `selected=${s.selected.join(',')}\n`,
      `reserve=${s.reserve.join(',')}\n`,
    );
  }
  for (const a of result.assignments) parts.push(assignLine('assign', a));
  for (const a of result.reserveAssignments) parts.push(assignLine('reserveAssign', a));
  return parts.join('');
};

/** The UTF-16 length of `list.join(',')`. */
const joinedLength = (list: readonly string[]): number => {
  let n = list.length > 0 ? list.length - 1 : 0;
  for (const s of list) n += s.length;
  return n;
};

const ASSIGN = 'assign=';
const RESERVE_ASSIGN = 'reserveAssign=';

const assignLength = (prefix: string, a: Assignment): number =>
  prefix.length +
  a.target.length +
  (a.leader?.length ?? 0) +
  joinedLength(a.members) +
  a.status.length +
  4;

/**
 * `asciiBytes(resultText(result))`, written straight into one buffer: one byte per UTF-16
 * unit, as asciiBytes. Building the text of 100,000 assignments as a string and then copying
 * it took about a tenth of a second, three times as long as this.
 */
export const resultBytes = (result: Omit<DrawResult, 'resultDigest'>): Uint8Array => {
  const heads = result.strata.map(
    (s) => `stratum=${s.key}\t${s.population}\t${s.size}\t${s.reserve.length}\nselected=`,
  );
  let length = 0;
  result.strata.forEach((s, i) => {
    // the head, the selected ids, "\nreserve=", the reserve ids, "\n"
    length += heads[i]!.length + joinedLength(s.selected) + 9 + joinedLength(s.reserve) + 1;
  });
  for (const a of result.assignments) length += assignLength(ASSIGN, a);
  for (const a of result.reserveAssignments) length += assignLength(RESERVE_ASSIGN, a);

  const out = new Uint8Array(length);
  let at = 0;
  const text = (t: string): void => {
    for (let c = 0; c < t.length; c++) out[at++] = t.charCodeAt(c);
  };
  const list = (l: readonly string[]): void => {
    for (let i = 0; i < l.length; i++) {
      if (i > 0) out[at++] = 0x2c;
      text(l[i]!);
    }
  };
  const assignment = (prefix: string, a: Assignment): void => {
    text(prefix);
    text(a.target);
    out[at++] = 0x09;
    if (a.leader !== null) text(a.leader);
    out[at++] = 0x09;
    list(a.members);
    out[at++] = 0x09;
    text(a.status);
    out[at++] = 0x0a;
  };
  result.strata.forEach((s, i) => {
    text(heads[i]!);
    list(s.selected);
    text('\nreserve=');
    list(s.reserve);
    out[at++] = 0x0a;
  });
  for (const a of result.assignments) assignment(ASSIGN, a);
  for (const a of result.reserveAssignments) assignment(RESERVE_ASSIGN, a);
  return out;
};

export const resultDigest = (
  result: Omit<DrawResult, 'resultDigest'>,
  options?: HashOptions,
): string => toHex(hasher(options)(resultBytes(result)));

const HEX64 = /^[0-9a-f]{64}$/;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const exactKeys = (v: unknown, field: string, keys: readonly string[]): Record<string, unknown> => {
  if (!isObject(v)) throw new ResultError(field, v, 'must be a JSON object');
  for (const k of Object.keys(v)) {
    if (!keys.includes(k)) throw new ResultError(`${field}.${k}`, v[k], 'is not a result field');
  }
  for (const k of keys) {
    if (!(k in v)) throw new ResultError(`${field}.${k}`, undefined, 'is missing');
  }
  return v;
};

const str = (v: unknown, field: string): string => {
  if (typeof v !== 'string') throw new ResultError(field, v, 'must be a string');
  return v;
};

const hex = (v: unknown, field: string): string => {
  if (typeof v !== 'string' || !HEX64.test(v)) {
    throw new ResultError(field, v, 'must be 64 lowercase hexadecimal characters');
  }
  return v;
};

const count = (v: unknown, field: string): number => {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
    throw new ResultError(field, v, 'must be a whole number');
  }
  return v;
};

const strings = (v: unknown, field: string): string[] => {
  if (!Array.isArray(v)) throw new ResultError(field, v, 'must be a list');
  return v.map((s, i) => str(s, `${field}[${i}]`));
};

const list = <T>(v: unknown, field: string, item: (x: unknown, f: string) => T): T[] => {
  if (!Array.isArray(v)) throw new ResultError(field, v, 'must be a list');
  return v.map((x, i) => item(x, `${field}[${i}]`));
};

const ASSIGNMENT_KEYS = ['target', 'members', 'leader', 'status'] as const;
const STRATUM_KEYS = ['key', 'population', 'size', 'selected', 'reserve'] as const;
export const RESULT_KEYS = [
  'spec',
  'drawId',
  'poolDigest',
  'paramsDigest',
  'rosterDigest',
  'seed',
  'strata',
  'assignments',
  'reserveAssignments',
  'resultDigest',
] as const;

const assignment = (v: unknown, field: string): Assignment => {
  const a = exactKeys(v, field, ASSIGNMENT_KEYS);
  if (a.leader !== null && typeof a.leader !== 'string') {
    throw new ResultError(`${field}.leader`, a.leader, 'must be a member id or null');
  }
  if (a.status !== 'filled' && a.status !== 'unfilled') {
    throw new ResultError(`${field}.status`, a.status, 'must be "filled" or "unfilled"');
  }
  return {
    target: str(a.target, `${field}.target`),
    members: strings(a.members, `${field}.members`),
    leader: a.leader,
    status: a.status,
  };
};

/** Checks that a claimed result has the shape of spec §6 (not that it is right). */
export const parseResult = (input: unknown): DrawResult => {
  const r = exactKeys(input, 'result', RESULT_KEYS);
  if (r.spec !== SPEC) throw new ResultError('result.spec', r.spec, `must be "${SPEC}"`);
  return {
    spec: SPEC,
    drawId: str(r.drawId, 'result.drawId'),
    poolDigest: hex(r.poolDigest, 'result.poolDigest'),
    paramsDigest: hex(r.paramsDigest, 'result.paramsDigest'),
    rosterDigest: hex(r.rosterDigest, 'result.rosterDigest'),
    seed: hex(r.seed, 'result.seed'),
    strata: list(r.strata, 'result.strata', (v, f) => {
      const s = exactKeys(v, f, STRATUM_KEYS);
      return {
        key: str(s.key, `${f}.key`),
        population: count(s.population, `${f}.population`),
        size: count(s.size, `${f}.size`),
        selected: strings(s.selected, `${f}.selected`),
        reserve: strings(s.reserve, `${f}.reserve`),
      };
    }),
    assignments: list(r.assignments, 'result.assignments', assignment),
    reserveAssignments: list(r.reserveAssignments, 'result.reserveAssignments', assignment),
    resultDigest: hex(r.resultDigest, 'result.resultDigest'),
  };
};
