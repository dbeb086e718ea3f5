/** The facets of the map's URL state, from the data. */
import type { ClusterSummary } from '../cluster-index.ts';
import { stateKeys, type StateSpec } from '../url-state.ts';

export function mapStateSpec(clusters: readonly ClusterSummary[], factorIds: readonly string[], modelIds: readonly string[]) {
  return {
    group: { kind: 'set', values: ['1', '2', '3'], noun: 'group' },
    model: { kind: 'set', values: modelIds, noun: 'target model' },
    country: { kind: 'set', values: [...new Set(clusters.flatMap((c) => c.countries))].sort(), noun: 'country on the map' },
    factor: { kind: 'set', values: factorIds, noun: 'success factor' },
    layer: { kind: 'one', values: ['all', 'sample', 'outside'], fallback: 'all', noun: 'layer' },
    cluster: { kind: 'one', values: clusters.map((c) => c.id), noun: 'cluster' },
  } satisfies StateSpec;
}

/** The map's parameter names (the facets do not depend on the data, only their values do). */
export const MAP_STATE_KEYS = stateKeys(mapStateSpec([], [], []));

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
