/** The data table of each of the atlas's charts (src/lib/chart-data.ts), from the atlas's data; build time only. */
import * as data from './atlas-data.ts';
import { caseStudies, clusters, sources } from './atlas-data.ts';
import { factCharts, matrixRows } from './atlas-charts.ts';
import { orderedFactors, orderedGroups } from './atlas-summaries.ts';
import { factChartSlug, type ChartEntry } from './chart-registry.ts';
import {
  factChartData,
  factorMatrixChartData,
  factorSupportChartData,
  mapChartData,
  tableSources,
  valueChainChartData,
  type ChartTable,
} from './chart-data.ts';
import { sourceCitationText } from './citation.ts';
import { factorSupport } from './factor-matrix.ts';
import { chainView } from './value-chain-view.ts';

/** The full table of a chart (every row its view can show). Throws for a chart id no builder knows. */
export function atlasChartTable(chart: Pick<ChartEntry, 'id'>): ChartTable {
  const id = chart.id;
  if (id === 'map') return mapChartData(clusters, orderedGroups);
  if (id === 'factor-matrix') return factorMatrixChartData(matrixRows, orderedFactors, new Map(orderedGroups.map((g) => [g.number, g.name])));
  if (id === 'factor-support') return factorSupportChartData(factorSupport(caseStudies, orderedFactors), caseStudies);
  if (id.startsWith('value-chains/')) return valueChainChartData(chainView(data, id.slice('value-chains/'.length)));
  const fact = factCharts.find((f) => `clusters/${f.clusterId}/${factChartSlug(f.spec)}` === id);
  if (fact) return factChartData(fact.spec, fact.clusterName);
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
