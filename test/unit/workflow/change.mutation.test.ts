import {
  APPEND_ATTEMPTS,
  type AuditEntry,
  type AuditInput,
  appendEntry,
  type ChangeApplier,
  type ChangeDeps,
  type ChangeIntent,
  ConflictError,
  completeIntent,
  type IntentStore,
  intentOfEntry,
  type PageRequest,
  resumeChanges,
  runChange,
  sameChange,
  verifyChain,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { FakeAudit, FakeIntents } from './fakes';

/**
 * change.ts: no change without its record, no record without its change
 * (docs/consistency.md). Each test drives the intent steps through the fakes' contracts.
 */

const CHAIN = '2026-SCJG-007';
const AT = '2026-03-02T01:00:00.000Z';

const input = (data: unknown = { target: 'T01' }, at = AT): AuditInput => ({
  at,
  actor: 'scjg-1',
  action: 'result.record',
  subject: `${CHAIN}/T01`,
  data,
});

const intentOf = (id: string, over: Partial<ChangeIntent> = {}): ChangeIntent => ({
  id,
  chain: CHAIN,
  kind: 'k',
  since: 0,
  audit: input(),
  change: { id },
  ...over,
});

/** An entry of another writer (no intent, or another one) appended to the chain. */
const appendForeign = async (audit: FakeAudit, chain = CHAIN, data: unknown = null) => {
  const e = appendEntry(await audit.head(chain), { ...input(data), action: 'other.write' });
  await audit.append(chain, e);
  return e;
};

/** Records each applied change; applying is idempotent. */
const recorder = () => {
  const applied: unknown[] = [];
  const apply: ChangeApplier<ChangeDeps> = async (_deps, change) => {
    applied.push(change);
  };
  return { applied, appliers: { k: apply } };
};

const deps = () => ({ audit: new FakeAudit(), intents: new FakeIntents() });

/** The intent as step 1 wrote it. */
const opened = async (d: { intents: IntentStore }, intent: ChangeIntent) => {
  await d.intents.open(intent);
  return intent;
};

describe('intentOfEntry', () => {
  it('reads the intent id an entry carries, and nothing else', () => {
    expect(intentOfEntry({ data: { intent: 'result/T01/SCJG-FOOD' } })).toBe(
      'result/T01/SCJG-FOOD',
    );
    expect(intentOfEntry({ data: null })).toBeUndefined();
    expect(intentOfEntry({ data: undefined })).toBeUndefined();
    expect(intentOfEntry({ data: { intent: 7 } })).toBeUndefined();
    expect(intentOfEntry({ data: { other: 'x' } })).toBeUndefined();
    expect(intentOfEntry({ data: 'result/T01' })).toBeUndefined();
  });
});

describe('sameChange', () => {
  it('is the same change when kind and change are equal, whatever the key order', () => {
    expect(
      sameChange({ kind: 'k', change: { a: 1, b: [2] } }, { kind: 'k', change: { b: [2], a: 1 } }),
    ).toBe(true);
    expect(sameChange({ kind: 'k', change: undefined }, { kind: 'k', change: null })).toBe(true);
  });

  it('is another change when the kind or the change differs', () => {
    expect(sameChange({ kind: 'k', change: { a: 1 } }, { kind: 'j', change: { a: 1 } })).toBe(
      false,
    );
    expect(sameChange({ kind: 'k', change: { a: 1 } }, { kind: 'k', change: { a: 2 } })).toBe(
      false,
    );
    expect(sameChange({ kind: 'k', change: { a: 1 } }, { kind: 'k', change: undefined })).toBe(
      false,
    );
    expect(sameChange({ kind: 'k', change: null }, { kind: 'k', change: { a: 1 } })).toBe(false);
  });
});

describe('appendOnce through completeIntent: the entry carries the intent id', () => {
  it('adds the intent id to an object, and wraps any other value as `value`', async () => {
    const cases: [unknown, unknown][] = [
      [{ target: 'T01' }, { target: 'T01', intent: 'i' }],
      [['T01', 'T02'], { intent: 'i', value: ['T01', 'T02'] }],
      ['T01', { intent: 'i', value: 'T01' }],
      [7, { intent: 'i', value: 7 }],
      [null, { intent: 'i', value: null }],
      [undefined, { intent: 'i', value: null }],
    ];
    for (const [data, expected] of cases) {
      const d = deps();
      const { appliers } = recorder();
      const entry = await completeIntent(
        d,
        appliers,
        await opened(d, intentOf('i', { audit: { ...input(), data } })),
      );
      expect(entry.data).toEqual(expected);
      expect(d.audit.chains.get(CHAIN)?.[0]?.data).toEqual(expected);
    }
  });

  it('appends after another writer’s entries, never taking theirs for its own', async () => {
    const d = deps();
    await appendForeign(d.audit);
    // an entry of an earlier intent under the same id, at or before `since`, is not this one's
    await appendForeign(d.audit, CHAIN, { intent: 'i' });
    const { applied, appliers } = recorder();
    const intent = intentOf('i', { since: 2 });
    await d.intents.open(intent);
    const entry = await completeIntent(d, appliers, intent);
    expect(entry.seq).toBe(3);
    expect(entry.data).toEqual({ target: 'T01', intent: 'i' });
    expect(d.audit.chains.get(CHAIN)).toHaveLength(3);
    expect(verifyChain(d.audit.chains.get(CHAIN)!)).toMatchObject({ ok: true, length: 3 });
    expect(applied).toEqual([{ id: 'i' }]);
    expect((await d.intents.get(CHAIN, 'i'))?.seq).toBe(3);
  });

  it('appends after an entry of another writer that came after `since`', async () => {
    const d = deps();
    await appendForeign(d.audit);
    const { appliers } = recorder();
    const entry = await completeIntent(d, appliers, await opened(d, intentOf('i', { since: 0 })));
    expect(entry.seq).toBe(2);
    expect(intentOfEntry(entry)).toBe('i');
  });

  it('finds its entry appended by a crashed run, and never appends it twice', async () => {
    const d = deps();
    const { applied, appliers } = recorder();
    await appendForeign(d.audit);
    const intent = intentOf('i', { since: 1 });
    await d.intents.open(intent);
    // the crashed run appended the entry, then another writer one more
    const mine = appendEntry(await d.audit.head(CHAIN), {
      ...intent.audit,
      data: { target: 'T01', intent: 'i' },
    });
    await d.audit.append(CHAIN, mine);
    await appendForeign(d.audit);
    const entry = await completeIntent(d, appliers, intent);
    expect(entry).toEqual(mine);
    expect(d.audit.chains.get(CHAIN)).toHaveLength(3);
    expect(applied).toEqual([{ id: 'i' }]);
    expect((await d.intents.get(CHAIN, 'i'))?.seq).toBe(2);
  });

  it('reads the chain from the intent’s `since` on, then from the head it lost to', async () => {
    const d = deps();
    for (let i = 0; i < 4; i++) await appendForeign(d.audit);
    const reads: number[] = [];
    const from = d.audit.from.bind(d.audit);
    let raced = false;
    const audit = Object.assign(Object.create(d.audit) as FakeAudit, {
      from: async (chain: string, seq: number) => {
        reads.push(seq);
        return from(chain, seq);
      },
      append: async (chain: string, e: AuditEntry) => {
        if (!raced) {
          raced = true;
          await appendForeign(d.audit);
          await appendForeign(d.audit);
        }
        return d.audit.append(chain, e);
      },
    });
    const { appliers } = recorder();
    const entry = await completeIntent(
      { ...d, audit },
      appliers,
      await opened(d, intentOf('i', { since: 3 })),
    );
    expect(entry.seq).toBe(7);
    expect(reads).toEqual([3, 4]);
    // a chain still empty when the intent was written is read from its first entry
    const empty = deps();
    const firstReads: number[] = [];
    const emptyFrom = empty.audit.from.bind(empty.audit);
    await completeIntent(
      {
        ...empty,
        audit: Object.assign(Object.create(empty.audit) as FakeAudit, {
          from: async (chain: string, seq: number) => {
            firstReads.push(seq);
            return emptyFrom(chain, seq);
          },
        }),
      },
      appliers,
      await opened(empty, intentOf('i')),
    );
    expect(firstReads).toEqual([1]);
  });

  it('retries a lost head with backoff 1, 2, … and gives up after APPEND_ATTEMPTS', async () => {
    const d = deps();
    let appends = 0;
    const audit = Object.assign(Object.create(d.audit) as FakeAudit, {
      append: async () => {
        appends++;
        if (appends > APPEND_ATTEMPTS + 5) throw new Error('runaway retries');
        throw new ConflictError('AUDIT.STALE', `${CHAIN} moved on`);
      },
    });
    const waits: number[] = [];
    const backoff = async (attempt: number) => {
      waits.push(attempt);
    };
    const { applied, appliers } = recorder();
    await expect(
      completeIntent({ ...d, audit, backoff }, appliers, await opened(d, intentOf('i'))),
    ).rejects.toMatchObject({ code: 'AUDIT.STALE' });
    expect(appends).toBe(APPEND_ATTEMPTS);
    expect(waits).toEqual(Array.from({ length: APPEND_ATTEMPTS - 1 }, (_, i) => i + 1));
    expect(applied).toEqual([]);
  });

  it('succeeds on the attempt after contention, having waited once', async () => {
    const d = deps();
    let appends = 0;
    const audit = Object.assign(Object.create(d.audit) as FakeAudit, {
      append: async (chain: string, e: AuditEntry) => {
        appends++;
        if (appends === 1) await appendForeign(d.audit);
        return d.audit.append(chain, e);
      },
    });
    const waits: number[] = [];
    const { appliers } = recorder();
    const entry = await completeIntent(
      {
        ...d,
        audit,
        backoff: async (a) => {
          waits.push(a);
        },
      },
      appliers,
      await opened(d, intentOf('i')),
    );
    expect([entry.seq, appends, waits]).toEqual([2, 2, [1]]);
  });

  it('answers any other failure of the append at once, without retrying', async () => {
    for (const failure of [
      new ConflictError('AUDIT.OTHER', 'not a lost head'),
      Object.assign(new Error('network'), { code: 'AUDIT.STALE' }),
    ]) {
      const d = deps();
      let appends = 0;
      const audit = Object.assign(Object.create(d.audit) as FakeAudit, {
        append: async () => {
          appends++;
          if (appends > 3) throw new Error('runaway retries');
          throw failure;
        },
      });
      const waits: number[] = [];
      const { appliers } = recorder();
      await expect(
        completeIntent(
          {
            ...d,
            audit,
            backoff: async (a) => {
              waits.push(a);
            },
          },
          appliers,
          await opened(d, intentOf('i')),
        ),
      ).rejects.toBe(failure);
      expect([appends, waits]).toEqual([1, []]);
    }
  });

  it('refuses a change of a kind it has no applier for, before writing anything', async () => {
    const d = deps();
    const { appliers } = recorder();
    await expect(completeIntent(d, appliers, intentOf('i', { kind: 'nope' }))).rejects.toThrow(
      'no applier for changes of kind nope',
    );
    expect(d.audit.chains.get(CHAIN)).toBeUndefined();
  });
});

describe('runChange', () => {
  const draft = (id = 'i', over: Partial<ChangeIntent> = {}) => {
    const { since: _since, ...rest } = intentOf(id, over);
    return rest;
  };

  it('writes the intent with the chain head as `since`, appends, applies and closes it', async () => {
    const d = deps();
    await appendForeign(d.audit);
    await appendForeign(d.audit);
    await appendForeign(d.audit);
    const { applied, appliers } = recorder();
    const out = await runChange(d, appliers, draft());
    expect(out.created).toBe(true);
    expect(out.intent.since).toBe(3);
    expect(out.entry?.seq).toBe(4);
    expect(applied).toEqual([{ id: 'i' }]);
    expect((await d.intents.get(CHAIN, 'i'))?.seq).toBe(4);
  });

  it('writes `since` 0 on an empty chain', async () => {
    const d = deps();
    const { appliers } = recorder();
    const out = await runChange(d, appliers, draft());
    expect(out.intent.since).toBe(0);
    expect((await d.intents.get(CHAIN, 'i'))?.since).toBe(0);
    expect(out.entry?.seq).toBe(1);
  });

  it('completes its own new intent even when it would leave another writer’s', async () => {
    const d = deps();
    const { applied, appliers } = recorder();
    const out = await runChange(d, appliers, draft(), { leaveTheirs: () => true });
    expect(out.created).toBe(true);
    expect(out.entry?.seq).toBe(1);
    expect(applied).toHaveLength(1);
  });

  it('leaves another writer’s open intent to it when asked, writing nothing', async () => {
    const d = deps();
    await d.intents.open(intentOf('i'));
    const { applied, appliers } = recorder();
    const seen: ChangeIntent[] = [];
    const out = await runChange(d, appliers, draft('i', { change: { id: 'mine' } }), {
      leaveTheirs: (stored) => {
        seen.push(stored);
        return true;
      },
    });
    expect(out).toEqual({ intent: { ...intentOf('i') }, created: false });
    expect(seen.map((s) => s.change)).toEqual([{ id: 'i' }]);
    expect(d.audit.chains.get(CHAIN)).toBeUndefined();
    expect(applied).toEqual([]);
  });

  it('completes another writer’s open intent when not left to it, with its change', async () => {
    for (const options of [{}, { leaveTheirs: () => false }]) {
      const d = deps();
      await d.intents.open(intentOf('i'));
      const { applied, appliers } = recorder();
      const out = await runChange(d, appliers, draft('i', { change: { id: 'mine' } }), options);
      expect(out.created).toBe(false);
      expect(out.entry?.seq).toBe(1);
      expect(applied).toEqual([{ id: 'i' }]);
      expect((await d.intents.get(CHAIN, 'i'))?.seq).toBe(1);
    }
  });

  it('returns a complete intent with its entry, applying nothing again', async () => {
    const d = deps();
    const { applied, appliers } = recorder();
    const first = await runChange(d, appliers, draft());
    await appendForeign(d.audit);
    for (const options of [{}, { leaveTheirs: () => true }]) {
      const again = await runChange(d, appliers, draft(), options);
      expect(again.created).toBe(false);
      expect(again.entry).toEqual(first.entry);
      expect(again.intent.seq).toBe(1);
    }
    expect(applied).toHaveLength(1);
    expect(d.audit.chains.get(CHAIN)).toHaveLength(2);
  });

  it('appends its new intent’s entry right after the head it read: no second read, that head handed on', async () => {
    const d = deps();
    const head = await appendForeign(d.audit);
    const reads: number[] = [];
    const prevs: (AuditEntry | undefined)[] = [];
    const audit = Object.assign(Object.create(d.audit) as FakeAudit, {
      from: async (chain: string, seq: number) => {
        reads.push(seq);
        return d.audit.from(chain, seq);
      },
      append: async (chain: string, e: AuditEntry, prev?: AuditEntry) => {
        prevs.push(prev);
        return d.audit.append(chain, e);
      },
    });
    const { appliers } = recorder();
    const out = await runChange({ ...d, audit }, appliers, draft());
    expect(out.entry).toMatchObject({ seq: 2, prevHash: head.hash });
    expect(reads).toEqual([]);
    expect(prevs).toEqual([head]);
    expect(verifyChain(d.audit.chains.get(CHAIN) ?? [])).toMatchObject({ ok: true, length: 2 });
  });

  it('reads the chain when the head it read was lost, finding its entry if another appended it', async () => {
    // a resumer of another process (its own audit port: no turn shared) completes the fresh
    // intent between its write and the writer's own append
    const d = deps();
    await appendForeign(d.audit);
    const { applied, appliers } = recorder();
    let resumed = false;
    const intents = Object.assign(Object.create(d.intents) as FakeIntents, {
      open: async (intent: ChangeIntent) => {
        const out = await d.intents.open(intent);
        if (!resumed) {
          resumed = true;
          await appendForeign(d.audit);
          const elsewhere = Object.create(d.audit) as FakeAudit;
          await completeIntent({ audit: elsewhere, intents: d.intents }, appliers, out.stored);
        }
        return out;
      },
    });
    const out = await runChange({ ...d, intents }, appliers, draft());
    expect(out.created).toBe(true);
    expect(out.entry?.seq).toBe(3);
    const chain = d.audit.chains.get(CHAIN) ?? [];
    expect(chain.filter((e) => intentOfEntry(e) === 'i')).toHaveLength(1);
    expect(verifyChain(chain)).toMatchObject({ ok: true, length: 3 });
    expect(applied).toHaveLength(2); // applying is idempotent: the resumer's and the writer's
  });

  it('refuses an intent whose recorded entry is not its own', async () => {
    const d = deps();
    const { appliers } = recorder();
    await appendForeign(d.audit, CHAIN, { intent: 'other' });
    await d.intents.open(intentOf('i'));
    await d.intents.complete(CHAIN, 'i', 1);
    await expect(runChange(d, appliers, draft())).rejects.toThrow(
      `intent i names entry 1 of ${CHAIN}, which is not its`,
    );
    // an entry past the chain's end is no entry of it either
    await d.intents.open(intentOf('j'));
    await d.intents.complete(CHAIN, 'j', 5);
    await expect(runChange(d, appliers, draft('j'))).rejects.toThrow(
      `intent j names entry 5 of ${CHAIN}, which is not its`,
    );
  });
});

/** An intent store whose pages continue after the last id listed, as the real store's keys do. */
class KeyedIntents extends FakeIntents {
  readonly requests: PageRequest[] = [];
  override async listOpen(req: PageRequest, chain?: string) {
    this.requests.push(req);
    if (this.requests.length > 50) throw new Error('runaway paging');
    const open = [...this.rows.values()]
      .filter((i) => i.seq === undefined && (chain === undefined || i.chain === chain))
      .sort((a, b) => (a.chain + a.id < b.chain + b.id ? -1 : 1))
      .filter((i) => req.cursor === undefined || i.chain + i.id > req.cursor);
    const items = open.slice(0, req.limit);
    const last = items.at(-1);
    return open.length > req.limit && last ? { items, cursor: last.chain + last.id } : { items };
  }
}

const openMany = async (intents: IntentStore, chain: string, n: number, at = AT) => {
  for (let i = 0; i < n; i++)
    await intents.open(
      intentOf(`i${String(i).padStart(3, '0')}`, { chain, audit: input({ n: i }, at) }),
    );
};

describe('resumeChanges', () => {
  it('completes every open intent, page after page, and counts them', async () => {
    const d = { audit: new FakeAudit(), intents: new KeyedIntents() };
    await openMany(d.intents, CHAIN, 150);
    await openMany(d.intents, 'calendar', 3);
    const { applied, appliers } = recorder();
    expect(await resumeChanges(d, appliers)).toBe(153);
    expect(applied).toHaveLength(153);
    expect(d.audit.chains.get(CHAIN)).toHaveLength(150);
    expect(d.audit.chains.get('calendar')).toHaveLength(3);
    expect((await d.intents.listOpen({ limit: 500 })).items).toEqual([]);
    expect(await resumeChanges(d, appliers)).toBe(0);
  });

  it('completes only the open intents of the chain asked for', async () => {
    const d = { audit: new FakeAudit(), intents: new KeyedIntents() };
    await openMany(d.intents, CHAIN, 2);
    await openMany(d.intents, 'calendar', 3);
    const { appliers } = recorder();
    expect(await resumeChanges(d, appliers, 'calendar')).toBe(3);
    expect(d.audit.chains.get(CHAIN)).toBeUndefined();
    expect((await d.intents.listOpen({ limit: 10 }, CHAIN)).items).toHaveLength(2);
  });

  it('leaves the changes asked for at or after `askedBefore` to their writers', async () => {
    const d = { audit: new FakeAudit(), intents: new KeyedIntents() };
    const before = '2026-03-02T00:59:00.000Z';
    await d.intents.open(intentOf('old', { audit: input({}, '2026-03-02T00:58:59.999Z') }));
    await d.intents.open(intentOf('edge', { audit: input({}, before) }));
    await d.intents.open(intentOf('new', { audit: input({}, AT) }));
    const { applied, appliers } = recorder();
    expect(await resumeChanges(d, appliers, CHAIN, { askedBefore: before })).toBe(1);
    expect(applied).toEqual([{ id: 'old' }]);
    const open = (await d.intents.listOpen({ limit: 10 }, CHAIN)).items.map((i) => i.id);
    expect(open.sort()).toEqual(['edge', 'new']);
  });

  it('pages past more than a page of changes under way without completing them', async () => {
    const d = { audit: new FakeAudit(), intents: new KeyedIntents() };
    await openMany(d.intents, CHAIN, 101, AT);
    await d.intents.open(intentOf('zzz', { audit: input({}, '2026-03-01T00:00:00.000Z') }));
    const { applied, appliers } = recorder();
    expect(
      await resumeChanges(d, appliers, CHAIN, { askedBefore: '2026-03-02T00:00:00.000Z' }),
    ).toBe(1);
    expect(applied).toEqual([{ id: 'zzz' }]);
    expect(d.intents.requests).toEqual([{ limit: 100 }, { limit: 100, cursor: `${CHAIN}i099` }]);
  });
});

describe('a fresh intent: its entry right after the head read for its `since`', () => {
  /** The audit log, with the reads of the chain counted. */
  const counted = (audit: FakeAudit) => {
    const reads: number[] = [];
    const from = audit.from.bind(audit);
    return {
      reads,
      audit: Object.assign(Object.create(audit) as FakeAudit, {
        from: async (chain: string, seq: number) => {
          reads.push(seq);
          return from(chain, seq);
        },
      }),
    };
  };

  it('on an empty chain, appends the first entry without reading the chain', async () => {
    const d = deps();
    const { reads, audit } = counted(d.audit);
    const { appliers } = recorder();
    const { since: _since, ...draft } = intentOf('i');
    const out = await runChange({ ...d, audit }, appliers, draft);
    expect(out.entry?.seq).toBe(1);
    expect(reads).toEqual([]);
    expect(verifyChain(d.audit.chains.get(CHAIN) ?? [])).toMatchObject({ ok: true, length: 1 });
  });

  it('reads the chain when the head handed on is not the one of its `since`', async () => {
    // the intent was written at seq 1; its entry (seq 2) is the head handed on: never twice
    const d = deps();
    const first = await appendForeign(d.audit);
    const intent = await opened(d, intentOf('i', { since: first.seq }));
    const mine = appendEntry(first, { ...intent.audit, data: { target: 'T01', intent: 'i' } });
    await d.audit.append(CHAIN, mine);
    const { reads, audit } = counted(d.audit);
    const { appliers } = recorder();
    const entry = await completeIntent({ ...d, audit }, appliers, intent, { head: mine });
    expect(entry).toEqual(mine);
    expect(reads).toEqual([1]);
    expect(d.audit.chains.get(CHAIN)).toHaveLength(2);
    // nor when none is handed on for an intent written after an entry
    const other = await opened(d, intentOf('j', { since: 2 }));
    const { reads: again, audit: audit2 } = counted(d.audit);
    const next = await completeIntent({ ...d, audit: audit2 }, appliers, other, {
      head: undefined,
    });
    expect([next.seq, again]).toEqual([3, [2]]);
  });
});
