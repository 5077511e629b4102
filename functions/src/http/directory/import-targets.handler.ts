import { importTargets } from '../../import/import.use-case';
import { importHandler } from './entry-handlers';

/**
 * POST /departments/{dept}/targets/import?rowOffset=: CSV (UTF-8 or GB18030, English or
 * Chinese headers) or a JSON array of rows. Valid rows are stored, invalid ones reported.
 */
export const handler = importHandler(importTargets);
