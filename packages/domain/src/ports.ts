import type { DepartmentCode, RiskClass, Status } from './codes';
import type { DistrictPlan } from './district';
import type { Inspector } from './inspector.schema';
import type { Item, ItemCategory } from './item.schema';
import type { Plan, PlanStatus } from './plan.schema';
import type { RiskClassCounts } from './ratio';
import type { Target, TargetKind, TargetScope } from './target.schema';

/**
 * The ports the domain's use cases need, implemented by `packages/store`.
 * Contract shared by every repository:
 * - `get` returns undefined when absent (never throws for absence);
 * - `create` writes once: an existing key is a ConflictError (`<ENTITY>.EXISTS`);
 * - `update(entity, expectedVersion)` writes only when the stored version equals
 *   `expectedVersion` (the entity carries `expectedVersion + 1`); otherwise, or when
 *   absent, a ConflictError (`<ENTITY>.STALE`);
 * - `list` pages in a stable order (by id / code), `limit` 1–1000, `cursor` opaque.
 */
export interface PageRequest {
  limit: number;
  cursor?: string;
}
export interface Page<T> {
  items: T[];
  /** present when more items follow */
  cursor?: string;
}

/**
 * Bulk access for imports (a directory of 100,000 rows). `getMany` reads by id in
 * batches; `putMany` writes new or changed entities as whole items in batches, without
 * the per-entity version condition `update` has (batch writes cannot carry conditions):
 * for seeding and loads that race no other writer. Imports, which race the API's edits,
 * use `putManyVersioned`: each entity is written only over the version it was derived from. The store's target and inspector repositories provide it; an
 * import use case asks for `TargetRepository & BulkAccess<Target>`.
 */
export interface BulkAccess<T> {
  /** the stored entities among `ids` (absent ids are not in the map) */
  getMany(department: DepartmentCode, ids: readonly string[]): Promise<Map<string, T>>;
  /** writes whole entities; `onProgress(done, total)` counts stored items */
  putMany(
    entities: readonly T[],
    options?: { onProgress?: (done: number, total: number) => void },
  ): Promise<{ written: number }>;
  /**
   * Writes each entity only over the version it was derived from (version 1: only when
   * absent; else only when the stored version is `version − 1`), as `update` does, several
   * in flight. An entity that lost to a concurrent edit is not written and comes back in
   * `stale`, to be compared again with what is stored now (imports, docs/consistency.md).
   */
  putManyVersioned(
    entities: readonly T[],
    options?: { onProgress?: (done: number, total: number) => void },
  ): Promise<{ written: number; stale: T[] }>;
}

export interface TargetFilter {
  status?: Status;
  kind?: TargetKind;
  town?: string;
  industry?: string;
  riskClass?: RiskClass;
  unit?: string;
}

/** What a freeze reads of a target to build the draw pool (spec §1): no names, no history. */
export type PoolTarget = Pick<
  Target,
  'id' | 'department' | 'status' | 'kind' | 'town' | 'industry' | 'riskClass' | 'unit'
>;

export interface TargetRepository {
  get(department: DepartmentCode, id: string): Promise<Target | undefined>;
  /** several at once (one batch read in the store); absent ids are not in the map */
  getMany?(department: DepartmentCode, ids: readonly string[]): Promise<Map<string, Target>>;
  create(target: Target): Promise<void>;
  update(target: Target, expectedVersion: number): Promise<void>;
  list(department: DepartmentCode, filter: TargetFilter, page: PageRequest): Promise<Page<Target>>;
  /**
   * Active targets of the department matching the scope (an empty list in the scope
   * matches anything), counted per risk class; classes with none are 0.
   */
  countByStratum(department: DepartmentCode, scope: TargetScope): Promise<RiskClassCounts>;
  /**
   * Every active target of the department, with only the fields of `PoolTarget`: the
   * freeze reads a whole directory (100,000 targets in a district) and needs no more.
   */
  listPool(department: DepartmentCode): Promise<PoolTarget[]>;
}

export interface InspectorFilter {
  status?: Status;
  unit?: string;
  qualification?: string;
}

export interface InspectorRepository {
  get(department: DepartmentCode, id: string): Promise<Inspector | undefined>;
  /** several at once (one batch read in the store); absent ids are not in the map */
  getMany?(department: DepartmentCode, ids: readonly string[]): Promise<Map<string, Inspector>>;
  create(inspector: Inspector): Promise<void>;
  update(inspector: Inspector, expectedVersion: number): Promise<void>;
  list(
    department: DepartmentCode,
    filter: InspectorFilter,
    page: PageRequest,
  ): Promise<Page<Inspector>>;
}

export interface ItemFilter {
  status?: Status;
  category?: ItemCategory;
}

export interface ItemRepository {
  get(department: DepartmentCode, code: string): Promise<Item | undefined>;
  create(item: Item): Promise<void>;
  update(item: Item, expectedVersion: number): Promise<void>;
  list(department: DepartmentCode, filter: ItemFilter, page: PageRequest): Promise<Page<Item>>;
}

export interface PlanFilter {
  status?: PlanStatus;
}

export interface PlanRepository {
  get(department: DepartmentCode, year: number): Promise<Plan | undefined>;
  create(plan: Plan): Promise<void>;
  update(plan: Plan, expectedVersion: number): Promise<void>;
  /** all departments' plans of a year, ordered by department */
  listByYear(year: number, filter: PlanFilter, page: PageRequest): Promise<Page<Plan>>;
}

/** The district plan of a year is approved once and never rewritten. */
export interface DistrictPlanRepository {
  get(year: number): Promise<DistrictPlan | undefined>;
  /** write-once: an existing year is a ConflictError (`DISTRICT.EXISTS`) */
  create(plan: DistrictPlan): Promise<void>;
}

export interface Clock {
  /** the current instant, ISO-8601 with offset (`2026-01-31T15:59:59.000Z`) */
  now(): string;
}
