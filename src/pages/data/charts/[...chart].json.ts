/**
 * /data/charts/<chart id>.json: the full data table of every embeddable chart,
 * which the chart toolbar fetches to write the CSV of the view on screen and
 * its metadata (src/client/chart-tools.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { atlasChartTable, chartSourceCitations } from '../../../lib/atlas-chart-data.ts';
import { atlasCharts } from '../../../lib/atlas-charts.ts';

export const getStaticPaths = (() => atlasCharts.map((c) => ({ params: { chart: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const chart = atlasCharts.find((c) => c.id === params.chart);
  if (!chart) return new Response(null, { status: 404 });
  const table = atlasChartTable(chart);
  return new Response(JSON.stringify({ ...table, sources: chartSourceCitations(table) }), { headers: { 'content-type': 'application/json' } });
};
