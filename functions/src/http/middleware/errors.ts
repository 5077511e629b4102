import { DomainError, type DomainErrorKind } from '@double-random/domain';
import { DrawError } from '@double-random/draw';
import type { Logger } from './logger';
import type { HttpResult } from './types';

/** One problem with the request, named by where it is: `body.tasks.0.ratio`, `query.limit`. */
export interface FieldIssue {
  field: string;
  rule: string;
}

/**
 * A refusal of the request itself (its encoding, its shape), before any use case runs.
 * These carry their status because they are about HTTP, not about the domain.
 */
export class RequestError extends Error {
  override readonly name = 'RequestError';
  constructor(
    readonly statusCode: 400 | 413 | 415,
    readonly code: string,
    message: string,
    readonly issues: FieldIssue[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const STATUS_BY_KIND: Record<DomainErrorKind, number> = {
  invalid: 400,
  unauthorised: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
};

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    field?: string;
    rule?: string;
    details?: Record<string, unknown>;
  };
}

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export const jsonResult = (statusCode: number, body: unknown): HttpResult => ({
  statusCode,
  headers: { 'content-type': JSON_CONTENT_TYPE },
  body: JSON.stringify(body),
});

const INTERNAL: ErrorBody = { error: { code: 'INTERNAL', message: 'internal error' } };

/**
 * The one error mapper: known errors become 4xx with their code and readable message;
 * anything else is a bare 500 whose body says nothing about the cause. The cause goes to
 * the log under the request id, which is how an operator finds it.
 */
export const mapError = (
  error: unknown,
  log: Logger,
  requestId: string | undefined,
): HttpResult => {
  if (error instanceof RequestError) {
    const first = error.issues[0];
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (first) {
      body.error.field = first.field;
      body.error.rule = first.rule;
      body.error.details = { issues: error.issues };
    }
    return jsonResult(error.statusCode, body);
  }
  if (error instanceof DomainError || error instanceof DrawError) {
    const { field, rule, ...rest } = error.details;
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (typeof field === 'string') body.error.field = field;
    if (typeof rule === 'string') body.error.rule = rule;
    if (Object.keys(rest).length > 0) body.error.details = rest;
    return jsonResult(STATUS_BY_KIND[error.kind] ?? 500, body);
  }
  const e = error instanceof Error ? error : new Error(String(error));
  log.error('unhandled error', {
    requestId,
    errorName: e.name,
    errorMessage: e.message,
    stack: e.stack,
  });
  return jsonResult(500, INTERNAL);
};
