/**
 * The data of a page that draws the map: its settings, inline in
 * script#map-data, and the clusters, fetched from its `clustersUrl`
 * (/map/clusters.json) so that the HTML does not grow with the atlas.
 */
import type { ClusterSummary } from '../../lib/cluster-filter.ts';
import { withClusterIds } from '../../lib/map/state-spec.ts';

/** The inline settings of script#map-data; null if the page has none. */
export function mapSettings<T extends { clustersUrl: string }>(): T | null {
  const script = document.getElementById('map-data');
  return script ? (JSON.parse(script.textContent ?? '{}') as T) : null;
}

const fetched = new Map<string, Promise<ClusterSummary[]>>();

/**
 * The clusters at `url`, fetched once per page.
 * @throws Error (in the promise) if they cannot be fetched
 */
export function fetchClusters(url: string): Promise<ClusterSummary[]> {
  let clusters = fetched.get(url);
  if (!clusters) {
    clusters = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json() as Promise<ClusterSummary[]>;
    });
    fetched.set(url, clusters);
  }
  return clusters;
}

/**
 * The settings with the clusters fetched; the cluster facet of their
 * `spec`, if any, gets every cluster id back. Null if the page has no
 * script#map-data.
 */
export async function loadMapData<T extends { clustersUrl: string }>(): Promise<(T & { clusters: ClusterSummary[] }) | null> {
  const settings = mapSettings<T & { spec?: { cluster: { values: string[] } } }>();
  if (!settings) return null;
  const clusters = await fetchClusters(settings.clustersUrl);
  return { ...settings, clusters, ...(settings.spec ? { spec: withClusterIds(settings.spec, clusters) } : {}) };
}
