import { caseChain, caseUseCases, verifyTaskEvidence } from '@double-random/domain';
import { dependencies } from '../../composition';
import { evidenceCheckOf } from '../evidence/verify.handler';
import { departmentOrOffice, httpHandler, ok } from '../middleware';
import { CasePathSchema } from './cases.schemas';

/**
 * GET /departments/{dept}/cases/{caseId}/evidence/verify: the case's evidence files hashed
 * again against the hashes its `case.record` entry carries (docs/evidence.md).
 */
export const handler = httpHandler({
  auth: 'required',
  access: departmentOrOffice,
  path: CasePathSchema,
  handler: async ({ actor, path }) => {
    const deps = dependencies();
    const c = await caseUseCases.getCase(deps, { actor, department: path.dept, id: path.caseId });
    // the case's record entry, read as a result's: one inspection of one item on one target
    const entries = (await deps.audit.from(caseChain(c.id), 1))
      .filter((e) => e.action === 'case.record')
      .map((e) => ({ ...e, action: 'result.record', subject: `${c.id}/${c.targetId}/${c.item}` }));
    const report = await verifyTaskEvidence(c.id, entries, [c], evidenceCheckOf(deps.blobs));
    return ok({ caseId: c.id, ...report });
  },
});
