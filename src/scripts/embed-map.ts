/** The map's embed page: the build-time map filtered by the URL state (no MapLibre: too heavy for a host page). */
import type { ClusterSummary } from '../lib/cluster-filter.ts';
import type { StateSpec } from '../lib/url-state.ts';
import { staticMap } from './map-filter.ts';
import { readViewState } from './url-notice.ts';

const root = document.querySelector<HTMLElement>('[data-map-embed]');
const dataScript = document.getElementById('map-data');
if (root && dataScript) {
  const data = JSON.parse(dataScript.textContent ?? '{}') as { clusters: ClusterSummary[]; spec: StateSpec };
  const state = readViewState(data.spec);
  const selected = (state['cluster'] ?? [])[0] ?? null;
  const map = staticMap(root, data.clusters, { resting: () => selected });
  const visible = map.apply(state);
  if (selected && visible.has(selected)) map.highlight(selected);
}
