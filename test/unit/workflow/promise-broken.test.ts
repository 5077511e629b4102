import {
  APPROVING_DEPARTMENT,
  departmentName,
  type InspectionResult,
  newHandoff,
  RecordResultInputSchema,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';

/** 告知承诺 (台政发〔2019〕10号 六(一)): a broken promise is handed to the approving department. */
const input = (over: Record<string, unknown> = {}) => ({
  taskId: '2026-ZJJ-004',
  targetId: 'XM0001',
  item: 'ZJJ-03',
  method: 'on-site',
  inspectionDate: '2026-04-01',
  wording: 'pending-follow-up',
  team: ['P1', 'P2'],
  ...over,
});

const result = (over: Partial<InspectionResult> = {}): InspectionResult => ({
  taskId: '2026-ZJJ-004',
  targetId: 'XM0001',
  item: 'ZJJ-03',
  department: 'ZJJ',
  method: 'on-site',
  inspectionDate: '2026-04-01',
  wording: 'pending-follow-up',
  evidence: [],
  team: ['P1', 'P2'],
  suspectedCrime: false,
  promiseBroken: true,
  recordedBy: 'P1',
  recordedAt: '2026-04-01T08:00:00Z',
  publication: { dueBy: '2026-04-30', provisional: false },
  ...over,
});

const ctx = { actor: { sub: 'u1', roles: ['dept:ZJJ'] }, now: '2026-04-02T01:00:00Z' };
const handoff = (receiverDepartment: string) => ({
  taskId: '2026-ZJJ-004',
  targetId: 'XM0001',
  item: 'ZJJ-03',
  kind: 'department-in-charge' as const,
  receiverDepartment,
  receiverName: departmentName(receiverDepartment),
  reason: '承诺不兑现',
  date: '2026-04-02',
});

describe('承诺不兑现', () => {
  it('is recorded with a problem left to follow up, and only with one', () => {
    expect(RecordResultInputSchema.parse(input({ promiseBroken: true })).promiseBroken).toBe(true);
    const refused = RecordResultInputSchema.safeParse(
      input({ promiseBroken: true, wording: 'no-problem' }),
    );
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.path).toEqual(['promiseBroken']);
    expect(RecordResultInputSchema.parse(input()).promiseBroken).toBeUndefined();
  });

  it('is handed to 区行政审批服务局, never to another department', () => {
    expect(departmentName(APPROVING_DEPARTMENT.code)).toBe('区行政审批服务局');
    const h = newHandoff(result(), handoff('XZSP'), ctx);
    expect(h).toMatchObject({ receiverDepartment: 'XZSP', receiverName: '区行政审批服务局' });
    expect(() => newHandoff(result(), handoff('ZRZY'), ctx)).toThrow(
      expect.objectContaining({
        code: 'HANDOFF.PROMISE_TO_APPROVER',
        details: expect.objectContaining({ field: 'receiverDepartment', value: 'ZRZY' }),
      }),
    );
    // an ordinary problem still goes to the department in charge
    expect(newHandoff(result({ promiseBroken: undefined }), handoff('ZRZY'), ctx).from).toBe('ZJJ');
  });
});
