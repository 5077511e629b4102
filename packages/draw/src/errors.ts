import { DomainError } from '@double-random/domain';

/**
 * A bundle refused before any randomness is used (spec dr-draw/1 §1). `field` is the
 * path of the offending value (`pool[3].id`, `params.strata[1].ratioBp`) so that the
 * office can find it in a file of a million records.
 */
export class BundleError extends DomainError {
  override readonly name: string = 'BundleError';
  constructor(
    code: string,
    readonly field: string,
    readonly value: unknown,
    rule: string,
  ) {
    super(code, 'invalid', `${field}: ${rule} (found ${describe(value)})`, { field, rule, value });
  }
}

/** A claimed result that is not even shaped like a dr-draw/1 result. */
export class ResultError extends DomainError {
  override readonly name: string = 'ResultError';
  constructor(
    readonly field: string,
    readonly value: unknown,
    rule: string,
  ) {
    super('DRAW.RESULT_MALFORMED', 'invalid', `${field}: ${rule} (found ${describe(value)})`, {
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
