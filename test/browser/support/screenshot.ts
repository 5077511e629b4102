/**
 * Screenshots of the page with seeded data for the documentation:
 * `npx tsx test/browser/support/screenshot.ts` writes docs/screenshot-public-page.png (a
 * task with its commitment and draw, desktop) and docs/screenshot-public-page-phone.png
 * (在本机验证 with an inclusion answer, 360 px wide).
 */
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser';
import { startSeededServer, TASK_ID } from './seed';

const docs = (name: string) => fileURLToPath(new URL(`../../../docs/${name}`, import.meta.url));

const seeded = await startSeededServer();
const browser = await launchChromium();
try {
  const desktop = await browser.newPage({ viewport: { width: 1280, height: 1500 } });
  await desktop.goto(`${seeded.url}/#/tasks/${TASK_ID}`);
  await desktop.locator('#main:not([aria-busy]) > h1').waitFor();
  await desktop.screenshot({ path: docs('screenshot-public-page.png') });

  const phone = await browser.newPage({
    viewport: { width: 360, height: 800 },
    deviceScaleFactor: 2,
  });
  await phone.goto(`${seeded.url}/#/verify/${TASK_ID}?id=${seeded.selected[0]!.id}`);
  await phone.locator('.inclusion p').first().waitFor();
  await phone.screenshot({ path: docs('screenshot-public-page-phone.png'), fullPage: true });
} finally {
  await browser.close();
  await seeded.server.close();
}
