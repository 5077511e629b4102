import { isValidUscc, USCC_ALPHABET, usccCheckChar, usccProblem } from '@double-random/domain';
import { describe, expect, it } from 'vitest';

// Check characters computed by an independent implementation of GB 32100-2015;
// the last two are codes published by real organisations.
const VALID = [
  '91370405MA3C123451',
  '92370405MA3D00001Q',
  '12100000400000222G',
  '91110000600037341L',
  '91350100M000100Y43',
];

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it.each(VALID)('accepts %s', (code) => {
    expect(usccProblem(code)).toBeUndefined();
    expect(isValidUscc(code)).toBe(true);
  });

  it('computes the check character from the first 17', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(usccCheckChar('91370405MA3D00001')).toBeDefined();
  });

  it('refuses a bad check character', () => {
    expect(usccProblem('91350100M000100Y44')).toBe('check');
    expect(usccProblem('91110000600037341K')).toBe('check');
  });

  it('refuses every other check character than the right one', () => {
    const body = '91370405MA3C12345';
    const wrong = [...USCC_ALPHABET].filter((c) => c !== '1').map((c) => body + c);
    expect(wrong.every((code) => usccProblem(code) === 'check')).toBe(true);
  });

  it('refuses letters outside the alphabet (I, O, S, V, Z) and lowercase', () => {
    expect(usccProblem('91350100M000100I43')).toBe('charset');
    expect(usccProblem('91350100m000100y43')).toBe('charset');
  });

  it('refuses a code that is not 18 characters', () => {
    expect(usccProblem('91350100M000100Y4')).toBe('length');
    expect(usccProblem('91350100M000100Y433')).toBe('length');
  });
});
