import { z } from 'zod';
import {
  CodeSchema,
  DepartmentCodeSchema,
  IsoDateTimeSchema,
  StatusSchema,
  VersionSchema,
} from './codes';
import { HistoryEntrySchema } from './history';

export const ItemCategorySchema = z
  .enum(['key', 'general'])
  .meta({ description: 'key 重点检查事项 (≥ 20 %), general 一般检查事项 (3 %–10 %)' });
export type ItemCategory = z.infer<typeof ItemCategorySchema>;

export const InspectionMethodSchema = z
  .enum(['desk-review', 'on-site', 'online-monitoring'])
  .meta({ description: '书面检查 / 实地核查 / 网络监测' });
export type InspectionMethod = z.infer<typeof InspectionMethodSchema>;

const itemFields = {
  name: z.string().trim().min(1).max(200),
  legalBasis: z.string().trim().min(1).max(2000).meta({ description: '法律依据' }),
  category: ItemCategorySchema,
  methods: z
    .array(InspectionMethodSchema)
    .min(1)
    .refine((m) => new Set(m).size === m.length, 'methods must not repeat'),
  qualification: CodeSchema.meta({
    description: 'qualification an inspector needs, e.g. SCJG-FOOD',
  }),
};

export const ItemCreateInputSchema = z.object({
  code: CodeSchema,
  ...itemFields,
  reason: z.string().max(500).optional(),
});
export type ItemCreateInput = z.infer<typeof ItemCreateInputSchema>;

export const ItemUpdateInputSchema = z.object(itemFields).partial().strict();
export type ItemUpdateInput = z.infer<typeof ItemUpdateInputSchema>;

/** An entry of the inspection item list (随机抽查事项清单). */
export const ItemSchema = z.object({
  code: CodeSchema,
  department: DepartmentCodeSchema,
  ...itemFields,
  status: StatusSchema,
  deactivation: z.object({ reason: z.string(), date: z.string() }).optional(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  version: VersionSchema,
  history: z.array(HistoryEntrySchema),
});
export type Item = z.infer<typeof ItemSchema>;
