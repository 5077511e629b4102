import {
  type Actor,
  assertEvidenceAllowed,
  assertEvidenceBytes,
  assertItemOnList,
  type Case,
  caseId,
  caseReport,
  newCase,
  publicCaseResult,
  type RecordCaseInput,
  verifyTaskEvidence,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';

const scjg: Actor = { sub: 'clerk-1', roles: ['dept:SCJG'] };
const NOW = '2026-06-10T02:00:00.000Z';
const input = (extra: Partial<RecordCaseInput> = {}): RecordCaseInput => ({
  department: 'SCJG',
  source: 'complaint',
  referenceNo: '台儿庄市监投〔2026〕第0117号',
  receivedOn: '2026-06-01',
  targetId: 'T-1',
  item: 'SCJG-001',
  method: 'on-site',
  inspectionDate: '2026-06-03',
  wording: 'no-problem',
  team: ['I-1', 'I-2'],
  ...extra,
});
const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as { code: string; details?: { field?: string } }).code;
  }
  return 'none';
};

describe('case inspections (个案处理)', () => {
  it('names a case by its department, year and reference number: the same lead, the same id', () => {
    const a = newCase(input(), { actor: scjg, now: NOW });
    expect(a.id).toBe(caseId('SCJG', '2026-06-01', '台儿庄市监投〔2026〕第0117号'));
    expect(a.id).toMatch(/^SCJG-2026-[0-9a-f]{12}$/);
    expect(caseId('SCJG', '2026-06-01', 'other')).not.toBe(a.id);
    expect(a).toMatchObject({
      year: 2026,
      suspectedCrime: false,
      evidence: [],
      recordedBy: 'clerk-1',
    });
  });

  it('refuses another department, a lead from the future, an inspection before its lead', () => {
    expect(
      codeOf(() => newCase(input(), { actor: { sub: 'x', roles: ['dept:YJGL'] }, now: NOW })),
    ).toBe('CASE.NOT_DEPARTMENT');
    expect(
      codeOf(() => newCase(input({ receivedOn: '2026-06-11' }), { actor: scjg, now: NOW })),
    ).toBe('CASE.INVALID');
    expect(
      codeOf(() => newCase(input({ inspectionDate: '2026-05-31' }), { actor: scjg, now: NOW })),
    ).toBe('CASE.INVALID');
    expect(codeOf(() => newCase(input({ team: ['I-1', 'I-1'] }), { actor: scjg, now: NOW }))).toBe(
      'CASE.INVALID',
    );
  });

  it('needs a handoff when the result leaves a problem or a crime is suspected', () => {
    for (const extra of [{ wording: 'pending-follow-up' as const }, { suspectedCrime: true }])
      expect(codeOf(() => newCase(input(extra), { actor: scjg, now: NOW }))).toBe('CASE.INVALID');
    const handed = newCase(
      input({ wording: 'pending-follow-up', handoff: { to: '区综合行政执法局', note: '移交' } }),
      { actor: scjg, now: NOW },
    );
    expect(handed.handoff?.to).toBe('区综合行政执法局');
  });

  it('清单之外无检查: an item absent from the list, or inactive, is refused naming the rule', () => {
    expect(codeOf(() => assertItemOnList('SCJG', 'X', undefined))).toBe('CASE.ITEM_NOT_ON_LIST');
    expect(codeOf(() => assertItemOnList('SCJG', 'X', { status: 'inactive' }))).toBe(
      'CASE.ITEM_NOT_ON_LIST',
    );
    expect(codeOf(() => assertItemOnList('SCJG', 'X', { status: 'active' }))).toBe('none');
    try {
      assertItemOnList('SCJG', 'X', undefined);
    } catch (e) {
      expect((e as { details: { rule: string; field: string } }).details).toMatchObject({
        field: 'item',
        rule: expect.stringContaining('清单之外无检查'),
      });
    }
  });

  it('publishes as 个案 with its source and the evidence count, never the reference or the team', () => {
    const c: Case = newCase(
      input({
        evidence: [
          { id: 'ab/1', sha256: 'a'.repeat(64) },
          { id: 'cd/2', sha256: 'b'.repeat(64) },
        ],
        penalty: {
          decisionNo: '台市监罚〔2026〕1号',
          decisionDate: '2026-06-05',
          kind: '警告',
          warningOnly: true,
        },
        note: '投诉人张某',
      }),
      { actor: scjg, now: NOW },
    );
    const shown = publicCaseResult(c, { itemName: '食品经营', target: { name: '某餐馆' } });
    expect(shown).toMatchObject({
      inspectionType: '个案',
      caseSource: '投诉举报',
      taskId: c.id,
      evidenceCount: 2,
      result: '未发现问题',
    });
    // a warning-only penalty is not published
    expect(shown.penalty).toBeUndefined();
    const text = JSON.stringify(shown);
    for (const secret of ['0117', 'I-1', '张某', 'a'.repeat(64)])
      expect(text).not.toContain(secret);
  });
});

describe('the district report of cases', () => {
  it('counts cases apart, by source, with their share and the share of inspections from the list', () => {
    const r = caseReport(
      [
        { source: 'complaint', onList: true, publishedAt: '2026-06-10T00:00:00Z' },
        { source: 'complaint', onList: true },
        { source: 'data-monitoring', onList: true },
      ],
      { inspections: 97, onList: 97 },
    );
    expect(r).toEqual({
      count: 3,
      bySource: { complaint: 2, referral: 0, 'data-monitoring': 1 },
      published: 1,
      drawnInspections: 97,
      allInspections: 100,
      fromListShareBp: 10000,
      caseShareBp: 300,
    });
    // a case stored past the rule (its item on no list) shows in the share
    const broken = caseReport([{ source: 'referral', onList: false }], {
      inspections: 3,
      onList: 3,
    });
    expect(broken.fromListShareBp).toBe(7500);
    expect(caseReport([], { inspections: 0, onList: 0 })).toMatchObject({
      fromListShareBp: 10000,
      caseShareBp: 0,
    });
  });
});

describe('evidence (全过程记录)', () => {
  const sha = 'c'.repeat(64);

  it('accepts photos, audio, video and documents within their limits, and nothing else', () => {
    expect(
      codeOf(() => assertEvidenceAllowed({ sha256: sha, size: 1000, contentType: 'image/jpeg' })),
    ).toBe('none');
    expect(
      codeOf(() =>
        assertEvidenceAllowed({ sha256: sha, size: 1000, contentType: 'video/mp4; codecs=x' }),
      ),
    ).toBe('none');
    expect(
      codeOf(() =>
        assertEvidenceAllowed({ sha256: sha, size: 10, contentType: 'application/x-msdownload' }),
      ),
    ).toBe('EVIDENCE.TYPE_NOT_ALLOWED');
    expect(
      codeOf(() =>
        assertEvidenceAllowed({
          sha256: sha,
          size: 20 * 1024 * 1024 + 1,
          contentType: 'image/png',
        }),
      ),
    ).toBe('EVIDENCE.TOO_LARGE');
    expect(
      codeOf(() =>
        assertEvidenceAllowed({ sha256: sha, size: 20 * 1024 * 1024, contentType: 'image/png' }),
      ),
    ).toBe('none');
  });

  it('refuses bytes of another hash or length than declared', () => {
    expect(
      codeOf(() => assertEvidenceBytes({ sha256: sha }, { sha256: 'd'.repeat(64), size: 3 })),
    ).toBe('EVIDENCE.HASH_MISMATCH');
    expect(
      codeOf(() => assertEvidenceBytes({ sha256: sha, size: 4 }, { sha256: sha, size: 3 })),
    ).toBe('EVIDENCE.SIZE_MISMATCH');
    expect(
      codeOf(() => assertEvidenceBytes({ sha256: sha, size: 3 }, { sha256: sha, size: 3 })),
    ).toBe('none');
  });

  it('finds a file changed or missing after upload, and a result whose evidence left its entry', async () => {
    const e1 = { id: 'aa/1', sha256: 'a'.repeat(64) };
    const e2 = { id: 'bb/2', sha256: 'b'.repeat(64) };
    const entries = [
      { action: 'result.record', subject: 'T/t1/I', data: { evidence: [e1, e2] } },
      { action: 'result.record', subject: 'T/t2/I', data: { evidence: [e1] } },
      { action: 'result.publish', subject: 'T/t1/I', data: {} },
    ];
    const stored = new Map([
      [e1.sha256, 'intact' as const],
      [e2.sha256, 'changed' as const],
    ]);
    const report = await verifyTaskEvidence(
      'T',
      entries,
      [
        { targetId: 't1', item: 'I', evidence: [e1, e2] },
        { targetId: 't2', item: 'I', evidence: [e2] },
      ],
      async (h) => stored.get(h) ?? 'missing',
    );
    expect(report.ok).toBe(false);
    expect(report.files.map((f) => f.status)).toEqual(['intact', 'changed', 'intact']);
    expect(report.problems).toEqual([
      'T/t1/I: bb/2 is changed',
      "T/t2/I: the stored result's evidence is not what its audit entry records",
    ]);
    const clean = await verifyTaskEvidence(
      'T',
      entries.slice(1, 2),
      [{ targetId: 't2', item: 'I', evidence: [e1] }],
      async () => 'intact',
    );
    expect(clean).toMatchObject({ ok: true, problems: [] });
    const gone = await verifyTaskEvidence(
      'T',
      entries.slice(1, 2),
      [{ targetId: 't2', item: 'I', evidence: [e1] }],
      async () => 'missing',
    );
    expect(gone.problems).toEqual(['T/t2/I: aa/1 is missing']);
  });
});
