/**
 * The atlas's citation on /data/ (issue 26 case 12): with the address the atlas is served from and today's date,
 * whatever SITE_URL the build had (the tests' build has none), in plain text and BibTeX; and CITATION.cff served
 * beside the downloads and linked from the page.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { useSite } from '../helpers/browser.ts';

const site = useSite();

describe('the citation of the atlas on /data/', () => {
  it('names the served address and the access date, in text and BibTeX', async () => {
    const { page, problems, close } = await site.open('/data/');
    const today = new Date().toISOString().slice(0, 10);
    const text = page.locator('[data-cite-atlas-text]');
    await expect.poll(() => text.textContent()).toContain(`${site.origin}/ (accessed ${today})`);
    const bibtex = (await page.locator('[data-cite-atlas-bibtex]').textContent()) ?? '';
    expect(bibtex).toMatch(new RegExp(`^\\s+url\\s+= \\{${site.origin.replace(/[.:/]/g, '\\$&')}/\\},$`, 'm'));
    expect(bibtex).toMatch(new RegExp(`^\\s+urldate\\s+= \\{${today}\\},$`, 'm'));
    expect(problems).toEqual([]);
    await close();
  });

  it('links CITATION.cff, served as valid CFF', async () => {
    const { page, problems, close } = await site.open('/data/');
    // In the list of downloads and in «How to cite».
    const links = page.locator('main a[href$="/CITATION.cff"]');
    await expect(links.count()).resolves.toBe(2);
    const link = links.last();
    const href = (await link.getAttribute('href')) ?? '';
    const response = await page.request.get(new URL(href, site.origin).href);
    expect(response.status()).toBe(200);
    const cff = parse(await response.text());
    expect(cff['cff-version']).toBe('1.2.0');
    expect(cff.title).toBe('Biomedical Clusters Atlas');
    expect(problems).toEqual([]);
    await close();
  });
});
