/** Headline figures and groupings for the overview (/) and the landscape, computed from the data (pure). */
import { groupTraits } from './group-characteristics.ts';
import type { Cluster, Group, GroupCharacteristic } from './schema/tables.ts';
import { countOfCapitalised } from './count-words.ts';
import type { Atlas } from './table-access.ts';

export interface SampleStats {
  /** Clusters of the HSE sample (clusters.csv `in_sample`). */
  clusters: number;
  /** Distinct countries of the sample's clusters; a cross-border cluster counts each of its countries. */
  countries: number;
  /** Sample clusters in more than one country. */
  crossBorder: number;
  /** Clusters of the atlas outside the sample. */
  outsideSample: number;
}

export function sampleStats(a: Atlas): SampleStats {
  const all = a.clusters.rows;
  const sample = all.filter((c) => c.in_sample);
  return {
    clusters: sample.length,
    countries: new Set(sample.flatMap((c) => c.countries)).size,
    crossBorder: sample.filter((c) => c.countries.length > 1).length,
    outsideSample: all.length - sample.length,
  };
}

export interface GroupWithClusters {
  group: Group;
  /** The group's clusters of the sample, by name. */
  clusters: Cluster[];
  /** The group's cells of table 2.1, by characteristic (groupTraits). */
  traits: Map<GroupCharacteristic['characteristic'], GroupCharacteristic>;
  /** Whether any of its clusters was placed by the report's text, or as in neither other group (clusters.csv `group_basis`). */
  placedByText: boolean;
  placedByElimination: boolean;
}

/** One group with its sample clusters by name, its cells of table 2.1 and how its clusters were placed. */
export function groupWithClusters(a: Atlas, group: Group): GroupWithClusters {
  const clusters = a.clusters
    .where('group', group.id)
    .filter((c) => c.in_sample)
    .sort((x, y) => x.name.localeCompare(y.name, 'en'));
  return {
    group,
    clusters,
    traits: groupTraits(a, group.id),
    placedByText: clusters.some((c) => c.group_basis === 'text'),
    placedByElimination: clusters.some((c) => c.group_basis === 'elimination'),
  };
}

/** The sample's clusters under their groups, in group order, each list sorted by name. */
export function clustersByGroup(a: Atlas): GroupWithClusters[] {
  return [...a.groups.rows].sort((x, y) => x.number - y.number).map((group) => groupWithClusters(a, group));
}

/**
 * The overview page (/): the sample's figures, the groups, the counts its
 * doors quote (target models, success factors, case studies, value chains,
 * indicators), the sample by group, and each target model in the order of
 * target-models.csv with the names of the clusters table 2.2 cites as its
 * examples (one per row of cluster-target-models.csv).
 */
export function overviewPage(a: Atlas) {
  return {
    stats: sampleStats(a),
    /** The groups, in the order of groups.csv (the map legend's). */
    groups: a.groups.rows,
    counts: {
      targetModels: a.targetModels.rows.length,
      successFactors: a.successFactors.rows.length,
      caseStudies: a.caseStudies.rows.length,
      valueChains: a.valueChains.rows.length,
      indicators: a.indicators.rows.length,
    },
    byGroup: clustersByGroup(a),
    models: a.targetModels.rows.map((model) => ({
      model,
      examples: a.clusterTargetModels.where('target_model_id', model.id).map((l) => a.clusters.get(l.cluster_id).name),
    })),
  };
}

/** The line under a target model on the home page: «3 clusters named as examples: A, B, C.», «One cluster named as an example: A.», «No cluster named as an example.» */
export function modelExamplesLine(examples: readonly string[]): string {
  if (examples.length === 0) return 'No cluster named as an example.';
  if (examples.length === 1) return `One cluster named as an example: ${examples[0]}.`;
  return `${countOfCapitalised(examples.length, 'cluster', 'clusters')} named as examples: ${examples.join(', ')}.`;
}
