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
import type { PngSize } from '../lib/charts/chart-export-svg.ts';
import { shownMarks } from './chart-drawings.ts';

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
  /** The size chosen for the image (the export module checks it: anything else is the screen's). */
  const chosenSize = () => sizeSelect?.value ?? 'screen';
  // The image code loads on the first download: pages stay light for readers who never ask for one.
  const chartImage = async (size: string) => {
    const { figureImage } = await import('./chart-image-export.ts');
    return figureImage(figure, size, {
      title,
      source: d['source'] ?? '',
      credit: `Biomedical Clusters Atlas: ${fullUrl()}`,
      legend: JSON.parse(d['legend'] ?? '[]') as LegendItem[],
      key: JSON.parse(d['key'] ?? '[]') as string[],
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
    return shownMarks(figure, selector).map((el) => attributes.map((a) => el.getAttribute(a) ?? '').join('|'));
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
    void chartImage(chosenSize()).then(
      ({ image, size }) => {
        save(new Blob([image.svg], { type: 'image/svg+xml' }), fileName('svg', size));
        say('SVG image saved.');
      },
      () => say('The SVG image could not be made; please try again.'),
    );
  });
  button('png')?.addEventListener('click', () => {
    const rasterised = chartImage(chosenSize()).then(async ({ image, size }) => {
      const { rasterise } = await import('./chart-image-export.ts');
      return { png: await rasterise(image, size), size };
    });
    void rasterised.then(
      ({ png, size }) => {
        save(png, fileName('png', size));
        say('PNG image saved.');
      },
      () => say('The PNG image could not be made in this browser; try the SVG.'),
    );
  });
}

/** A site path as an absolute URL at the address this page is served from (which may differ from the build's SITE_URL). */
const served = (path: string | undefined) => new URL(path ?? '/', location.origin).href;

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
