import { nobleSha256Fn, toHex } from '@double-random/draw';
import { nodeDrawOptions, nodeSha256 } from '@double-random/draw/node';
import { createDependencies, readConfig } from '@double-random/functions';
import { describe, expect, it } from 'vitest';

describe('the draw engine hash of the functions', () => {
  it('is node:crypto: the same SHA-256 as the browser-safe default', () => {
    const deps = createDependencies(readConfig({ TABLE_NAME: 't', BLOB_BUCKET: 'b' }));
    expect(deps.drawOptions).toBe(nodeDrawOptions);
    expect(deps.drawOptions.sha256).toBe(nodeSha256);
    for (const length of [0, 1, 55, 56, 64, 1000, 300_000]) {
      const data = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
      const hashed = nodeSha256(data);
      expect(hashed).toBeInstanceOf(Uint8Array);
      expect(toHex(hashed)).toBe(toHex(nobleSha256Fn(data)));
    }
    expect(toHex(nodeSha256(new Uint8Array()))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });
});
