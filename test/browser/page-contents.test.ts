/**
 * Long pages open with a table of contents: cluster profiles, success-factor
 * pages, about, landscape and data. Its links are the page's sections (every
 * <h2> after it), in order, and each leads to its heading.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, useSite } from '../helpers/browser.ts';
import { repoRoot } from '../helpers/dataset.ts';
import { htmlPages } from '../helpers/pages.ts';

const site = useSite();
const generated = (name: string) => JSON.parse(readFileSync(join(repoRoot, 'src', 'generated', `${name}.json`), 'utf8')) as { id: string }[];
const LONG = ['/about/', '/landscape/', '/data/', ...generated('clusters').map((c) => `/clusters/${c.id}/`), ...generated('success-factors').map((f) => `/success-factors/${f.id}/`)];

describe('in-page table of contents', () => {
  it('every long page is a built page', () => {
    const pages = htmlPages(dist);
    expect(LONG.filter((p) => !pages.includes(p))).toEqual([]);
  });

  for (const path of LONG)
    it(`${path} lists its sections, and a link leads to its heading`, async () => {
      const { page, close } = await site.open(path, { viewport: { width: 390, height: 800 } });
      const found = await page.evaluate(() => {
        const nav = document.querySelector('[data-page-contents]');
        const sections = [...document.querySelectorAll('main h2')].filter((h) => !nav?.contains(h));
        return {
          before: nav !== null && sections.every((h) => nav.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING),
          links: nav ? [...nav.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href'), text: a.textContent?.trim() })) : [],
          sections: sections.map((h) => ({ href: `#${h.id}`, text: h.textContent?.replace(/\s+/g, ' ').trim() })),
        };
      });
      expect(found.sections.length).toBeGreaterThanOrEqual(3);
      expect(found.before).toBe(true);
      expect(found.links).toEqual(found.sections);
      const target = found.links[1]!.href!;
      await page.locator(`[data-page-contents] a[href="${target}"]`).click();
      // The heading comes to the top of the window (or as near as the end of the page allows).
      await page.waitForFunction(
        (id) =>
          location.hash === id &&
          (Math.abs(document.getElementById(id.slice(1))!.getBoundingClientRect().top) < 2 || window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 1),
        target,
      );
      await close();
    });
});
