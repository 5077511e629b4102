import { CodeSchema } from '@double-random/domain';
import { z } from '../middleware';

/** The audit log's public shapes (docs/audit-log.md), for validation and the OpenAPI document. */
const Size = (description: string) =>
  z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).meta({ description });

const Hex32 = z.string().regex(/^[0-9a-f]{64}$/);

export const ConsistencyQuerySchema = z.object({
  from: Size('the older tree size (a kept checkpoint)'),
  to: Size('the newer tree size'),
});

export const LeavesQuerySchema = z.object({
  start: Size('first leaf index'),
  end: Size('one past the last leaf index; at most start + 1000'),
});

export const ChainPathSchema = z.object({
  chain: z
    .union([CodeSchema, z.literal('calendar')])
    .meta({ description: 'a task id (its chain), or `calendar`' }),
});

export const InclusionQuerySchema = z.object({
  size: Size("the tree size to prove against; the latest checkpoint's when omitted").optional(),
});

export const CheckpointAnswerSchema = z.object({
  checkpoint: z.string().meta({ description: 'the signed note, exactly as signed' }),
  origin: z.string(),
  size: z.number().int(),
  rootHash: Hex32,
  time: z.string(),
  publicKey: z.string().meta({ description: 'SubjectPublicKeyInfo DER, base64' }),
  keyId: z.string().meta({ description: 'the 4-byte key id in the signature line, hex' }),
  algorithm: z.string(),
});

export const ConsistencyAnswerSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  proof: z.array(Hex32).meta({ description: 'RFC 9162 §2.1.4 PROOF(from, D[0:to])' }),
});

export const LeavesAnswerSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  leaves: z.array(z.object({ chain: z.string(), seq: z.number().int(), hash: Hex32 })),
});

export const InclusionAnswerSchema = z.object({
  chain: z.string(),
  treeSize: z.number().int(),
  leaves: z.array(z.object({ index: z.number().int(), seq: z.number().int(), hash: Hex32 })),
  proof: z.array(Hex32).meta({ description: 'the batch proof of docs/audit-log.md' }),
});
