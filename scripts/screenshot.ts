/**
 * Screenshots of built pages at desktop and phone width, for people to look at:
 *   npm run screenshot -- / /clusters/medicon-valley/
 * Writes screenshots/<page>-<width>.png; with --full the whole page, in slices
 * of 1600 px (<page>-<width>-<n>.png) so that each stays legible; with
 * --element=<css selector> only the first element that matches (<page>-<width>-element.png);
 * --width 320 or --width=320 (repeatable) at those widths instead, e.g. for reflow.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './chromium.ts';
import { startStaticServer } from './static-server.ts';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'screenshots');
mkdirSync(outDir, { recursive: true });
const args = process.argv.slice(2);
const paths = args.filter((a) => a.startsWith('/'));
const asked = args.flatMap((a, i) => (args[i - 1] === '--width' ? [Number(a)] : a.startsWith('--width=') ? [Number(a.slice('--width='.length))] : []));
if (asked.some((w) => !Number.isInteger(w) || w < 100)) throw new Error('--width takes a whole number of CSS px, 100 or more');
const widths =
  asked.length > 0
    ? asked.map((width) => ({ name: String(width), width, height: 800 }))
    : [
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
      const element = process.argv.find((a) => a.startsWith('--element='))?.slice('--element='.length);
      if (element) {
        const file = join(outDir, `${slug}-${w.name}-element.png`);
        await page.locator(element).first().screenshot({ path: file });
        console.log(file);
      } else if (process.argv.includes('--full')) {
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0, n = 0; y < height; y += 1600, n++) {
          const file = join(outDir, `${slug}-${w.name}-${n}.png`);
          await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y, width: w.width, height: Math.min(1600, height - y) } });
          console.log(file);
        }
      } else {
        const file = join(outDir, `${slug}-${w.name}.png`);
        await page.screenshot({ path: file });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
