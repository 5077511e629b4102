import {
  assertEvidenceAllowed,
  assertEvidenceBytes,
  type EvidenceCheck,
  verifyTaskEvidence,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';

/** The evidence refusals name the field, the rule and the value (docs/evidence.md). */
const SHA = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);
const MB = 1024 * 1024;

describe('what may be uploaded as evidence', () => {
  it('reads the media type without its parameters and case', () => {
    expect(() =>
      assertEvidenceAllowed({ sha256: SHA, size: 10, contentType: ' Image/JPEG ; q=1' }),
    ).not.toThrow();
  });

  it('refuses another type, listing the accepted ones', () => {
    expect(() =>
      assertEvidenceAllowed({ sha256: SHA, size: 10, contentType: 'text/html; charset=utf-8' }),
    ).toThrow(
      expect.objectContaining({
        code: 'EVIDENCE.TYPE_NOT_ALLOWED',
        message:
          'contentType: text/html is not an accepted evidence type (image/jpeg, image/png, image/heic, audio/mpeg, audio/mp4, audio/wav, video/mp4, video/quicktime, application/pdf, application/ofd)',
        details: {
          field: 'contentType',
          rule: 'photos, audio, video and documents only',
          value: 'text/html',
        },
      }),
    );
  });

  it('refuses a file above its kind’s limit, in MB, and takes one at the limit', () => {
    expect(() =>
      assertEvidenceAllowed({ sha256: SHA, size: 20 * MB, contentType: 'image/png' }),
    ).not.toThrow();
    expect(() =>
      assertEvidenceAllowed({ sha256: SHA, size: 20 * MB + 1, contentType: 'image/png' }),
    ).toThrow(
      expect.objectContaining({
        code: 'EVIDENCE.TOO_LARGE',
        message: `size: ${20 * MB + 1} bytes is above the 20 MB a photo may have`,
        details: { field: 'size', rule: 'a photo is at most 20 MB', value: 20 * MB + 1 },
      }),
    );
    expect(() =>
      assertEvidenceAllowed({ sha256: SHA, size: 51 * MB, contentType: 'application/ofd' }),
    ).toThrow(
      expect.objectContaining({
        details: expect.objectContaining({ rule: 'a document is at most 50 MB' }),
      }),
    );
  });
});

describe('the uploaded bytes are the file declared', () => {
  it('refuses another length, then another hash, each naming what arrived', () => {
    expect(() => assertEvidenceBytes({ sha256: SHA, size: 10 }, { sha256: SHA, size: 9 })).toThrow(
      expect.objectContaining({
        code: 'EVIDENCE.SIZE_MISMATCH',
        message: 'size: 9 bytes arrived, 10 were declared',
        details: { field: 'body', rule: 'the upload is the file declared', value: 9 },
      }),
    );
    expect(() => assertEvidenceBytes({ sha256: SHA }, { sha256: OTHER, size: 9 })).toThrow(
      expect.objectContaining({
        code: 'EVIDENCE.HASH_MISMATCH',
        message: `sha256: the bytes hash to ${OTHER}, not the declared ${SHA}`,
        details: { field: 'sha256', rule: 'content-addressed by SHA-256', value: SHA },
      }),
    );
    expect(() => assertEvidenceBytes({ sha256: SHA }, { sha256: SHA, size: 9 })).not.toThrow();
  });
});

describe('verifying a task’s evidence against its chain', () => {
  const TASK = '2026-SCJG-001';
  const ref = (id: string, sha256: string) => ({ id, sha256, contentType: 'image/jpeg', size: 1 });
  const intact = async (): Promise<EvidenceCheck> => 'intact';

  it('names a result without its entry, and reads an entry without data as one with no evidence', async () => {
    const out = await verifyTaskEvidence(
      TASK,
      [{ action: 'result.record', subject: `${TASK}/T2/FOOD`, data: null }],
      [
        { targetId: 'T1', item: 'FOOD', evidence: [] },
        { targetId: 'T2', item: 'FOOD', evidence: [] },
      ],
      intact,
    );
    expect(out).toEqual({
      ok: false,
      files: [],
      problems: [`${TASK}/T1/FOOD: no result.record entry`],
    });
  });

  it('reads evidence from result.record entries only', async () => {
    const out = await verifyTaskEvidence(
      TASK,
      [
        { action: 'result.record', subject: `${TASK}/T1/FOOD`, data: { evidence: [] } },
        {
          action: 'result.follow-up',
          subject: `${TASK}/T1/FOOD`,
          data: { evidence: [ref('e1', SHA)] },
        },
      ],
      [{ targetId: 'T1', item: 'FOOD', evidence: [] }],
      intact,
    );
    expect(out).toEqual({ ok: true, files: [], problems: [] });
  });

  it('checks each file the entry records and names the changed and missing ones', async () => {
    const status: Record<string, EvidenceCheck> = { [SHA]: 'changed', [OTHER]: 'missing' };
    const out = await verifyTaskEvidence(
      TASK,
      [
        {
          action: 'result.record',
          subject: `${TASK}/T1/FOOD`,
          data: { evidence: [ref('e1', SHA), ref('e2', OTHER)] },
        },
      ],
      [{ targetId: 'T1', item: 'FOOD', evidence: [ref('e1', SHA)] }],
      async (sha) => status[sha]!,
    );
    expect(out.problems).toEqual([
      `${TASK}/T1/FOOD: the stored result's evidence is not what its audit entry records`,
      `${TASK}/T1/FOOD: e1 is changed`,
      `${TASK}/T1/FOOD: e2 is missing`,
    ]);
    expect(out.files.map((f) => [f.id, f.status])).toEqual([
      ['e1', 'changed'],
      ['e2', 'missing'],
    ]);
  });
});
