import { describe, expect, it } from 'vitest';
import { sizeOf } from '../../../packages/local/src/cli/progress';

describe('the import progress line', () => {
  it('never reads 0.0 of 0.0 MB for a small file', () => {
    expect(sizeOf(1_400, 1_400)).toBe('1 of 1 KB');
    expect(sizeOf(300, 900)).toBe('300 of 900 bytes');
    expect(sizeOf(512 * 1024, 1_000_000)).toBe('512 of 977 KB');
  });

  it('counts megabytes for large files', () => {
    expect(sizeOf(2.5 * 1024 * 1024, 48.3 * 1024 * 1024)).toBe('2.5 of 48.3 MB');
  });
});
