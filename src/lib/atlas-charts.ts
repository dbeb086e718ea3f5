/** The atlas's embeddable charts, from its data, computed once per build (see chart-registry.ts). */
import * as data from './atlas-data.ts';
import { caseStudies, clusters, facts } from './atlas-data.ts';
import { orderedFactors, orderedGroups, summaries } from './atlas-summaries.ts';
import { chartableFactSets } from './charts/fact-bars.ts';
import { SUPPORT_COLOURS } from './charts/factor-charts.ts';
import { REGION_COLOURS } from './charts/instrument-charts.ts';
import { instrumentChartSets } from './guide.ts';
import { INSTRUMENT_REGION_LABELS, INSTRUMENT_REGIONS } from './schema/guide-vocab.ts';
import { chartRegistry, findChart, type ChartEntry } from './chart-registry.ts';
import { factorMatrix } from './factor-matrix.ts';
import { chainView } from './value-chain-view.ts';

export const matrixRows = factorMatrix(caseStudies, summaries, orderedFactors);

/** Every chart of a cluster's facts, as the profile pages draw them. */
export const factCharts = clusters.flatMap((c) =>
  chartableFactSets(facts.filter((f) => f.cluster_id === c.id)).map((spec) => ({ clusterId: c.id, clusterName: c.short_name ?? c.name, spec })),
);

export const atlasCharts: ChartEntry[] = chartRegistry({
  groups: orderedGroups,
  matrixRows: matrixRows.length,
  factorCount: orderedFactors.length,
  supportColours: SUPPORT_COLOURS,
  valueChains: data.valueChains.map((c) => {
    const view = chainView(data, c.id);
    return { id: c.id, title: c.title, sourceLine: view.sourceLine, height: view.horizontal.height + 260 };
  }),
  factCharts,
  instrumentCharts: instrumentChartSets(data.supportInstruments).map((s) => ({
    slug: s.slug,
    unit: s.unit,
    count: s.instruments.length,
    regions: INSTRUMENT_REGIONS.filter((r) => s.instruments.some((i) => i.region === r)).map((r) => ({ label: INSTRUMENT_REGION_LABELS[r], colour: REGION_COLOURS[r] })),
  })),
});

export const chartById = (id: string): ChartEntry => findChart(atlasCharts, id);
