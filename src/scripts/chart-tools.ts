/**
 * The chart toolbar (src/components/ChartTools.astro): embed code, SVG and
 * PNG downloads and a link, each for the view the reader is looking at (the
 * URL state, the filters and highlights drawn on screen).
 */
import { carryState, embedSnippet } from '../lib/chart-links.ts';
import type { LegendItem } from '../lib/chart-registry.ts';
import { composeChartImage, sizeChartRoot, type ChartImage } from '../lib/charts/chart-export-svg.ts';

/** Properties the charts take from style sheets; copied onto each element so the file renders alone. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const;
/** Elements that are never drawn themselves: left as they are. */
const NOT_DRAWN = new Set(['title', 'desc', 'style', 'defs', 'clippath', 'mask', 'marker', 'lineargradient', 'radialgradient', 'pattern', 'symbol', 'metadata', 'filter']);

for (const tools of document.querySelectorAll<HTMLElement>('[data-chart-tools]')) enhance(tools);

function enhance(tools: HTMLElement) {
  const d = tools.dataset;
  const figure = tools.closest<HTMLElement>('[data-chart-figure]');
  const panel = tools.querySelector<HTMLElement>('.panel');
  const code = tools.querySelector<HTMLTextAreaElement>('[data-embed-code]');
  const status = tools.querySelector<HTMLElement>('[data-tool-status]');
  const fallback = tools.querySelector<HTMLInputElement>('[data-copy-fallback]');
  const button = (tool: string) => tools.querySelector<HTMLButtonElement>(`button[data-tool="${tool}"]`);
  if (!figure || !panel || !code || !status || !fallback) return;
  const title = d['title'] ?? '';
  const keys = (d['stateKeys'] ?? '').split(',').filter(Boolean);
  const state = () => carryState(location.search, keys);
  const fullUrl = () => `${served(d['fullUrl'])}${state()}${d['fullHash'] ?? ''}`;
  const snippet = () =>
    embedSnippet({ src: `${served(d['embedUrl'])}${state()}`, title, height: Number(d['height']) || 600, script: served(d['scriptUrl']) });

  const say = (message: string) => {
    status.textContent = message;
  };

  const copy = async (text: string, done: string): Promise<void> => {
    fallback.hidden = true;
    try {
      await navigator.clipboard.writeText(text);
      say(done);
    } catch {
      // Clipboard access can be refused (e.g. in a frame without permission): offer the text to copy by hand.
      fallback.value = text;
      fallback.hidden = false;
      fallback.select();
      say('Copying is blocked here: the text is selected in the box, copy it with your keyboard.');
    }
  };

  const chartImage = (): ChartImage => {
    const svg = visibleChart(figure);
    if (!svg) throw new Error('no chart is shown');
    const { width, height } = svg.getBoundingClientRect();
    const chart = new XMLSerializer().serializeToString(withInlineStyles(svg));
    const legend = JSON.parse(d['legend'] ?? '[]') as LegendItem[];
    return composeChartImage({ chart, width, height, title, source: d['source'] ?? '', credit: `Biomedical Clusters Atlas: ${fullUrl()}`, legend });
  };


  button('embed')?.addEventListener('click', (e) => {
    const open = panel.hidden;
    panel.hidden = !open;
    (e.currentTarget as HTMLButtonElement).setAttribute('aria-expanded', String(open));
    if (open) code.value = snippet();
  });
  // The view can change while the panel is open (filters, selections): keep the code in step.
  for (const type of ['change', 'click'] as const)
    document.addEventListener(type, () => {
      if (!panel.hidden) code.value = snippet();
    });
  button('code')?.addEventListener('click', () => {
    code.value = snippet();
    void copy(code.value, 'Embed code copied.');
  });
  button('link')?.addEventListener('click', () => void copy(fullUrl(), 'Link copied.'));
  button('svg')?.addEventListener('click', () => {
    save(new Blob([chartImage().svg], { type: 'image/svg+xml' }), `${d['file']}.svg`);
    say('SVG image saved.');
  });
  button('png')?.addEventListener('click', () => {
    void rasterise(chartImage()).then(
      (png) => {
        save(png, `${d['file']}.png`);
        say('PNG image saved.');
      },
      () => say('The PNG image could not be made in this browser; try the SVG.'),
    );
  });
}

/** A site path as an absolute URL at the address this page is served from (which may differ from the build's SITE_URL). */
const served = (path: string | undefined) => new URL(path ?? '/', location.origin).href;

/** The chart's drawing the page shows (charts come in variants for wide and narrow screens). */
function visibleChart(figure: HTMLElement): SVGSVGElement | undefined {
  const area = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width * r.height;
  };
  return [...figure.querySelectorAll<SVGSVGElement>('[data-chart-svg] svg')]
    .filter((svg) => !svg.parentElement?.closest('svg') && svg.getClientRects().length > 0)
    .sort((a, b) => area(b) - area(a))[0];
}

/** A copy of the drawing with the computed styles written on each element, and without what is not shown. */
function withInlineStyles(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const walk = (from: Element, to: Element) => {
    const fromChildren = [...from.children];
    const toChildren = [...to.children];
    fromChildren.forEach((child, i) => {
      const target = toChildren[i];
      if (!target || NOT_DRAWN.has(child.tagName.toLowerCase())) return;
      if (getComputedStyle(child).display === 'none') target.remove();
      else {
        copyStyle(child, target);
        walk(child, target);
      }
    });
  };
  copyStyle(svg, copy);
  walk(svg, copy);
  copy.removeAttribute('tabindex');
  return copy;
}

function copyStyle(from: Element, to: Element) {
  const cs = getComputedStyle(from);
  (to as SVGElement).style.cssText = STYLE_PROPERTIES.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
}

/** The image at twice its CSS size (whatever the screen's pixel ratio), as PNG. */
async function rasterise(image: ChartImage): Promise<Blob> {
  const scale = 2;
  const width = image.width * scale;
  const height = image.height * scale;
  const url = URL.createObjectURL(new Blob([sizeChartRoot(image.svg, width, height)], { type: 'image/svg+xml' }));
  try {
    const img = new Image(width, height);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

function save(blob: Blob, name: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}
