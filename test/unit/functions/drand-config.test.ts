import { describe, expect, it } from 'vitest';
import { readConfig } from '../../../functions/src/config';

describe('DRAND_URLS', () => {
  it('is off unless set; a comma-separated list of relay URLs turns fetching on', () => {
    expect(readConfig({ TABLE_NAME: 't' }).drandUrls).toBeUndefined();
    expect(readConfig({ TABLE_NAME: 't', DRAND_URLS: ' , ' }).drandUrls).toBeUndefined();
    expect(
      readConfig({
        TABLE_NAME: 't',
        DRAND_URLS: 'https://api.drand.sh, https://drand.cloudflare.com',
      }).drandUrls,
    ).toEqual(['https://api.drand.sh', 'https://drand.cloudflare.com']);
  });

  it('names the variable when an entry is no URL', () => {
    expect(() => readConfig({ TABLE_NAME: 't', DRAND_URLS: 'api.drand.sh' })).toThrow(/DRAND_URLS/);
  });
});
