import { z } from 'zod';
import {
  CodeSchema,
  DepartmentCodeSchema,
  IsoDateTimeSchema,
  StatusSchema,
  VersionSchema,
} from './codes';
import { HistoryEntrySchema } from './history';
import { TargetKindSchema } from './target.schema';
import { textSchema } from './text';

export const ItemCategorySchema = z
  .enum(['key', 'general'])
  .meta({ description: 'key 重点检查事项 (≥ 20 %), general 一般检查事项 (3 %–10 %)' });
export type ItemCategory = z.infer<typeof ItemCategorySchema>;

/**
 * The objects an item applies to (its 抽查对象): the kinds and industries of the department's
 * directory it covers; an empty list means any. It fixes the denominator of the item's
 * ratio before anyone plans (台政发〔2019〕12号 二(二): 抽查比例 per item over its population).
 */
export const ItemPopulationSchema = z
  .object({
    kinds: z.array(TargetKindSchema).default([]),
    industries: z.array(textSchema(100)).default([]),
  })
  .meta({
    description:
      'the directory entries the item applies to: kinds and industries (empty = any); the denominator of its ratio',
  });
export type ItemPopulation = z.infer<typeof ItemPopulationSchema>;

export const InspectionMethodSchema = z
  .enum(['desk-review', 'on-site', 'online-monitoring'])
  .meta({ description: '书面检查 / 实地核查 / 网络监测' });
export type InspectionMethod = z.infer<typeof InspectionMethodSchema>;

const itemFields = {
  name: textSchema(200),
  legalBasis: textSchema(2000).meta({ description: '法律依据' }),
  category: ItemCategorySchema,
  methods: z
    .array(InspectionMethodSchema)
    .min(1)
    .refine((m) => new Set(m).size === m.length, 'methods must not repeat'),
  qualification: CodeSchema.meta({
    description: 'qualification an inspector needs, e.g. SCJG-FOOD',
  }),
  /**
   * 检查内容: the points an inspection of the item checks, each answered in its result
   * (尽职照单免责, 台政发〔2019〕12号 三(二): what was checked is on record).
   */
  /**
   * 业务专长 the item calls for (台政发〔2019〕12号 二(三): "按照执法资质、业务专长分类标注，明确对应
   * 抽查事项"): when set, only inspectors with one of them are drawn for it.
   */
  expertise: z.array(textSchema(100)).max(20).optional().meta({
    description: '业务专长 an inspector drawn for the item has (one of); empty or absent: any',
  }),
  checklist: z.array(textSchema(300)).max(60).optional().meta({
    description: '检查内容: the points checked, each answered point by point in a result',
  }),
};
/** Items filed before populations were kept apply to the department's whole directory. */
const population = ItemPopulationSchema.default({ kinds: [], industries: [] });

export const ItemCreateInputSchema = z.object({
  code: CodeSchema,
  ...itemFields,
  population,
  reason: textSchema(500, 0).optional(),
});
export type ItemCreateInput = z.input<typeof ItemCreateInputSchema>;

export const ItemUpdateInputSchema = z
  .object({ ...itemFields, population: ItemPopulationSchema })
  .partial()
  .strict();
export type ItemUpdateInput = z.infer<typeof ItemUpdateInputSchema>;

/** An entry of the inspection item list (随机抽查事项清单). */
export const ItemSchema = z.object({
  code: CodeSchema,
  department: DepartmentCodeSchema,
  ...itemFields,
  population: ItemPopulationSchema.optional().meta({
    description: 'absent on items listed before populations were kept: the whole directory',
  }),
  status: StatusSchema,
  deactivation: z.object({ reason: z.string(), date: z.string() }).optional(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  version: VersionSchema,
  history: z.array(HistoryEntrySchema),
});
export type Item = z.infer<typeof ItemSchema>;
