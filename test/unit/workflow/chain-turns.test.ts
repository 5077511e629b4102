import {
  type AuditEntry,
  type ChangeApplier,
  type ChangeDeps,
  inTurn,
  runChange,
  TURN_WAIT_MS,
  verifyChain,
} from '@double-random/domain';
import { describe, expect, it, vi } from 'vitest';
import { FakeAudit, FakeIntents } from './fakes';

/** Writers of one process take turns on a chain: none loses the head to another. */
const CHAIN = '2026-SCJG-007';
const AT = '2026-03-02T01:00:00.000Z';
const apply: ChangeApplier<ChangeDeps> = async () => {};

const draft = (id: string) => ({
  id,
  chain: CHAIN,
  kind: 'k',
  audit: { at: AT, actor: 'scjg-1', action: 'result.record', subject: CHAIN, data: { id } },
  change: { id },
});

/** An audit port that yields between its reads and writes, as a store does. */
const slowAudit = () => {
  const audit = new FakeAudit();
  const appends: number[] = [];
  const heads: string[] = [];
  const tick = () => new Promise((r) => setTimeout(r, 1));
  const head = audit.head.bind(audit);
  const append = audit.append.bind(audit);
  audit.head = async (chain) => {
    heads.push(chain);
    await tick();
    return head(chain);
  };
  audit.append = async (chain: string, e: AuditEntry) => {
    appends.push(e.seq);
    await tick();
    return append(chain, e);
  };
  return { audit, appends, heads };
};

describe('turns on a chain', () => {
  it('20 changes of one process at once: each appended on its first attempt', async () => {
    const { audit, appends } = slowAudit();
    const deps = { audit, intents: new FakeIntents() };
    const outs = await Promise.all(
      Array.from({ length: 20 }, (_, i) => runChange(deps, { k: apply }, draft(`i${i}`))),
    );
    expect(outs.every((o) => o.created)).toBe(true);
    expect(appends).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(verifyChain(audit.chains.get(CHAIN) ?? [])).toMatchObject({ ok: true, length: 20 });
  });

  it('hands the head on while writers queue, reads it again once the queue is empty', async () => {
    const { audit, heads } = slowAudit();
    const deps = { audit, intents: new FakeIntents() };
    await Promise.all(
      Array.from({ length: 5 }, (_, i) => runChange(deps, { k: apply }, draft(`a${i}`))),
    );
    expect(heads).toHaveLength(1);
    await runChange(deps, { k: apply }, draft('b'));
    expect(heads).toHaveLength(2);
    expect(verifyChain(audit.chains.get(CHAIN) ?? [])).toMatchObject({ ok: true, length: 6 });
  });

  it('a head another process moved on meanwhile makes the next writer read the chain', async () => {
    const { audit, appends } = slowAudit();
    const deps = { audit, intents: new FakeIntents() };
    const other = new FakeIntents();
    let intruded = false;
    // another process appends right after this process's first append
    const append = audit.append.bind(audit);
    audit.append = async (chain: string, e: AuditEntry) => {
      await append(chain, e);
      if (!intruded) {
        intruded = true;
        const elsewhere = Object.create(audit) as FakeAudit;
        await runChange({ audit: elsewhere, intents: other }, { k: apply }, draft('theirs'));
      }
    };
    await Promise.all(
      Array.from({ length: 3 }, (_, i) => runChange(deps, { k: apply }, draft(`a${i}`))),
    );
    const chain = audit.chains.get(CHAIN) ?? [];
    expect(verifyChain(chain)).toMatchObject({ ok: true, length: 4 });
    expect(new Set(chain.map((e) => (e.data as { id: string }).id))).toEqual(
      new Set(['a0', 'theirs', 'a1', 'a2']),
    );
    // the second writer lost the head it was handed, once
    expect(appends.filter((seq) => seq === 2)).toHaveLength(2);
  });

  it('runs work in the order asked, one at a time, per audit port and chain', async () => {
    const a = new FakeAudit();
    const b = new FakeAudit();
    const log: string[] = [];
    const work = (name: string) => async () => {
      log.push(`${name}+`);
      await new Promise((r) => setTimeout(r, 2));
      log.push(`${name}-`);
      return name;
    };
    const answers = await Promise.all([
      inTurn(a, CHAIN, work('a1')),
      inTurn(a, CHAIN, work('a2')),
      inTurn(b, CHAIN, work('b1')),
    ]);
    expect(answers).toEqual(['a1', 'a2', 'b1']);
    // a's two never overlap; b's runs beside them
    expect(log.indexOf('a1-')).toBeLessThan(log.indexOf('a2+'));
    expect(log.indexOf('b1+')).toBeLessThan(log.indexOf('a1-'));
  });

  it('a failed turn lets the next one run', async () => {
    const a = new FakeAudit();
    await expect(
      inTurn(a, CHAIN, async () => {
        throw new Error('store down');
      }),
    ).rejects.toThrow('store down');
    expect(await inTurn(a, CHAIN, async () => 'next')).toBe('next');
  });

  it('a turn held too long is waited for TURN_WAIT_MS at most: a change made from within another on the chain goes on', async () => {
    vi.useFakeTimers();
    try {
      const a = new FakeAudit();
      const log: string[] = [];
      const outer = inTurn(a, CHAIN, async () => {
        log.push('outer+');
        const inner = await inTurn(a, CHAIN, async () => {
          log.push('inner');
          return 'inner';
        });
        log.push('outer-');
        return inner;
      });
      await vi.advanceTimersByTimeAsync(TURN_WAIT_MS - 1);
      expect(log).toEqual(['outer+']);
      await vi.advanceTimersByTimeAsync(1);
      expect(await outer).toBe('inner');
      expect(log).toEqual(['outer+', 'inner', 'outer-']);
      // the chain's turns still run after
      expect(await inTurn(a, CHAIN, async () => 'next')).toBe('next');
    } finally {
      vi.useRealTimers();
    }
  });
});
