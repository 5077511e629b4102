import { httpHandler } from '../middleware';
import { orUnavailable } from '../tasks/workflow-deps';
import { exportDeps } from './export-deps';
import { fileReply } from './export-file';
import { resultsExport } from './export-reads';
import { ResultsExportQuerySchema } from './exports.schemas';

/** GET /exports/results?year=&dept=&format=&layout=national|full */
export const handler = httpHandler({
  auth: 'required',
  query: ResultsExportQuerySchema,
  handler: async ({ actor, query }) =>
    orUnavailable(async () => {
      const table = await resultsExport(exportDeps(), {
        actor,
        year: query.year,
        layout: query.layout,
        ...(query.dept ? { dept: query.dept } : {}),
      });
      const who = query.dept ? `-${query.dept}` : '';
      const what = query.layout === 'national' ? '抽查结果公示' : '抽查结果';
      return fileReply(table, query.format, `${query.year}年度${what}${who}`);
    }),
});
