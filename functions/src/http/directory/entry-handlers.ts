import type { Actor, DepartmentCode, TargetDeactivateInput } from '@double-random/domain';
import { type Dependencies, dependencies } from '../../composition';
import { readImportBody } from '../../import/decode';
import type { importTargets } from '../../import/import.use-case';
import { httpHandler, ok, ownDepartment, type z } from '../middleware';
import {
  DeactivateBodySchema,
  DeptPathSchema,
  EntryPathSchema,
  IMPORT_MEDIA_TYPES,
  ImportQuerySchema,
} from './directory.schemas';

type ImportCommand = Parameters<typeof importTargets>[1];

interface EntryChange {
  actor: Actor;
  department: DepartmentCode;
  id: string;
  expectedVersion: number;
}

/** PATCH …/{id} of a directory: the body is the patch plus the version the caller read. */
export const updateHandler = <U extends object>(
  body: z.ZodType<U & { expectedVersion: number; reason?: string | undefined }>,
  update: (
    deps: Dependencies,
    cmd: EntryChange & { patch: Omit<U, 'expectedVersion' | 'reason'>; reason?: string },
  ) => Promise<unknown>,
) =>
  httpHandler({
    auth: 'required',
    access: ownDepartment,
    path: EntryPathSchema,
    body,
    handler: async ({ actor, path, body }) => {
      const { expectedVersion, reason, ...patch } = body;
      const entry = await update(dependencies(), {
        actor,
        department: path.dept,
        id: path.id,
        expectedVersion,
        patch,
        ...(reason === undefined ? {} : { reason }),
      });
      return ok(entry);
    },
  });

/** POST …/{id}/deactivate of a directory: nothing is deleted; the entry leaves with a reason and a date. */
export const deactivateHandler = (
  deactivate: (
    deps: Dependencies,
    cmd: EntryChange & { input: TargetDeactivateInput },
  ) => Promise<unknown>,
) =>
  httpHandler({
    auth: 'required',
    access: ownDepartment,
    path: EntryPathSchema,
    body: DeactivateBodySchema,
    handler: async ({ actor, path, body }) => {
      const { expectedVersion, ...input } = body;
      const entry = await deactivate(dependencies(), {
        actor,
        department: path.dept,
        id: path.id,
        expectedVersion,
        input,
      });
      return ok(entry);
    },
  });

/**
 * POST …/import?rowOffset= of a directory: CSV (UTF-8 or GB18030, English or Chinese
 * headers) or a JSON array of rows. Valid rows are stored, invalid ones reported.
 */
export const importHandler = (
  runImport: (deps: Dependencies, cmd: ImportCommand) => Promise<unknown>,
) =>
  httpHandler({
    auth: 'required',
    access: ownDepartment,
    rawBody: true,
    accept: IMPORT_MEDIA_TYPES,
    path: DeptPathSchema,
    query: ImportQuerySchema,
    handler: async ({ actor, path, query, body, headers }) => {
      const { encoding, rows } = readImportBody(body, headers['content-type'], query.rowOffset);
      const report = await runImport(dependencies(), {
        actor,
        department: path.dept,
        encoding,
        rows,
      });
      return ok(report);
    },
  });
