/**
 * /data/charts/<chart id>.json: the full data table of every embeddable chart,
 * which the chart toolbar fetches to write the CSV of the view on screen and
 * its metadata (src/client/chart-tools.ts), with the chart's source line (how
 * old its sources are included) and the full citations of its documents.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { atlasCharts, chartSourceCitations, type AtlasChart } from '../../../lib/atlas-charts.ts';

export const getStaticPaths = (() => atlasCharts.map((chart) => ({ params: { chart: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: AtlasChart }> = ({ props }) => {
  const table = props.chart.table();
  return new Response(JSON.stringify({ ...table, source: props.chart.source, sources: chartSourceCitations(table) }), { headers: { 'content-type': 'application/json' } });
};
