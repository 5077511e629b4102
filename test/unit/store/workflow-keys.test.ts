import { indexKeys, keys, partitions } from '@double-random/store';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const code = fc.stringMatching(/^[\x21-\x2B\x2D-\x7E]{1,64}$/);
const instant = fc
  .integer({ min: Date.parse('2000-01-01'), max: Date.parse('2099-12-31') })
  .map((ms) => new Date(ms).toISOString());

describe('workflow keys', () => {
  it('builds the documented shapes', () => {
    expect(keys.drawBundle('2026-SCJG-001.AJ')).toEqual({
      pk: 'DRAW#2026-SCJG-001.AJ',
      sk: 'BUNDLE',
    });
    expect(keys.drawAssignment('K', 'K.AJ', 'T#1')).toEqual({
      pk: 'TASK#K',
      sk: 'ASSIGN#K.AJ#T%231',
    });
    expect(keys.itemResult('K', 'T1', 'FOOD-01')).toEqual({
      pk: 'TASK#K',
      sk: 'RESULT#T1#FOOD-01',
    });
    expect(keys.chainAudit('calendar', 3)).toEqual({ pk: 'CALENDAR', sk: 'AUDIT#000000003' });
    expect(keys.chainAudit('K', 3)).toEqual({ pk: 'TASK#K', sk: 'AUDIT#000000003' });
    expect(keys.calendarYear(2026)).toEqual({ pk: 'CALENDAR', sk: 'YEAR#2026' });
    expect(partitions.auditChain('K')).toBe('TASK#K');
    expect(indexKeys.taskInStage('Drawn', 'K')).toEqual({
      gsi1pk: 'TASKS#STAGE#Drawn',
      gsi1sk: 'TASK#K',
    });
  });

  it('sorts one name’s publications newest first, names in order', () => {
    fc.assert(
      fc.property(instant, instant, code, code, (a, b, t1, t2) => {
        const ka = indexKeys.publicResultByName('台州', a, 'K', t1, 'I').gsi2sk;
        const kb = indexKeys.publicResultByName('台州', b, 'K', t2, 'I').gsi2sk;
        if (a !== b) expect(ka < kb).toBe(a > b);
        const other = indexKeys.publicResultByName('台州市', b, 'K', t2, 'I').gsi2sk;
        expect(ka < other).toBe(true);
      }),
    );
  });

  it('never lets a task draw key of one draw prefix another draw’s', () => {
    fc.assert(
      fc.property(code, code, (a, b) => {
        fc.pre(a !== b);
        const ka = keys.drawAssignment('K', a, 'T').sk;
        const kb = keys.drawAssignment('K', b, 'T').sk;
        expect(ka).not.toBe(kb);
      }),
    );
  });
});
