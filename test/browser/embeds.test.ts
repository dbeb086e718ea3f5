/**
 * Embeds and exports in a real Chromium: the embed pages in frames on a page
 * of another origin resize their frames through public/embed.js, the host
 * script ignores bogus messages, and each chart's toolbar gives embed code,
 * SVG and PNG files and links for the view on screen.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { BrowserContextOptions, Download, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadedBytes, useSite } from '../helpers/browser.ts';
import { dist } from '../helpers/pages.ts';
import { repoRoot } from '../helpers/dataset.ts';

const site = useSite();
// The absolute URLs in embed code, links, credit lines and citations are the address the page is served from,
// which here (a server on a free port) is not the address the build assumed (SITE_URL, or http://127.0.0.1:4321).
const BUILT_FOR = new URL(process.env['SITE_URL'] ?? 'http://127.0.0.1:4321').origin;
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };
const clusters = JSON.parse(readFileSync(join(dist, 'data', 'clusters.json'), 'utf8')) as { id: string; group: string | null }[];
const groupOne = clusters.filter((c) => c.group === 'global-high-technology-medicine-clusters').map((c) => c.id).sort();

/** The fixture host page on a server of its own: another origin than the atlas. */
let host: { server: Server; origin: string };
beforeAll(async () => {
  const html = readFileSync(join(repoRoot, 'test', 'fixtures', 'embed-host', 'index.html'), 'utf8');
  const server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html.replaceAll('{{SITE}}', site.origin));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  host = { server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
});
afterAll(() => new Promise<void>((done) => host.server.close(() => done())));

async function openHost(options: BrowserContextOptions = DESKTOP) {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  await page.goto(`${host.origin}/`, { waitUntil: 'load' });
  return { page, problems, close: () => context.close() };
}

/** The frame of the iframe element with this id, once it shows a document from `path`. */
async function frameOf(page: Page, id: string, path = ''): Promise<Frame> {
  const frame = await (await page.locator(`#${id}`).elementHandle())?.contentFrame();
  if (!frame || !frame.url().includes(path)) throw new Error(`#${id} does not show ${path} yet`);
  return frame;
}
const documentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
const frameHeight = (page: Page, id: string) => page.evaluate((i) => document.getElementById(i)?.getBoundingClientRect().height ?? 0, id);
/** The frame's height minus its document's: 0 once the host script has resized it. */
const gap = async (page: Page, id: string, path: string) => Math.abs((await frameHeight(page, id)) - (await documentHeight(await frameOf(page, id, path))));

describe('embed pages in frames on another origin', () => {
  it('each report their height and the host script sets their frame to it', async () => {
    const { page, problems, close } = await openHost();
    expect(new URL(site.origin).origin).not.toBe(host.origin);
    await page.locator('#chain-frame').scrollIntoViewIfNeeded();
    for (const [id, path] of [
      ['map-frame', '/embed/map/'],
      ['chain-frame', '/embed/value-chains/'],
    ] as const) {
      await expect.poll(() => gap(page, id, path)).toBeLessThanOrEqual(2);
      expect(await frameHeight(page, id)).toBeGreaterThan(300);
      // Cross-origin: the host cannot read the frame's document, so only the messages can have sized it.
      expect(await page.evaluate((i) => (document.getElementById(i) as HTMLIFrameElement).contentDocument === null, id)).toBe(true);
    }
    // The unrelated frame keeps its own height.
    expect(await frameHeight(page, 'other-frame')).toBe(80);
    // The embeds honour their URL state: the map shows group 1 only, the chain its selected stage.
    const map = await frameOf(page, 'map-frame');
    const shown = await map.locator('svg.world-map:visible a[data-id]:not([hidden])').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')).sort());
    expect(shown).toEqual(groupOne);
    const chain = await frameOf(page, 'chain-frame');
    await expect(chain.locator('[data-vc-details] h2').textContent()).resolves.toBe('Health2Care: projects presented to a jury of experts');
    expect(problems).toEqual([]);
    await close();
  });

  it('opens links to other pages in a new tab, not inside the host’s frame', async () => {
    const { page, close } = await openHost();
    // The host has sized the frame from its report: the frame's script has run and handles its links.
    await expect.poll(() => gap(page, 'map-frame', '/embed/map/')).toBeLessThanOrEqual(2);
    const map = await frameOf(page, 'map-frame', '/embed/map/');
    await map.locator('summary', { hasText: 'The clusters on the map' }).click();
    const [popup] = await Promise.all([page.waitForEvent('popup'), map.locator('.cluster-list li:not([hidden]) a').first().click()]);
    await popup.waitForLoadState();
    expect(new URL(popup.url()).pathname).toMatch(/^\/clusters\/[a-z0-9-]+\/$/);
    expect(map.url()).toContain('/embed/map/');
    await close();
  });

  it('follow the embed’s height when its content changes with the width', async () => {
    const { page, close } = await openHost();
    // Chromium pauses the rendering of cross-origin frames out of view (no resize observations there): look at each in turn.
    const settled = async (id: string, path: string) => {
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      await expect.poll(() => gap(page, id, path)).toBeLessThanOrEqual(2);
      return frameHeight(page, id);
    };
    const wideMap = await settled('map-frame', '/embed/map/');
    const wideChain = await settled('chain-frame', '/embed/value-chains/');
    await page.setViewportSize({ width: 400, height: 900 });
    // Narrower: the map scales down while its legend and source wrap onto more lines, the chain's labels too.
    expect(await settled('map-frame', '/embed/map/')).not.toBe(wideMap);
    expect(await settled('chain-frame', '/embed/value-chains/')).not.toBe(wideChain);
    await close();
  });

  it('a change inside the embed (opening its list) resizes the frame too', async () => {
    const { page, close } = await openHost();
    await expect.poll(() => gap(page, 'map-frame', '/embed/map/')).toBeLessThanOrEqual(2);
    const before = await frameHeight(page, 'map-frame');
    await (await frameOf(page, 'map-frame')).locator('summary', { hasText: 'The clusters on the map' }).click();
    await expect.poll(() => frameHeight(page, 'map-frame')).toBeGreaterThan(before + 100);
    await expect.poll(() => gap(page, 'map-frame', '/embed/map/')).toBeLessThanOrEqual(2);
    await close();
  });

  it('the host script ignores messages of another type, heights that are not a finite number in bounds, and senders that are not a frame', async () => {
    const { page, close } = await openHost();
    await expect.poll(() => gap(page, 'map-frame', '/embed/map/')).toBeLessThanOrEqual(2);
    const mapHeight = await frameHeight(page, 'map-frame');
    // Dispatched synchronously to the host script's listener, so each result is known at once.
    const results = await page.evaluate(() => {
      const map = document.getElementById('map-frame') as HTMLIFrameElement;
      const other = document.getElementById('other-frame') as HTMLIFrameElement;
      const send = (data: unknown, source: Window | null) => {
        const before = [map.style.height, other.style.height].join('|');
        window.dispatchEvent(new MessageEvent('message', { data, source }));
        return [map.style.height, other.style.height].join('|') === before ? 'ignored' : 'applied';
      };
      return {
        fromTheHostItself: send({ type: 'atlas:resize', id: 'map', height: 55 }, window),
        withoutSource: send({ type: 'atlas:resize', id: 'map', height: 56 }, null),
        wrongType: send({ type: 'resize', height: 57 }, other.contentWindow),
        noType: send({ height: 58 }, other.contentWindow),
        heightAsString: send({ type: 'atlas:resize', height: '59' }, other.contentWindow),
        heightAsCss: send({ type: 'atlas:resize', height: '60px;background:red' }, other.contentWindow),
        nan: send({ type: 'atlas:resize', height: Number.NaN }, other.contentWindow),
        infinite: send({ type: 'atlas:resize', height: Number.POSITIVE_INFINITY }, other.contentWindow),
        negative: send({ type: 'atlas:resize', height: -10 }, other.contentWindow),
        tooTall: send({ type: 'atlas:resize', height: 1e7 }, other.contentWindow),
        stringMessage: send('atlas:resize', other.contentWindow),
        nullMessage: send(null, other.contentWindow),
        valid: send({ type: 'atlas:resize', id: 'anything', height: 123.2 }, other.contentWindow),
        otherHeight: other.style.height,
      };
    });
    expect(results).toEqual({
      fromTheHostItself: 'ignored',
      withoutSource: 'ignored',
      wrongType: 'ignored',
      noType: 'ignored',
      heightAsString: 'ignored',
      heightAsCss: 'ignored',
      nan: 'ignored',
      infinite: 'ignored',
      negative: 'ignored',
      tooTall: 'ignored',
      stringMessage: 'ignored',
      nullMessage: 'ignored',
      valid: 'applied',
      otherHeight: '124px',
    });
    expect(await frameHeight(page, 'map-frame')).toBe(mapHeight);
    await close();
  });

  it('really posted messages from a frame: bogus ones change nothing, a valid one sizes that frame and no other', async () => {
    const { page, close } = await openHost();
    await expect.poll(() => gap(page, 'map-frame', '/embed/map/')).toBeLessThanOrEqual(2);
    const mapHeight = await frameHeight(page, 'map-frame');
    // Record every height the host script gives the unrelated frame.
    await page.evaluate(() => {
      const other = document.getElementById('other-frame') as HTMLIFrameElement;
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => seen.push(other.style.height)).observe(other, { attributes: true, attributeFilter: ['style'] });
    });
    const other = await frameOf(page, 'other-frame');
    // One sender's messages arrive in order: the last, valid one marks the end of the bogus ones.
    await other.evaluate(() => {
      for (const data of [{ type: 'atlas:resize', height: '999' }, { type: 'atlas:size', height: 500 }, { type: 'atlas:resize', height: Number.NaN }, { type: 'atlas:resize', height: 25000 }])
        parent.postMessage(data, '*');
      parent.postMessage({ type: 'atlas:resize', id: 'x', height: 321 }, '*');
    });
    await expect.poll(() => page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['321px']);
    expect(await frameHeight(page, 'other-frame')).toBe(321);
    expect(await frameHeight(page, 'map-frame')).toBe(mapHeight);
    await close();
  });

  it('an embed page shown on its own (not framed) posts nothing and links back with its state', async () => {
    const { page, problems, close } = await site.open('/embed/map/?group=1&layer=sample&junk=1', DESKTOP);
    const back = page.getByRole('link', { name: /View in the Biomedical Clusters Atlas/ });
    expect(new URL((await back.getAttribute('href')) ?? '').pathname + new URL((await back.getAttribute('href')) ?? '').search).toBe('/map/?group=1&layer=sample');
    await expect(back.getAttribute('target')).resolves.toBe('_blank');
    await expect(back.getAttribute('rel')).resolves.toBe('noopener');
    await expect(page.locator('h1').textContent()).resolves.toBe('World map of biomedical clusters');
    await expect(page.locator('header, nav, footer').count()).resolves.toBe(0);
    // MapLibre is never loaded in an embed.
    const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(resources.filter((r) => /maplibre/i.test(r))).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it('the matrix embed restores order and highlights from its URL', async () => {
    const { page, problems, close } = await site.open('/embed/factor-matrix/?order=country&factor=interdisciplinary-cooperation&cluster=connected-health', DESKTOP);
    const visible = await page.locator('.matrix:not([hidden])').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['order']));
    expect(visible).toEqual(['country']);
    const root = page.locator('[data-explorer]');
    await expect(root.getAttribute('data-hl-factor')).resolves.toBe('interdisciplinary-cooperation');
    await expect(root.getAttribute('data-hl-cluster')).resolves.toBe('connected-health');
    const back = new URL((await page.getByRole('link', { name: /View in the Biomedical Clusters Atlas/ }).getAttribute('href')) ?? '');
    expect(back.pathname + back.search + back.hash).toBe('/success-factors/?order=country&factor=interdisciplinary-cooperation&cluster=connected-health#matrix');
    expect(problems).toEqual([]);
    await close();
  });
});

/** The toolbar of the chart whose title matches. */
const tools = (page: Page, title: RegExp | string) => page.locator('[data-chart-figure]', { has: page.getByRole('heading', { name: title }) }).locator('[data-chart-tools]');

async function download(page: Page, button: ReturnType<Page['locator']>): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { file, bytes: await downloadedBytes(file) };
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The on-screen CSS size of the chart drawing the toolbar exports (the largest shown; Plot's legend has small ones). */
const chartSize = (page: Page, title: RegExp | string) =>
  page
    .locator('[data-chart-figure]', { has: page.getByRole('heading', { name: title }) })
    .locator('[data-chart-svg] svg:visible')
    .evaluateAll((svgs) =>
      svgs
        .map((svg) => svg.getBoundingClientRect())
        .map((r) => ({ width: r.width, height: r.height }))
        .sort((a, b) => b.width * b.height - a.width * a.height)[0] ?? { width: 0, height: 0 },
    );

describe('chart toolbar', () => {
  it('is on every chart of the site, and hidden without JavaScript rather than dead', async () => {
    const counts: Record<string, number> = { '/': 1, '/map/': 1, '/success-factors/': 2, '/value-chains/mix-innovation-chain/': 1, '/clusters/medicon-valley/': 2 };
    for (const [path, count] of Object.entries(counts)) {
      const { page, close } = await site.open(path, DESKTOP);
      await expect(page.locator('[data-chart-figure]').count(), path).resolves.toBe(count);
      await expect(page.locator('[data-chart-figure] [data-chart-tools]:visible').count(), path).resolves.toBe(count);
      await close();
    }
    const context = await site.browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/success-factors/`);
    await expect(page.locator('[data-chart-tools]').count()).resolves.toBe(2);
    await expect(page.getByRole('button', { name: /Download|Embed|Copy/ }).count()).resolves.toBe(0);
    await context.close();
  });

  it('Embed shows the code for the current view, with absolute URLs, and keeps it in step with the view', async () => {
    const { page, problems, close } = await site.open('/success-factors/?order=country&factor=interdisciplinary-cooperation', DESKTOP);
    const bar = tools(page, 'Which clusters’ case studies evidence which success factor');
    const embed = bar.getByRole('button', { name: 'Embed «Which clusters’ case studies evidence which success factor»', exact: true });
    await expect(embed.getAttribute('aria-expanded')).resolves.toBe('false');
    await embed.click();
    await expect(embed.getAttribute('aria-expanded')).resolves.toBe('true');
    const code = bar.getByRole('textbox', { name: /Embed code/ });
    await expect(code.isVisible()).resolves.toBe(true);
    await expect(code.getAttribute('readonly')).resolves.not.toBeNull();
    const snippet = await code.inputValue();
    expect(snippet).toContain(`<iframe src="${site.origin}/embed/factor-matrix/?order=country&amp;factor=interdisciplinary-cooperation" title="Which clusters’ case studies evidence which success factor"`);
    expect(snippet).toContain('style="width:100%;border:0" loading="lazy"');
    expect(snippet).toContain(`<script src="${site.origin}/embed.js" async></script>`);
    // The support chart honours only the factor.
    await tools(page, 'How many case studies and clusters back each factor').getByRole('button', { name: /^Embed/ }).click();
    const support = await tools(page, 'How many case studies and clusters back each factor').getByRole('textbox').inputValue();
    expect(support).toContain(`src="${site.origin}/embed/factor-support/?factor=interdisciplinary-cooperation"`);
    await page.getByRole('radio', { name: 'number of factors' }).check();
    await expect.poll(() => code.inputValue()).toContain(`/embed/factor-matrix/?order=factors&amp;factor=interdisciplinary-cooperation"`);
    await embed.click();
    await expect(code.isVisible()).resolves.toBe(false);
    expect(problems).toEqual([]);
    await close();
  });

  it('works from the keyboard: Tab reaches the buttons, Enter opens the embed code', async () => {
    const { page, close } = await site.open('/clusters/medicon-valley/', DESKTOP);
    const first = page.locator('[data-chart-tools] button[data-tool="embed"]').first();
    await first.focus();
    await page.keyboard.press('Enter');
    await expect(first.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => (document.activeElement as HTMLElement).textContent?.trim().startsWith('Download SVG'))).resolves.toBe(true);
    await close();
  });

  it('Copy link copies the full view’s absolute URL with the current state, and says so', async () => {
    const { page, problems, close } = await site.open('/map/', { ...DESKTOP, permissions: ['clipboard-read', 'clipboard-write'] });
    await page.getByRole('checkbox', { name: /1\. Global High-Technology/ }).check();
    await page.getByRole('radio', { name: 'The HSE sample only' }).check();
    const bar = page.locator('[data-chart-tools]');
    await bar.getByRole('button', { name: 'Copy link to «World map of biomedical clusters»' }).click();
    await expect.poll(() => bar.getByRole('status').textContent()).toBe('Link copied.');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${site.origin}/map/?group=1&layer=sample`);
    expect(problems).toEqual([]);
    await close();
  });

  it('the example embed code of /embed/ names the served address, not the one the build assumed', async () => {
    const { page, close } = await site.open('/embed/', DESKTOP);
    expect(site.origin).not.toBe(BUILT_FOR);
    const code = page.locator('pre code[data-built-address]');
    await expect.poll(() => code.textContent()).toContain(`<iframe src="${site.origin}/embed/map/?group=1"`);
    await expect(code.textContent()).resolves.toContain(`<script src="${site.origin}/embed.js" async>`);
    await expect(code.textContent()).resolves.not.toContain(BUILT_FOR);
    await close();
  });

  it('Copy link on an embed page copies the full view, and Copy code the embed code', async () => {
    const { page, close } = await site.open('/embed/value-chains/mix-innovation-chain/?stage=h2c-projects-presented', {
      ...DESKTOP,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const bar = page.locator('[data-chart-tools]');
    await bar.getByRole('button', { name: /^Copy link/ }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.origin}/value-chains/mix-innovation-chain/?stage=h2c-projects-presented`);
    await bar.getByRole('button', { name: /^Embed/ }).click();
    await bar.getByRole('button', { name: /^Copy code/ }).click();
    await expect.poll(() => bar.getByRole('status').textContent()).toBe('Embed code copied.');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toContain(
      `<iframe src="${site.origin}/embed/value-chains/mix-innovation-chain/?stage=h2c-projects-presented"`,
    );
    await close();
  });

  it('Data (CSV) saves the rows of the view as filtered, and Metadata (JSON) its title, citation, served address, licence and data date', async () => {
    const { page, problems, close } = await site.open('/map/?group=1&layer=sample', DESKTOP);
    const bar = page.locator('[data-chart-tools]');
    const { file, bytes } = await download(page, bar.getByRole('button', { name: /^Data \(CSV\)/ }));
    expect(file.suggestedFilename()).toBe('atlas-map-data.csv');
    const csv = Papa.parse<Record<string, string>>(bytes.toString('utf8'), { header: true, skipEmptyLines: true });
    expect(csv.meta.fields).toEqual(expect.arrayContaining(['cluster', 'latitude', 'longitude', 'group', 'source', 'locator']));
    // Exactly the markers on screen: the clusters of group 1.
    expect(csv.data.map((r) => r['cluster_id']).sort()).toEqual(groupOne);
    for (const row of csv.data) {
      const cluster = clusters.find((c) => c.id === row['cluster_id']) as unknown as Record<string, unknown>;
      expect(Number(row['latitude'])).toBe(cluster['lat']);
      expect(row['source']).toBe(cluster['source']);
      expect(row['locator']).toBe(cluster['locator']);
    }
    const meta = JSON.parse((await download(page, bar.getByRole('button', { name: /^Metadata \(JSON\)/ }))).bytes.toString('utf8'));
    const created = JSON.parse(readFileSync(join(dist, 'data', 'datapackage.json'), 'utf8')).created as string;
    expect(meta).toMatchObject({
      title: 'World map of biomedical clusters',
      url: `${site.origin}/map/?group=1&layer=sample`,
      rows: groupOne.length,
      licence: { name: 'CC-BY-4.0' },
      dataDate: created,
      accessed: new Date().toISOString().slice(0, 10),
    });
    expect(meta.citation).toContain(`${site.origin}/map/?group=1&layer=sample (accessed ${meta.accessed})`);
    expect(meta.sources.join(' ')).toContain('Biomedical Clusters Worldwide: Success Factors and Best Practices');
    expect(meta.columns.find((c: { name: string }) => c.name === 'latitude').unit).toBe('degrees (WGS 84)');
    expect(problems).toEqual([]);
    await close();
  });

  it('Cite this gives plain text and BibTeX with the served address of the view, today’s date and the sources shown', async () => {
    const { page, problems, close } = await site.open('/success-factors/?factor=interdisciplinary-cooperation', {
      ...DESKTOP,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const bar = tools(page, 'Which clusters’ case studies evidence which success factor');
    const cite = bar.getByRole('button', { name: /^Cite this/ });
    await cite.click();
    await expect(cite.getAttribute('aria-expanded')).resolves.toBe('true');
    const today = new Date().toISOString().slice(0, 10);
    const url = `${site.origin}/success-factors/?factor=interdisciplinary-cooperation#matrix`;
    const text = bar.getByRole('textbox', { name: /Citation of this view/ });
    await expect.poll(() => text.inputValue()).toContain(`${url} (accessed ${today})`);
    expect(await text.inputValue()).toMatch(/^Biomedical Clusters Atlas contributors \(\d{4}\)\. Which clusters’ case studies evidence which success factor\. In: Biomedical Clusters Atlas, data version \d+\.\d+\.\d+\./);
    expect(await text.inputValue()).toContain('Islankina E.');
    const bibtex = await bar.getByRole('textbox', { name: /BibTeX/ }).inputValue();
    expect(bibtex).toContain(`url          = {${url}}`);
    expect(bibtex).toContain(`urldate      = {${today}}`);
    await bar.getByRole('button', { name: /^Copy BibTeX/ }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(bibtex);
    expect(problems).toEqual([]);
    await close();
  });

  it('Cite this page, under every page, gives the served address with its query, today’s date and the sources the page cites', async () => {
    const { page, problems, close } = await site.open('/clusters/medicon-valley/', DESKTOP);
    const box = page.getByRole('complementary', { name: 'Cite this page' });
    await box.getByText('Cite this page').click();
    const today = new Date().toISOString().slice(0, 10);
    const text = box.locator('[data-page-cite-text]');
    await expect.poll(() => text.textContent()).toContain(`${site.origin}/clusters/medicon-valley/ (accessed ${today})`);
    expect(await text.textContent()).toContain('Medicon Valley. In: Biomedical Clusters Atlas, data version');
    expect(await text.textContent()).toContain('Biomedical Clusters Worldwide: Success Factors and Best Practices');
    expect(await text.textContent()).not.toContain(BUILT_FOR);
    await expect(box.locator('[data-page-cite-bibtex]').textContent()).resolves.toContain(`url          = {${site.origin}/clusters/medicon-valley/}`);
    expect(problems).toEqual([]);
    await close();
  });

  it('an embed page offers the data of its chart too: one row per stage of the chain', async () => {
    const { page, close } = await site.open('/embed/value-chains/mix-innovation-chain/', DESKTOP);
    const { bytes } = await download(page, page.locator('[data-chart-tools]').getByRole('button', { name: /^Data \(CSV\)/ }));
    const csv = Papa.parse<Record<string, string>>(bytes.toString('utf8'), { header: true, skipEmptyLines: true });
    const nodes = JSON.parse(readFileSync(join(dist, 'data', 'value-chain-nodes.json'), 'utf8')) as { chain_id: string; id: string }[];
    expect(csv.data.map((r) => r['stage_id']).sort()).toEqual(nodes.filter((n) => n.chain_id === 'mix-innovation-chain').map((n) => n.id).sort());
    await close();
  });

  it('Download SVG saves a standalone SVG of the view on screen, with title and source drawn in', async () => {
    const { page, problems, close } = await site.open('/map/?group=1', DESKTOP);
    const bar = page.locator('[data-chart-tools]');
    // The map's image is drawn from the data at the static map's own size (its viewBox), whatever its size on screen.
    const map = await page.locator('svg.world-map:visible').evaluate((svg) => {
      const r = (svg as SVGSVGElement).viewBox.baseVal;
      return { width: r.width, height: r.height };
    });
    const { file, bytes } = await download(page, bar.getByRole('button', { name: /^Download SVG/ }));
    expect(file.suggestedFilename()).toBe('atlas-map.svg');
    const text = bytes.toString('utf8');
    // Parsed as XML by the browser (strict: any well-formedness error gives a <parsererror>), in a blank page: a
    // document parsed inside the atlas's page would inherit its CSP and report the file's style attributes.
    const blank = await page.context().newPage();
    const parsed = await blank.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        name: root.localName,
        ns: root.namespaceURI,
        width: root.getAttribute('width'),
        height: root.getAttribute('height'),
        viewBox: root.getAttribute('viewBox'),
        text: [...root.querySelectorAll(':scope > text')].map((t) => t.textContent).join(' | '),
        markers: root.querySelectorAll('[data-id]').length,
        stylesheets: [...root.querySelectorAll('style')].length,
        external: [...root.querySelectorAll('[href]')].map((e) => e.getAttribute('href')).filter((h) => h && /^(https?:)?\/\//.test(h)),
      };
    }, text);
    expect(parsed.error).toBe(false);
    expect(parsed).toMatchObject({ name: 'svg', ns: 'http://www.w3.org/2000/svg' });
    expect(Number(parsed.width)).toBe(Math.round(map.width) + 32);
    expect(Number(parsed.height)).toBeGreaterThan(Math.round(map.height) + 60);
    expect(parsed.viewBox).toBe(`0 0 ${parsed.width} ${parsed.height}`);
    expect(parsed.text).toContain('World map of biomedical clusters');
    expect(parsed.text).toContain('Source: HSE 2019, fig. 2.1');
    // The credit line carries the served address of the view (its tspans may break the URL after a slash).
    expect(site.origin).not.toBe(BUILT_FOR);
    expect(parsed.text).toContain(`${site.origin}/map/?group=1`);
    // The filter on screen is in the file: only group 1's markers.
    expect(parsed.markers).toBe(groupOne.length);
    expect(parsed.stylesheets).toBe(0);
    expect(parsed.external).toEqual([]);
    // It renders on its own, with its styles inlined: the sea is drawn in its colour, not black.
    const pixel = await page.evaluate(async (xml) => {
      const img = new Image();
      img.src = URL.createObjectURL(new Blob([xml], { type: 'image/svg+xml' }));
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      context.drawImage(img, 0, 0);
      // A point of the open sea in the South Pacific, near the left edge of the world panel (16 px margin, the title above).
      const top = Number(/translate\(16,(\d+(?:\.\d+)?)\)/.exec(xml)?.[1]);
      const x = 16 + 12;
      const y = Math.round(top + 300);
      return [...context.getImageData(x, y, 1, 1).data];
    }, text);
    // Without its fill the sea would be black; it is light blue (#eaf2f8).
    expect(pixel.slice(0, 3).every((c) => c > 190)).toBe(true);
    expect(pixel[2]).toBeGreaterThan(pixel[0] ?? 0);
    expect(problems).toEqual([]);
    await close();
  });

  for (const deviceScaleFactor of [1, 3])
    it(`Download PNG saves the same image at twice its CSS size, whatever the pixel ratio (${deviceScaleFactor})`, async () => {
      const { page, problems, close } = await site.open('/value-chains/mix-innovation-chain/', { ...DESKTOP, deviceScaleFactor });
      const bar = page.locator('[data-chart-tools]');
      const chart = await page.locator('svg.vc-diagram:visible').evaluate((svg) => {
        const r = svg.getBoundingClientRect();
        return { width: r.width, height: r.height };
      });
      const svg = (await download(page, bar.getByRole('button', { name: /^Download SVG/ }))).bytes.toString('utf8');
      const svgWidth = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
      const svgHeight = Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
      expect(svgWidth).toBe(Math.round(chart.width) + 32);
      const { file, bytes } = await download(page, bar.getByRole('button', { name: /^Download PNG/ }));
      expect(file.suggestedFilename()).toBe('atlas-value-chains-mix-innovation-chain.png');
      expect(pngSize(bytes)).toEqual({ width: 2 * svgWidth, height: 2 * svgHeight });
      // The PNG holds the drawing: decoded, it has dark text and the white ground, not one flat colour.
      const colours = await page.evaluate(async (base64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${base64}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const context = canvas.getContext('2d') as CanvasRenderingContext2D;
        context.drawImage(img, 0, 0);
        const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
        let dark = 0;
        let white = 0;
        for (let i = 0; i < data.length; i += 4) {
          const sum = (data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0);
          if (sum < 200) dark++;
          if (sum === 765) white++;
        }
        return { dark, white, total: data.length / 4 };
      }, bytes.toString('base64'));
      expect(colours.dark).toBeGreaterThan(colours.total * 0.002);
      expect(colours.white).toBeGreaterThan(colours.total * 0.3);
      await expect.poll(() => bar.getByRole('status').textContent()).toBe('PNG image saved.');
      expect(problems).toEqual([]);
      await close();
    });

  it('exports the MIX chain for a full portrait page in its top-to-bottom layout, in columns, and the matrix with its key', async () => {
    const { page, problems, close } = await site.open('/value-chains/mix-innovation-chain/', DESKTOP);
    const bar = page.locator('[data-chart-tools]');
    await bar.getByRole('combobox', { name: /^Size/ }).selectOption('page');
    const { file, bytes } = await download(page, bar.getByRole('button', { name: /^Download PNG/ }));
    expect(file.suggestedFilename()).toBe('atlas-value-chains-mix-innovation-chain-page.png');
    const size = pngSize(bytes);
    // Fits an A4 page at 300 dpi and is portrait-shaped, unlike the chain across (2968 units wide).
    expect(size.width).toBeLessThanOrEqual(2000);
    expect(size.height).toBeLessThanOrEqual(2950);
    expect(size.height).toBeGreaterThan(size.width);
    const svg = (await download(page, bar.getByRole('button', { name: /^Download SVG/ }))).bytes.toString('utf8');
    // The drawing is the top-to-bottom one (340 units wide), in several columns side by side.
    expect((svg.match(/viewBox="0 \d+ 340 \d+"/g) ?? []).length).toBeGreaterThan(1);
    expect(problems).toEqual([]);
    await close();

    const explorer = await site.open('/success-factors/', DESKTOP);
    const matrixSvg = (await download(explorer.page, tools(explorer.page, 'Which clusters’ case studies evidence which success factor').getByRole('button', { name: /^Download SVG/ }))).bytes.toString('utf8');
    const text = matrixSvg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('2 Interdisciplinary cooperation');
    expect(text).toContain('ISEK = Istanbul Health Industry Cluster');
    expect(text).toContain('LitCare = Lithuanian Medical Tourism Cluster');
    await explorer.close();
  });

  it('exports the drawing the screen shows: the narrow one on a phone, at its phone size', async () => {
    const { page, close } = await site.open('/success-factors/', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const title = 'How many case studies and clusters back each factor';
    const size = await chartSize(page, title);
    expect(size.width).toBeLessThan(390);
    const bar = tools(page, title);
    const svg = (await download(page, bar.getByRole('button', { name: /^Download SVG/ }))).bytes.toString('utf8');
    expect(Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1])).toBe(Math.round(size.width) + 32);
    expect(svg).toContain('viewBox="0 0 360 ');
    const png = (await download(page, bar.getByRole('button', { name: /^Download PNG/ }))).bytes;
    expect(pngSize(png).width).toBe(2 * (Math.round(size.width) + 32));
    await close();
  });
});
