/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from a
 * 31-character alphabet; the 18th is a check character over the first 17.
 * The embedded 9-character organisation code (positions 9–17) carries its own
 * GB 11714 check, which the directory does not require (`organisationCodeCheckChar`).
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const USCC_WEIGHTS = [
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
] as const;

export type UsccProblem = 'length' | 'charset' | 'check';

/** The check character for the first 17 characters, or undefined when one is outside the alphabet. */
export const usccCheckChar = (first17: string): string | undefined => {
  if (first17.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_ALPHABET.indexOf(first17[i]!);
    if (v < 0) return undefined;
    sum += v * USCC_WEIGHTS[i]!;
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
};

/** undefined when the code is valid, else what is wrong with it. */
export const usccProblem = (code: string): UsccProblem | undefined => {
  if (code.length !== 18) return 'length';
  for (const ch of code) if (!USCC_ALPHABET.includes(ch)) return 'charset';
  return usccCheckChar(code.slice(0, 17)) === code[17] ? undefined : 'check';
};

export const isValidUscc = (code: string): boolean => usccProblem(code) === undefined;

/**
 * GB 11714-1997 organisation code: 8 body characters (digits, uppercase letters A=10 … Z=35)
 * and a check character C9 = 11 − (Σ Ci × Wi mod 11) with W = 3 7 9 10 5 8 4 2; 10 is
 * written X and 11 is written 0. Undefined when the body is not 8 such characters.
 */
export const ORGANISATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
export const organisationCodeCheckChar = (body: string): string | undefined => {
  if (!/^[0-9A-Z]{8}$/.test(body)) return undefined;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number.parseInt(body[i]!, 36) * ORGANISATION_CODE_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
};

/** Whether positions 9–17 of a 统一社会信用代码 pass their GB 11714 check. */
export const hasValidOrganisationCode = (uscc: string): boolean =>
  uscc.length === 18 && organisationCodeCheckChar(uscc.slice(8, 16)) === uscc[16];
