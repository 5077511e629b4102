import { type AuditEntry, appendEntry, ConflictError, verifyChain } from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { useEmbeddedStore } from '../support/embedded-store';

const store = useEmbeddedStore();

const input = (n: number) => ({
  at: `2026-03-01T00:00:${String(n % 60).padStart(2, '0')}.000Z`,
  actor: 'office:alice',
  action: 'task.advance',
  subject: '2026-SCJG-001',
  data: { n },
});

const appendMany = async (chain: string, n: number): Promise<AuditEntry[]> => {
  const out: AuditEntry[] = [];
  for (let i = 0; i < n; i++) {
    const entry = appendEntry(out[out.length - 1], input(i));
    await store.repositories.audit.append(chain, entry);
    out.push(entry);
  }
  return out;
};

describe('audit log', () => {
  it('appends in seq order and reads the chain back page by page, verifiable', async () => {
    const chain = '2026-SCJG-001';
    expect(await store.repositories.audit.head(chain)).toBeUndefined();
    const written = await appendMany(chain, 25);
    expect(await store.repositories.audit.head(chain)).toEqual(written[24]);
    const read: AuditEntry[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.repositories.audit.read(chain, {
        limit: 10,
        ...(cursor ? { cursor } : {}),
      });
      read.push(...page.items);
      cursor = page.cursor;
    } while (cursor);
    expect(read).toEqual(written);
    expect(verifyChain(read)).toMatchObject({ ok: true, length: 25 });
  });

  it('of two appenders holding the same head, one wins and the other is told to re-read', async () => {
    const chain = '2026-SCJG-002';
    const [head] = await appendMany(chain, 1);
    const a = appendEntry(head, { ...input(1), actor: 'office:a' });
    const b = appendEntry(head, { ...input(2), actor: 'office:b' });
    const outcomes = await Promise.allSettled([
      store.repositories.audit.append(chain, a),
      store.repositories.audit.append(chain, b),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ConflictError);
    expect(refused.reason).toMatchObject({ code: 'AUDIT.STALE' });
    const chainNow = (await store.repositories.audit.read(chain, { limit: 10 })).items;
    expect(chainNow).toHaveLength(2);
    expect(verifyChain(chainNow).ok).toBe(true);
  });

  it('refuses gaps and entries that do not chain on the stored head', async () => {
    const chain = '2026-SCJG-003';
    const [first] = await appendMany(chain, 1);
    const second = appendEntry(first, input(1));
    const third = appendEntry(second, input(2));
    await expect(store.repositories.audit.append(chain, third)).rejects.toMatchObject({
      code: 'AUDIT.STALE',
    });
    const forged = { ...second, prevHash: 'f'.repeat(64) };
    await expect(store.repositories.audit.append(chain, forged)).rejects.toMatchObject({
      code: 'AUDIT.STALE',
    });
    expect((await store.repositories.audit.read(chain, { limit: 10 })).items).toEqual([first]);
  });

  it('takes the previous entry the caller read, and still refuses an entry that does not chain on it', async () => {
    const chain = '2026-SCJG-005';
    const [first] = await appendMany(chain, 1);
    const second = appendEntry(first, input(1));
    await store.repositories.audit.append(chain, second, first);
    const forged = { ...appendEntry(second, input(2)), prevHash: 'f'.repeat(64) };
    await expect(store.repositories.audit.append(chain, forged, second)).rejects.toMatchObject({
      code: 'AUDIT.STALE',
    });
    // a `prev` that is not entry seq − 1 is not taken: the stored one is read
    const third = appendEntry(second, input(3));
    await store.repositories.audit.append(chain, third, first);
    // the seq is write-once whatever the caller read
    const rival = appendEntry(second, { ...input(4), actor: 'office:rival' });
    await expect(store.repositories.audit.append(chain, rival, second)).rejects.toMatchObject({
      code: 'AUDIT.STALE',
    });
    const read = (await store.repositories.audit.read(chain, { limit: 10 })).items;
    expect(read).toEqual([first, second, third]);
    expect(verifyChain(read)).toMatchObject({ ok: true, length: 3 });
  });

  it('keeps the calendar chain apart from task chains', async () => {
    const written = await appendMany('calendar', 3);
    expect((await store.repositories.audit.read('calendar', { limit: 10 })).items).toEqual(written);
    expect(await store.repositories.audit.head('2026-SCJG-404')).toBeUndefined();
  });
});
