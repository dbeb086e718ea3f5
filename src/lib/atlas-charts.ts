/** The atlas's embeddable charts, from its data, computed once per build (see chart-registry.ts). */
import * as data from './atlas-data.ts';
import { caseStudies, clusters, facts } from './atlas-data.ts';
import { orderedFactors, orderedGroups, summaries } from './atlas-summaries.ts';
import { chartableFactSets } from './charts/fact-bars.ts';
import { SUPPORT_COLOURS } from './charts/factor-charts.ts';
import { REGION_COLOURS } from './charts/instrument-charts.ts';
import { instrumentChartSets } from './guide-view.ts';
import { INSTRUMENT_REGION_LABELS, INSTRUMENT_REGIONS } from './schema/guide-vocab.ts';
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

/**
 * The compare view (/compare/?clusters=a,b): a table, not a drawing, so its
 * toolbar offers the embed code and the link but no image; its data are the
 * tables it draws from.
 */
export const compareChart: ChartEntry = {
  id: 'compare',
  title: 'Clusters side by side',
  source:
    'Each value with its own source and locator: HSE 2019 (table 2.1, table 2.2, ch. 3), AMI-4EUROPE D2.2, bioXclusters, MIX 2016, CEBR 2020. Which rows to set side by side is the atlas’s own choice.',
  fullPath: '/compare/',
  fullHash: '',
  stateSpec: null,
  stateKeys: ['clusters'],
  legend: [],
  key: [],
  height: 1400,
};

export const atlasCharts: ChartEntry[] = [
  ...chartRegistry({
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
    sources: data.sources,
    factors: orderedFactors,
    matrixClusters: matrixRows.map((r) => ({ name: r.cluster.name, shortName: r.cluster.shortName })),
    instrumentCharts: instrumentChartSets(data.supportInstruments).map((s) => ({
      slug: s.slug,
      unit: s.unit,
      count: s.instruments.length,
      regions: INSTRUMENT_REGIONS.filter((r) => s.instruments.some((i) => i.region === r)).map((r) => ({ label: INSTRUMENT_REGION_LABELS[r], colour: REGION_COLOURS[r] })),
    })),
  }),
  compareChart,
];

export const chartById = (id: string): ChartEntry => findChart(atlasCharts, id);
