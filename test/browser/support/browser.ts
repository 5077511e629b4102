import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium, as CI installs it (`apt-get install -y chromium`). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless Chromium; playwright gives every launch a fresh, empty profile of its own. The
 * networking flags keep it from calling Google's services, which this machine's closed
 * network refuses (and which would slow every start).
 */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
