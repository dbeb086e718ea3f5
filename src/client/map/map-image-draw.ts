/** The map's image drawn in the browser (d3-geo and d3-force, loaded only on a download). */
import type { ChartImage } from '../../lib/charts/chart-export-svg.ts';
import { mapImage, viewPanel } from '../../lib/charts/map-image.ts';
import type { BasemapFeature } from '../../lib/map/basemap.ts';
import { staticPanels } from '../../lib/map/cluster-map.ts';
import { forD3 } from '../../lib/map/d3-winding.ts';
import type { ImageRequest } from '../chart-image-provider.ts';
import type { MapExportSource } from './map-export.ts';

let countries: Promise<{ code: string; shape: BasemapFeature }[]> | null = null;

export async function drawMapImage(source: MapExportSource & { layout: 'wide' | 'narrow' }, request: ImageRequest): Promise<ChartImage> {
  countries ??= fetch(source.basemapUrl)
    .then((r) => r.json() as Promise<{ features: BasemapFeature[] }>)
    .then((fc) => fc.features.map((f) => ({ code: f.properties.code, shape: forD3(f) })));
  const { visible, filters, selected } = source.state();
  const view = source.view();
  const clusters = await source.clusters();
  return mapImage({
    countries: await countries,
    clusters: clusters.filter((c) => visible === null || visible.has(c.id)),
    panels: view ? [viewPanel(view.bounds, view.width, view.height)] : staticPanels(source.layout),
    total: clusters.length,
    filters,
    selected,
    ...request,
  });
}
