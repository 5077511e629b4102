import { z } from 'zod';

/**
 * The district report's line for case inspections (个案处理, 二(七)), shown apart from the draws:
 * how many, from which source, how many published, and what share of all the year's
 * inspections (drawn targets per item, plus cases) inspected an item of a department's list.
 * Cases never enter the quota bands or the joint-draw share; this line is the only place
 * they are counted.
 */
export const CaseReportSchema = z.object({
  count: z.number().int().meta({ description: 'cases received in the year' }),
  bySource: z.object({
    complaint: z.number().int().meta({ description: '投诉举报' }),
    referral: z.number().int().meta({ description: '转办交办' }),
    'data-monitoring': z.number().int().meta({ description: '大数据监测' }),
  }),
  published: z.number().int(),
  drawnInspections: z
    .number()
    .int()
    .meta({ description: 'targets the draws selected, per item (the quota report’s drawn)' }),
  allInspections: z.number().int().meta({ description: 'drawn inspections plus cases' }),
  fromListShareBp: z.number().int().meta({
    description:
      'inspections of an item on its department’s list over all, in basis points: 清单之外无检查, both a task’s items and a case’s are refused otherwise, so anything below 10000 is a fault',
  }),
  caseShareBp: z
    .number()
    .int()
    .meta({ description: 'cases over all inspections, bp rounded down' }),
});
export type CaseReport = z.infer<typeof CaseReportSchema>;

const bp = (n: number, d: number) => (d === 0 ? 0 : Math.floor((n * 10000) / d));

export const caseReport = (
  cases: readonly { source: keyof CaseReport['bySource']; publishedAt?: string; onList: boolean }[],
  drawn: { inspections: number; onList: number },
): CaseReport => {
  const bySource = { complaint: 0, referral: 0, 'data-monitoring': 0 };
  for (const c of cases) bySource[c.source]++;
  const all = drawn.inspections + cases.length;
  const onList = drawn.onList + cases.filter((c) => c.onList).length;
  return {
    count: cases.length,
    bySource,
    published: cases.filter((c) => c.publishedAt).length,
    drawnInspections: drawn.inspections,
    allInspections: all,
    fromListShareBp: all === 0 ? 10000 : bp(onList, all),
    caseShareBp: bp(cases.length, all),
  };
};
