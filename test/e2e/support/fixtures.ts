import { usccCheckChar } from '@double-random/domain';

/** A valid 统一社会信用代码 numbered `n` (n < 10^8), distinct for distinct n. */
export const usccOf = (n: number): string => {
  const first17 = `91331002${String(n).padStart(8, '0')}X`;
  return first17 + usccCheckChar(first17);
};

/** The same code with a wrong check character. */
export const badUsccOf = (n: number): string => {
  const good = usccOf(n);
  const wrong = good.endsWith('0') ? '1' : '0';
  return good.slice(0, 17) + wrong;
};
