/**
 * The atlas's citation on /data/ (issue 26 case 12): with the address the atlas is served from and today's date,
 * whatever SITE_URL the build had (the tests' build has none), in plain text and BibTeX; and CITATION.cff served
 * beside the downloads and linked from the page; the .bib file and CITATION.cff, which a build without SITE_URL
 * writes without an address, downloaded from the page with the served address added.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { downloadedBytes, useSite } from '../helpers/browser.ts';

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

  it('downloads the .bib file and CITATION.cff with the served address, the rest as served', async () => {
    const { page, problems, close } = await site.open('/data/');
    const today = new Date().toISOString().slice(0, 10);
    const home = `${site.origin}/`;
    await expect.poll(() => page.locator('[data-cite-atlas-text]').textContent()).toContain(home);
    const download = async (selector: string) => {
      const link = page.locator(selector).last();
      const served = await (await page.request.get(new URL((await link.getAttribute('href')) ?? '', site.origin).href)).text();
      const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
      return { served, name: file.suggestedFilename(), text: (await downloadedBytes(file)).toString('utf8') };
    };

    const bib = await download('main a[href$=".bib"]');
    expect(bib.name).toMatch(/\.bib$/);
    // The tests' build has no SITE_URL: the served file has no address, the downloaded one has it, with the access date.
    expect(bib.served).not.toContain(home);
    expect(bib.text).toMatch(new RegExp(`^\\s+url\\s+= \\{${home.replace(/[.:/]/g, '\\$&')}\\},$`, 'm'));
    expect(bib.text).toMatch(new RegExp(`^\\s+urldate\\s+= \\{${today}\\},$`, 'm'));
    // Only the two lines differ: the five sources' entries are as served.
    const lines = (t: string) => t.split('\n').filter((l) => !/^\s+url(date)?\s+=/.test(l));
    expect(lines(bib.text)).toEqual(lines(bib.served));
    expect(bib.text.match(/^@/gm)).toHaveLength(6);

    const cff = await download('main a[href$="/CITATION.cff"]');
    expect(cff.name).toBe('CITATION.cff');
    expect(parse(cff.served).url).toBeUndefined();
    const parsed = parse(cff.text);
    expect(parsed.url).toBe(home);
    const { url: _, ...rest } = parsed;
    expect(rest).toEqual(parse(cff.served));
    expect(problems).toEqual([]);
    await close();
  });
});
