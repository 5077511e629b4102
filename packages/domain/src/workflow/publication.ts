import { z } from 'zod';
import { departmentName } from '../codes';
import { currentOutcome, currentPenalty } from './follow-up';
import type { InspectionResult } from './result.schema';
import { penaltyIsPublished, RESULT_WORDINGS } from './result.schema';
import type { Task } from './task.schema';

/**
 * What the public sees of one result: the national publication fields and the target's
 * public identity. Never: evidence, notes, who recorded it, or a warning-only penalty
 * (国办发〔2018〕118号: warnings are not published). Inspectors appear only where the team
 * differs from the draw's (a substitution): the draw record shows who was drawn, so who went
 * instead, and why, is shown beside it (随机选派 stays checkable).
 */
export const PublicResultSchema = z.object({
  planId: z.string().meta({ description: '抽查计划编号' }),
  planName: z.string().meta({ description: '抽查计划名称' }),
  taskId: z.string().meta({ description: '抽查任务编号' }),
  taskName: z.string().meta({ description: '抽查任务名称' }),
  inspectionType: z
    .enum(['定向抽查', '不定向抽查', '个案'])
    .meta({ description: '抽查类型; 个案 for a case inspected outside the draw (二(七))' }),
  caseSource: z
    .string()
    .optional()
    .meta({ description: "a case's source: 投诉举报 / 转办交办 / 大数据监测" }),
  joint: z.boolean().meta({ description: '部门联合抽查' }),
  authority: z.string().meta({ description: '抽查机关' }),
  completedOn: z.string().meta({ description: '抽查完成日期' }),
  item: z.string().meta({ description: '检查事项' }),
  result: z.string().meta({ description: '检查结果' }),
  targetId: z.string(),
  targetName: z.string(),
  uscc: z.string().optional(),
  penalty: z
    .object({ decisionNo: z.string(), decisionDate: z.string(), kind: z.string() })
    .optional()
    .meta({ description: '行政处罚 (not warning-only)' }),
  substitutions: z
    .array(z.object({ out: z.string(), in: z.string(), reason: z.string() }))
    .optional()
    .meta({ description: '换人: a drawn inspector who could not go, the substitute drawn, why' }),
  followUps: z
    .array(
      z.object({
        date: z.string(),
        outcome: z.string().optional(),
        penalty: z
          .object({ decisionNo: z.string(), decisionDate: z.string(), kind: z.string() })
          .optional(),
        rectifiedOn: z.string().optional(),
      }),
    )
    .optional()
    .meta({ description: '后续处理: final outcome, penalty decision, rectification, in order' }),
  evidenceCount: z
    .number()
    .int()
    .optional()
    .meta({ description: 'how many evidence files back the result; never the files' }),
});
export type PublicResult = z.infer<typeof PublicResultSchema>;

/**
 * 定向抽查 when the pool was narrowed by kind, town, industry or risk class; 不定向抽查
 * when all of the department's subjects were in it.
 */
export const inspectionType = (task: Pick<Task, 'scope'>): PublicResult['inspectionType'] => {
  const { kinds, towns, industries, riskClasses } = task.scope;
  return kinds.length + towns.length + industries.length + riskClasses.length > 0
    ? '定向抽查'
    : '不定向抽查';
};

export const publicResult = (
  task: Task,
  result: InspectionResult,
  names: { planName: string; itemName: string; target: { name: string; uscc?: string } },
): PublicResult => {
  // the outcome and penalty that stand, follow-ups included; a penalty is published only
  // under the ordinary procedure and never warning-only (《市场监督管理行政处罚信息公示规定》第二条)
  const decided = currentPenalty(result);
  const penalty = decided && penaltyIsPublished(decided) ? decided : undefined;
  const followUps = (result.followUps ?? []).map((f) => ({
    date: f.date,
    ...(f.outcome ? { outcome: RESULT_WORDINGS[f.outcome] } : {}),
    ...(f.penalty && penaltyIsPublished(f.penalty)
      ? {
          penalty: {
            decisionNo: f.penalty.decisionNo,
            decisionDate: f.penalty.decisionDate,
            kind: f.penalty.kind,
          },
        }
      : {}),
    ...(f.rectification ? { rectifiedOn: f.rectification.completedOn } : {}),
  }));
  return {
    planId: task.planId,
    planName: names.planName,
    taskId: task.id,
    taskName: task.name,
    inspectionType: inspectionType(task),
    joint: task.joint,
    authority: departmentName(result.department),
    completedOn: result.inspectionDate,
    item: names.itemName,
    result: RESULT_WORDINGS[currentOutcome(result)],
    targetId: result.targetId,
    targetName: names.target.name,
    ...(names.target.uscc ? { uscc: names.target.uscc } : {}),
    evidenceCount: result.evidence.length,
    ...(followUps.length > 0 ? { followUps } : {}),
    ...(result.substitutions?.length
      ? {
          substitutions: result.substitutions.map((s) => ({
            out: s.out,
            in: s.in,
            reason: s.reason,
          })),
        }
      : {}),
    ...(penalty
      ? {
          penalty: {
            decisionNo: penalty.decisionNo,
            decisionDate: penalty.decisionDate,
            kind: penalty.kind,
          },
        }
      : {}),
  };
};
