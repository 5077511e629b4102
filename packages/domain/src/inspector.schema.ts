import { z } from 'zod';
import {
  CodeSchema,
  DepartmentCodeSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  StatusSchema,
  UnitSchema,
  VersionSchema,
} from './codes';
import { HistoryEntrySchema } from './history';
import { textSchema } from './text';

/** Fields marked private never leave through the public API (DESIGN §3, identity and access). */
const privateField = { 'x-private': true } as const;

export const ConflictSchema = z.object({
  targetId: CodeSchema,
  reason: textSchema(500).meta({ ...privateField, description: 'why (回避): private' }),
  declaredBy: z.enum(['inspector', 'enterprise']),
  at: IsoDateTimeSchema,
});
export type Conflict = z.infer<typeof ConflictSchema>;

export const ConflictDeclareInputSchema = ConflictSchema.omit({ at: true });
export type ConflictDeclareInput = z.infer<typeof ConflictDeclareInputSchema>;

const inspectorFields = {
  unit: UnitSchema,
  name: textSchema(100),
  certificateNo: textSchema(64).meta({ description: '执法证号' }),
  certificateExpiry: IsoDateSchema.meta({ description: 'last day the certificate is valid' }),
  qualifications: z
    .array(CodeSchema)
    .meta({ description: '执法资质 codes, mapped to items, e.g. SCJG-FOOD' }),
  expertise: z.array(textSchema(100)).meta({ description: '业务专长' }),
  mayLead: z.boolean().meta({ description: 'may be drawn as group leader (检查组负责人)' }),
  idNumber: textSchema(32)
    .optional()
    .meta({ ...privateField, description: 'ID card number: private' }),
  phone: textSchema(32)
    .optional()
    .meta({ ...privateField, description: 'phone: private' }),
};

export const InspectorCreateInputSchema = z.object({
  id: CodeSchema,
  ...inspectorFields,
  unit: UnitSchema.default(''),
  qualifications: inspectorFields.qualifications.default([]),
  expertise: inspectorFields.expertise.default([]),
  mayLead: inspectorFields.mayLead.default(false),
  reason: textSchema(500, 0).optional(),
});
export type InspectorCreateInput = z.input<typeof InspectorCreateInputSchema>;

export const InspectorUpdateInputSchema = z.object(inspectorFields).partial().strict();
export type InspectorUpdateInput = z.infer<typeof InspectorUpdateInputSchema>;

export const InspectorSchema = z.object({
  id: CodeSchema,
  department: DepartmentCodeSchema,
  ...inspectorFields,
  conflicts: z.array(ConflictSchema),
  status: StatusSchema,
  deactivation: z.object({ reason: z.string(), date: IsoDateSchema }).optional(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  version: VersionSchema,
  history: z.array(HistoryEntrySchema),
});
export type Inspector = z.infer<typeof InspectorSchema>;

/** What the public may see of an inspector: no personal data, no conflict reasons, no history. */
export const PublicInspectorSchema = InspectorSchema.omit({
  idNumber: true,
  phone: true,
  conflicts: true,
  history: true,
}).extend({
  conflicts: z.array(ConflictSchema.omit({ reason: true })),
});
export type PublicInspector = z.infer<typeof PublicInspectorSchema>;
