/**
 * The map's downloadable image at two views, from the real clusters and the
 * real basemap (as the browser fetches it, rewound for d3-geo): a zoomed,
 * filtered view of the interactive map, and the static map's two panels.
 */
import { chartById } from '../../src/lib/atlas-charts.ts';
import { summaries } from '../../src/lib/atlas-summaries.ts';
import { mapImage, viewPanel, type MapImageInput } from '../../src/lib/charts/map-image.ts';
import { basemapGeoJson } from '../../src/lib/map/basemap.ts';
import { forD3 } from '../../src/lib/map/d3-winding.ts';
import { staticPanels } from '../../src/lib/map/cluster-map.ts';
import { loadCountryShapes } from '../../src/lib/map/load-country-shapes.ts';

const chart = chartById('map');
export const basemapCountries = basemapGeoJson(loadCountryShapes('110m')).features.map((f) => ({ code: f.properties.code, shape: forD3(f) }));

const base = (overrides: Partial<MapImageInput>): MapImageInput => ({
  countries: basemapCountries,
  clusters: summaries,
  panels: staticPanels('wide'),
  title: chart.title,
  total: summaries.length,
  filters: [],
  source: chart.source,
  credit: 'Biomedical Clusters Atlas: https://example.org/map/',
  legend: chart.legend,
  ...overrides,
});

/** Group 2 clusters, zoomed to the Øresund at the size of a desktop map (Web Mercator bounds as MapLibre reports them), Medicon Valley selected. */
export const zoomedFilteredInput = (): MapImageInput =>
  base({
    clusters: summaries.filter((c) => c.group === 2),
    filters: ['Group: 2. World-Class Biomedical Research Clusters'],
    panels: [viewPanel([[7.5, 53.2], [19.5, 58.1]], 830, 296)],
    selected: 'medicon-valley',
    credit: 'Biomedical Clusters Atlas: https://example.org/map/?group=2&cluster=medicon-valley',
  });

export const zoomedFiltered = () => mapImage(zoomedFilteredInput()).svg;

/** Every cluster in the static map's panels (the home page's and the embed's download). */
export const staticWorld = () => mapImage(base({})).svg;
