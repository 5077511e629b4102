import {
  CodeSchema,
  ConflictDeclareInputSchema,
  DepartmentCodeSchema,
  InspectorUpdateInputSchema,
  ItemCategorySchema,
  ItemUpdateInputSchema,
  PageQuerySchema,
  RiskClassSchema,
  StatusSchema,
  TargetDeactivateInputSchema,
  TargetKindSchema,
  TargetUpdateInputSchema,
  textSchema,
  VersionSchema,
} from '@double-random/domain';
import { z } from '../middleware';

export const DeptPathSchema = z.object({ dept: DepartmentCodeSchema });
export const EntryPathSchema = z.object({ dept: DepartmentCodeSchema, id: CodeSchema });

/**
 * Changes carry the version the caller read as `expectedVersion` in the body (not If-Match):
 * one rule for every change route, visible in the JSON Schema of the body.
 */
const versioned = {
  expectedVersion: VersionSchema.meta({ description: 'the version the caller read' }),
  reason: textSchema(500, 0).optional(),
};

export const TargetPatchBodySchema = z
  .object({ ...TargetUpdateInputSchema.shape, ...versioned })
  .strict();
export const InspectorPatchBodySchema = z
  .object({ ...InspectorUpdateInputSchema.shape, ...versioned })
  .strict();
export const ItemPatchBodySchema = z
  .object({ ...ItemUpdateInputSchema.shape, ...versioned })
  .strict();
export const DeactivateBodySchema = TargetDeactivateInputSchema.extend({
  expectedVersion: versioned.expectedVersion,
});
export const ConflictBodySchema = ConflictDeclareInputSchema.extend({
  expectedVersion: versioned.expectedVersion,
});

export const TargetListQuerySchema = PageQuerySchema.extend({
  status: StatusSchema.optional(),
  riskClass: RiskClassSchema.optional(),
  town: z.string().min(1).max(50).optional(),
  kind: TargetKindSchema.optional(),
  industry: z.string().min(1).max(100).optional(),
  unit: z.string().max(64).optional(),
});
export const InspectorListQuerySchema = PageQuerySchema.extend({
  status: StatusSchema.optional(),
  unit: z.string().max(64).optional(),
  qualification: CodeSchema.optional(),
});
export const ItemListQuerySchema = PageQuerySchema.extend({
  status: StatusSchema.optional(),
  category: ItemCategorySchema.optional(),
});

/** A large file is sent in parts; `rowOffset` = data rows in the earlier parts, so row numbers count from the file's start. */
export const ImportQuerySchema = z.object({
  rowOffset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export const IMPORT_MEDIA_TYPES = ['text/csv', 'application/json', 'text/plain'] as const;

/** Splits a list query into the page and the filter the use case takes. */
export const pageAndFilter = <Q extends { limit: number; cursor?: string | undefined }>(q: Q) => {
  const { limit, cursor, ...rest } = q;
  const filter = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  return { page: cursor === undefined ? { limit } : { limit, cursor }, filter };
};

export const entryLocation = (dept: string, collection: string, id: string): string =>
  `/departments/${dept}/${collection}/${encodeURIComponent(id)}`;
