/**
 * The world map as a reader meets it, in a real Chromium: markers legible
 * and named on every page that draws the map, co-located clusters each
 * reachable, MapLibre only on an explicit intent, and the hand-over.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { downloadedBytes, useSite } from '../helpers/browser.ts';
import { dist } from '../helpers/pages.ts';
import { focusState } from '../helpers/focus.ts';

const site = useSite();
const clusters = JSON.parse(readFileSync(join(dist, '..', 'public', 'data', 'clusters.json'), 'utf8')) as {
  id: string;
  name: string;
  lat: number;
  lon: number;
}[];
const byId = new Map(clusters.map((c) => [c.id, c]));
/** The four clusters whose organisations sit in Lyon (one coordinate pair in data/clusters.csv). */
const LYON = clusters.filter((c) => c.lat === byId.get('lyonbiopole')?.lat && c.lon === byId.get('lyonbiopole')?.lon).map((c) => c.id);
const WIDTHS = [1366, 390];
const STATIC_MARKERS = 'svg.world-map:visible a[data-id]';

interface MarkerBox {
  id: string;
  label: string;
  href: string;
  target: string | null;
  box: { left: number; top: number; right: number; bottom: number };
}

/** Every marker drawn on the visible static map: its link, its name and the box of its symbol (ring included) on screen. */
const staticMarkers = (page: Page): Promise<MarkerBox[]> =>
  page.locator(STATIC_MARKERS).evaluateAll((els) =>
    els.map((a) => {
      const symbol = [...a.querySelectorAll('.ring, .marker')].map((s) => s.getBoundingClientRect());
      return {
        id: a.getAttribute('data-id') ?? '',
        label: a.getAttribute('aria-label') ?? '',
        href: a.getAttribute('href') ?? '',
        target: a.getAttribute('target'),
        box: {
          left: Math.min(...symbol.map((r) => r.left)),
          top: Math.min(...symbol.map((r) => r.top)),
          right: Math.max(...symbol.map((r) => r.right)),
          bottom: Math.max(...symbol.map((r) => r.bottom)),
        },
      };
    }),
  );

/** The clusters the map page's scripts fetch (the address its script#map-data names). */
const mapClusters = (page: Page): Promise<unknown[]> =>
  page.evaluate(() => fetch((JSON.parse(document.getElementById('map-data')?.textContent ?? '{}') as { clustersUrl: string }).clustersUrl).then((r) => r.json() as Promise<unknown[]>));

/**
 * Presses Tab from the focused element until focus leaves the elements matching `selector` (at most 200 presses),
 * and returns which of `ids` (their data-id) focus passed through, sorted.
 */
async function tabWalk(page: Page, selector: string, ids: readonly string[]): Promise<string[]> {
  const reached = new Set<string>();
  for (let i = 0; i < 200; i++) {
    const id = await page.evaluate((s) => (document.activeElement?.matches(s) ? (document.activeElement.getAttribute('data-id') ?? '') : null), selector);
    if (id === null) break;
    if (ids.includes(id)) reached.add(id);
    await page.keyboard.press('Tab');
  }
  return [...reached].sort();
}

const overlap = (a: MarkerBox['box'], b: MarkerBox['box']) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('static map markers', () => {
  for (const path of ['/', '/map/', '/embed/map/'])
    for (const width of WIDTHS)
      it(`${path} at ${width} px: every cluster has one marker, named and linked, and no two markers overlap`, async () => {
        const { page, problems, close } = await site.open(path, { viewport: { width, height: 900 } });
        const markers = await staticMarkers(page);
        expect(markers.map((m) => m.id).sort()).toEqual(clusters.map((c) => c.id).sort());
        for (const m of markers) {
          const c = byId.get(m.id);
          expect(m.label.startsWith(`${c?.name} (`), `${m.id}: ${m.label}`).toBe(true);
          expect(m.href).toBe(`/clusters/${m.id}/`);
          expect(m.target).toBe(path.startsWith('/embed/') ? '_blank' : null);
          expect(m.box.right - m.box.left).toBeGreaterThanOrEqual(6); // big enough to see and to point at
        }
        // Different places, and clusters sharing a place alike: no symbol covers another.
        const clashes = markers.flatMap((a, i) => markers.slice(i + 1).flatMap((b) => (overlap(a.box, b.box) ? [`${a.id} × ${b.id}`] : [])));
        expect(clashes).toEqual([]);
        expect(problems).toEqual([]);
        await close();
      });

  it('shows the name of a marker on hover and on keyboard focus', async () => {
    const { page, close } = await site.open('/map/', { viewport: { width: 1366, height: 900 } });
    const marker = page.locator(`${STATIC_MARKERS}[data-id="medicon-valley"]`);
    const name = marker.locator('.name');
    await expect(name.isVisible()).resolves.toBe(false);
    await marker.hover();
    await expect.poll(() => name.isVisible()).toBe(true);
    await expect(name.textContent()).resolves.toBe('Medicon Valley');
    await page.mouse.move(0, 0);
    await expect.poll(() => name.isVisible()).toBe(false);
    await page.locator(`${STATIC_MARKERS}[data-id="eurasante"]`).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab'); // focus by keyboard, so that :focus-visible holds
    await expect.poll(() => page.locator(`${STATIC_MARKERS}[data-id="eurasante"] .name`).isVisible()).toBe(true);
    const focus = await focusState(page);
    expect(focus.indicator).not.toBeNull();
    expect(focus.contrast).toBeGreaterThanOrEqual(3);
    await close();
  });
});

describe('the four clusters in Lyon', () => {
  it('are four, at one point (the case this test is about)', () => {
    expect(LYON.sort()).toEqual(['bioxclusters', 'erai', 'i-care-cluster', 'lyonbiopole']);
  });

  it('each opens its profile from the static map by pointer', async () => {
    const { page, problems, close } = await site.open('/map/', { viewport: { width: 1366, height: 900 } });
    for (const id of LYON) {
      await page.locator(`${STATIC_MARKERS}[data-id="${id}"] .marker`).click();
      await page.waitForURL(`**/clusters/${id}/`);
      await expect(page.locator('h1').textContent()).resolves.toContain(byId.get(id)?.name);
      await page.goBack();
      await page.locator(STATIC_MARKERS).first().waitFor();
    }
    expect(problems.filter((p) => !p.endsWith('net::ERR_ABORTED'))).toEqual([]);
    await close();
  }, 120_000);

  it('each opens its profile from the static map by keyboard', async () => {
    const { page, problems, close } = await site.open('/map/', { viewport: { width: 1366, height: 900 } });
    // One walk through the markers with Tab proves each Lyon marker is in the tab order; Enter on each then opens it.
    await page.locator(STATIC_MARKERS).first().focus();
    expect(await tabWalk(page, 'svg.world-map a[data-id]', LYON)).toEqual([...LYON].sort());
    for (const id of LYON) {
      await page.locator(`${STATIC_MARKERS}[data-id="${id}"]`).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(`**/clusters/${id}/`);
      await page.goBack();
      await page.locator(STATIC_MARKERS).first().waitFor();
    }
    expect(problems.filter((p) => !p.endsWith('net::ERR_ABORTED'))).toEqual([]);
    await close();
  }, 120_000);

  it('each opens its popup on the interactive map, by pointer and by keyboard', async () => {
    const { page, problems, close } = await site.open('/map/?cluster=lyonbiopole', { viewport: { width: 1366, height: 900 } });
    const popup = page.locator('.maplibregl-popup:not(.atlas-tooltip)');
    await expect.poll(() => popup.locator('h3').textContent(), { timeout: 30_000 }).toBe(byId.get('lyonbiopole')?.name);
    await popup.locator('.maplibregl-popup-close-button').click();
    for (const id of LYON) {
      await page.locator(`.map-pin[data-id="${id}"]`).click();
      await expect.poll(() => popup.locator('h3').textContent()).toBe(byId.get(id)?.name);
      expect(new URL(page.url()).searchParams.get('cluster')).toBe(id);
    }
    await popup.locator('.maplibregl-popup-close-button').click();
    await page.locator('.map-pin').first().focus();
    expect(await tabWalk(page, '.map-pin', LYON)).toEqual([...LYON].sort());
    for (const id of LYON) {
      await page.locator(`.map-pin[data-id="${id}"]`).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => popup.locator('h3').textContent()).toBe(byId.get(id)?.name);
      await page.keyboard.press('Escape');
      await expect.poll(() => popup.count()).toBe(0);
    }
    expect(problems).toEqual([]);
    await close();
  }, 120_000);
});

describe('pins on the zoomable map', () => {
  /** Every pin whose centre is inside the map's box: where it is, and the other pin a tap at its centre would reach instead, if any. */
  const pinsInView = (page: Page) =>
    page.locator('[data-gl]').evaluate((box) => {
      const frame = box.getBoundingClientRect();
      return [...box.querySelectorAll<HTMLElement>('.map-pin:not([hidden])')].flatMap((pin) => {
        const symbol = pin.querySelector('svg')?.getBoundingClientRect();
        if (!symbol) return [];
        const [x, y] = [symbol.left + symbol.width / 2, symbol.top + symbol.height / 2];
        if (x < frame.left || x > frame.right || y < frame.top || y > frame.bottom) return [];
        const hit = document.elementFromPoint(x, y)?.closest<HTMLElement>('.map-pin');
        return [{ id: pin.dataset['id'] ?? '', x, y, under: hit && hit !== pin ? (hit.dataset['id'] ?? '') : null }];
      });
    });

  /** Checks the pins in view: none under another where a tap lands, no two closer than 24 px; returns their ids. */
  async function expectPinsApart(page: Page, view: string): Promise<string[]> {
    const shown = await pinsInView(page);
    expect(shown.flatMap((p) => (p.under ? [`${p.id} under ${p.under}`] : [])), `${view}: pins under another`).toEqual([]);
    const tooClose = shown.flatMap((a, i) =>
      shown.slice(i + 1).flatMap((b) => (Math.abs(a.x - b.x) < 23.5 && Math.abs(a.y - b.y) < 23.5 ? [`${a.id} × ${b.id}`] : [])),
    );
    expect(tooClose, `${view}: pins closer than 24 px`).toEqual([]);
    return shown.map((p) => p.id);
  }

  /** Zooms in one step with the map's + button and waits until the view has settled (its bounds are written when MapLibre is idle). */
  async function zoomIn(page: Page) {
    const gl = page.locator('[data-gl]');
    const bounds = await gl.getAttribute('data-bounds');
    await page.locator('.maplibregl-ctrl-zoom-in').click();
    await expect.poll(() => gl.getAttribute('data-bounds'), { timeout: 30_000 }).not.toBe(bounds);
  }

  it('none lies under another, from the world view in: ALISEI beside Kvarner', async () => {
    const { page, problems, close } = await site.open('/map/', { viewport: { width: 1366, height: 900 } });
    await page.getByRole('button', { name: 'Zoom and pan the map' }).click();
    await expect.poll(() => page.locator('[data-gl]').getAttribute('data-rendered-clusters'), { timeout: 30_000 }).toBe(String(clusters.length));
    expect(await expectPinsApart(page, 'world')).toEqual(expect.arrayContaining(['alisei', 'kvarner-health-tourism-cluster']));
    for (const step of [1, 2]) {
      await zoomIn(page);
      await expectPinsApart(page, `world, zoomed in ${step}`);
    }
    expect(problems).toEqual([]);
    await close();
  }, 120_000);

  it('none lies under another around Paris at middle zooms: Medicen and Genopole apart', async () => {
    const { page, problems, close } = await site.open('/map/?cluster=genopole', { viewport: { width: 1366, height: 900 } });
    const popup = page.locator('.maplibregl-popup:not(.atlas-tooltip)');
    await expect.poll(() => popup.locator('h3').count(), { timeout: 30_000 }).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => popup.count()).toBe(0);
    for (const step of [0, 1, 2]) {
      if (step > 0) await zoomIn(page);
      expect(await expectPinsApart(page, `Paris, zoomed in ${step}`)).toEqual(expect.arrayContaining(['medicen-paris-region', 'genopole']));
    }
    expect(problems).toEqual([]);
    await close();
  }, 120_000);
});

describe('hand-over to MapLibre', () => {
  it('hover and focus do not load MapLibre; a click does, and the box keeps its height', async () => {
    const { page, problems, close } = await site.open('/map/', { viewport: { width: 1366, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const frame = page.locator('[data-map-frame]');
    const before = await frame.boundingBox();
    await frame.hover({ position: { x: 40, y: 40 } });
    await page.mouse.move((before?.width ?? 0) / 2, (before?.y ?? 0) + 60, { steps: 5 });
    await page.locator(`${STATIC_MARKERS}[data-id="medicon-valley"]`).hover();
    await page.locator(STATIC_MARKERS).first().focus();
    // Loading MapLibre, whatever starts it, marks the page as starting (src/client/page-ready.ts): none is under way.
    await expect(page.locator('html[data-starting]').count()).resolves.toBe(0);
    expect(requests.filter((u) => /maplibre/i.test(u))).toEqual([]);
    await expect(page.locator('[data-gl]').isHidden()).resolves.toBe(true);

    const sea = page.locator('svg.world-map:visible [data-panel="world"] rect.sea');
    const seaBox = await sea.boundingBox();
    await sea.click({ position: { x: 20, y: (seaBox?.height ?? 0) - 20 } }); // the South Pacific
    await expect.poll(() => page.locator('[data-gl]').getAttribute('data-rendered-clusters'), { timeout: 30_000 }).toBe(String(clusters.length));
    expect(requests.filter((u) => /maplibre/i.test(u)).length).toBeGreaterThan(0);
    const after = await frame.boundingBox();
    expect(after?.height).toBeCloseTo(before?.height ?? 0, 0);
    // The interactive map draws the static map's symbols.
    await expect(page.locator('.map-pin[data-id="biocat"] path.outside').count()).resolves.toBe(1);
    await expect(page.locator('.map-pin[data-id="medicon-valley"] circle.ring').count()).resolves.toBe(1);
    await expect(page.locator('.map-pin[data-id="massbio"] circle.group-1').count()).resolves.toBe(1);
    expect(problems).toEqual([]);
    await close();
  });

  for (const width of [1366, 390, 320])
    it(`at ${width} px the page does not move: the map's figure keeps its box and the list below stays put`, async () => {
      const { page, problems, close } = await site.open('/map/', { viewport: { width, height: 900 } });
      // Boxes in the page's coordinates, whatever the scroll.
      const boxes = () =>
        page.evaluate(() => {
          const box = (selector: string) => {
            const r = document.querySelector(selector)?.getBoundingClientRect();
            return r ? { top: Math.round(r.top + scrollY), height: Math.round(r.height) } : null;
          };
          return { figure: box('[data-chart-figure]'), frame: box('[data-map-frame]'), list: box('#list-heading') };
        });
      const before = await boxes();
      expect(before.figure?.height).toBeGreaterThan(100);
      await page.getByRole('button', { name: 'Zoom and pan the map' }).click();
      await expect.poll(() => page.locator('[data-gl]').getAttribute('data-rendered-clusters'), { timeout: 30_000 }).toBe(String(clusters.length));
      await expect(page.locator('[data-map-hint]').isVisible()).resolves.toBe(true);
      expect(await boxes()).toEqual(before);
      expect(problems).toEqual([]);
      await close();
    });

  it('the focused map shows a focus ring drawn inside its box, so no parent clips it', async () => {
    const { page, close } = await site.open('/map/', { viewport: { width: 1366, height: 900 } });
    await page.locator('[data-start-map]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('[data-gl] canvas') ?? false), { timeout: 30_000 }).toBe(true);
    const focus = await focusState(page);
    expect(focus.indicator, focus.element).not.toBeNull();
    expect(focus.contrast).toBeGreaterThanOrEqual(3);
    const inset = await page.evaluate(() => {
      const cs = getComputedStyle(document.activeElement as Element);
      return parseFloat(cs.outlineOffset) + parseFloat(cs.outlineWidth);
    });
    expect(inset).toBeLessThanOrEqual(0);
    await close();
  });

  it('on a touch screen a tap starts it, and a one-finger swipe over it scrolls the page', async () => {
    const { page, problems, close } = await site.open('/map/', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    const sea = page.locator('svg.world-map:visible [data-panel="europe"] rect.sea');
    await sea.scrollIntoViewIfNeeded();
    const before = await page.locator('[data-map-frame]').boundingBox();
    await sea.tap({ position: { x: 10, y: 30 } });
    await expect.poll(() => page.locator('[data-gl]').getAttribute('data-rendered-clusters'), { timeout: 30_000 }).not.toBeNull();
    await page.locator('[data-map-frame]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const box = await page.locator('[data-map-frame]').boundingBox();
    expect(box?.height).toBeCloseTo(before?.height ?? 0, 0);
    const scrolled = await page.evaluate(() => window.scrollY);
    // A one-finger swipe upwards from low on the map, as raw touch events.
    const x = Math.round((box?.x ?? 0) + (box?.width ?? 0) / 2);
    const y = Math.round((box?.y ?? 0) + (box?.height ?? 0) * 0.7);
    expect(await page.evaluate(([px, py]) => document.elementFromPoint(px ?? 0, py ?? 0)?.closest('[data-gl]') !== null, [x, y])).toBe(true);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - i * 20 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled + 100);
    expect(problems).toEqual([]);
    await close();
  });
});

describe('filters and the interactive map', () => {
  it('after a change of filters the interactive map fits to the clusters shown', async () => {
    const { page, problems, close } = await site.open('/map/', { viewport: { width: 1366, height: 900 } });
    await page.locator('[data-start-map]').click();
    const gl = page.locator('[data-gl]');
    await expect.poll(() => gl.getAttribute('data-bounds'), { timeout: 30_000 }).not.toBeNull();
    const worldView = await gl.getAttribute('data-bounds');
    await page.locator('summary', { hasText: 'Country' }).click();
    await page.getByRole('checkbox', { name: 'Denmark', exact: true }).check();
    // Expected from the data: the clusters with a country DK.
    const all = (await mapClusters(page)) as { countries: string[]; lon: number; lat: number }[];
    const danish = all.filter((c) => c.countries.includes('DK'));
    expect(danish.length).toBeGreaterThan(0);
    await expect.poll(() => gl.getAttribute('data-bounds'), { timeout: 30_000 }).not.toBe(worldView);
    const [[w, s], [e, n]] = JSON.parse((await gl.getAttribute('data-bounds')) ?? '') as number[][] as [[number, number], [number, number]];
    for (const c of danish) {
      expect(c.lon).toBeGreaterThanOrEqual(w);
      expect(c.lon).toBeLessThanOrEqual(e);
      expect(c.lat).toBeGreaterThanOrEqual(s);
      expect(c.lat).toBeLessThanOrEqual(n);
    }
    expect(e - w).toBeLessThan(40); // zoomed in on them, not the world
    expect(problems).toEqual([]);
    await close();
  });
});

describe('filters on a phone', () => {
  it('fold into a compact bar above the map that opens them', async () => {
    const { page, problems, close } = await site.open('/map/', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const form = page.locator('form[data-filters]');
    const toggle = page.getByRole('button', { name: 'Filters', exact: true });
    await expect(form.isVisible()).resolves.toBe(false);
    // The bar and the map are both within the first screen.
    const map = await page.locator('[data-map-frame]').boundingBox();
    expect((map?.y ?? 1e9) + 100).toBeLessThan(844);
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await toggle.tap();
    await expect.poll(() => form.isVisible()).toBe(true);
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.getByRole('checkbox', { name: /2\. World-Class/ }).tap();
    await expect(page.getByRole('button', { name: 'Filters (1 active)' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-summary]').textContent()).resolves.toContain('Group: 2. World-Class Biomedical Research Clusters');
    expect(problems).toEqual([]);
    await close();
  });
});

describe('download of the view', () => {
  it('a zoomed, filtered view downloads as SVG and PNG with only the clusters in view, the filter in the title and the legend trimmed', async () => {
    const { page, problems, close } = await site.open('/map/?group=2', { viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    await page.getByRole('button', { name: 'Show Medicon Valley on the map' }).click();
    const popup = page.locator('.maplibregl-popup:not(.atlas-tooltip)');
    await expect.poll(() => popup.locator('h3').textContent(), { timeout: 30_000 }).toBe('Medicon Valley');
    // The view once the flight has ended: data-bounds is written when MapLibre is idle, so it is the view on screen.
    const gl = page.locator('[data-gl]');
    const width = async () => {
      const b = JSON.parse((await gl.getAttribute('data-bounds')) ?? '[[-180,-90],[180,90]]') as number[][];
      return (b[1]?.[0] ?? 0) - (b[0]?.[0] ?? 0);
    };
    await expect.poll(width, { timeout: 30_000 }).toBeLessThan(60);
    const [[w, s], [e, n]] = JSON.parse((await gl.getAttribute('data-bounds')) ?? '') as [[number, number], [number, number]];
    const summaries = (await mapClusters(page)) as { id: string; name: string; shortName: string | null; group: number | null; lon: number; lat: number }[];
    const inView = summaries.filter((c) => c.group === 2 && c.lon >= w && c.lon <= e && c.lat >= s && c.lat <= n);
    const outOfView = summaries.filter((c) => !inView.includes(c));
    expect(inView.map((c) => c.id)).toContain('medicon-valley');

    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download SVG/ }).click()]);
    const svg = (await downloadedBytes(svgDownload)).toString('utf8');
    const title = /<title>(.*?)<\/title>/s.exec(svg)?.[1] ?? '';
    expect(title).toContain('Group: 2. World-Class Biomedical Research Clusters');
    expect(title).toContain(`${inView.length} of ${summaries.length} clusters`);
    expect(title).toContain('zoomed to');
    expect(title).toContain('selected: Medicon Valley');
    const texts = [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
    for (const c of inView) expect(texts).toContain(c.shortName ?? c.name);
    for (const c of outOfView) expect(texts).not.toContain(c.shortName ?? c.name);
    expect(texts.join(' ')).not.toMatch(/Group 1:|Group 3:|Outside the HSE sample/);
    expect(texts.join(' ')).toContain('Group 2:');
    expect(svg).not.toContain('<canvas');

    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download PNG/ }).click()]);
    const png = await downloadedBytes(pngDownload);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const svgWidth = Number(/<svg[^>]*width="(\d+)"/.exec(svg)?.[1]);
    expect(png.readUInt32BE(16)).toBe(svgWidth * 2);
    expect(problems).toEqual([]);
    await close();
  }, 120_000);
});
