/**
 * The Content-Security-Policy in the browser: it is enforced, and the map
 * breaks none of it once MapLibre runs (pages.test.ts checks every page as it
 * loads; test/built/security-markup.test.ts reads the policy and what it
 * relies on in the built HTML and `_headers`).
 */
import { describe, expect, it } from 'vitest';
import { gotoReady, useSite } from '../helpers/browser.ts';
import { cspViolations, recordCspViolations } from '../helpers/csp.ts';

const site = useSite();

/** Opens a page that records every CSP violation (events and console messages). */
async function openRecording(path: string) {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await recordCspViolations(context);
  const page = await context.newPage();
  const messages: string[] = [];
  page.on('console', (m) => {
    if (/content security policy/i.test(m.text())) messages.push(m.text());
  });
  await gotoReady(page, site.origin + path);
  const violations = async () => [...(await cspViolations(page)), ...messages];
  return { page, violations, close: () => context.close() };
}

// test/browser/pages.test.ts records the violations of every page as it loads.
describe('Content-Security-Policy in the browser', () => {
  it('the map breaks none of it once MapLibre runs, draws its clusters and opens a popup', async () => {
    const { page, violations, close } = await openRecording('/map/');
    await page.getByRole('button', { name: 'Zoom and pan the map' }).click();
    await page.locator('[data-gl][data-rendered-clusters]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Show Medicon Valley on the map' }).click();
    await page.locator('.maplibregl-popup:not(.atlas-tooltip)').getByRole('link', { name: /Medicon Valley/ }).first().waitFor();
    // Hover the map beside its markers, which lie over the canvas (a hover on the canvas's centre would wait for them forever).
    await page.locator('[data-gl]').hover({ position: { x: 10, y: 10 } });
    const found = await violations();
    await close();
    expect(found).toEqual([]);
  });

  it('is enforced: an inline script, a style attribute and an image from another origin are refused', async () => {
    const { page, violations, close } = await openRecording('/clusters/');
    await page.addScriptTag({ content: 'window.inlineRan = true;' }).catch(() => undefined);
    await page.evaluate(() => {
      document.body.setAttribute('style', 'background: red');
      const img = document.createElement('img');
      img.src = 'http://127.0.0.2:9/elsewhere.png';
      img.alt = '';
      document.body.append(img);
    });
    await page.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length >= 3);
    const found = (await violations()).join('\n');
    await expect(page.evaluate(() => 'inlineRan' in window)).resolves.toBe(false);
    await close();
    expect(found).toMatch(/script-src-elem blocked inline/);
    expect(found).toMatch(/style-src-attr blocked inline/);
    expect(found).toMatch(/img-src blocked http:\/\/127\.0\.0\.2:9\/elsewhere\.png/);
  });
});
