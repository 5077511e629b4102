import { CodeSchema, DepartmentCodeSchema } from '@double-random/domain';
import { z } from '../middleware';

export const FormatSchema = z
  .enum(['csv', 'xlsx'])
  .default('csv')
  .meta({ description: 'csv (UTF-8 with BOM, opens in Excel) or xlsx' });

const YearSchema = z.coerce.number().int().min(2000).max(2100);

export const ExportYearPathSchema = z.object({
  year: YearSchema.meta({ description: 'plan year' }),
});
export const ExportTaskPathSchema = z.object({ taskId: CodeSchema });

export const FormatQuerySchema = z.object({ format: FormatSchema });

export const PlansExportQuerySchema = FormatQuerySchema.extend({
  dept: DepartmentCodeSchema.optional().meta({
    description: 'one department; a department reads its own plan only',
  }),
});

export const ResultsExportQuerySchema = FormatQuerySchema.extend({
  year: YearSchema.meta({ description: 'the task year' }),
  dept: DepartmentCodeSchema.optional().meta({
    description: 'the inspecting department; a department reads its own results only',
  }),
  layout: z.enum(['national', 'full']).default('national').meta({
    description:
      'national: published results in the national publication fields; full: every recorded result with method, team, penalty and deadlines (internal)',
  }),
});

export type ExportFormat = z.infer<typeof FormatSchema>;
