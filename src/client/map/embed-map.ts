/** The map's embed page: the build-time map filtered by the URL state (no MapLibre: too heavy for a host page), and its download of that view. */
import type { ClusterSummary } from '../../lib/cluster-filter.ts';
import { filterPhrases, type FilterNames } from '../../lib/map/filter-words.ts';
import type { StateSpec } from '../../lib/url-state.ts';
import { loadMapData } from './map-data.ts';
import { startup } from '../page-ready.ts';
import { registerMapExport } from './map-export.ts';
import { staticMap } from './map-filter.ts';
import { readViewState } from '../url-notice.ts';

const root = document.querySelector<HTMLElement>('[data-map-embed]');
if (root)
  void startup(
    loadMapData<{ clustersUrl: string; spec: StateSpec; basemapUrl: string; filterNames: FilterNames }>().then((data) => {
      if (data) init(root, data);
    }),
  );

function init(root: HTMLElement, data: { clusters: ClusterSummary[]; spec: StateSpec; basemapUrl: string; filterNames: FilterNames }) {
  const state = readViewState(data.spec);
  const selected = (state['cluster'] ?? [])[0] ?? null;
  const map = staticMap(root, data.clusters, { resting: () => selected });
  const visible = map.apply(state);
  if (selected && visible.has(selected)) map.highlight(selected);
  const figure = root.querySelector<HTMLElement>('[data-chart-figure]');
  if (figure)
    registerMapExport(figure, {
      clusters: async () => data.clusters,
      basemapUrl: data.basemapUrl,
      state: () => ({ visible, filters: filterPhrases(state, data.filterNames), selected }),
      view: () => null,
    });
}
