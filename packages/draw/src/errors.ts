/**
 * Errors of the draw engine. The package stands alone (a member of the public runs it
 * with nothing else installed), so these do not extend the domain's error type; they
 * carry the same shape — a stable `code`, `kind: 'invalid'` and `details` naming the
 * field, the rule and the value — and the HTTP error mapper knows them.
 */
export class DrawError extends Error {
  override readonly name: string = 'DrawError';
  readonly kind = 'invalid' as const;
  constructor(
    readonly code: string,
    message: string,
    readonly details: { field: string; rule: string; value: unknown },
  ) {
    super(message);
  }
}

/**
 * A bundle refused before any randomness is used (spec dr-draw/1 §1). `field` is the
 * path of the offending value (`pool[3].id`, `params.strata[1].ratioBp`) so that the
 * office can find it in a file of a million records.
 */
export class BundleError extends DrawError {
  override readonly name: string = 'BundleError';
  constructor(
    code: string,
    readonly field: string,
    readonly value: unknown,
    rule: string,
  ) {
    super(code, `${field}: ${rule} (found ${describe(value)})`, { field, rule, value });
  }
}

/** A claimed result that is not even shaped like a dr-draw/1 result. */
export class ResultError extends DrawError {
  override readonly name: string = 'ResultError';
  constructor(
    readonly field: string,
    readonly value: unknown,
    rule: string,
  ) {
    super('DRAW.RESULT_MALFORMED', `${field}: ${rule} (found ${describe(value)})`, {
      field,
      rule,
      value,
    });
  }
}

/** Renders an offending value briefly: a 40 MB pool must not end up in an error message. */
export const describe = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};
