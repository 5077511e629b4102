import { dependencies } from '../../composition';
import { readImportBody } from '../../import/decode';
import { importInspectors } from '../../import/import.use-case';
import { httpHandler, ok } from '../middleware';
import { DeptPathSchema, IMPORT_MEDIA_TYPES, ImportQuerySchema } from './directory.schemas';

/**
 * POST /departments/{dept}/inspectors/import?rowOffset=: CSV (UTF-8 or GB18030, English or
 * Chinese headers) or a JSON array of rows. Valid rows are stored, invalid ones reported.
 */
export const handler = httpHandler({
  auth: 'required',
  rawBody: true,
  accept: IMPORT_MEDIA_TYPES,
  path: DeptPathSchema,
  query: ImportQuerySchema,
  handler: async ({ actor, path, query, body, headers }) => {
    const { encoding, rows } = readImportBody(body, headers['content-type'], query.rowOffset);
    const report = await importInspectors(dependencies(), {
      actor,
      department: path.dept,
      encoding,
      rows,
    });
    return ok(report);
  },
});
