import type { z } from 'zod';
import { ValidationError } from './errors';

/** One broken rule on one field, for row-by-row validation that must not throw. */
export interface FieldError {
  field: string;
  rule: string;
  code: string;
  message: string;
  value?: unknown;
}

export type RowResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const pathOf = (path: readonly PropertyKey[]): string => path.map(String).join('.');

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown => {
  let v: unknown = input;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
};

export const zodFieldErrors = (
  error: z.ZodError,
  input: unknown,
  codePrefix: string,
): FieldError[] =>
  error.issues.map((issue) => ({
    field: pathOf(issue.path),
    rule: issue.message,
    code: `${codePrefix}.INVALID_FIELD`,
    message: `${pathOf(issue.path) || '(body)'}: ${issue.message}`,
    value: valueAt(input, issue.path),
  }));

export const toValidationError = (errors: FieldError[]): ValidationError => {
  const first = errors[0];
  if (!first) return new ValidationError('INPUT.INVALID', 'input is invalid');
  const message = errors.map((e) => e.message).join('; ');
  return new ValidationError(first.code, message, {
    field: first.field,
    rule: first.rule,
    value: first.value,
    errors,
  });
};

/** Parse with a schema, turning failures into a ValidationError naming every field. */
export const parseOrThrow = <S extends z.ZodType>(
  schema: S,
  input: unknown,
  codePrefix: string,
): z.infer<S> => {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  throw toValidationError(zodFieldErrors(r.error, input, codePrefix));
};
