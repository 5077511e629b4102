import { httpHandler } from '../middleware';
import { orUnavailable } from '../tasks/workflow-deps';
import { exportDeps } from './export-deps';
import { fileReply } from './export-file';
import { drawExport } from './export-reads';
import { ExportTaskPathSchema, FormatQuerySchema } from './exports.schemas';

/** GET /exports/tasks/{taskId}/draw?format=: the drawn targets and teams of every draw of a task. */
export const handler = httpHandler({
  auth: 'required',
  path: ExportTaskPathSchema,
  query: FormatQuerySchema,
  handler: async ({ actor, path, query }) =>
    orUnavailable(async () => {
      const { table } = await drawExport(exportDeps(), { actor, taskId: path.taskId });
      return fileReply(table, query.format, `抽取结果-${path.taskId}`);
    }),
});
