/** Headline figures and groupings for the overview, computed from the data. */
import type { Cluster, Group } from './schema/tables.ts';

export interface SampleStats {
  clusters: number;
  countries: number;
  crossBorder: number;
  outsideSample: number;
}

export function sampleStats(clusters: readonly Cluster[]): SampleStats {
  const sample = clusters.filter((c) => c.in_sample);
  return {
    clusters: sample.length,
    countries: new Set(sample.flatMap((c) => c.countries)).size,
    crossBorder: sample.filter((c) => c.countries.length > 1).length,
    outsideSample: clusters.length - sample.length,
  };
}

export interface GroupWithClusters {
  group: Group;
  clusters: Cluster[];
}

/** The sample's clusters under their groups, in group order, each list sorted by name. */
export function clustersByGroup(groups: readonly Group[], clusters: readonly Cluster[]): GroupWithClusters[] {
  return [...groups]
    .sort((a, b) => a.number - b.number)
    .map((group) => ({
      group,
      clusters: clusters
        .filter((c) => c.in_sample && c.group === group.id)
        .sort((a, b) => a.name.localeCompare(b.name, 'en')),
    }));
}
