import { getItem, keys } from '@double-random/store';
import { describe, expect, it } from 'vitest';
import { useEmbeddedStore } from '../support/embedded-store';

/** Witnesses' commitments and reveals on the real embedded store: each written once. */
const store = useEmbeddedStore();
const TASK = '2026-SCJG-031';
const hex = (c: string) => c.repeat(64);

const commitmentOf = (witness: string, commitment: string) => ({
  taskId: TASK,
  witness,
  commitment,
  by: `${witness.toLowerCase()}-1`,
  at: '2026-03-01T02:00:00.000Z',
});

describe('witness store', () => {
  it('keeps one commitment per witness: a retry returns it, another hash is refused', async () => {
    const w = store.repositories.witnesses;
    const jjjc = commitmentOf('JJJC', hex('a'));
    expect(await w.putCommitment(jjjc)).toEqual(jjjc);
    // a retry later (another instant) returns what was stored first
    expect(await w.putCommitment({ ...jjjc, at: '2026-03-01T03:00:00.000Z' })).toEqual(jjjc);
    await expect(w.putCommitment({ ...jjjc, commitment: hex('b') })).rejects.toMatchObject({
      code: 'WITNESS.COMMITMENT_EXISTS',
      kind: 'conflict',
    });
    await w.putCommitment(commitmentOf('STHJ', hex('c')));
    expect((await w.listCommitments(TASK)).map((c) => [c.witness, c.commitment])).toEqual([
      ['JJJC', hex('a')],
      ['STHJ', hex('c')],
    ]);
    expect(await getItem(store.table, keys.witnessCommitment(TASK, 'JJJC'))).toMatchObject({
      commitment: hex('a'),
    });
    expect(await w.listCommitments('2026-SCJG-404')).toEqual([]);
  });

  it('keeps one reveal per witness, apart from the commitments', async () => {
    const w = store.repositories.witnesses;
    const reveal = {
      ...commitmentOf('JJJC', ''),
      reveal: hex('d'),
      at: '2026-03-03T02:00:00.000Z',
    };
    const { commitment: _c, ...record } = reveal;
    expect(await w.putReveal(record)).toEqual(record);
    expect(await w.putReveal({ ...record, at: '2026-03-03T04:00:00.000Z' })).toEqual(record);
    await expect(w.putReveal({ ...record, reveal: hex('e') })).rejects.toMatchObject({
      code: 'WITNESS.REVEAL_EXISTS',
    });
    expect(await w.listReveals(TASK)).toEqual([record]);
    expect((await w.listCommitments(TASK)).every((c) => 'commitment' in c)).toBe(true);
  });
});
