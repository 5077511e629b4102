import type { AuditEntry } from './audit';
import { intentOfEntry } from './change';
import type { Handoff } from './handoff';
import type { ChangeIntent, TaskAssignment } from './ports';
import type { InspectionResult } from './result.schema';
import type { Task } from './task.schema';

/**
 * The cross-check of a task's stored changes against its audit chain (docs/consistency.md):
 * every result, publication, handoff, acknowledgement, reserve use and header version has
 * exactly one entry, and every entry written for a change has its change. Entries written
 * before changes carried their intent id (`data.intent`) are matched by action and subject.
 */
export interface CrossCheckProblem {
  kind: 'change-without-entry' | 'entry-without-change' | 'duplicate-entry' | 'open-intent';
  /** the change's intent id (`result/<target>/<item>` …) */
  change: string;
  message: string;
  /** the entries concerned */
  seqs?: number[];
}

export interface CrossCheck {
  ok: boolean;
  /** how many stored changes of each kind were compared */
  checked: {
    results: number;
    publications: number;
    handoffs: number;
    acknowledgements: number;
    versions: number;
    reserves: number;
  };
  problems: CrossCheckProblem[];
}

export interface TaskRecord {
  task: Task;
  results: readonly InspectionResult[];
  handoffs: readonly Handoff[];
  assignments?: readonly TaskAssignment[];
  entries: readonly AuditEntry[];
  /** intents not complete yet: a change between its writes */
  open?: readonly ChangeIntent[];
}

const MAX_PROBLEMS = 200;

export const crossCheckTask = (r: TaskRecord): CrossCheck => {
  const problems: CrossCheckProblem[] = [];
  const add = (p: CrossCheckProblem) => {
    if (problems.length < MAX_PROBLEMS) problems.push(p);
  };
  const byIntent = new Map<string, AuditEntry[]>();
  /** entries without an intent id, by `action subject` */
  const legacy = new Map<string, AuditEntry[]>();
  for (const e of r.entries) {
    const id = intentOfEntry(e);
    const map = id ? byIntent : legacy;
    const key = id ?? `${e.action} ${e.subject}`;
    map.set(key, [...(map.get(key) ?? []), e]);
  }
  for (const [id, es] of byIntent)
    if (es.length > 1)
      add({
        kind: 'duplicate-entry',
        change: id,
        message: `${es.length} entries record the change ${id}`,
        seqs: es.map((e) => e.seq),
      });

  const expected = new Set<string>();
  /** one entry for the change: by its intent id, else an entry of before intents */
  const expectOne = (id: string, legacyKey: string | undefined, what: string) => {
    expected.add(id);
    if (byIntent.has(id)) return byIntent.get(id)!;
    if (legacyKey && legacy.has(legacyKey)) return legacy.get(legacyKey)!;
    add({ kind: 'change-without-entry', change: id, message: `${what} has no audit entry` });
    return undefined;
  };

  const id = r.task.id;
  let publications = 0;
  let acknowledgements = 0;
  for (const x of r.results) {
    const where = `${x.targetId}/${x.item}`;
    expectOne(`result/${where}`, `result.record ${id}/${where}`, `the result ${where}`);
    const at = x.publication.publishedAt;
    if (!at) continue;
    publications++;
    // before intents, one entry recorded a department's whole publication, at its instant
    const before = (legacy.get(`result.publish ${id}`) ?? []).some(
      (e) => e.at === at && (e.data as { department?: unknown })?.department === x.department,
    );
    if (before && !byIntent.has(`publish/${where}`)) {
      expected.add(`publish/${where}`);
      continue;
    }
    const es = expectOne(`publish/${where}`, undefined, `the publication of ${where}`);
    const said = es?.[0] && (es[0].data as { publishedAt?: unknown }).publishedAt;
    if (said !== undefined && said !== at)
      add({
        kind: 'entry-without-change',
        change: `publish/${where}`,
        message: `the entry publishes ${where} at ${String(said)}, the result says ${at}`,
        seqs: es!.map((e) => e.seq),
      });
  }
  for (const h of r.handoffs) {
    expectOne(`handoff/${h.id}`, `handoff.create ${id}/${h.id}`, `the handoff ${h.id}`);
    if (!h.acknowledgement) continue;
    acknowledgements++;
    expectOne(`ack/${h.id}`, `handoff.acknowledge ${id}/${h.id}`, `the acknowledgement of ${h.id}`);
  }
  // header versions: from the first one written with an intent (older chains name none)
  const named = [...byIntent.keys()]
    .filter((k) => /^task\/v\d+$/.test(k))
    .map((k) => Number(k.slice('task/v'.length)));
  const versioned = named.length > 0;
  const firstNamed = versioned ? Math.min(...named) : 0;
  if (versioned)
    for (let v = firstNamed; v <= r.task.version; v++)
      expectOne(`task/v${v}`, undefined, `version ${v} of task ${id}`);
  const reserves = (r.assignments ?? []).filter((a) => a.replaces !== undefined);
  const reserveIds = new Set(reserves.map((a) => `reserve/${a.target}`));
  for (const rid of reserveIds)
    expectOne(rid, undefined, `the use of reserve ${rid.slice('reserve/'.length)}`);

  for (const [change, es] of byIntent) {
    if (expected.has(change) || change.startsWith('note/')) continue;
    const kind = change.split('/')[0];
    // reserves are checked only when the assignments were given
    if (kind === 'reserve' && r.assignments === undefined) continue;
    if (['result', 'publish', 'handoff', 'ack', 'task', 'reserve'].includes(kind ?? ''))
      add({
        kind: 'entry-without-change',
        change,
        message: `the entry of ${change} has no stored change`,
        seqs: es.map((e) => e.seq),
      });
  }
  for (const o of r.open ?? [])
    add({
      kind: 'open-intent',
      change: o.id,
      message: `the change ${o.id} is under way (its intent is not complete)`,
    });

  return {
    ok: problems.length === 0,
    checked: {
      results: r.results.length,
      publications,
      handoffs: r.handoffs.length,
      acknowledgements,
      versions: versioned ? r.task.version - firstNamed + 1 : 0,
      reserves: reserveIds.size,
    },
    problems,
  };
};
