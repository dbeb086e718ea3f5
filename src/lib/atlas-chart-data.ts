/** The data table of each of the atlas's charts (src/lib/chart-data.ts), from the atlas's data; build time only. */
import * as data from './atlas-data.ts';
import { caseStudies, clusters, sources } from './atlas-data.ts';
import { factCharts, matrixRows } from './atlas-charts.ts';
import { orderedFactors, orderedGroups } from './atlas-summaries.ts';
import { factChartSlug, type ChartEntry } from './chart-registry.ts';
import {
  compareChartData,
  factChartData,
  instrumentChartData,
  factorMatrixChartData,
  factorSupportChartData,
  mapChartData,
  tableSources,
  valueChainChartData,
  type ChartTable,
} from './chart-data.ts';
import { sourceCitationText } from './citation.ts';
import { columnFor, compareRowList } from './compare-data.ts';
import { factorSupport } from './factor-matrix.ts';
import { instrumentChartSets } from './guide-view.ts';
import { INSTRUMENT_REGION_LABELS } from './schema/guide-vocab.ts';
import { chainView } from './value-chain-view.ts';

/** The full table of a chart (every row its view can show). Throws for a chart id no builder knows. */
export function atlasChartTable(chart: Pick<ChartEntry, 'id'>): ChartTable {
  const id = chart.id;
  if (id === 'map') return mapChartData(clusters, orderedGroups);
  if (id === 'factor-matrix') return factorMatrixChartData(matrixRows, orderedFactors, new Map(orderedGroups.map((g) => [g.number, g.name])));
  if (id === 'factor-support') return factorSupportChartData(factorSupport(caseStudies, orderedFactors), caseStudies);
  if (id.startsWith('value-chains/')) return valueChainChartData(chainView(data, id.slice('value-chains/'.length)));
  if (id === 'guide-instruments' || id.startsWith('guide-instruments/')) {
    const slug = id === 'guide-instruments' ? '' : id.slice('guide-instruments/'.length);
    const set = instrumentChartSets(data.supportInstruments).find((s) => s.slug === slug);
    if (set) return instrumentChartData(set.instruments, (r) => INSTRUMENT_REGION_LABELS[r as keyof typeof INSTRUMENT_REGION_LABELS] ?? r);
  }
  if (id === 'compare') return compareChartData(compareRowList, data.clusters.map((c) => columnFor(c.id)));
  const fact = factCharts.find((f) => `clusters/${f.clusterId}/${factChartSlug(f.spec)}` === id);
  if (fact) return factChartData(fact.spec, fact.clusterName, data.sources);
  throw new Error(`no data builder for chart "${id}"`);
}

/** Full citations of the source documents a chart's rows cite, by source id. */
export function chartSourceCitations(table: ChartTable): Record<string, string> {
  return Object.fromEntries(
    tableSources(table).flatMap((id) => {
      const s = sources.find((x) => x.id === id);
      return s ? [[id, sourceCitationText(s)] as const] : [];
    }),
  );
}
