/**
 * The Content-Security-Policy and what it relies on: every built page
 * carries the policy, the browser enforces it, and the map breaks none of it
 * once MapLibre runs (pages.test.ts checks every page as it loads); the HTML has no inline script, style or event handler; the
 * `_headers` file gives every page the same policy as a header, framing
 * allowed only under /embed/; links to other sites carry rel="noopener".
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile } from '../../src/lib/security-policy.ts';
import { dist, useSite } from '../helpers/browser.ts';
import { cspViolations, recordCspViolations } from '../helpers/csp.ts';
import { headersFor } from '../helpers/headers.ts';
import { htmlFiles } from '../helpers/pages.ts';

const site = useSite();
const files = htmlFiles(dist);
const documentOf = (file: string) => parseHTML(readFileSync(file, 'utf8')).document;

/** Opens a page that records every CSP violation (events and console messages). */
async function openRecording(path: string) {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await recordCspViolations(context);
  const page = await context.newPage();
  const messages: string[] = [];
  page.on('console', (m) => {
    if (/content security policy/i.test(m.text())) messages.push(m.text());
  });
  await page.goto(site.origin + path, { waitUntil: 'networkidle' });
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

describe('the built HTML', () => {
  it('has pages to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  for (const { path, file } of files) {
    it(`${path}: the policy first in <head>; no inline script, style or event handler; no javascript: URL`, () => {
      const document = documentOf(file);
      const metas = [...document.querySelectorAll('meta[http-equiv]')].filter((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
      expect(metas.map((m) => m.getAttribute('content'))).toEqual([contentSecurityPolicy]);
      // A policy applies only to what comes after it.
      const loading = document.querySelector('head script, head link[rel="stylesheet"], head style, head link[rel="modulepreload"]');
      if (loading) expect(metas[0]?.compareDocumentPosition(loading as never) ?? 0).toBe(4); // DOCUMENT_POSITION_FOLLOWING

      const problems: string[] = [];
      for (const el of document.querySelectorAll('*')) {
        const tag = el.tagName.toLowerCase();
        for (const { name, value } of [...el.attributes]) {
          if (/^on/i.test(name)) problems.push(`<${tag} ${name}> event handler`);
          if (name === 'style') problems.push(`<${tag} style="${value}">`);
          if (['href', 'src', 'xlink:href', 'action', 'formaction'].includes(name) && /^\s*javascript:/i.test(value)) problems.push(`<${tag} ${name}="${value}">`);
        }
        if (tag === 'style') problems.push('<style> element');
        if (tag === 'script' && !el.hasAttribute('src') && el.getAttribute('type') !== 'application/json') problems.push('inline <script>');
      }
      expect(problems).toEqual([]);
    });
  }

  it('links to other sites only with rel="noopener"', () => {
    const missing: string[] = [];
    let external = 0;
    for (const { path, file } of files) {
      for (const a of documentOf(file).querySelectorAll('a[href]')) {
        const href = a.getAttribute('href') ?? '';
        if (!/^([a-z]+:)?\/\//i.test(href) || href.startsWith(site.origin)) continue;
        external++;
        if (!(a.getAttribute('rel') ?? '').split(/\s+/).includes('noopener')) missing.push(`${path}: ${href}`);
      }
    }
    expect(external).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});

/** Whether a page may be framed by another site under every Content-Security-Policy header it gets (all are enforced). */
const frameable = (headers: [string, string][]) =>
  headers.filter(([n]) => n === 'content-security-policy').every(([, v]) => !/frame-ancestors 'none'/.test(v)) &&
  !headers.some(([n]) => n === 'x-frame-options');

describe('_headers', () => {
  const file = join(dist, '_headers');

  it('gives every built page the policy as a header, with nosniff, a referrer policy and no framing', () => {
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    for (const { path } of files) {
      const headers = headersFor(text, path);
      const policies = headers.filter(([n]) => n === 'content-security-policy').map(([, v]) => v);
      expect(policies.length, path).toBeGreaterThan(0);
      for (const p of policies) expect(p.startsWith(`${contentSecurityPolicy}; frame-ancestors `), `${path}: ${p}`).toBe(true);
      expect(headers, path).toContainEqual(['x-content-type-options', 'nosniff']);
      expect(headers, path).toContainEqual(['referrer-policy', 'strict-origin-when-cross-origin']);
      expect(frameable(headers), `${path} can be framed`).toBe(path.startsWith('/embed/'));
    }
  });

  it('lets other sites frame the embeds only, under the base path too', () => {
    const text = headersFile('/atlas/', ['clusters', 'map', '404.html']);
    expect(frameable(headersFor(text, '/atlas/embed/factor-matrix/'))).toBe(true);
    for (const path of ['/atlas/', '/atlas/clusters/medicon-valley/', '/atlas/map/', '/atlas/404.html'])
      expect(frameable(headersFor(text, path)), path).toBe(false);
    expect(headersFor(text, '/clusters/')).toEqual([]);
  });
});
