import {
  assertEvidenceAllowed,
  DepartmentCodeSchema,
  EvidenceUploadRequestSchema,
} from '@double-random/domain';
import { dependencies } from '../../composition';
import { httpHandler, ok, ownDepartment, z } from '../middleware';

export const EvidenceDeptPathSchema = z.object({ dept: DepartmentCodeSchema });

/**
 * POST /departments/{dept}/evidence: the department declares an evidence file of one of its
 * cases (个案, outside any task) and gets where to PUT it, as a task's inspectors do.
 */
export const handler = httpHandler({
  auth: 'required',
  access: ownDepartment,
  path: EvidenceDeptPathSchema,
  body: EvidenceUploadRequestSchema,
  handler: async ({ body }) => {
    const deps = dependencies();
    assertEvidenceAllowed(body);
    const upload = await deps.evidenceUploads.uploadFor(body, deps.clock.now());
    return ok({ sha256: body.sha256, id: `${body.sha256.slice(0, 2)}/${body.sha256}`, upload });
  },
});
