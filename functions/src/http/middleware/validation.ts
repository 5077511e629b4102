import type { z } from 'zod';
import type { FieldIssue } from './errors';

export type RequestPart = 'body' | 'query' | 'path';

/** zod issues as `{ field, rule }`, the field a dotted path prefixed with the request part. */
export const issuesToFields = (
  part: RequestPart,
  issues: readonly z.core.$ZodIssue[],
): FieldIssue[] =>
  issues.map((issue) => ({
    field: [part, ...issue.path.map((segment) => String(segment))].join('.'),
    rule: issue.message,
  }));
