import { EvidenceUploadRequestSchema } from '@double-random/domain';
import type { RouteDefinition } from '../route-definition';
import { handler as departmentUpload, EvidenceDeptPathSchema } from './department-upload.handler';
import {
  EvidenceTaskPathSchema,
  EvidenceUploadReplySchema,
  handler as requestUpload,
} from './request-upload.handler';
import { EvidencePutPathSchema, handler as upload } from './upload.handler';
import { EvidenceVerifyReplySchema, handler as verify } from './verify.handler';

/** Evidence (全过程记录, docs/evidence.md): declared, uploaded by its hash, verified again. */
export const evidenceRoutes: readonly RouteDefinition[] = [
  {
    method: 'POST',
    path: '/tasks/{taskId}/evidence',
    auth: 'required',
    handler: requestUpload,
    entry: 'http/evidence/request-upload.handler.ts',
    summary:
      'Declare an evidence file (SHA-256, size, type; photos, audio, video, documents) and get where to PUT it: a presigned S3 URL, or /evidence/{sha256} locally (inspectors and departments of the task)',
    schemas: {
      path: EvidenceTaskPathSchema,
      body: EvidenceUploadRequestSchema,
      responses: { 200: { description: 'where to upload', schema: EvidenceUploadReplySchema } },
    },
  },
  {
    method: 'POST',
    path: '/departments/{dept}/evidence',
    auth: 'required',
    handler: departmentUpload,
    entry: 'http/evidence/department-upload.handler.ts',
    summary:
      "Declare an evidence file of the department's cases (个案) and get where to PUT it (the department)",
    schemas: {
      path: EvidenceDeptPathSchema,
      body: EvidenceUploadRequestSchema,
      responses: { 200: { description: 'where to upload', schema: EvidenceUploadReplySchema } },
    },
  },
  {
    method: 'PUT',
    path: '/evidence/{sha256}',
    auth: 'required',
    handler: upload,
    entry: 'http/evidence/upload.handler.ts',
    summary:
      'Upload an evidence file to the local blob folder; its bytes must hash to the path (in AWS, files go straight to S3)',
    schemas: {
      path: EvidencePutPathSchema,
      bodyMediaTypes: [
        'image/jpeg',
        'image/png',
        'image/heic',
        'audio/mpeg',
        'audio/mp4',
        'audio/wav',
        'video/mp4',
        'video/quicktime',
        'application/pdf',
        'application/ofd',
      ],
      bodyDescription: 'the file itself',
      responses: { 201: { description: 'stored under its SHA-256' } },
    },
  },
  {
    method: 'GET',
    path: '/tasks/{taskId}/evidence/verify',
    auth: 'required',
    handler: verify,
    entry: 'http/evidence/verify.handler.ts',
    summary:
      "Hash every evidence file of the task's results again against its audit entry (departments of the task, the office)",
    schemas: {
      path: EvidenceTaskPathSchema,
      responses: {
        200: { description: 'each file and what was found', schema: EvidenceVerifyReplySchema },
      },
    },
  },
];
