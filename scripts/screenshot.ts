/**
 * Screenshots of built pages at desktop and phone width, for people to look at:
 *   npm run screenshot -- / /clusters/medicon-valley/
 * Writes screenshots/<page>-<width>.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './chromium.ts';
import { startStaticServer } from './static-server.ts';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'screenshots');
mkdirSync(outDir, { recursive: true });
const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const widths = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

const server = await startStaticServer(join(root, 'dist'));
const browser = await launchChromium();
try {
  for (const path of paths.length > 0 ? paths : ['/']) {
    for (const w of widths) {
      const context = await browser.newContext({ viewport: { width: w.width, height: w.height }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(server.origin + path, { waitUntil: 'networkidle' });
      const slug = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
      const file = join(outDir, `${slug}-${w.name}.png`);
      await page.screenshot({ path: file, fullPage: process.argv.includes('--full') });
      console.log(file);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
