/**
 * The downloadable image of the world map, for the view on screen: drawn
 * with d3-geo from the data (never read back from the WebGL canvas), in the
 * interactive map's own projection (Web Mercator) and bounds, or in the
 * static map's panels. Every cluster drawn carries a number and the key
 * under the map names it; the legend lists only the symbols drawn; the title
 * says what is shown (filters, zoom, selected cluster).
 */
import type { GeoPermissibleObjects } from 'd3-geo';
import type { LegendItem } from '../chart-registry.ts';
import type { ClusterSummary } from '../cluster-filter.ts';
import { clusterMapModel, type Bounds, type PanelSpec } from '../map/cluster-map.ts';
import { EUROPE_BOUNDS } from '../map/map-views.ts';
import { composeChartImage, type ChartImage } from './chart-export-svg.ts';

export interface MapImageInput {
  countries: readonly { code: string; shape: GeoPermissibleObjects }[];
  /** The clusters the filters let through (those outside the panels' bounds are left out of the drawing and the key). */
  clusters: readonly ClusterSummary[];
  /** The view: one panel at the interactive map's bounds and size, or the static map's panels. */
  panels: readonly PanelSpec[];
  /** The chart's title, e.g. «World map of biomedical clusters». */
  title: string;
  /** How many clusters the atlas has in all. */
  total: number;
  /** The active filters in words, e.g. «Group: 2. World-Class Biomedical Research Clusters». */
  filters: readonly string[];
  source: string;
  credit: string;
  /** The chart's full legend (src/lib/atlas-charts.ts): the image keeps only the entries for symbols it draws. */
  legend: readonly LegendItem[];
  selected?: string | null;
}

/** Radius of a numbered marker in the image, in pixels. */
const R = 8;
const INK = '#1b1f24';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const KEY = { size: 11, line: 15, charWidth: 0.56, column: 210 };
const GROUP_FILL: Record<number, string> = { 1: '#0072B2', 2: '#D55E00', 3: '#009E73' };

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const fit = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`);

/** The name the key gives a cluster: the short one where it has one. */
const keyName = (c: ClusterSummary) => c.shortName ?? c.name;

/** Clusters numbered 1…n in the order of their names in the key, so the key reads alphabetically. */
function numbering(clusters: readonly ClusterSummary[]): Map<string, number> {
  const sorted = [...clusters].sort((a, b) => keyName(a).localeCompare(keyName(b), 'en', { sensitivity: 'base' }));
  return new Map(sorted.map((c, i) => [c.id, i + 1]));
}

/** The map's drawing and its key, as one <svg> whose height fits both. */
function drawing(input: MapImageInput): { markup: string; width: number; height: number; drawn: ClusterSummary[]; moved: boolean } {
  const points = input.clusters.map((c) => ({ ...c, ring: c.countries.length > 1 }));
  const model = clusterMapModel(input.countries, points, input.panels, R);
  const drawn = model.panels.flatMap((p) => p.markers.map((m) => m.datum as ClusterSummary));
  const number = numbering(drawn);
  const parts: string[] = [];
  let moved = false;
  for (const panel of model.panels) {
    const [x, y, w, h] = panel.spec.rect;
    parts.push(`<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#eaf2f8"/>`);
    parts.push(`<g fill="#dfe3e6" stroke="#ffffff" stroke-width="0.5">${panel.countries.map((c) => `<path d="${c.d}"/>`).join('')}</g>`);
    for (const f of panel.frames)
      parts.push(`<rect x="${f.x}" y="${f.y}" width="${f.width}" height="${f.height}" fill="none" stroke="#4a5360" stroke-dasharray="3 2"/>`);
    for (const m of panel.markers)
      if (Math.hypot(m.x - m.px, m.y - m.py) > R) {
        moved = true;
        parts.push(`<line x1="${m.px}" y1="${m.py}" x2="${m.x}" y2="${m.y}" stroke="#3d4650" stroke-width="0.8"/><circle cx="${m.px}" cy="${m.py}" r="1.8" fill="#3d4650"/>`);
      }
    for (const m of panel.markers) {
      const c = m.datum;
      parts.push(`<g data-id="${c.id}">`);
      const selected = c.id === input.selected;
      const stroke = selected ? `stroke="${INK}" stroke-width="3"` : c.inSample ? 'stroke="#ffffff" stroke-width="1.2"' : 'stroke="#3d4650" stroke-width="1.4"';
      if (c.countries.length > 1) parts.push(`<circle cx="${m.x}" cy="${m.y}" r="${R + 3}" fill="none" stroke="${INK}" stroke-width="1.3"/>`);
      parts.push(
        c.inSample
          ? `<circle cx="${m.x}" cy="${m.y}" r="${R}" fill="${GROUP_FILL[c.group ?? 0] ?? '#6b7580'}" ${stroke}/>`
          : `<path d="M${m.x},${m.y - R * 1.3}L${m.x + R * 1.3},${m.y}L${m.x},${m.y + R * 1.3}L${m.x - R * 1.3},${m.y}Z" fill="#ffffff" ${stroke}/>`,
      );
      parts.push(
        `<text x="${m.x}" y="${m.y + 3.3}" text-anchor="middle" font-size="9" font-weight="700" fill="${c.inSample ? '#ffffff' : INK}">${number.get(c.id)}</text>`,
        '</g>',
      );
    }
    if (panel.spec.label)
      parts.push(`<text x="${x + 6}" y="${y + 14}" font-size="11" font-weight="700" fill="#3d4650">${escapeText(panel.spec.label)}</text>`);
    parts.push(`<rect x="${x + 0.5}" y="${y + 0.5}" width="${w - 1}" height="${h - 1}" fill="none" stroke="#9fb3c4"/>`);
  }

  // The key: «n Name» in columns, in the order of the numbers.
  const ordered = [...drawn].sort((a, b) => (number.get(a.id) ?? 0) - (number.get(b.id) ?? 0));
  const columns = Math.max(1, Math.floor(model.width / KEY.column));
  const rows = Math.ceil(ordered.length / columns);
  const columnWidth = model.width / columns;
  const maxChars = Math.floor((columnWidth - 26) / (KEY.size * KEY.charWidth));
  const top = model.height + 12;
  const key = ordered.map((c, i) => {
    const col = Math.floor(i / rows);
    const row = i % rows;
    const kx = col * columnWidth;
    const ky = top + row * KEY.line + KEY.size;
    return `<text x="${kx + 18}" y="${ky}" font-size="${KEY.size}" text-anchor="end" font-weight="700" fill="${INK}">${number.get(c.id)}</text><text x="${kx + 24}" y="${ky}" font-size="${KEY.size}" fill="${INK}">${escapeText(fit(keyName(c), maxChars))}</text>`;
  });
  const height = Math.ceil(top + rows * KEY.line + 4);
  const markup = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${model.width} ${height}" font-family="${FONT}">`,
    ...parts,
    `<g class="key">${key.join('')}</g>`,
    '</svg>',
  ].join('');
  return { markup, width: model.width, height, drawn, moved };
}

/** The legend entries for the symbols drawn: the groups present, the diamond if a cluster outside the sample is drawn, the ring if a cross-border one is. */
export function drawnLegend(legend: readonly LegendItem[], drawn: readonly ClusterSummary[]): LegendItem[] {
  const groups = new Set(drawn.filter((c) => c.inSample).map((c) => c.group));
  return legend.filter((item) => {
    const group = /^Group (\d+):/.exec(item.label)?.[1];
    if (group !== undefined) return groups.has(Number(group));
    if (item.shape === 'diamond') return drawn.some((c) => !c.inSample);
    if (item.shape === 'ring') return drawn.some((c) => c.countries.length > 1);
    return true;
  });
}

/** Where a zoomed view looks: the countries of the clusters in it when they are few, else Europe if all are there. */
function zoomPhrase(drawn: readonly ClusterSummary[]): string {
  const countries = [...new Set(drawn.flatMap((c) => c.countryNames))];
  if (countries.length === 0) return 'zoomed to an area without clusters';
  if (countries.length <= 3) return `zoomed to ${countries.length === 1 ? countries[0] : `${countries.slice(0, -1).join(', ')} and ${countries.at(-1)}`}`;
  const [[w, s], [e, n]] = EUROPE_BOUNDS;
  if (drawn.every((c) => c.lon >= w && c.lon <= e && c.lat >= s && c.lat <= n)) return 'zoomed to Europe';
  return `zoomed in, ${countries.length} countries in view`;
}

/** What the image shows, in a line: «20 of 69 clusters · Group: 2. … · zoomed to Denmark and Sweden · selected: Medicon Valley». */
export function mapSubtitle(input: Pick<MapImageInput, 'total' | 'filters' | 'selected' | 'clusters'>, drawn: readonly ClusterSummary[]): string {
  const selected = drawn.find((c) => c.id === input.selected);
  // Zoomed in: some of the clusters the filters let through lie outside the view.
  const zoomed = drawn.length < input.clusters.length;
  return [
    `${drawn.length} of ${input.total} clusters`,
    ...input.filters,
    ...(zoomed ? [zoomPhrase(drawn)] : []),
    ...(selected ? [`selected: ${selected.name}`] : []),
  ].join(' · ');
}

/**
 * The whole image: title and subtitle, the map with numbered markers and its
 * key, the legend of what is drawn, the source and the credit, as one
 * standalone SVG. Returns the ids of the clusters drawn too.
 */
export function mapImage(input: MapImageInput): ChartImage & { drawn: string[] } {
  const d = drawing(input);
  const note = d.moved ? ' Markers moved apart for legibility keep a line to their true point.' : '';
  const image = composeChartImage({
    chart: d.markup,
    width: d.width,
    height: d.height,
    title: `${input.title}: ${mapSubtitle(input, d.drawn)}`,
    source: `${input.source}${note}`,
    credit: input.credit,
    legend: drawnLegend(input.legend, d.drawn),
  });
  return { ...image, drawn: d.drawn.map((c) => c.id) };
}

/** One panel showing exactly the interactive map's view: its bounds at its size on screen. */
export function viewPanel(bounds: Bounds, width: number, height: number): PanelSpec {
  return { id: 'view', label: '', bounds, rect: [0, 0, Math.round(width), Math.round(height)] };
}
