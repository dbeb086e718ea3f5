/** The home page's world map: its download draws every cluster with a numbered key (src/client/map/map-export.ts). */
import { fetchClusters, mapSettings } from './map-data.ts';
import { registerMapExport } from './map-export.ts';

const figure = document.querySelector<HTMLElement>('[data-home-map]');
const settings = mapSettings<{ clustersUrl: string; basemapUrl: string }>();
if (figure && settings)
  registerMapExport(figure, {
    clusters: () => fetchClusters(settings.clustersUrl),
    basemapUrl: settings.basemapUrl,
    state: () => ({ visible: null, filters: [], selected: null }),
    view: () => null,
  });
