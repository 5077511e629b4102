import { isDomainError } from '../errors';
import { type AuditEntry, appendEntry, canonicalJson } from './audit';
import type { AuditLog, ChangeIntent, IntentStore } from './ports';

/**
 * No change without its record, and no record without its change (docs/consistency.md).
 *
 * Every stored change runs as an intent:
 * 1. the use case validates everything, then writes a write-once intent under a key that is
 *    deterministic per change (`result/<target>/<item>`, `publish/<target>/<item>`,
 *    `task/v<version>` …) holding the full change and its audit input;
 * 2. the audit entry is appended, carrying the intent id in `data.intent`; before each
 *    attempt the chain after the intent's `since` is read, so an entry already appended for
 *    this intent (by a crashed run, or a concurrent resumer) is found, never repeated;
 * 3. the change is applied idempotently by the applier of its kind;
 * 4. the intent is marked complete.
 * A crash between any two writes leaves an open intent, which `resumeChanges` completes (at
 * start locally; on the workflow's next touch of the task in AWS). Contention on the chain is
 * retried here with backoff; it is never answered as an error after data is stored.
 */

/** Applies one kind of change; called again after a crash, so it must be idempotent. */
export type ChangeApplier<D> = (deps: D, change: unknown) => Promise<void>;

export interface ChangeDeps {
  audit: AuditLog;
  intents: IntentStore;
  /** waits before retry `attempt` (1, 2, …) of a contended append; jittered backoff in runtimes */
  backoff?: (attempt: number) => Promise<void>;
}

/** Enough for 20+ writers on one chain: each round of contention lets at least one through. */
export const APPEND_ATTEMPTS = 60;

/** The intent id the entry carries; every entry written through an intent has one. */
export const intentOfEntry = (e: Pick<AuditEntry, 'data'>): string | undefined => {
  const d = e.data as { intent?: unknown } | null;
  return d && typeof d === 'object' && typeof d.intent === 'string' ? d.intent : undefined;
};

const entryData = (data: unknown, intent: string): Record<string, unknown> =>
  data && typeof data === 'object' && !Array.isArray(data)
    ? { ...(data as Record<string, unknown>), intent }
    : { intent, value: data ?? null };

const isStale = (e: unknown) => isDomainError(e) && e.code === 'AUDIT.STALE';

/**
 * What the writer of a fresh intent knows: the chain's head it read just before writing the
 * intent (its `since`). No entry of that intent can exist yet unless the chain moved past
 * this head, so the first attempt appends right after it without reading the chain again; a
 * lost head (someone appended meanwhile, perhaps this very entry) falls back to the read.
 */
export interface FreshIntent {
  head: AuditEntry | undefined;
}

/**
 * Appends the intent's entry once: reads the chain from the intent's `since` (the entry, if
 * appended already, can only be there), and appends after the head otherwise. Losing the
 * head to another writer is retried on the new head, with backoff.
 */
export const appendOnce = async (
  deps: ChangeDeps,
  intent: ChangeIntent,
  fresh?: FreshIntent,
  turn?: Turn,
): Promise<AuditEntry> => {
  let from = Math.max(1, intent.since);
  let head: AuditEntry | undefined;
  // the entry, if appended, follows `since`: a put on since + 1 that succeeds proves it was not
  let known = fresh && (fresh.head?.seq ?? 0) === intent.since ? fresh : undefined;
  for (let attempt = 0; ; attempt++) {
    if (known) {
      head = known.head;
      known = undefined;
    } else {
      const entries = await deps.audit.from(intent.chain, from);
      const mine = entries.find((e) => intentOfEntry(e) === intent.id && e.seq > intent.since);
      if (mine) return mine;
      head = entries.at(-1) ?? head;
    }
    if (head) from = head.seq;
    const entry = appendEntry(head, {
      ...intent.audit,
      data: entryData(intent.audit.data, intent.id),
    });
    try {
      await deps.audit.append(intent.chain, entry, head);
      turn?.appended(entry);
      return entry;
    } catch (e) {
      turn?.lost();
      if (!isStale(e) || attempt + 1 >= APPEND_ATTEMPTS) throw e;
      await deps.backoff?.(attempt + 1);
    }
  }
};

/** What a use case asks to change: the intent without `since` (read here). */
export type ChangeDraft = Omit<ChangeIntent, 'since' | 'seq'>;

export interface ChangeOutcome {
  /** the intent as stored: this call's, or the one already under its id */
  intent: ChangeIntent;
  /** this call wrote the intent (false: the change was asked before, by this caller or another) */
  created: boolean;
  /** its entry (absent only when `leaveTheirs` left another writer's change to it) */
  entry?: AuditEntry;
}

/** Same change: the stored intent's change and kind equal the draft's (audit time aside). */
export const sameChange = (a: Pick<ChangeIntent, 'kind' | 'change'>, b: typeof a): boolean =>
  a.kind === b.kind && canonicalJson(a.change ?? null) === canonicalJson(b.change ?? null);

/*
 * Writers of one process append to a chain in turn: each reads the head, writes its intent and
 * appends after that head while the others of this process wait, so they never lose the head
 * to each other (a lost head costs a read, a write and a backoff). Other processes still
 * contend through the conditional put, as before; the turn only orders this process's own.
 * While writers of this process queue on a chain, each hands the next the entry it appended
 * as the head: read no earlier than the last append of this process, it can be stale only by
 * another process's entries, which make the append fail and the writer read the chain. The
 * head is forgotten when the queue empties. Turns are per audit log (per store), and cover no
 * applier: nothing waits for itself.
 */

/** The chain's head as this process's writers in turn know it. */
export interface Turn {
  /** the head: the entry this process appended last in this run of turns, else read now */
  head(): Promise<AuditEntry | undefined>;
  /** this process appended `entry`: the new head */
  appended(entry: AuditEntry): void;
  /** the head was lost (another writer appended): read it again */
  lost(): void;
}

interface Queue {
  tail: Promise<void>;
  waiting: number;
  head?: { entry: AuditEntry | undefined };
}

const turns = new WeakMap<object, Map<string, Queue>>();

/** The longest a writer waits for its turn on a chain before it goes on without it. */
export const TURN_WAIT_MS = 2_000;

export const inTurn = async <T>(
  audit: AuditLog,
  chain: string,
  work: (turn: Turn) => Promise<T>,
): Promise<T> => {
  let queues = turns.get(audit);
  if (!queues) {
    queues = new Map();
    turns.set(audit, queues);
  }
  let queue = queues.get(chain);
  if (!queue) {
    queue = { tail: Promise.resolve(), waiting: 0 };
    queues.set(chain, queue);
  }
  const q = queue;
  const before = q.tail;
  let release!: () => void;
  const done = new Promise<void>((resolve) => {
    release = resolve;
  });
  q.tail = before.then(() => done);
  q.waiting++;
  // a turn held too long (a writer backing off, a store call hanging, a change made from
  // within another on the same chain) is not waited for past TURN_WAIT_MS: the writer goes
  // on and contends through the conditional put, as writers of other processes do
  if (q.waiting === 1) await before;
  else {
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      before,
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, TURN_WAIT_MS);
      }),
    ]);
    clearTimeout(timer);
  }
  const turn: Turn = {
    head: async () => {
      if (q.head) return q.head.entry;
      const entry = await audit.head(chain);
      q.head = { entry };
      return entry;
    },
    appended: (entry) => {
      q.head = { entry };
    },
    lost: () => {
      q.head = undefined;
    },
  };
  try {
    return await work(turn);
  } catch (e) {
    q.head = undefined;
    throw e;
  } finally {
    q.waiting--;
    if (q.waiting === 0) {
      q.head = undefined;
      if (queues.get(chain) === q) queues.delete(chain);
    }
    release();
  }
};

const applierOf = <D extends ChangeDeps>(
  appliers: Readonly<Record<string, ChangeApplier<D>>>,
  intent: ChangeIntent,
): ChangeApplier<D> => {
  const apply = appliers[intent.kind];
  if (!apply) throw new Error(`no applier for changes of kind ${intent.kind}`);
  return apply;
};

/** Completes a stored intent: its entry once, its change applied, the intent closed. */
export const completeIntent = async <D extends ChangeDeps>(
  deps: D,
  appliers: Readonly<Record<string, ChangeApplier<D>>>,
  intent: ChangeIntent,
  fresh?: FreshIntent,
): Promise<AuditEntry> => {
  const apply = applierOf(appliers, intent);
  const entry = await inTurn(deps.audit, intent.chain, (turn) =>
    appendOnce(deps, intent, fresh, turn),
  );
  await apply(deps, intent.change);
  await deps.intents.complete(intent.chain, intent.id, entry.seq);
  return entry;
};

/**
 * Runs one change through its intent (steps 1–4 above). When an intent already stands under
 * the id, it is completed (whoever wrote it) and returned with `created: false`: the caller
 * decides whether that is its own retry (`sameChange`) or a conflict.
 */
export const runChange = async <D extends ChangeDeps>(
  deps: D,
  appliers: Readonly<Record<string, ChangeApplier<D>>>,
  draft: ChangeDraft,
  options: { leaveTheirs?: (stored: ChangeIntent) => boolean } = {},
): Promise<ChangeOutcome> => {
  // the head, the intent and its entry in this process's turn on the chain
  const step = await inTurn(deps.audit, draft.chain, async (turn) => {
    const head = await turn.head();
    const since = head?.seq ?? 0;
    const { stored, created } = await deps.intents.open({ ...draft, since });
    // another writer's change under way: its writer completes it (or a restart does)
    if (!created && stored.seq === undefined && options.leaveTheirs?.(stored))
      return { stored, created, left: true };
    if (stored.seq !== undefined) return { stored, created };
    const apply = applierOf(appliers, stored);
    // the intent this call wrote follows the head it read: its entry goes right after it
    const entry = await appendOnce(deps, stored, created ? { head } : undefined, turn);
    return { stored, created, apply, entry };
  });
  const { stored, created } = step;
  if (step.left) return { intent: stored, created };
  if (step.entry && step.apply) {
    await step.apply(deps, stored.change);
    await deps.intents.complete(stored.chain, stored.id, step.entry.seq);
    return { intent: stored, created, entry: step.entry };
  }
  const seq = stored.seq as number;
  const [entry] = await deps.audit.from(stored.chain, seq);
  if (!entry || intentOfEntry(entry) !== stored.id)
    throw new Error(
      `intent ${stored.id} names entry ${stored.seq} of ${stored.chain}, which is not its`,
    );
  return { intent: stored, created, entry };
};

/**
 * Completes every open intent (of one chain, or all): the restart after a crash. With
 * `askedBefore`, only intents asked for before that instant (those a crash left, not those
 * under way). Returns how many were completed.
 */
export const resumeChanges = async <D extends ChangeDeps>(
  deps: D,
  appliers: Readonly<Record<string, ChangeApplier<D>>>,
  chain?: string,
  options: { askedBefore?: string } = {},
): Promise<number> => {
  let done = 0;
  let cursor: string | undefined;
  do {
    const page = await deps.intents.listOpen(
      cursor === undefined ? { limit: 100 } : { limit: 100, cursor },
      chain,
    );
    for (const intent of page.items) {
      // a change asked for moments ago is under way: its own writer completes it
      if (options.askedBefore !== undefined && intent.audit.at >= options.askedBefore) continue;
      await completeIntent(deps, appliers, intent);
      done++;
    }
    cursor = page.cursor;
  } while (cursor !== undefined);
  return done;
};

/** A record with no stored change besides itself (task.notify, inspection.overdue …), once. */
export const NOTE_KIND = 'note';
export const noteApplier: ChangeApplier<ChangeDeps> = async () => {};
