import { httpHandler } from '../middleware';
import { orUnavailable } from '../tasks/workflow-deps';
import { exportDeps } from './export-deps';
import { fileReply } from './export-file';
import { plansExport } from './export-reads';
import { ExportYearPathSchema, PlansExportQuerySchema } from './exports.schemas';

/** GET /exports/plans/{year}?format=csv|xlsx&dept=: the year's plans, one row per planned task. */
export const handler = httpHandler({
  auth: 'required',
  path: ExportYearPathSchema,
  query: PlansExportQuerySchema,
  handler: async ({ actor, path, query }) =>
    orUnavailable(async () => {
      const table = await plansExport(exportDeps(), {
        actor,
        year: path.year,
        ...(query.dept ? { dept: query.dept } : {}),
      });
      const who = query.dept ? `-${query.dept}` : '';
      return fileReply(table, query.format, `${path.year}年度抽查计划${who}`);
    }),
});
