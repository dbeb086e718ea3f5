/** The home page's world map: its download draws every cluster with a numbered key (src/scripts/map-export.ts). */
import type { ClusterSummary } from '../lib/cluster-filter.ts';
import { registerMapExport } from './map-export.ts';

const figure = document.querySelector<HTMLElement>('[data-home-map]');
const dataScript = document.getElementById('map-data');
if (figure && dataScript) {
  const data = JSON.parse(dataScript.textContent ?? '{}') as { clusters: ClusterSummary[]; basemapUrl: string };
  const all = new Set(data.clusters.map((c) => c.id));
  registerMapExport(figure, { clusters: data.clusters, basemapUrl: data.basemapUrl, state: () => ({ visible: all, filters: [], selected: null }), view: () => null });
}
