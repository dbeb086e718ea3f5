/**
 * Every built page in a real Chromium: no console error, no failed request,
 * no request to another origin, no Content-Security-Policy violation, no axe
 * violation.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, useSite } from '../helpers/browser.ts';
import { cspViolations, recordCspViolations } from '../helpers/csp.ts';
import { repoRoot } from '../helpers/dataset.ts';
import { htmlPages } from '../helpers/pages.ts';

const generated = (name: string) => JSON.parse(readFileSync(join(repoRoot, 'src', 'generated', `${name}.json`), 'utf8')) as { id: string }[];

// This file watches each page itself (stricter than site.open: any response of 400 or more, documents included).
const site = useSite();

const pages = htmlPages(dist);

describe('built pages', () => {
  it('include the home page, the 404 page and a page for every cluster, success factor and value chain', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/404.html');
    for (const [table, section] of [['clusters', 'clusters'], ['success-factors', 'success-factors'], ['value-chains', 'value-chains']] as const)
      for (const { id } of generated(table)) expect(pages).toContain(`/${section}/${id}/`);
  });

  for (const path of pages) {
    it(`${path} loads cleanly and passes axe`, async () => {
      const context = await site.browser.newContext();
      await recordCspViolations(context);
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
      page.on('request', (r) => {
        if (!r.url().startsWith(site.origin) && !r.url().startsWith('data:')) problems.push(`other origin: ${r.url()}`);
      });
      page.on('response', (r) => {
        if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
      });
      await page.goto(site.origin + path, { waitUntil: 'networkidle' });
      problems.push(...(await cspViolations(page)));
      const axe = await new AxeBuilder({ page }).analyze();
      await context.close();
      expect(problems).toEqual([]);
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  // Layouts change on a phone (wrapped lists, stacked charts): one page of each kind is checked again at phone
  // width, against WCAG 2.2 AA explicitly (target size: 24 px for anything tapped).
  const phonePages = ['/', '/map/', '/clusters/', '/clusters/medicon-valley/', '/success-factors/', '/landscape/', '/value-chains/mix-innovation-chain/', '/data/', '/search/', '/about/', '/assess/', '/compare/', '/embed/factor-matrix/', '/guide/', '/guide/instruments/', '/embed/guide-instruments/', '/404.html'];
  for (const path of phonePages)
    it(`${path} passes axe (WCAG 2.2 AA) at phone width`, async () => {
      expect(pages).toContain(path);
      const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      await page.goto(site.origin + path, { waitUntil: 'networkidle' });
      const axe = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      await context.close();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

  it('an unknown address answers 404 with the helpful page', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${site.origin}/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await expect(page.locator('main a').count()).resolves.toBeGreaterThanOrEqual(3);
    await context.close();
  });
});

describe('home page content', () => {
  it('lists the 40 clusters of the sample under their three groups, with countries, without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    const counts = await page.locator('section.group').evaluateAll((sections) =>
      sections.map((s) => s.querySelectorAll('ul.clusters > li').length),
    );
    expect(counts).toEqual([10, 20, 10]);
    await expect(page.locator('section.group li', { hasText: 'Medicon Valley' }).textContent()).resolves.toContain(
      'Denmark and Sweden',
    );
    const figure = (label: string) => page.locator('.headline div', { hasText: label }).locator('dd').textContent();
    await expect(figure('clusters in the HSE sample')).resolves.toBe('40');
    await expect(figure('countries')).resolves.toBe('22');
    await context.close();
  });
});
