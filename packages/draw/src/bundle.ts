import { BundleError } from './errors';
import { rememberPoolOrder, sortPoolFindingRepeats } from './pool-order';

export const SPEC = 'dr-draw/1';

export interface StratumParams {
  key: string;
  ratioBp: number;
  reserve: number;
}

export interface DrawParams {
  team: number;
  qualification: string;
  cap: number;
  crossUnit: boolean;
  strata: StratumParams[];
}

export interface PoolRecord {
  id: string;
  stratum: string;
  /** the supervising unit; empty when the target has none */
  unit: string;
}

export interface RosterMember {
  id: string;
  unit: string;
  leader: boolean;
  qualifications: string[];
  conflicts: string[];
}

/** The frozen inputs of one draw (spec §1). */
export interface DrawBundle {
  spec: typeof SPEC;
  drawId: string;
  params: DrawParams;
  pool: PoolRecord[];
  roster: RosterMember[];
  entropy: string;
}

// ASCII 0x21–0x7E except ',' (0x2C): commas join lists in the canonical texts.
const CODE = /^[\x21-\x2B\x2D-\x7E]{1,64}$/;
const ENTROPY = /^[\x20-\x7E]{1,256}$/;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const object = (v: unknown, field: string): Record<string, unknown> => {
  if (!isObject(v)) throw new BundleError('DRAW.BUNDLE_SHAPE', field, v, 'must be a JSON object');
  return v;
};

const array = (v: unknown, field: string): unknown[] => {
  if (!Array.isArray(v)) throw new BundleError('DRAW.BUNDLE_SHAPE', field, v, 'must be a list');
  return v;
};

const code = (v: unknown, field: string, allowEmpty = false): string => {
  if (typeof v === 'string' && (CODE.test(v) || (allowEmpty && v === ''))) return v;
  throw new BundleError(
    'DRAW.CODE_INVALID',
    field,
    v,
    `must be a code of 1 to 64 ASCII characters 0x21-0x7E without ','${allowEmpty ? ' (or empty)' : ''}`,
  );
};

const integer = (v: unknown, field: string, min: number, max: number): number => {
  if (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max) return v;
  throw new BundleError(
    'DRAW.NUMBER_OUT_OF_RANGE',
    field,
    v,
    `must be an integer from ${min} to ${max}`,
  );
};

const boolean = (v: unknown, field: string): boolean => {
  if (typeof v === 'boolean') return v;
  throw new BundleError('DRAW.BUNDLE_SHAPE', field, v, 'must be true or false');
};

const codes = (v: unknown, field: string): string[] =>
  array(v, field).map((entry, i) => code(entry, `${field}[${i}]`));

export interface ParseBundleOptions {
  /**
   * The caller hands the input over and keeps no other hold on it (the CLI, which has just
   * parsed it from a file): pool records that hold exactly `id`, `stratum` and `unit` are
   * kept as they are rather than copied. Copying a million records cost the CLI about 75 ms.
   */
  handedOver?: boolean;
}

/**
 * Validates a bundle against spec §1 and returns a fresh copy holding only the fields
 * the draw reads (a handed-over input's pool records may be kept, see ParseBundleOptions).
 * Every refusal happens here, before any randomness is touched.
 */
export const parseBundle = (input: unknown, options: ParseBundleOptions = {}): DrawBundle => {
  const keep = options.handedOver === true;
  const b = object(input, 'bundle');
  if (b.spec !== SPEC) {
    throw new BundleError('DRAW.SPEC_UNSUPPORTED', 'spec', b.spec, `must be "${SPEC}"`);
  }
  const drawId = code(b.drawId, 'drawId');
  const p = object(b.params, 'params');
  const team = integer(p.team, 'params.team', 1, Number.MAX_SAFE_INTEGER);
  const qualification = code(p.qualification, 'params.qualification');
  const cap = integer(p.cap, 'params.cap', 0, Number.MAX_SAFE_INTEGER);
  const crossUnit = boolean(p.crossUnit, 'params.crossUnit');
  const strataKeys = new Set<string>();
  const strata = array(p.strata, 'params.strata').map((raw, i): StratumParams => {
    const field = `params.strata[${i}]`;
    const s = object(raw, field);
    const key = code(s.key, `${field}.key`);
    if (strataKeys.has(key)) {
      throw new BundleError('DRAW.DUPLICATE_STRATUM', `${field}.key`, key, 'duplicate stratum key');
    }
    strataKeys.add(key);
    return {
      key,
      ratioBp: integer(s.ratioBp, `${field}.ratioBp`, 0, 10_000),
      reserve: integer(s.reserve, `${field}.reserve`, 0, Number.MAX_SAFE_INTEGER),
    };
  });

  // A million records share a handful of strata and units: check each value once.
  const units = new Set<string>(['']);
  const rawPool = array(b.pool, 'pool');
  const pool: PoolRecord[] = new Array(rawPool.length);
  for (let i = 0; i < rawPool.length; i++) {
    // Field paths are built only on refusal: a million template strings cost a second.
    const raw = rawPool[i];
    const r = isObject(raw) ? raw : object(raw, `pool[${i}]`);
    const id = typeof r.id === 'string' && CODE.test(r.id) ? r.id : code(r.id, `pool[${i}].id`);
    const stratum = r.stratum as string;
    if (!strataKeys.has(stratum)) {
      code(stratum, `pool[${i}].stratum`);
      throw new BundleError(
        'DRAW.UNKNOWN_STRATUM',
        `pool[${i}].stratum`,
        stratum,
        'is not among params.strata',
      );
    }
    let unit = r.unit as string;
    if (!units.has(unit)) {
      unit = code(unit, `pool[${i}].unit`, true);
      units.add(unit);
    }
    // a record with exactly the three fields, all valid, is what a copy would be
    pool[i] =
      keep && Object.keys(r).length === 3 ? (r as unknown as PoolRecord) : { id, stratum, unit };
  }

  // Duplicates sit next to each other once sorted; a Set of a million fresh strings
  // costs several times the sort. Equal ids stay in input order, so the refusal names
  // the earliest repeated record, as a first-to-last scan would.
  const { order, repeated } = sortPoolFindingRepeats(pool.map((r) => r.id));
  if (repeated >= 0) {
    const id = pool[repeated]!.id;
    throw new BundleError(
      'DRAW.DUPLICATE_POOL_ID',
      `pool[${repeated}].id`,
      id,
      'duplicate id in pool',
    );
  }
  rememberPoolOrder(pool, order);

  const rosterIds = new Set<string>();
  const roster = array(b.roster, 'roster').map((raw, i): RosterMember => {
    const field = `roster[${i}]`;
    const m = object(raw, field);
    const id = code(m.id, `${field}.id`);
    if (rosterIds.has(id)) {
      throw new BundleError(
        'DRAW.DUPLICATE_ROSTER_ID',
        `${field}.id`,
        id,
        'duplicate id in roster',
      );
    }
    rosterIds.add(id);
    return {
      id,
      unit: code(m.unit, `${field}.unit`, true),
      leader: boolean(m.leader, `${field}.leader`),
      qualifications: codes(m.qualifications, `${field}.qualifications`),
      conflicts: codes(m.conflicts, `${field}.conflicts`),
    };
  });

  if (typeof b.entropy !== 'string' || !ENTROPY.test(b.entropy)) {
    throw new BundleError(
      'DRAW.ENTROPY_INVALID',
      'entropy',
      b.entropy,
      'must be 1 to 256 ASCII characters 0x20-0x7E',
    );
  }
  return {
    spec: SPEC,
    drawId,
    params: { team, qualification, cap, crossUnit, strata },
    pool,
    roster,
    entropy: b.entropy,
  };
};
