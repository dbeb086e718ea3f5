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
  in_sample: boolean;
  group: string | null;
  countries: string[];
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

/** A symbol MapLibre has drawn: a cluster's pin (id) or a bubble of `count` clusters, at x, y px in the map's box. */
interface DrawnSymbol {
  id?: string;
  count?: number;
  x: number;
  y: number;
}

/** What the zoomable map drew when it was last idle (data-rendered-pins, written from MapLibre's rendered features). */
const drawnSymbols = async (page: Page): Promise<DrawnSymbol[]> => JSON.parse((await page.locator('[data-gl]').getAttribute('data-rendered-pins')) ?? '[]') as DrawnSymbol[];

/** Presses Tab until the focused element's text passes `wanted` (none if it does already; at most 80 presses). */
async function tabUntil(page: Page, wanted: (text: string) => boolean): Promise<void> {
  for (let i = 0; i <= 80; i++) {
    if (wanted(await page.evaluate(() => document.activeElement?.textContent ?? ''))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab did not reach the element wanted');
}

const POPUP = '.maplibregl-popup:not(.atlas-tooltip)';

/**
 * The pixels of a PNG (a screenshot), decoded by Chromium in a blank page of the same context, where no page policy
 * refuses a data: image: `at(x, y)` gives [r, g, b] (0–255).
 */
async function decodePng(page: Page, png: Buffer): Promise<{ at: (x: number, y: number) => [number, number, number] }> {
  const blank = await page.context().newPage();
  try {
    const { width, data } = await blank.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [img.width, img.height];
      const ctx = canvas.getContext('2d');
      ctx?.drawImage(img, 0, 0);
      return { width: img.width, data: [...(ctx?.getImageData(0, 0, img.width, img.height).data ?? [])] };
    }, png.toString('base64'));
    return { at: (x, y) => [data[(y * width + x) * 4] ?? 0, data[(y * width + x) * 4 + 1] ?? 0, data[(y * width + x) * 4 + 2] ?? 0] };
  } finally {
    await blank.close();
  }
}

/** Relative luminance (0 black – 1 white) of an sRGB colour. */
const luminance = ([r, g, b]: readonly number[]) => {
  const ch = (v = 0) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
};

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

  it('each opens its popup on the interactive map, by pointer and by keyboard: one bubble at their point lists the four', async () => {
    const { page, problems, close } = await site.open('/map/?cluster=lyonbiopole', { viewport: { width: 1366, height: 900 } });
    const popup = page.locator(POPUP);
    await expect.poll(() => popup.locator('h3').textContent(), { timeout: 30_000 }).toBe(byId.get('lyonbiopole')?.name);
    // The map flies to Lyon and zooms in while a bubble holds Lyonbiopôle with other clusters; the four at one point
    // never split, so it stops where one bubble of four stands at the centre of the view, on their point.
    const box = await page.locator('[data-gl]').boundingBox();
    if (!box) throw new Error('no map');
    const atCentre = async () => (await drawnSymbols(page)).find((p) => Math.abs(p.x - box.width / 2) <= 2 && Math.abs(p.y - box.height / 2) <= 2);
    await expect.poll(async () => (await atCentre())?.count, { timeout: 30_000 }).toBe(LYON.length);
    const lyonNames = LYON.map((id) => byId.get(id)?.name ?? id);
    const choices = popup.locator('.popup-choices button');
    const canvasFocused = () => page.evaluate(() => document.activeElement?.matches('[data-gl] canvas') ?? false);

    await page.keyboard.press('Escape');
    await expect.poll(() => popup.count()).toBe(0);
    for (const id of LYON) {
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(() => popup.locator('h3').textContent()).toBe(`${LYON.length} clusters at this point`);
      expect((await choices.allTextContents()).sort()).toEqual([...lyonNames].sort());
      await choices.filter({ hasText: byId.get(id)?.name ?? '' }).click();
      await expect.poll(() => popup.locator('h3').textContent()).toBe(byId.get(id)?.name);
      expect(new URL(page.url()).searchParams.get('cluster')).toBe(id);
    }
    // Escape closes the popup and gives the focus back to the map, where Enter lists what is in view.
    await page.keyboard.press('Escape');
    await expect.poll(() => popup.count()).toBe(0);
    expect(await canvasFocused()).toBe(true);
    for (const id of LYON) {
      await page.keyboard.press('Enter');
      await expect.poll(() => popup.locator('h3').textContent()).toMatch(/^In view: \d+ clusters$/);
      await tabUntil(page, (text) => text.startsWith(`${LYON.length} clusters:`));
      await page.keyboard.press('Enter');
      await expect.poll(() => popup.locator('h3').textContent()).toBe(`${LYON.length} clusters at this point`);
      await tabUntil(page, (text) => text === byId.get(id)?.name);
      await page.keyboard.press('Enter');
      await expect.poll(() => popup.locator('h3').textContent()).toBe(byId.get(id)?.name);
      expect(new URL(page.url()).searchParams.get('cluster')).toBe(id);
      await page.keyboard.press('Escape');
      await expect.poll(() => popup.count()).toBe(0);
      expect(await canvasFocused()).toBe(true);
    }
    expect(problems).toEqual([]);
    await close();
  }, 120_000);
});

describe('pins on the zoomable map', () => {
  /**
   * Checks the symbols drawn in the map's box: no two centres closer than 24 px (the smallest target WCAG 2.5.8
   * allows), and the pointer over each pin clear of the map's buttons names that pin (MapLibre's own hit test, so
   * no other symbol lies over it). Returns the ids of the pins.
   */
  async function expectPinsApart(page: Page, view: string): Promise<string[]> {
    const box = await page.locator('[data-gl]').boundingBox();
    const controls = await page.locator('.maplibregl-ctrl-top-right').boundingBox();
    if (!box || !controls) throw new Error('no map');
    const shown = (await drawnSymbols(page)).filter((p) => p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height);
    const tooClose = shown.flatMap((a, i) =>
      shown.slice(i + 1).flatMap((b) => (Math.hypot(a.x - b.x, a.y - b.y) < 24 ? [`${a.id ?? a.count} × ${b.id ?? b.count}`] : [])),
    );
    expect(tooClose, `${view}: symbols closer than 24 px`).toEqual([]);
    const tooltip = page.locator('.atlas-tooltip');
    for (const pin of shown) {
      const [x, y] = [box.x + pin.x, box.y + pin.y];
      if (!pin.id || (x > controls.x - 12 && y < controls.y + controls.height + 12)) continue;
      await page.mouse.move(x, y);
      // evaluateAll, which does not wait for the tooltip to exist (Playwright's own time limits are off).
      await expect.poll(() => tooltip.evaluateAll((els) => els.map((e) => e.textContent).join('|')), { message: `${view}: ${pin.id}` }).toBe(byId.get(pin.id)?.name);
    }
    await page.mouse.move(box.x - 5, box.y - 5);
    return shown.flatMap((p) => (p.id ? [p.id] : []));
  }

  /** Zooms in one step with the map's + button and waits until the view has settled (its bounds are written when MapLibre is idle). */
  async function zoomIn(page: Page) {
    const gl = page.locator('[data-gl]');
    const bounds = await gl.getAttribute('data-bounds');
    await page.locator('.maplibregl-ctrl-zoom-in').click();
    await expect.poll(() => gl.getAttribute('data-bounds'), { timeout: 30_000 }).not.toBe(bounds);
  }

  it('from the world view in, every cluster is drawn as a pin or in a bubble, and no symbol lies on another', async () => {
    const { page, problems, close } = await site.open('/map/', { viewport: { width: 1366, height: 900 } });
    await page.getByRole('button', { name: 'Zoom and pan the map' }).click();
    await expect.poll(() => page.locator('[data-gl]').getAttribute('data-rendered-clusters'), { timeout: 30_000 }).toBe(String(clusters.length));
    // The world view: Europe's 53 clusters crowd, so bubbles stand for most; what is drawn adds up to every cluster.
    const world = await drawnSymbols(page);
    expect(world.reduce((n, p) => n + (p.count ?? 1), 0)).toBe(clusters.length);
    expect(world.some((p) => (p.count ?? 0) > 1)).toBe(true);
    await expectPinsApart(page, 'world');
    for (const step of [1, 2]) {
      await zoomIn(page);
      await expectPinsApart(page, `world, zoomed in ${step}`);
    }
    expect(problems).toEqual([]);
    await close();
  }, 120_000);

  it('a bubble clicked zooms in to where it splits: Medicen and Genopole apart, and stay apart further in', async () => {
    const { page, problems, close } = await site.open('/map/?cluster=genopole', { viewport: { width: 1366, height: 900 } });
    const popup = page.locator(POPUP);
    await expect.poll(() => popup.locator('h3').count(), { timeout: 30_000 }).toBe(1);
    // Chosen from the address, Genopole gets its own pin: the map zooms in until no bubble holds it.
    await expect.poll(async () => (await drawnSymbols(page)).some((p) => p.id === 'genopole'), { timeout: 30_000 }).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => popup.count()).toBe(0);
    // Out until the two are one bubble, then a click on it zooms back in to where they split.
    const gl = page.locator('[data-gl]');
    const out = page.locator('.maplibregl-ctrl-zoom-out');
    for (let i = 0; i < 9 && (await drawnSymbols(page)).some((p) => p.id === 'medicen-paris-region' || p.id === 'genopole'); i++) {
      const bounds = await gl.getAttribute('data-bounds');
      await out.click();
      await expect.poll(() => gl.getAttribute('data-bounds'), { timeout: 30_000 }).not.toBe(bounds);
    }
    const box = await gl.boundingBox();
    if (!box) throw new Error('no map');
    const bubble = (await drawnSymbols(page)).find((p) => Math.abs(p.x - box.width / 2) < 24 && Math.abs(p.y - box.height / 2) < 24);
    expect(bubble?.count).toBeGreaterThanOrEqual(2);
    const bounds = await gl.getAttribute('data-bounds');
    await page.mouse.click(box.x + (bubble?.x ?? 0), box.y + (bubble?.y ?? 0));
    await expect.poll(() => gl.getAttribute('data-bounds'), { timeout: 30_000 }).not.toBe(bounds);
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
    expect(problems).toEqual([]);
    await close();
  });

  // One cluster of each symbol: outside the sample (a white diamond) and in group 1 (a disc), each with a point of its
  // own (clusters sharing a point stay one bubble at every zoom), from clusters.json; and Medicon Valley, spanning
  // Denmark and Sweden (a ring), which shares Copenhagen's point with a Danish cluster: filtered to Sweden, it is alone.
  const alone = clusters.filter((c) => clusters.filter((o) => o.lat === c.lat && o.lon === c.lon).length === 1);
  const outside = alone.find((c) => !c.in_sample && c.countries.length === 1)?.id;
  const groupOne = alone.find((c) => c.group === 'global-high-technology-medicine-clusters' && c.countries.length === 1)?.id;
  for (const [id, address, ring] of [
    [outside, `/map/?cluster=${outside}`, false],
    [groupOne, `/map/?cluster=${groupOne}`, false],
    ['medicon-valley', '/map/?country=SE&cluster=medicon-valley', true],
  ] as const)
    it(`the zoomable map draws ${id}'s pin with the static map's symbol`, async () => {
      expect(byId.get(id ?? '')?.countries.length).toBe(ring ? 2 : 1);
      const { page, problems, close } = await site.open(address, { viewport: { width: 1366, height: 900 } });
      const popup = page.locator(POPUP);
      await expect.poll(() => popup.count(), { timeout: 30_000 }).toBe(1);
      await expect.poll(async () => (await drawnSymbols(page)).some((p) => p.id === id), { timeout: 30_000 }).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => popup.count()).toBe(0);
      const pin = (await drawnSymbols(page)).find((p) => p.id === id);
      const box = await page.locator('[data-gl]').boundingBox();
      if (!pin || !box) throw new Error(`no pin of ${id}`);
      // The fill the page's CSS gives the static map's marker of the same cluster (the static map is hidden, not gone).
      const fill = await page.locator(`svg.world-map.wide a[data-id="${id}"] .marker`).evaluate((el) => getComputedStyle(el).fill);
      const want = (fill.match(/\d+/g) ?? []).slice(0, 3).map(Number);
      const R = 12;
      const read = async () => {
        const png = await page.screenshot({ clip: { x: box.x + pin.x - R, y: box.y + pin.y - R, width: 2 * R + 1, height: 2 * R + 1 } });
        return decodePng(page, png);
      };
      // At the centre, the symbol's fill; on the ring's radius (9.5 px, beyond a diamond's tips at 8.5) to the left and
      // to the right, the dark line of a ring, or none (a place name may lie on one side, not on both).
      await expect
        .poll(
          async () => {
            const image = await read();
            const darkest = (side: number) => Math.min(...[9, 10].map((d) => luminance(image.at(R + side * d, R))));
            return {
              centre: image.at(R, R).every((v, i) => Math.abs(v - (want[i] ?? 0)) <= 24),
              ring: darkest(-1) < 0.15 && darkest(1) < 0.15,
            };
          },
          { timeout: 30_000 },
        )
        .toEqual({ centre: true, ring });
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

describe('popups on a narrow map', () => {
  // At 320 px the map is some 288 px wide: the zoom buttons in its corner lay over a popup's close button.
  for (const id of ['medicon-valley', 'massbio', 'kvarner-health-tourism-cluster', 'lyonbiopole'])
    it(`at 320 px ${id}'s popup can be closed by pointer: nothing lies over its close button`, async () => {
      const { page, problems, close } = await site.open(`/map/?cluster=${id}`, { viewport: { width: 320, height: 640 } });
      const popup = page.locator(POPUP);
      await expect.poll(() => popup.locator('h3').textContent(), { timeout: 30_000 }).toBe(byId.get(id)?.name);
      const button = popup.locator('.maplibregl-popup-close-button');
      const hit = async () =>
        button.evaluate((b) => {
          const r = b.getBoundingClientRect();
          const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
          return top === b || b.contains(top);
        });
      // The popup settles once the map has flown to the cluster.
      await expect.poll(hit, { timeout: 30_000 }).toBe(true);
      await button.click();
      await expect.poll(() => popup.count()).toBe(0);
      expect(problems).toEqual([]);
      await close();
    }, 60_000);
});
