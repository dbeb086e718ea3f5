/** The atlas's embeddable charts, from its data, computed once per build (see chart-registry.ts). */
import * as data from './atlas-data.ts';
import { caseStudies, clusters, facts } from './atlas-data.ts';
import { orderedFactors, orderedGroups, summaries } from './atlas-summaries.ts';
import { chartableFactSets } from './charts/fact-bars.ts';
import { SUPPORT_COLOURS } from './charts/factor-charts.ts';
import { chartRegistry, findChart, type ChartEntry } from './chart-registry.ts';
import { factorMatrix } from './factor-matrix.ts';
import { chainView } from './value-chain-view.ts';

export const matrixRows = factorMatrix(caseStudies, summaries, orderedFactors);

/** Every chart of a cluster's facts, as the profile pages draw them. */
export const factCharts = clusters.flatMap((c) =>
  chartableFactSets(facts.filter((f) => f.cluster_id === c.id)).map((spec) => ({
    clusterId: c.id,
    clusterName: c.short_name ?? c.name,
    ...(c.short_name ? { fullName: c.name } : {}),
    spec,
  })),
);

export const atlasCharts: ChartEntry[] = chartRegistry({
  groups: orderedGroups,
  matrixRows: matrixRows.length,
  factorCount: orderedFactors.length,
  supportColours: SUPPORT_COLOURS,
  valueChains: data.valueChains.map((c) => {
    const view = chainView(data, c.id);
    return {
      id: c.id,
      title: c.title,
      sourceLine: view.sourceLine,
      height: view.horizontal.height + 260,
      clusters: view.clusters.map(({ cluster }) => ({ name: cluster.name, shortName: cluster.short_name })),
    };
  }),
  factCharts,
  factors: orderedFactors,
  matrixClusters: matrixRows.map((r) => ({ name: r.cluster.name, shortName: r.cluster.shortName })),
});

export const chartById = (id: string): ChartEntry => findChart(atlasCharts, id);
