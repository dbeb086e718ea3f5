/** The facets of the map's URL state, from the data. */
import type { ClusterSummary } from '../cluster-index.ts';
import type { StateSpec } from '../url-state.ts';

export function mapStateSpec(clusters: readonly ClusterSummary[], factorIds: readonly string[], modelIds: readonly string[]) {
  return {
    group: { values: ['1', '2', '3'], multi: true, noun: 'group' },
    model: { values: modelIds, multi: true, noun: 'target model' },
    country: { values: [...new Set(clusters.flatMap((c) => c.countries))].sort(), multi: true, noun: 'country on the map' },
    factor: { values: factorIds, multi: true, noun: 'success factor' },
    layer: { values: ['all', 'sample', 'outside'], multi: false, fallback: 'all', noun: 'layer' },
    cluster: { values: clusters.map((c) => c.id), multi: false, noun: 'cluster' },
  } satisfies StateSpec;
}

/**
 * The spec as a page carries it: the cluster facet's values (every cluster
 * id) are left out, since the page's script fetches the clusters anyway and
 * restores them with `withClusterIds`.
 */
export function withoutClusterIds(spec: ReturnType<typeof mapStateSpec>) {
  return { ...spec, cluster: { ...spec.cluster, values: [] as string[] } };
}

/** The spec with the cluster facet's values restored from the clusters (see `withoutClusterIds`). */
export function withClusterIds<S extends { cluster: { values: readonly string[] } }>(spec: S, clusters: readonly { id: string }[]): S {
  return { ...spec, cluster: { ...spec.cluster, values: clusters.map((c) => c.id) } };
}
