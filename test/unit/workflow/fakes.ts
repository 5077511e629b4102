import {
  type AssignmentRepository,
  type AuditEntry,
  type AuditLog,
  type BundleStore,
  type CalendarStore,
  type CalendarYear,
  type ChangeIntent,
  type Commitment,
  type CommitmentStore,
  ConflictError,
  type DrawRecord,
  type DrawStore,
  type FrozenBundle,
  type Handoff,
  type HandoffRepository,
  type InspectionHistory,
  type InspectionResult,
  type IntentStore,
  type PageRequest,
  type RecentInspection,
  type ResultRepository,
  type Task,
  type TaskAssignment,
  type TaskRepository,
  type TaskStage,
  type WitnessCommitmentRecord,
  type WitnessRevealRecord,
  type WitnessStore,
} from '@double-random/domain';

import { FakeInspectors, FakeItems, FakePlans, FakeTargets, FixedClock } from '../domain/fakes';

const clone = <T>(v: T): T => structuredClone(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const page = <T>(all: T[], req: PageRequest) => {
  const start = req.cursor ? Number(req.cursor) : 0;
  const items = all.slice(start, start + req.limit);
  return start + req.limit < all.length ? { items, cursor: String(start + req.limit) } : { items };
};

/** In-memory stand-ins for the workflow ports, honouring their documented contracts. */
export class FakeTasks implements TaskRepository {
  readonly rows = new Map<string, Task>();
  async get(id: string) {
    const t = this.rows.get(id);
    return t && clone(t);
  }
  async create(t: Task) {
    if (this.rows.has(t.id)) throw new ConflictError('TASK.EXISTS', `${t.id} exists`);
    this.rows.set(t.id, clone(t));
  }
  async update(t: Task, expected: number) {
    const cur = this.rows.get(t.id);
    if (!cur || cur.version !== expected || t.version !== expected + 1)
      throw new ConflictError('TASK.STALE', `${t.id} not at version ${expected}`);
    this.rows.set(t.id, clone(t));
  }
  async listByYear(year: number, req: PageRequest) {
    return page(
      [...this.rows.values()].filter((t) => t.year === year),
      req,
    );
  }
  async listByStage(stage: TaskStage, req: PageRequest) {
    return page(
      [...this.rows.values()].filter((t) => t.stage === stage),
      req,
    );
  }
}

class OnceMap<T> {
  readonly rows = new Map<string, T>();
  constructor(private readonly code: string) {}
  put(key: string, value: T, equal: (a: T, b: T) => boolean = same): T {
    const cur = this.rows.get(key);
    if (cur === undefined) {
      this.rows.set(key, clone(value));
      return clone(value);
    }
    if (!equal(cur, value)) throw new ConflictError(this.code, `${key} holds a different record`);
    return clone(cur);
  }
}

export class FakeBundles implements BundleStore {
  readonly map = new OnceMap<FrozenBundle>('BUNDLE.DIFFERENT');
  async putOnce(drawId: string, b: FrozenBundle) {
    this.map.put(drawId, b);
    return { sha256: `sha-of-${drawId}` };
  }
  async get(drawId: string) {
    const b = this.map.rows.get(drawId);
    return b && clone(b);
  }
}

export class FakeCommitments implements CommitmentStore {
  readonly map = new OnceMap<Commitment>('COMMITMENT.DIFFERENT');
  async putOnce(c: Commitment) {
    return this.map.put(c.taskId, c);
  }
  async get(taskId: string) {
    return this.map.rows.get(taskId);
  }
}

export class FakeDraws implements DrawStore {
  readonly map = new OnceMap<DrawRecord>('DRAW.DIFFERENT');
  async putOnce(r: DrawRecord) {
    return this.map.put(
      r.drawId,
      r,
      (a, b) => a.entropy === b.entropy && a.result.resultDigest === b.result.resultDigest,
    );
  }
  async get(drawId: string) {
    return this.map.rows.get(drawId);
  }
  async listByTask(taskId: string) {
    return [...this.map.rows.values()].filter((r) => r.taskId === taskId);
  }
}

export class FakeAssignments implements AssignmentRepository {
  readonly rows = new Map<string, TaskAssignment>();
  async putAll(list: TaskAssignment[]) {
    for (const a of list) {
      const key = `${a.drawId}/${a.target}`;
      const cur = this.rows.get(key);
      if (
        cur &&
        !same(
          { ...cur, replaces: undefined, activatedAt: undefined },
          { ...a, replaces: undefined, activatedAt: undefined },
        )
      )
        throw new ConflictError('ASSIGNMENT.DIFFERENT', key);
      if (!cur) this.rows.set(key, clone(a));
    }
  }
  async listByTask(taskId: string) {
    return [...this.rows.values()].filter((a) => a.taskId === taskId).map(clone);
  }
  async get(taskId: string, drawId: string, target: string) {
    const a = this.rows.get(`${drawId}/${target}`);
    return a && a.taskId === taskId ? clone(a) : undefined;
  }
  async activateReserve(drawId: string, target: string, replaces: string, at: string) {
    const cur = this.rows.get(`${drawId}/${target}`);
    if (!cur) throw new ConflictError('ASSIGNMENT.NOT_FOUND', `${drawId}/${target}`);
    if (cur.replaces === replaces) return;
    if (cur.replaces !== undefined) throw new ConflictError('ASSIGNMENT.RESERVE_USED', target);
    this.rows.set(`${drawId}/${target}`, { ...cur, replaces, activatedAt: at });
  }
}

export class FakeResults implements ResultRepository {
  readonly rows = new Map<string, InspectionResult>();
  private key(r: { taskId: string; targetId: string; item: string }) {
    return `${r.taskId}/${r.targetId}/${r.item}`;
  }
  async create(r: InspectionResult) {
    if (this.rows.has(this.key(r))) throw new ConflictError('RESULT.EXISTS', this.key(r));
    this.rows.set(this.key(r), clone(r));
  }
  async get(taskId: string, targetId: string, item: string) {
    const r = this.rows.get(this.key({ taskId, targetId, item }));
    return r && clone(r);
  }
  async put(r: InspectionResult) {
    this.rows.set(this.key(r), clone(r));
  }
  async listByTask(taskId: string) {
    return [...this.rows.values()].filter((r) => r.taskId === taskId).map(clone);
  }
  async listByTarget(taskId: string, targetId: string) {
    return (await this.listByTask(taskId)).filter((r) => r.targetId === targetId);
  }
  async listProvisional() {
    return [...this.rows.values()]
      .filter((r) => r.publication.provisional || r.penaltyPublication?.provisional)
      .map(clone);
  }
}

export class FakeHandoffs implements HandoffRepository {
  readonly rows = new Map<string, Handoff>();
  async create(h: Handoff) {
    const key = `${h.taskId}/${h.id}`;
    if (this.rows.has(key)) throw new ConflictError('HANDOFF.EXISTS', key);
    this.rows.set(key, clone(h));
  }
  async get(taskId: string, id: string) {
    const h = this.rows.get(`${taskId}/${id}`);
    return h && clone(h);
  }
  async acknowledge(h: Handoff) {
    const key = `${h.taskId}/${h.id}`;
    if (this.rows.get(key)?.acknowledgement)
      throw new ConflictError('HANDOFF.ALREADY_ACKNOWLEDGED', key);
    this.rows.set(key, clone(h));
  }
  async listByTask(taskId: string) {
    return [...this.rows.values()].filter((h) => h.taskId === taskId);
  }
}

export class FakeAudit implements AuditLog {
  readonly chains = new Map<string, AuditEntry[]>();
  async head(chain: string) {
    return this.chains.get(chain)?.at(-1);
  }
  async append(chain: string, e: AuditEntry) {
    const list = this.chains.get(chain) ?? [];
    if (list.length !== e.seq - 1)
      throw new ConflictError('AUDIT.STALE', `${chain} at ${list.length}`);
    this.chains.set(chain, [...list, clone(e)]);
  }
  async read(chain: string, req: PageRequest) {
    return page(this.chains.get(chain) ?? [], req);
  }
  async from(chain: string, seq: number) {
    return (this.chains.get(chain) ?? []).filter((e) => e.seq >= seq).map(clone);
  }
}

export class FakeIntents implements IntentStore {
  readonly rows = new Map<string, ChangeIntent>();
  private key = (chain: string, id: string) => `${chain}\u0000${id}`;
  async open(intent: ChangeIntent) {
    const k = this.key(intent.chain, intent.id);
    const stored = this.rows.get(k);
    if (stored) return { stored: clone(stored), created: false };
    const { seq: _seq, ...fresh } = intent;
    this.rows.set(k, clone(fresh));
    return { stored: clone(fresh), created: true };
  }
  async get(chain: string, id: string) {
    const i = this.rows.get(this.key(chain, id));
    return i ? clone(i) : undefined;
  }
  async complete(chain: string, id: string, seq: number) {
    const i = this.rows.get(this.key(chain, id));
    if (!i || (i.seq !== undefined && i.seq !== seq)) throw new Error(`intent ${id} not open`);
    this.rows.set(this.key(chain, id), { ...i, seq });
  }
  async listByPrefix(chain: string, prefix: string) {
    return [...this.rows.values()]
      .filter((i) => i.chain === chain && i.id.startsWith(prefix))
      .map(clone);
  }
  async listOpen(req: PageRequest, chain?: string) {
    const open = [...this.rows.values()].filter(
      (i) => i.seq === undefined && (chain === undefined || i.chain === chain),
    );
    return page(open.map(clone), req);
  }
}

export class FakeCalendars implements CalendarStore {
  readonly rows = new Map<number, CalendarYear>();
  async list() {
    return [...this.rows.values()];
  }
  async put(y: CalendarYear) {
    this.rows.set(y.year, clone(y));
  }
}

export class FakeHistory implements InspectionHistory {
  constructor(readonly inspections: (RecentInspection & { department: string })[] = []) {}
  async recent(department: string, items: readonly string[], since: string) {
    return this.inspections.filter(
      (i) => i.department === department && items.includes(i.item) && i.date >= since,
    );
  }
}

export class FakeWitnesses implements WitnessStore {
  readonly commitments = new OnceMap<WitnessCommitmentRecord>('WITNESS.COMMITMENT_EXISTS');
  readonly reveals = new OnceMap<WitnessRevealRecord>('WITNESS.REVEAL_EXISTS');
  async putCommitment(r: WitnessCommitmentRecord) {
    return this.commitments.put(
      `${r.taskId}/${r.witness}`,
      r,
      (a, b) => a.commitment === b.commitment,
    );
  }
  async putReveal(r: WitnessRevealRecord) {
    return this.reveals.put(`${r.taskId}/${r.witness}`, r, (a, b) => a.reveal === b.reveal);
  }
  async listCommitments(taskId: string) {
    return [...this.commitments.rows.values()]
      .filter((r) => r.taskId === taskId)
      .sort((a, b) => a.witness.localeCompare(b.witness));
  }
  async listReveals(taskId: string) {
    return [...this.reveals.rows.values()]
      .filter((r) => r.taskId === taskId)
      .sort((a, b) => a.witness.localeCompare(b.witness));
  }
}

/** Every workflow port as an in-memory fake, on a clock fixed at `now`. */
export const fakeWorkflowDeps = (now: string) => ({
  tasks: new FakeTasks(),
  plans: new FakePlans(),
  items: new FakeItems(),
  targets: new FakeTargets(),
  inspectors: new FakeInspectors(),
  history: new FakeHistory(),
  bundles: new FakeBundles(),
  commitments: new FakeCommitments(),
  draws: new FakeDraws(),
  assignments: new FakeAssignments(),
  results: new FakeResults(),
  handoffs: new FakeHandoffs(),
  audit: new FakeAudit(),
  intents: new FakeIntents(),
  calendars: new FakeCalendars(),
  witnesses: new FakeWitnesses(),
  clock: new FixedClock(now),
});
