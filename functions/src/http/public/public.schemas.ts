import { CodeSchema } from '@double-random/domain';
import { z } from '../middleware';

/** The shapes of docs/public-api.md, for validation of parameters and the OpenAPI document. */
export const TaskIdPathSchema = z.object({
  taskId: CodeSchema.meta({ description: 'task id, e.g. 2027-SCJG-001' }),
});

export const DrawIdPathSchema = z.object({
  drawId: CodeSchema.meta({ description: '<taskId> (target draw) or <taskId>.<DEPT>' }),
});

export const TargetIdPathSchema = z.object({ targetId: CodeSchema });

export const CalendarYearPathSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
});

const Limit = z.coerce.number().int().min(1).max(1000).default(100);
const Cursor = z.string().min(1).max(2048).optional();

export const PageQuerySchema = z.object({ limit: Limit, cursor: Cursor });

export const TasksQuerySchema = PageQuerySchema.extend({
  year: z.coerce.number().int().min(2000).max(2100),
});

export const ResultsQuerySchema = PageQuerySchema.extend({
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .meta({ description: '统一社会信用代码 (exact) or the beginning of an enterprise name' }),
});

const Named = z.object({ id: z.string(), name: z.string() });

export const PublicTaskSummarySchema = z.object({
  id: z.string(),
  year: z.number(),
  name: z.string(),
  initiatingDepartment: z.string(),
  initiatingDepartmentName: z.string().meta({ description: 'e.g. 区市场监管局' }),
  participatingDepartments: z.array(z.string()),
  participatingDepartmentNames: z
    .array(z.string())
    .meta({ description: 'the names of participatingDepartments, in the same order' }),
  joint: z.boolean(),
  items: z.array(
    z.object({ code: z.string(), name: z.string(), category: z.enum(['key', 'general']) }),
  ),
  stage: z.string(),
  window: z.object({ start: z.string(), end: z.string() }),
  committedAt: z.string().optional(),
  drawnAt: z.string().optional(),
});
export type PublicTaskSummary = z.infer<typeof PublicTaskSummarySchema>;

export const PublicDrawSchema = z.object({
  drawId: z.string(),
  department: z.string(),
  departmentName: z.string(),
  entropy: z.string(),
  seed: z.string(),
  resultDigest: z.string(),
  drawnAt: z.string(),
  strata: z.array(
    z.object({
      key: z.string(),
      population: z.number(),
      size: z.number(),
      selected: z.array(Named),
      reserve: z.array(Named),
    }),
  ),
  assignments: z.array(
    z.object({
      target: z.string(),
      targetName: z.string(),
      members: z.array(Named),
      leader: z.string().nullable(),
      status: z.enum(['filled', 'unfilled']),
      replacedBy: z.string().optional(),
      replaces: z.string().optional(),
    }),
  ),
});
export type PublicDraw = z.infer<typeof PublicDrawSchema>;

export const PublicTaskSchema = PublicTaskSummarySchema.extend({
  strata: z.array(z.object({ key: z.string(), ratioBp: z.number(), reserve: z.number() })),
  team: z.number(),
  caseRefs: z.array(z.string()).optional().meta({
    description:
      '专项检查: the cases (个案) that prompted the task; the published ones are in GET /cases?year=',
  }),
  drawRunBy: z.string().optional().meta({
    description: 'who runs the draw: the initiating department (抽查发起部门) or 联席会议办公室',
  }),
  leaders: z
    .array(
      z.object({
        target: z.string(),
        leader: z.string(),
        appointedBy: z.string(),
        appointedAt: z.string(),
      }),
    )
    .optional()
    .meta({ description: '联合检查组负责人 appointed per target from its drawn group (二(五))' }),
  commitment: z
    .object({
      poolDigest: z.string(),
      paramsDigest: z.string(),
      rosterDigest: z.string(),
      entropySource: z.string(),
      committedAt: z.string(),
      participants: z.array(
        z.object({
          department: z.string(),
          departmentName: z.string(),
          drawId: z.string(),
          poolDigest: z.string().optional(),
          paramsDigest: z.string(),
          rosterDigest: z.string(),
        }),
      ),
    })
    .optional(),
  witnesses: z
    .object({
      revealBy: z.string().meta({ description: 'last day of reveals (Asia/Shanghai)' }),
      closesAt: z.string(),
      status: z.enum(['collecting', 'complete', 'withheld']),
      witnesses: z.array(
        z.object({
          id: z.string(),
          commitment: z.string().nullable().meta({ description: 'SHA-256 of the secret' }),
          committedAt: z.string().nullable(),
          revealed: z.boolean(),
          revealedAt: z.string().optional(),
          reveal: z
            .string()
            .optional()
            .meta({ description: 'published once every witness has revealed' }),
          withheld: z.boolean().meta({ description: 'the reveal day closed without it' }),
        }),
      ),
    })
    .optional()
    .meta({ description: 'a witnessed commit–reveal (docs/entropy.md)' }),
  draws: z.array(PublicDrawSchema).optional(),
});
export type PublicTask = z.infer<typeof PublicTaskSchema>;

export const PublicResultSchema = z.object({
  taskId: z.string(),
  taskName: z.string(),
  planId: z.string(),
  planName: z.string(),
  department: z.string(),
  departmentName: z.string(),
  kind: z.enum(['定向抽查', '不定向抽查', '个案']).meta({
    description:
      '个案: a case inspected outside the draw (二(七)); its taskId is the case id, its planId empty',
  }),
  source: z
    .string()
    .optional()
    .meta({ description: "a case's source: 投诉举报 / 转办交办 / 大数据监测" }),
  joint: z.boolean(),
  target: z.object({
    id: z.string(),
    name: z.string(),
    uscc: z.string().optional(),
    town: z.string(),
  }),
  item: z.object({ code: z.string(), name: z.string() }),
  method: z.string().meta({ description: '书面检查 / 实地核查 / 网络监测 / 委托第三方' }),
  inspectedOn: z.string(),
  completedOn: z.string(),
  publishedOn: z.string(),
  wording: z.string().meta({ description: 'the standard wording, e.g. 未发现问题' }),
  penalty: z
    .object({ decisionNumber: z.string(), decidedOn: z.string(), summary: z.string() })
    .optional()
    .meta({ description: 'never a warning-only penalty' }),
  substitutions: z
    .array(z.object({ out: z.string(), in: z.string(), reason: z.string() }))
    .optional()
    .meta({
      description:
        '换人: a drawn inspector who could not go, the substitute drawn by dr-substitute/1 from the draw, and why',
    }),
  followUps: z
    .array(
      z.object({
        date: z.string(),
        outcome: z.string().optional(),
        penalty: z
          .object({ decisionNumber: z.string(), decidedOn: z.string(), summary: z.string() })
          .optional(),
        rectifiedOn: z.string().optional(),
      }),
    )
    .optional()
    .meta({
      description:
        '后续处理 in order: a final outcome (the wording shown is the one that stands), a penalty decision (ordinary procedure only), a rectification',
    }),
  evidenceCount: z.number().int().optional().meta({
    description:
      'how many evidence files (photos, audio, video, documents) back it; never the files',
  }),
});
export type PublicResult = z.infer<typeof PublicResultSchema>;

export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), cursor: z.string().optional() });

export const TargetResultsSchema = z.object({
  items: z.array(PublicResultSchema),
  draws: z
    .array(
      z.object({
        drawId: z.string(),
        taskId: z.string(),
        stratum: z.string(),
        role: z.enum(['selected', 'reserve']),
        drawnAt: z.string(),
      }),
    )
    .meta({ description: 'the draws the enterprise was drawn in (selected or reserve)' }),
  cursor: z.string().optional(),
});

export const AuditVerificationSchema = z.object({
  taskId: z.string(),
  ok: z.boolean(),
  length: z.number(),
  head: z.string().optional(),
  broken: z
    .object({ seq: z.number(), reason: z.enum(['seq', 'prev-hash', 'hash']), message: z.string() })
    .optional(),
  entries: z
    .array(
      z.object({
        seq: z.number(),
        at: z.string(),
        action: z.string(),
        prevHash: z.string(),
        hash: z.string(),
      }),
    )
    .meta({ description: 'the chain without actors or data (no personal data)' }),
  crossCheck: z
    .object({
      ok: z.boolean(),
      checked: z.object({
        results: z.number(),
        publications: z.number(),
        handoffs: z.number(),
        acknowledgements: z.number(),
        versions: z.number(),
        reserves: z.number(),
      }),
      problems: z.array(
        z.object({
          kind: z.enum([
            'change-without-entry',
            'entry-without-change',
            'duplicate-entry',
            'open-intent',
          ]),
          change: z.string(),
          message: z.string(),
          seqs: z.array(z.number()).optional(),
        }),
      ),
    })
    .optional()
    .meta({
      description:
        "the task's stored results, publications, handoffs and header versions against their entries (docs/consistency.md)",
    }),
});

export const CalendarAnswerSchema = z.object({
  year: z.number(),
  status: z.enum(['official', 'provisional']),
  source: z.enum(['chinese-days', 'office', 'weekdays']),
  holidays: z.array(z.string()),
  makeUpWorkdays: z.array(z.string()),
  loadedAt: z.string().optional(),
});
