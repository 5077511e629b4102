import {
  type Actor,
  assertCanWriteDepartment,
  type BulkAccess,
  type ChangeContext,
  type Clock,
  type DepartmentCode,
  DomainError,
  type Inspector,
  InspectorCreateInputSchema,
  newInspector,
  newTarget,
  type Target,
  TargetUpdateInputSchema,
  toValidationError,
  updateInspector,
  updateTarget,
  ValidationError,
  validateTargetRow,
  zodFieldErrors,
} from '@double-random/domain';
import {
  type ColumnSpec,
  columnIndex,
  INSPECTOR_COLUMNS,
  rowToInput,
  TARGET_COLUMNS,
} from './columns';
import type { SourceRow, TextEncodingName } from './decode';

/** One refused cell or row, numbered as the file numbers its rows. */
export interface RowError {
  row: number;
  field: string;
  rule: string;
  code: string;
  value?: unknown;
}

export interface ImportReport {
  encoding: TextEncodingName;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  invalid: number;
  errors: RowError[];
  /** errors left out of `errors` to keep the response small */
  errorsCut: number;
  /** headers no field answers to (a misspelt header shows here, not as a silent gap) */
  ignoredColumns: string[];
}

export const MAX_IMPORT_ROWS = 100_000;
export const MAX_REPORTED_ERRORS = 1000;
const READ_CHUNK = 5000;
/** Rounds of compare-and-write for rows that race an edit before they are reported. */
const CONCURRENT_ROUNDS = 5;
const WHY = 'bulk import';

interface Plan<T> {
  key: string;
  row: number;
  /** the entity as a new entry, and the patch to apply to an existing one */
  create: (ctx: ChangeContext) => T;
  patch: Record<string, unknown>;
}

interface Kind<T extends { status: string }> {
  columns: readonly ColumnSpec[];
  /** validated row → key and what to write, or the row's errors */
  plan(
    input: Record<string, unknown>,
    row: number,
    department: DepartmentCode,
  ): Plan<T> | RowError[];
  /** fields a row may not change on a stored entry */
  fixed(current: T, patch: Record<string, unknown>): string | undefined;
  update(current: T, patch: Record<string, unknown>, ctx: ChangeContext): T;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const TARGET_PATCH = ['name', 'town', 'industry', 'riskClass', 'unit'] as const;
const INSPECTOR_PATCH = [
  'unit',
  'name',
  'category',
  'certificateNo',
  'certificateExpiry',
  'qualifications',
  'expertise',
  'mayLead',
  'idNumber',
  'phone',
] as const;

const pick = (value: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (value[k] !== undefined) out[k] = value[k];
  return out;
};

/**
 * A row that names a stored target (by id or credit code) and carries only some of its
 * columns, as the exports do (检查对象编号, 检查对象名称, 统一社会信用代码): the columns it has
 * are a change, the others stay. Undefined when a column it has is itself invalid, so the
 * row is refused as usual; a row for a target not stored is refused with the missing fields.
 */
const partialTargetRow = (
  input: Record<string, unknown>,
  errors: readonly { field: string }[],
): { key: string; patch: Record<string, unknown> } | undefined => {
  const key = typeof input.id === 'string' ? input.id : input.uscc;
  if (typeof key !== 'string' || key === '') return undefined;
  if (!errors.every((e) => input[e.field] === undefined)) return undefined;
  const patch = TargetUpdateInputSchema.safeParse(pick(input, TARGET_PATCH));
  if (!patch.success || Object.keys(patch.data).length === 0) return undefined;
  return {
    key,
    patch: { ...patch.data, ...(typeof input.uscc === 'string' ? { uscc: input.uscc } : {}) },
  };
};

const targets: Kind<Target> = {
  columns: TARGET_COLUMNS,
  plan(input, row, department) {
    const r = validateTargetRow(input);
    if (!r.ok) {
      const partial = partialTargetRow(input, r.errors);
      if (!partial) return r.errors.map((e) => ({ row, ...fieldOf(e) }));
      // an export, edited: enough to change a stored target, not to create one
      return {
        key: partial.key,
        row,
        create: () => {
          throw toValidationError(r.errors);
        },
        patch: partial.patch,
      };
    }
    const key = r.value.id ?? r.value.uscc!;
    return {
      key,
      row,
      create: (ctx) => newTarget({ ...r.value, department }, ctx).target,
      // only the columns the file has: a missing column leaves the stored value alone
      patch: {
        ...pick(r.value, Object.keys(pick(input, TARGET_PATCH))),
        kind: r.value.kind,
        uscc: r.value.uscc,
      },
    };
  },
  fixed: (current, patch) =>
    'kind' in patch && current.kind !== patch.kind
      ? 'kind'
      : 'uscc' in patch && (current.uscc ?? undefined) !== patch.uscc
        ? 'uscc'
        : undefined,
  update: (current, patch, ctx) =>
    updateTarget(current, pick(patch, TARGET_PATCH), ctx, WHY).target,
};

const inspectors: Kind<Inspector> = {
  columns: INSPECTOR_COLUMNS,
  plan(input, row, department) {
    const r = InspectorCreateInputSchema.safeParse(input);
    if (!r.success)
      return zodFieldErrors(r.error, input, 'INSPECTOR').map((e) => ({ row, ...fieldOf(e) }));
    const given = pick(input, INSPECTOR_PATCH);
    return {
      key: r.data.id,
      row,
      create: (ctx) => newInspector({ ...r.data, department }, ctx).inspector,
      // only the columns the file has: a missing column leaves the stored value alone
      patch: pick(r.data, Object.keys(given)),
    };
  },
  fixed: () => undefined,
  update: (current, patch, ctx) => updateInspector(current, patch, ctx, WHY).inspector,
};

const fieldOf = (e: { field: string; rule: string; code: string; value?: unknown }) => ({
  field: e.field,
  rule: e.rule,
  code: e.code,
  ...(e.value !== undefined ? { value: e.value } : {}),
});

/** How much of a refused value the report repeats: enough to find it, never the file back. */
export const ECHO_LIMIT = 200;

const clip = (text: string): string =>
  [...text].length > ECHO_LIMIT ? `${[...text].slice(0, ECHO_LIMIT).join('')}…` : text;

/** A refused row's value, cut to ECHO_LIMIT characters (a 50 MB cell must not come back). */
const clipValue = (e: RowError): RowError => {
  if (e.value === undefined) return e;
  if (typeof e.value === 'string') return { ...e, value: clip(e.value) };
  if (typeof e.value === 'number' || typeof e.value === 'boolean' || e.value === null) return e;
  const json = JSON.stringify(e.value) ?? '';
  return [...json].length > ECHO_LIMIT ? { ...e, value: clip(json) } : e;
};

const changes = (
  current: Record<string, unknown>,
  patch: Record<string, unknown>,
  keys: readonly string[],
) => keys.some((k) => patch[k] !== undefined && !same(current[k], patch[k]));

interface Command {
  actor: Actor;
  department: DepartmentCode;
  encoding: TextEncodingName;
  rows: readonly SourceRow[];
}

/**
 * The main course of a bulk import:
 * 1. map each row's headers and words to an API body and validate it like a single create;
 * 2. read the stored entries of all valid rows in batches;
 * 3. new rows become entries, rows that differ become updates with a history entry, equal
 *    rows are left alone (re-importing a file writes nothing);
 * 4. write the new and changed entries, each only over the version it was compared with: a
 *    row that lost to a concurrent edit is compared again with the stored entry and written
 *    on top of it, or reported by row number (`IMPORT.CONCURRENT_EDIT`); no edit is lost.
 */
const runImport = async <T extends { status: string; department: string; version: number }>(
  kind: Kind<T>,
  patchKeys: readonly string[],
  repo: BulkAccess<T>,
  clock: Clock,
  cmd: Command,
): Promise<ImportReport> => {
  assertCanWriteDepartment(cmd.actor, cmd.department);
  if (cmd.rows.length > MAX_IMPORT_ROWS)
    throw new ValidationError(
      'IMPORT.TOO_MANY_ROWS',
      `at most ${MAX_IMPORT_ROWS} rows per request; split the file and pass rowOffset`,
      {
        field: 'body',
        rule: `at most ${MAX_IMPORT_ROWS} rows per request`,
        value: cmd.rows.length,
      },
    );
  const ctx: ChangeContext = { actor: cmd.actor.sub, now: clock.now() };
  const index = columnIndex(kind.columns);
  const ignoredColumns = new Set<string>();
  for (const source of cmd.rows.slice(0, 100))
    for (const header of Object.keys(source.cells))
      if (!index.has(header.trim().toLowerCase())) ignoredColumns.add(header);
  const errors: RowError[] = [];
  const invalidRows = new Set<number>();
  const refuse = (e: RowError[]) => {
    for (const x of e) invalidRows.add(x.row);
    errors.push(...e.map(clipValue));
  };

  const plans = new Map<string, Plan<T>>();
  for (const source of cmd.rows) {
    if (source.unreadable) {
      refuse([
        {
          row: source.row,
          field: '',
          rule: 'a row is an object of fields',
          code: 'IMPORT.ROW_NOT_OBJECT',
        },
      ]);
      continue;
    }
    const p = kind.plan(rowToInput(source.cells, index), source.row, cmd.department);
    if (Array.isArray(p)) {
      refuse(p);
      continue;
    }
    const earlier = plans.get(p.key);
    if (earlier) {
      refuse([
        {
          row: source.row,
          field: 'id',
          rule: `the same entry as row ${earlier.row}`,
          code: 'IMPORT.DUPLICATE_ROW',
          value: p.key,
        },
      ]);
      continue;
    }
    plans.set(p.key, p);
  }

  const keys = [...plans.keys()];
  const stored = new Map<string, T>();
  for (let i = 0; i < keys.length; i += READ_CHUNK) {
    const found = await repo.getMany(cmd.department, keys.slice(i, i + READ_CHUNK));
    for (const [k, v] of found) stored.set(k, v);
  }

  /** What a row does to the stored entry as it stands: create, update, nothing, or refuse. */
  type Decision = { write: T; kind: 'created' | 'updated' } | { kind: 'unchanged' | 'refused' };
  const decide = (p: Plan<T>, current: T | undefined): Decision => {
    try {
      if (!current) return { write: p.create(ctx), kind: 'created' };
      const fixed = kind.fixed(current, p.patch);
      if (fixed) {
        refuse([
          {
            row: p.row,
            field: fixed,
            rule: `${fixed} of a stored entry never changes`,
            code: 'IMPORT.FIXED_FIELD',
            value: p.patch[fixed],
          },
        ]);
        return { kind: 'refused' };
      }
      if (!changes(current as unknown as Record<string, unknown>, p.patch, patchKeys))
        return { kind: 'unchanged' };
      return { write: kind.update(current, p.patch, ctx), kind: 'updated' };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      refuse([
        {
          row: p.row,
          field: error.details.field ?? '',
          rule: error.details.rule ?? error.message,
          code: error.code,
          ...(error.details.value !== undefined ? { value: error.details.value } : {}),
        },
      ]);
      return { kind: 'refused' };
    }
  };

  const outcome = new Map<string, Decision['kind']>();
  let pending: { plan: Plan<T>; write: T }[] = [];
  for (const p of plans.values()) {
    const d = decide(p, stored.get(p.key));
    outcome.set(p.key, d.kind);
    if ('write' in d) pending.push({ plan: p, write: d.write });
  }
  /*
   * Each entry is written only over the version it was compared with. One that an edit
   * changed meanwhile is read again and compared again (the edit stands; the row applies on
   * top of it, or is equal now); after CONCURRENT_ROUNDS it is reported by row number.
   */
  for (let round = 0; pending.length > 0; round++) {
    const { stale } = await repo.putManyVersioned(pending.map((w) => w.write));
    if (stale.length === 0) break;
    const lost = new Set(stale.map((e) => (e as unknown as { id: string }).id));
    const again = pending.filter((w) => lost.has((w.write as unknown as { id: string }).id));
    if (round + 1 >= CONCURRENT_ROUNDS) {
      for (const w of again) {
        outcome.set(w.plan.key, 'refused');
        refuse([
          {
            row: w.plan.row,
            field: 'version',
            rule: 'the entry kept changing while it was imported; import the row again',
            code: 'IMPORT.CONCURRENT_EDIT',
            value: w.plan.key,
          },
        ]);
      }
      break;
    }
    const now = await repo.getMany(
      cmd.department,
      again.map((w) => w.plan.key),
    );
    pending = [];
    for (const w of again) {
      const d = decide(w.plan, now.get(w.plan.key));
      outcome.set(w.plan.key, d.kind);
      if ('write' in d) pending.push({ plan: w.plan, write: d.write });
    }
  }
  const counted = [...outcome.values()];
  const created = counted.filter((k) => k === 'created').length;
  const updated = counted.filter((k) => k === 'updated').length;
  const unchanged = counted.filter((k) => k === 'unchanged').length;

  errors.sort((a, b) => a.row - b.row);
  return {
    encoding: cmd.encoding,
    rows: cmd.rows.length,
    created,
    updated,
    unchanged,
    invalid: invalidRows.size,
    errors: errors.slice(0, MAX_REPORTED_ERRORS),
    errorsCut: Math.max(0, errors.length - MAX_REPORTED_ERRORS),
    ignoredColumns: [...ignoredColumns],
  };
};

export const importTargets = (deps: { targets: BulkAccess<Target>; clock: Clock }, cmd: Command) =>
  runImport(targets, TARGET_PATCH, deps.targets, deps.clock, cmd);

export const importInspectors = (
  deps: { inspectors: BulkAccess<Inspector>; clock: Clock },
  cmd: Command,
) => runImport(inspectors, INSPECTOR_PATCH, deps.inspectors, deps.clock, cmd);
