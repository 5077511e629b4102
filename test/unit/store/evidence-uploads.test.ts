import { createS3EvidenceUploads, localEvidenceUploads } from '@double-random/store';
import { describe, expect, it } from 'vitest';

const sha256 = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

describe('evidence uploads', () => {
  it('presigns an S3 PUT under the content address that signs length, type and SHA-256', async () => {
    const uploads = createS3EvidenceUploads({
      bucket: 'blobs',
      region: 'cn-north-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    });
    const up = await uploads.uploadFor(
      { sha256, size: 4, contentType: 'image/jpeg' },
      '2026-06-10T02:00:00.000Z',
    );
    const url = new URL(up.url);
    expect(url.pathname).toBe(`/9f/${sha256}`);
    const signed = url.searchParams.get('X-Amz-SignedHeaders')?.split(';') ?? [];
    expect(signed).toEqual(
      expect.arrayContaining(['content-length', 'content-type', 'x-amz-checksum-sha256']),
    );
    expect(url.searchParams.get('X-Amz-Expires')).toBe('3600');
    expect(up.headers).toEqual({
      'content-type': 'image/jpeg',
      'content-length': '4',
      'x-amz-checksum-sha256': Buffer.from(sha256, 'hex').toString('base64'),
    });
    expect(up.expiresAt).toBe('2026-06-10T03:00:00.000Z');
  });

  it("points locally to the server's own PUT route", async () => {
    const up = await localEvidenceUploads.uploadFor(
      { sha256, size: 4, contentType: 'image/png' },
      '2026-06-10T02:00:00.000Z',
    );
    expect(up).toEqual({
      method: 'PUT',
      url: `/evidence/${sha256}`,
      headers: { 'content-type': 'image/png' },
    });
  });
});
