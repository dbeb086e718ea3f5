/**
 * The world map's Download SVG / PNG: the view on screen drawn from the data
 * (src/lib/charts/map-image.ts), loaded only when a reader asks for it.
 */
import type { ClusterSummary } from '../../lib/cluster-filter.ts';
import type { Bounds } from '../../lib/map/map-views.ts';
import { provideChartImage } from '../chart-image-provider.ts';

export interface MapExportSource {
  /** Every cluster (fetched on the first download where the page has not loaded them). */
  clusters(): Promise<readonly ClusterSummary[]>;
  basemapUrl: string;
  /** The clusters the filters let through (null: all), the filters in words and the selected cluster. */
  state(): { visible: ReadonlySet<string> | null; filters: string[]; selected: string | null };
  /** The interactive map's bounds and size on screen; null while the static map shows. */
  view(): { bounds: Bounds; width: number; height: number } | null;
}

export function registerMapExport(figure: HTMLElement, source: MapExportSource): void {
  // The static map's layout on screen: the stacked one is the one laid out on a phone.
  const layout = () => ((figure.querySelector('svg.cluster-map.narrow')?.getClientRects().length ?? 0) > 0 ? 'narrow' : 'wide');
  provideChartImage(figure, async (request) => {
    const { drawMapImage } = await import('./map-image-draw.ts');
    return drawMapImage({ ...source, layout: layout() }, request);
  });
}
