import { z } from 'zod';
import { ValidationError } from '../errors';
import type { AuditEntry } from './audit';
import type { EvidenceRef, InspectionResult } from './result.schema';

/**
 * Evidence (全过程记录, 台政发〔2019〕12号 二(五)): photos, audio, video and documents an
 * inspector attaches to a result. Each file is uploaded straight to the blob store under its
 * SHA-256 (`<sha[0:2]>/<sha>`), after its declared type and size are checked here; the
 * upload itself is refused when its bytes do not hash to the declared SHA-256. The result's
 * audit entry carries the hashes, so a file changed later is found by hashing it again
 * (`GET /tasks/{taskId}/evidence/verify`). Evidence is never public: the public result
 * shows how many files back it (docs/evidence.md).
 */
const MB = 1024 * 1024;

/** The media types accepted, with the largest file of each kind. */
export const EVIDENCE_TYPES: Readonly<Record<string, { kind: string; maxBytes: number }>> = {
  'image/jpeg': { kind: 'photo', maxBytes: 20 * MB },
  'image/png': { kind: 'photo', maxBytes: 20 * MB },
  'image/heic': { kind: 'photo', maxBytes: 20 * MB },
  'audio/mpeg': { kind: 'audio', maxBytes: 200 * MB },
  'audio/mp4': { kind: 'audio', maxBytes: 200 * MB },
  'audio/wav': { kind: 'audio', maxBytes: 200 * MB },
  'video/mp4': { kind: 'video', maxBytes: 2048 * MB },
  'video/quicktime': { kind: 'video', maxBytes: 2048 * MB },
  'application/pdf': { kind: 'document', maxBytes: 50 * MB },
  'application/ofd': { kind: 'document', maxBytes: 50 * MB },
};

export const Sha256HexSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, '64 lowercase hex digits')
  .meta({ description: 'SHA-256 of the file, 64 lowercase hex digits' });

/** Body of POST /tasks/{taskId}/evidence: what is about to be uploaded. */
export const EvidenceUploadRequestSchema = z.object({
  sha256: Sha256HexSchema,
  size: z.number().int().min(1).meta({ description: 'bytes' }),
  contentType: z
    .string()
    .min(1)
    .max(100)
    .meta({
      description: `one of ${Object.keys(EVIDENCE_TYPES).join(', ')}`,
    }),
});
export type EvidenceUploadRequest = z.infer<typeof EvidenceUploadRequestSchema>;

const mediaType = (contentType: string): string => contentType.split(';')[0]!.trim().toLowerCase();

/** Refuses a type outside the allow-list and a file above its kind's limit. */
export const assertEvidenceAllowed = (req: EvidenceUploadRequest): void => {
  const type = mediaType(req.contentType);
  const allowed = EVIDENCE_TYPES[type];
  if (!allowed)
    throw new ValidationError(
      'EVIDENCE.TYPE_NOT_ALLOWED',
      `contentType: ${type} is not an accepted evidence type (${Object.keys(EVIDENCE_TYPES).join(', ')})`,
      { field: 'contentType', rule: 'photos, audio, video and documents only', value: type },
    );
  if (req.size > allowed.maxBytes)
    throw new ValidationError(
      'EVIDENCE.TOO_LARGE',
      `size: ${req.size} bytes is above the ${allowed.maxBytes / MB} MB a ${allowed.kind} may have`,
      {
        field: 'size',
        rule: `a ${allowed.kind} is at most ${allowed.maxBytes / MB} MB`,
        value: req.size,
      },
    );
};

/** Refuses bytes that are not what was declared: another length or another SHA-256. */
export const assertEvidenceBytes = (
  declared: { sha256: string; size?: number },
  actual: { sha256: string; size: number },
): void => {
  if (declared.size !== undefined && declared.size !== actual.size)
    throw new ValidationError(
      'EVIDENCE.SIZE_MISMATCH',
      `size: ${actual.size} bytes arrived, ${declared.size} were declared`,
      { field: 'body', rule: 'the upload is the file declared', value: actual.size },
    );
  if (declared.sha256 !== actual.sha256)
    throw new ValidationError(
      'EVIDENCE.HASH_MISMATCH',
      `sha256: the bytes hash to ${actual.sha256}, not the declared ${declared.sha256}`,
      { field: 'sha256', rule: 'content-addressed by SHA-256', value: declared.sha256 },
    );
};

/** What re-hashing one stored file found. */
export type EvidenceCheck = 'intact' | 'missing' | 'changed';

export interface EvidenceFileCheck {
  targetId: string;
  item: string;
  id: string;
  sha256: string;
  status: EvidenceCheck;
}

const sameRefs = (a: readonly EvidenceRef[], b: readonly EvidenceRef[]) =>
  JSON.stringify(a.map((e) => [e.id, e.sha256])) === JSON.stringify(b.map((e) => [e.id, e.sha256]));

/**
 * Checks a task's evidence against its chain: each result's evidence must be the list its
 * `result.record` entry carries, and each file must still hash to it (`check` reads and
 * hashes one file). Returns every file and every problem found.
 */
export const verifyTaskEvidence = async (
  taskId: string,
  entries: readonly Pick<AuditEntry, 'action' | 'subject' | 'data'>[],
  results: readonly Pick<InspectionResult, 'targetId' | 'item' | 'evidence'>[],
  check: (sha256: string) => Promise<EvidenceCheck>,
): Promise<{ ok: boolean; files: EvidenceFileCheck[]; problems: string[] }> => {
  const recorded = new Map<string, EvidenceRef[]>();
  for (const e of entries)
    if (e.action === 'result.record')
      recorded.set(e.subject, (e.data as { evidence?: EvidenceRef[] } | null)?.evidence ?? []);
  const files: EvidenceFileCheck[] = [];
  const problems: string[] = [];
  for (const r of results) {
    const subject = `${taskId}/${r.targetId}/${r.item}`;
    const inEntry = recorded.get(subject);
    if (!inEntry) {
      problems.push(`${subject}: no result.record entry`);
      continue;
    }
    if (!sameRefs(inEntry, r.evidence))
      problems.push(`${subject}: the stored result's evidence is not what its audit entry records`);
    for (const ref of inEntry) {
      const status = await check(ref.sha256);
      if (status !== 'intact') problems.push(`${subject}: ${ref.id} is ${status}`);
      files.push({ targetId: r.targetId, item: r.item, id: ref.id, sha256: ref.sha256, status });
    }
  }
  return { ok: problems.length === 0, files, problems };
};
