import { inspectionType, publicResult } from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { task } from './fixtures';
import { recorded } from './result-scenario';

/** What the public sees of a result: 定向/不定向, the follow-ups, the target's identity. */
const names = { planName: '2026年度计划', itemName: '食品生产检查', target: { name: '某食品厂' } };
const none = { kinds: [], towns: [], industries: [], riskClasses: [] };
const fine = {
  decisionNo: '台市监罚〔2026〕12号',
  decisionDate: '2026-05-18',
  kind: '罚款人民币伍仟元',
  warningOnly: false,
  procedure: 'ordinary' as const,
};

describe('inspectionType', () => {
  it('is 定向抽查 when any one of kind, town, industry or risk class narrows the pool', () => {
    expect(inspectionType({ scope: none })).toBe('不定向抽查');
    expect(inspectionType({ scope: { ...none, kinds: ['enterprise'] } })).toBe('定向抽查');
    expect(inspectionType({ scope: { ...none, towns: ['泥沟镇'] } })).toBe('定向抽查');
    expect(inspectionType({ scope: { ...none, industries: ['食品制造'] } })).toBe('定向抽查');
    expect(inspectionType({ scope: { ...none, riskClasses: ['A'] } })).toBe('定向抽查');
  });
});

describe('publicResult', () => {
  it('shows a follow-up’s published penalty decision, and nothing of a warning-only one', () => {
    const p = publicResult(
      task(),
      recorded({
        followUps: [
          {
            seq: 1,
            date: '2026-05-18',
            penalty: fine,
            recordedBy: 'u1',
            recordedAt: '2026-05-18T02:00:00Z',
          },
        ],
      }),
      names,
    );
    expect(p.followUps).toEqual([
      {
        date: '2026-05-18',
        penalty: { decisionNo: fine.decisionNo, decisionDate: fine.decisionDate, kind: fine.kind },
      },
    ]);
    const warned = publicResult(
      task(),
      recorded({
        followUps: [
          {
            seq: 1,
            date: '2026-05-18',
            penalty: { ...fine, kind: '警告', warningOnly: true },
            recordedBy: 'u1',
            recordedAt: '2026-05-18T02:00:00Z',
          },
        ],
      }),
      names,
    );
    expect(warned.followUps).toEqual([{ date: '2026-05-18' }]);
    expect(warned.penalty).toBeUndefined();
  });

  it('has no follow-ups when none was recorded', () => {
    expect(publicResult(task(), recorded(), names)).not.toHaveProperty('followUps');
    expect(publicResult(task(), recorded({ followUps: [] }), names)).not.toHaveProperty(
      'followUps',
    );
  });

  it('names the target by its 统一社会信用代码 where it has one', () => {
    const uscc = '91331002MA2AXXXX1X';
    expect(
      publicResult(task(), recorded(), { ...names, target: { name: '某食品厂', uscc } }).uscc,
    ).toBe(uscc);
    expect(publicResult(task(), recorded(), names)).not.toHaveProperty('uscc');
  });
});
