import { drawRunner } from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { office, scjg, sthj, told } from './stored-task';

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return told(e as never);
  }
  throw new Error('expected a refusal');
};

describe('drawRunner (台政发〔2019〕12号 二(五))', () => {
  it('lets the office run any draw, and the initiating department its own', () => {
    expect(drawRunner(office, 'SCJG', 'enter draw entropy')).toEqual({
      by: 'office-1',
      as: 'office',
    });
    expect(drawRunner(scjg, 'SCJG', 'enter draw entropy')).toEqual({ by: 'scjg-1', as: 'SCJG' });
  });

  it('refuses a participating department, naming what it asked, the initiator and the rule', () => {
    expect(refusal(() => drawRunner(sthj, 'SCJG', 'create this task'))).toEqual({
      code: 'TASK.NOT_DRAW_RUNNER',
      kind: 'forbidden',
      message:
        "sthj-1 may not create this task: only the initiating department SCJG (抽查发起部门) or the office runs this task's draw",
      details: {
        field: 'department',
        rule: '台政发〔2019〕12号 二(五): the initiating department draws; the office may run any draw',
        value: 'SCJG',
      },
    });
  });
});
