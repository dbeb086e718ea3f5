/**
 * The atlas's charts: every chart each kind (src/lib/chart-kinds/) finds in
 * the built data, computed once per build. The pages, the embed routes,
 * /data/charts/<id>.json and the toolbar all take their charts from here.
 */
import { atlas } from './atlas-data.ts';
import { orderedFactors, orderedGroups, summaries } from './atlas-summaries.ts';
import { sourceCitationText } from './citation.ts';
import { tableSources, type ChartTable } from './chart-data.ts';
import { compareKind } from './chart-kinds/compare.ts';
import { factBarsKind } from './chart-kinds/fact-bars.ts';
import { factorMatrixKind } from './chart-kinds/factor-matrix.ts';
import { factorSupportKind } from './chart-kinds/factor-support.ts';
import { groupFiguresKind } from './chart-kinds/group-figures.ts';
import { instrumentsKind } from './chart-kinds/instruments.ts';
import { datedChart, type Chart, type ChartData, type ChartKind } from './chart-kinds/kind.ts';
import { mapKind } from './chart-kinds/map.ts';
import { valueChainKind } from './chart-kinds/value-chain.ts';
import { factorMatrix } from './factor-matrix.ts';

export const matrixRows = factorMatrix(atlas.caseStudies.rows, summaries, orderedFactors);

const chartData: ChartData = { atlas, groups: orderedGroups, factors: orderedFactors, summaries, matrixRows };

/** A kind's charts, each dated by its sources and with its full data table (datedChart). */
const chartsOf = <K extends string, I>(kind: ChartKind<K, I>) =>
  kind.charts(chartData).map((chart) => datedChart(chart, () => kind.table(chart.input, chartData), atlas.sources.rows));

/** The only chart of a kind that has one (the map, the matrix, …). */
export const onlyChart = <C>(charts: readonly C[]): C => {
  if (charts.length !== 1) throw new Error(`expected one chart, found ${charts.length}`);
  return charts[0] as C;
};

export const mapCharts = chartsOf(mapKind);
export const factorMatrixCharts = chartsOf(factorMatrixKind);
export const factorSupportCharts = chartsOf(factorSupportKind);
export const valueChainCharts = chartsOf(valueChainKind);
export const factCharts = chartsOf(factBarsKind);
export const instrumentCharts = chartsOf(instrumentsKind);
export const groupFiguresCharts = chartsOf(groupFiguresKind);
export const compareCharts = chartsOf(compareKind);

/** Every chart of the atlas, in the order /embed/ lists them. */
export const atlasCharts = [
  ...mapCharts,
  ...factorMatrixCharts,
  ...factorSupportCharts,
  ...valueChainCharts,
  ...factCharts,
  ...instrumentCharts,
  ...groupFiguresCharts,
  ...compareCharts,
];
export type AtlasChart = (typeof atlasCharts)[number];

const byId = new Map<string, AtlasChart>(atlasCharts.map((c) => [c.id, c]));
if (byId.size !== atlasCharts.length) throw new Error('two charts share an id');

/** The chart with this id; throws naming the id when there is none. */
export function chartById(id: string): AtlasChart {
  const chart = byId.get(id);
  if (!chart) throw new Error(`no chart "${id}"`);
  return chart;
}

export const mapChart = onlyChart(mapCharts);
export const matrixChart = onlyChart(factorMatrixCharts);
export const supportChart = onlyChart(factorSupportCharts);
export const compareChart = onlyChart(compareCharts);

/** The chart of a value chain, by the chain's id. */
export function chainChart(chainId: string): (typeof valueChainCharts)[number] {
  const chart = valueChainCharts.find((c) => c.input.chain.id === chainId);
  if (!chart) throw new Error(`no value chain "${chainId}"`);
  return chart;
}

/** The table of a group's figures, by the group's id. */
export function groupFiguresChart(groupId: string): (typeof groupFiguresCharts)[number] {
  const chart = groupFiguresCharts.find((c) => c.input.id === groupId);
  if (!chart) throw new Error(`no group "${groupId}"`);
  return chart;
}

/** A cluster's fact charts, in the order its profile draws them. */
export const factChartsOf = (clusterId: string): typeof factCharts => factCharts.filter((c) => c.input.cluster.id === clusterId);

/** Full citations of the source documents a chart's rows cite, by source id. */
export function chartSourceCitations(table: ChartTable): Record<string, string> {
  return Object.fromEntries(tableSources(table).map((id) => [id, sourceCitationText(atlas.sources.get(id))] as const));
}

export type { Chart };
