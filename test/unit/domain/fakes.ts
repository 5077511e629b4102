import {
  ConflictError,
  type DepartmentCode,
  type DistrictPlan,
  type DistrictPlanRepository,
  type Inspector,
  type InspectorRepository,
  type Item,
  type ItemRepository,
  type Page,
  type PageRequest,
  type Plan,
  type PlanRepository,
  type RiskClassCounts,
  type Target,
  type TargetRepository,
  type TargetScope,
} from '@double-random/domain';

/** In-memory stand-ins for the store, honouring the port contract (create-once, versioned update). */
class Table<T extends { version: number }> {
  readonly rows = new Map<string, T>();
  constructor(private readonly name: string) {}

  create(key: string, row: T): void {
    if (this.rows.has(key)) throw new ConflictError(`${this.name}.EXISTS`, `${key} exists`);
    this.rows.set(key, structuredClone(row));
  }

  update(key: string, row: T, expectedVersion: number): void {
    const current = this.rows.get(key);
    if (!current || current.version !== expectedVersion)
      throw new ConflictError(`${this.name}.STALE`, `${key} is not at version ${expectedVersion}`);
    this.rows.set(key, structuredClone(row));
  }

  get(key: string): T | undefined {
    const row = this.rows.get(key);
    return row && structuredClone(row);
  }

  page(prefix: string, keep: (row: T) => boolean, req: PageRequest): Page<T> {
    const keys = [...this.rows.keys()].filter((k) => k.startsWith(prefix)).sort();
    const start = req.cursor ? keys.indexOf(req.cursor) + 1 : 0;
    const matching = keys.slice(start).filter((k) => keep(this.rows.get(k)!));
    const items = matching.slice(0, req.limit).map((k) => structuredClone(this.rows.get(k)!));
    const last = matching[req.limit - 1];
    return matching.length > req.limit && last ? { items, cursor: last } : { items };
  }
}

const matches = <T>(list: readonly T[], v: T) => list.length === 0 || list.includes(v);

export class FakeTargets implements TargetRepository {
  readonly table = new Table<Target>('TARGET');
  async get(d: DepartmentCode, id: string) {
    return this.table.get(`${d}/${id}`);
  }
  async create(t: Target) {
    this.table.create(`${t.department}/${t.id}`, t);
  }
  async update(t: Target, v: number) {
    this.table.update(`${t.department}/${t.id}`, t, v);
  }
  async list(d: DepartmentCode, f: { status?: string; riskClass?: string }, p: PageRequest) {
    return this.table.page(
      `${d}/`,
      (t) => (!f.status || t.status === f.status) && (!f.riskClass || t.riskClass === f.riskClass),
      p,
    );
  }
  async countByStratum(d: DepartmentCode, scope: TargetScope): Promise<RiskClassCounts> {
    const counts: RiskClassCounts = { A: 0, B: 0, C: 0, D: 0 };
    for (const t of this.table.rows.values())
      if (
        t.department === d &&
        t.status === 'active' &&
        matches(scope.kinds, t.kind) &&
        matches(scope.towns, t.town) &&
        matches(scope.industries, t.industry) &&
        matches(scope.riskClasses, t.riskClass)
      )
        counts[t.riskClass] += 1;
    return counts;
  }
  async listPool(d: DepartmentCode) {
    return [...this.table.rows.values()].filter((t) => t.department === d && t.status === 'active');
  }
}

export class FakeInspectors implements InspectorRepository {
  readonly table = new Table<Inspector>('INSPECTOR');
  async get(d: DepartmentCode, id: string) {
    return this.table.get(`${d}/${id}`);
  }
  async create(i: Inspector) {
    this.table.create(`${i.department}/${i.id}`, i);
  }
  async update(i: Inspector, v: number) {
    this.table.update(`${i.department}/${i.id}`, i, v);
  }
  async list(d: DepartmentCode, f: { status?: string }, p: PageRequest) {
    return this.table.page(`${d}/`, (i) => !f.status || i.status === f.status, p);
  }
}

export class FakeItems implements ItemRepository {
  readonly table = new Table<Item>('ITEM');
  async get(d: DepartmentCode, code: string) {
    return this.table.get(`${d}/${code}`);
  }
  async create(i: Item) {
    this.table.create(`${i.department}/${i.code}`, i);
  }
  async update(i: Item, v: number) {
    this.table.update(`${i.department}/${i.code}`, i, v);
  }
  async list(d: DepartmentCode, f: { status?: string }, p: PageRequest) {
    return this.table.page(`${d}/`, (i) => !f.status || i.status === f.status, p);
  }
}

export class FakePlans implements PlanRepository {
  readonly table = new Table<Plan>('PLAN');
  async get(d: DepartmentCode, year: number) {
    return this.table.get(`${year}/${d}`);
  }
  async create(p: Plan) {
    this.table.create(`${p.year}/${p.department}`, p);
  }
  async update(p: Plan, v: number) {
    this.table.update(`${p.year}/${p.department}`, p, v);
  }
  async listByYear(year: number, f: { status?: string }, p: PageRequest) {
    return this.table.page(`${year}/`, (x) => !f.status || x.status === f.status, p);
  }
}

export class FakeDistrictPlans implements DistrictPlanRepository {
  readonly rows = new Map<number, DistrictPlan>();
  async get(year: number) {
    return this.rows.get(year);
  }
  async create(p: DistrictPlan) {
    if (this.rows.has(p.year)) throw new ConflictError('DISTRICT.EXISTS', `${p.year} exists`);
    this.rows.set(p.year, p);
  }
}

export class FixedClock {
  constructor(public instant: string) {}
  now() {
    return this.instant;
  }
}
