import {
  CaseSchema,
  DepartmentCodeSchema,
  PageQuerySchema,
  RecordCaseBodySchema,
} from '@double-random/domain';
import { z } from '../middleware';

export { CaseSchema, RecordCaseBodySchema };

export const CaseDeptPathSchema = z.object({ dept: DepartmentCodeSchema });
export const CasePathSchema = z.object({
  dept: DepartmentCodeSchema,
  caseId: z.string().regex(/^[A-Z0-9]{2,16}-\d{4}-[0-9a-f]{12}$/, '<dept>-<year>-<12 hex>'),
});
export const CaseYearQuerySchema = PageQuerySchema.extend({
  year: z.coerce.number().int().min(2000).max(2100),
});
export const CasePageSchema = z.object({
  items: z.array(CaseSchema),
  cursor: z.string().optional(),
});
