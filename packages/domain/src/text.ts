import { z } from 'zod';

/**
 * Free text that people type (names, reasons, legal bases) is shown on the public page,
 * printed in exports and published. What cannot be shown honestly is refused, naming the
 * field: NUL, lone surrogates (not Unicode text at all), bidirectional controls (they
 * reorder what a reader sees: a name can be made to display as another) and, where text is
 * required, text made only of blank or zero-width characters. Accepted text is stored
 * NFC-normalised, so the same name typed on two machines is the same string. Identifiers
 * are not free text: they stay in the ASCII code alphabet (`CodeSchema`).
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
/** whitespace, zero-width and other invisible format characters */
const INVISIBLE = /^[\s\u00AD\u180E\u200B-\u200F\u2060-\u2064\u3164\uFEFF\uFFA0]*$/;

/** Why a text cannot be stored as it is, or undefined when it can. */
export const textProblem = (value: string): string | undefined => {
  if (value.includes('\0')) return 'contains NUL (U+0000)';
  if (LONE_SURROGATE.test(value)) return 'contains a lone surrogate: not Unicode text';
  if (BIDI_CONTROL.test(value))
    return 'contains a bidirectional control character (U+202A–U+202E, U+2066–U+2069)';
  return undefined;
};

/** True when the text shows nothing: only blanks and zero-width characters. */
export const isInvisible = (value: string): boolean => INVISIBLE.test(value);

/**
 * The schema of every free-text field: refused characters first, then NFC and trimming,
 * then the length (in UTF-16 units, as zod counts) and, when `min` > 0, something visible.
 */
export const textSchema = (max: number, min = 1) => {
  const base = z
    .string()
    .check(
      z.superRefine((value, ctx) => {
        const problem = textProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
      }),
    )
    .overwrite((value) => (textProblem(value) ? value : value.normalize('NFC')))
    .trim()
    .max(max);
  if (min === 0) return base;
  // an empty text already fails min: one refusal per field is enough
  return base.min(min).refine((value) => value === '' || !isInvisible(value), {
    message: 'shows nothing: only blank or zero-width characters',
  });
};
