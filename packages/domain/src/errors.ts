/**
 * Every refusal in the domain is a DomainError with a stable `code` (e.g.
 * `PLAN.RATIO_OUT_OF_RANGE`) and a message that names the rule and the values.
 * The domain knows nothing of HTTP: `kind` says what sort of refusal it is, and the
 * one error mapper in `functions/` turns kinds into status codes.
 */
export type DomainErrorKind =
  | 'invalid' // the input breaks a rule (400)
  | 'unauthorised' // no or bad credentials (401)
  | 'forbidden' // the caller may not do this (403)
  | 'not-found' // the thing does not exist or is not visible to the caller (404)
  | 'conflict'; // the thing exists already, or changed since it was read (409)

export interface DomainErrorDetails {
  /** the offending field, as a dotted path (`tasks.0.ratios.risk:A`) */
  field?: string;
  /** the rule, in words or as its source (`台政发〔2019〕12号 二(二)`) */
  rule?: string;
  value?: unknown;
  [extra: string]: unknown;
}

export class DomainError extends Error {
  override readonly name: string = 'DomainError';
  constructor(
    readonly code: string,
    readonly kind: DomainErrorKind,
    message: string,
    readonly details: DomainErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class ValidationError extends DomainError {
  override readonly name = 'ValidationError';
  constructor(code: string, message: string, details: DomainErrorDetails = {}) {
    super(code, 'invalid', message, details);
  }
}

export class NotFoundError extends DomainError {
  override readonly name = 'NotFoundError';
  constructor(code: string, message: string, details: DomainErrorDetails = {}) {
    super(code, 'not-found', message, details);
  }
}

export class ConflictError extends DomainError {
  override readonly name = 'ConflictError';
  constructor(code: string, message: string, details: DomainErrorDetails = {}) {
    super(code, 'conflict', message, details);
  }
}

export class ForbiddenError extends DomainError {
  override readonly name = 'ForbiddenError';
  constructor(code: string, message: string, details: DomainErrorDetails = {}) {
    super(code, 'forbidden', message, details);
  }
}

export class UnauthorisedError extends DomainError {
  override readonly name = 'UnauthorisedError';
  constructor(code: string, message: string, details: DomainErrorDetails = {}) {
    super(code, 'unauthorised', message, details);
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
