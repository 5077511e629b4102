import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { blobKey } from './blob-store';

/** Where and how a client uploads one evidence file, straight to the blob store. */
export interface EvidenceUpload {
  method: 'PUT';
  /** absolute (S3, presigned) or relative to the API (the local server) */
  url: string;
  /** headers the upload must carry exactly as given (they are signed in S3) */
  headers: Record<string, string>;
  expiresAt?: string;
}

export interface EvidenceUploads {
  uploadFor(
    file: { sha256: string; size: number; contentType: string },
    now: string,
  ): Promise<EvidenceUpload>;
}

/** Presigned URLs live this long: enough for a 2 GB video on a slow line. */
export const UPLOAD_URL_SECONDS = 3600;

/**
 * Presigned S3 PUTs into the blob bucket under the file's content address. The URL signs the
 * length, the type and `x-amz-checksum-sha256`, so S3 itself refuses a body of another
 * length or whose SHA-256 is not the declared one (and the key is that hash); nothing passes
 * through a function, so a 2 GB video needs no Lambda.
 */
export const createS3EvidenceUploads = (options: {
  bucket: string;
  region?: string;
  /** the runtime's role when absent; given in tests */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  client?: S3Client;
}): EvidenceUploads => {
  const client =
    options.client ??
    new S3Client({
      ...(options.region ? { region: options.region } : {}),
      ...(options.credentials ? { credentials: options.credentials } : {}),
      // the checksum is the declared SHA-256, sent by the uploader; none computed here
      requestChecksumCalculation: 'WHEN_REQUIRED',
    });
  return {
    async uploadFor(file, now) {
      const checksum = Buffer.from(file.sha256, 'hex').toString('base64');
      const url = await getSignedUrl(
        client,
        new PutObjectCommand({
          Bucket: options.bucket,
          Key: blobKey(file.sha256),
          ContentLength: file.size,
          ContentType: file.contentType,
          ChecksumSHA256: checksum,
        }),
        {
          expiresIn: UPLOAD_URL_SECONDS,
          signableHeaders: new Set(['content-length', 'content-type', 'x-amz-checksum-sha256']),
          unhoistableHeaders: new Set(['x-amz-checksum-sha256']),
        },
      );
      return {
        method: 'PUT',
        url,
        headers: {
          'content-type': file.contentType,
          'content-length': String(file.size),
          'x-amz-checksum-sha256': checksum,
        },
        expiresAt: new Date(Date.parse(now) + UPLOAD_URL_SECONDS * 1000).toISOString(),
      };
    },
  };
};

/** Locally: the local server's own PUT route, which hashes the body before it writes it. */
export const localEvidenceUploads: EvidenceUploads = {
  async uploadFor(file) {
    return {
      method: 'PUT',
      url: `/evidence/${blobKey(file.sha256).slice(3)}`,
      headers: { 'content-type': file.contentType },
    };
  },
};
