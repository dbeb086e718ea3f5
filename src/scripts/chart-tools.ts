/**
 * The chart toolbar (src/components/ChartTools.astro): embed code, SVG and
 * PNG downloads, a link, the chart's data as CSV with its metadata, and a
 * citation, each for the view the reader is looking at (the URL state, the
 * filters and highlights drawn on screen) at the address it is served from.
 */

/** The chart's full table as /data/charts/<id>.json gives it, with the full citations of its source documents by id. */
type ChartTableFile = ChartTable & { sources: Record<string, string> };
import { carryState, embedSnippet } from '../lib/chart-links.ts';
import { chartCsv, chartMetadata, type ChartTable } from '../lib/chart-data.ts';
import { viewBibtex, viewCitationText, type ViewCitation } from '../lib/citation.ts';
import type { LegendItem } from '../lib/chart-registry.ts';
import {
  columnsMarkup,
  composeChartImage,
  exportLayout,
  pngDimensions,
  sizeChartRoot,
  PNG_SIZES,
  type ChartImage,
  type Drawing,
  type PngSize,
} from '../lib/charts/chart-export-svg.ts';
import { chartImageProvider } from './chart-image-provider.ts';

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

  const sizeSelect = tools.querySelector<HTMLSelectElement>('[data-png-size]');
  const chosenSize = (): PngSize => {
    const v = sizeSelect?.value ?? 'screen';
    return v in PNG_SIZES ? (v as PngSize) : 'screen';
  };
  /**
   * The image for a size: on screen, the drawing shown at its CSS size; for a
   * report size, the drawing and number of columns that read best in its box
   * (exportLayout), at the drawing's own units.
   */
  const chartImage = async (size: PngSize): Promise<ChartImage> => {
    const legend = JSON.parse(d['legend'] ?? '[]') as LegendItem[];
    // A chart that draws its own image (the map: the view on screen, from its data) does so at its own size.
    const provider = chartImageProvider(figure);
    if (provider) return provider({ title, source: d['source'] ?? '', credit: `Biomedical Clusters Atlas: ${fullUrl()}`, legend });
    const svgs = drawingsOf(figure);
    const shown = visibleChart(figure);
    if (!shown) throw new Error('no chart is shown');
    const rect = (svg: SVGSVGElement) => {
      const r = svg.getBoundingClientRect();
      return { width: r.width, height: r.height };
    };
    const natural = (svg: SVGSVGElement) => {
      const vb = svg.viewBox.baseVal;
      return vb && vb.width > 0 ? { width: vb.width, height: vb.height } : rect(svg);
    };
    const drawings: Drawing[] = svgs.map((svg) => ({
      ...(size === 'screen' ? rect(svg) : natural(svg)),
      cuts: (svg.closest<HTMLElement>('[data-chart-svg]')?.dataset['exportCuts'] ?? '').split(',').filter(Boolean).map(Number),
    }));
    const layout = exportLayout(drawings, size, svgs.indexOf(shown));
    const svg = svgs[layout.drawing] as SVGSVGElement;
    const markup = new XMLSerializer().serializeToString(withInlineStyles(svg));
    const chart = columnsMarkup(markup, layout, drawings[layout.drawing]?.width ?? layout.width);
    const key = JSON.parse(d['key'] ?? '[]') as string[];
    return composeChartImage({
      chart,
      width: layout.width,
      height: layout.height,
      title,
      source: d['source'] ?? '',
      credit: `Biomedical Clusters Atlas: ${fullUrl()}`,
      legend,
      key,
    });
  };
  const fileName = (ext: string, size: PngSize) => `${d['file']}${size === 'screen' ? '' : `-${size}`}.${ext}`;

  // The chart's data, fetched once on first use: pages stay light for readers who never ask for it.
  let tableFile: Promise<ChartTableFile> | undefined;
  const loadTable = () =>
    (tableFile ??= fetch(served(d['dataUrl'])).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<ChartTableFile>;
    }));
  /** Keys of the rows the drawing on screen shows, in its order; undefined when the chart always shows all. */
  const shownKeys = (table: ChartTable): string[] | undefined => {
    if (!table.shownBy) return undefined;
    const { selector, attributes } = table.shownBy;
    const root: Element = visibleChart(figure) ?? figure;
    return [...root.querySelectorAll(selector)].map((el) => attributes.map((a) => el.getAttribute(a) ?? '').join('|'));
  };
  const sourceColumn = (table: ChartTable) => table.columns.findIndex((c) => c.name === 'source');
  /** Full citations of the documents the shown rows cite (a cell may list several ids, «;»-separated). */
  const shownSources = (file: ChartTableFile): string[] => {
    const keys = shownKeys(file);
    const column = sourceColumn(file);
    const rows = keys ? file.rows.filter((r) => keys.includes(r.key)) : file.rows;
    const ids = [...new Set(rows.flatMap((r) => String(r.cells[column] ?? '').split(';').filter(Boolean)))];
    return ids.flatMap((id) => (file.sources[id] ? [file.sources[id]] : []));
  };
  const today = () => new Date().toISOString().slice(0, 10);
  const citation = (sources: readonly string[]): ViewCitation => ({
    title,
    url: fullUrl(),
    accessed: today(),
    version: d['version'] ?? '',
    year: (d['created'] ?? '').slice(0, 4),
    sources,
  });
  const failed = () => say('The chart’s data could not be loaded; try again, or download the tables from the Data page.');

  button('csv')?.addEventListener('click', () => {
    void loadTable().then((file) => {
      save(new Blob([chartCsv(file, shownKeys(file))], { type: 'text/csv;charset=utf-8' }), `${d['file']}-data.csv`);
      say('Data of the view saved as CSV.');
    }, failed);
  });
  button('meta')?.addEventListener('click', () => {
    void loadTable().then((file) => {
      const keys = shownKeys(file);
      const sources = shownSources(file);
      const cite = citation(sources);
      const meta = chartMetadata({
        title,
        source: d['source'] ?? '',
        url: cite.url,
        view: state() ? `${state().slice(1).replaceAll('&', '; ')}` : 'the chart as first shown, without filters',
        citation: { text: viewCitationText(cite), bibtex: viewBibtex(cite) },
        sources,
        licence: JSON.parse(d['licence'] ?? '{}') as { name: string; path: string },
        dataVersion: cite.version,
        dataDate: d['created'] ?? '',
        accessed: cite.accessed,
        columns: file.columns,
        rows: keys ? file.rows.filter((r) => keys.includes(r.key)).length : file.rows.length,
      });
      save(new Blob([`${JSON.stringify(meta, null, 2)}\n`], { type: 'application/json' }), `${d['file']}-metadata.json`);
      say('Metadata of the view saved as JSON.');
    }, failed);
  });
  const citePanel = tools.querySelector<HTMLElement>('[data-cite-panel]');
  const citeText = tools.querySelector<HTMLTextAreaElement>('[data-cite-text]');
  const citeBibtex = tools.querySelector<HTMLTextAreaElement>('[data-cite-bibtex]');
  const fillCitation = () =>
    loadTable().then((file) => {
      const cite = citation(shownSources(file));
      if (citeText) citeText.value = viewCitationText(cite);
      if (citeBibtex) citeBibtex.value = viewBibtex(cite);
    }, failed);
  button('cite')?.addEventListener('click', (e) => {
    if (!citePanel) return;
    const open = citePanel.hidden;
    citePanel.hidden = !open;
    (e.currentTarget as HTMLButtonElement).setAttribute('aria-expanded', String(open));
    if (open) void fillCitation();
  });
  for (const type of ['change', 'click'] as const)
    document.addEventListener(type, (e) => {
      if (citePanel && !citePanel.hidden && !citePanel.contains(e.target as Node)) void fillCitation();
    });
  button('copy-cite')?.addEventListener('click', () => void fillCitation().then(() => copy(citeText?.value ?? '', 'Citation copied.')));
  button('copy-bibtex')?.addEventListener('click', () => void fillCitation().then(() => copy(citeBibtex?.value ?? '', 'BibTeX copied.')));

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
    const size = chosenSize();
    void chartImage(size).then(
      (image) => {
        save(new Blob([image.svg], { type: 'image/svg+xml' }), fileName('svg', size));
        say('SVG image saved.');
      },
      () => say('The SVG image could not be made; please try again.'),
    );
  });
  button('png')?.addEventListener('click', () => {
    const size = chosenSize();
    void chartImage(size).then((image) => rasterise(image, size)).then(
      (png) => {
        save(png, fileName('png', size));
        say('PNG image saved.');
      },
      () => say('The PNG image could not be made in this browser; try the SVG.'),
    );
  });
}

/** A site path as an absolute URL at the address this page is served from (which may differ from the build's SITE_URL). */
const served = (path: string | undefined) => new URL(path ?? '/', location.origin).href;

/** Every drawing of the chart (variants for wide and narrow screens), shown or not. */
function drawingsOf(figure: HTMLElement): SVGSVGElement[] {
  return [...figure.querySelectorAll<SVGSVGElement>('[data-chart-svg] svg')].filter((svg) => !svg.parentElement?.closest('svg'));
}

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

/** The image as PNG: at twice its CSS size for the screen (whatever the screen's pixel ratio), else fitted to the size's box. */
async function rasterise(image: ChartImage, size: PngSize): Promise<Blob> {
  const { width, height } = pngDimensions(image.width, image.height, size);
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
