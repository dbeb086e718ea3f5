/**
 * Charts of a cluster's comparable facts (/clusters/<id>/#chart-<slug>): one
 * per set of facts sharing topic, unit and period (chartableFactSets), under
 * the id `clusters/<cluster id>/<slug>`, built here and nowhere else.
 */
import { AS_OF, LOCATOR, SOURCE, type ChartTable } from '../chart-data.ts';
import { abbreviationKey } from '../chart-registry.ts';
import { chartableFactSets, factBarChart, type FactChartSpec } from '../charts/fact-bars.ts';
import { svgDocument } from '../charts/svg-document.ts';
import { citationText } from '../citation.ts';
import { TOPIC_LABELS } from '../profile.ts';
import type { Cluster } from '../schema/tables.ts';
import { asOf, type SourceDate } from '../value-age.ts';
import { sentence, type ChartKind } from './kind.ts';

export interface FactChartInput {
  cluster: Pick<Cluster, 'id' | 'name' | 'short_name'>;
  spec: FactChartSpec;
}

/** The stable slug of a fact chart on its cluster's page: topic, unit and period, in lowercase ASCII. */
export function factChartSlug(spec: Pick<FactChartSpec, 'topic' | 'unit' | 'period'>): string {
  return [spec.topic, spec.unit, spec.period ?? '']
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The chart of one set of a cluster's facts. Titles name the cluster by its
 * short name where it has one, spelled out in the exported image's key. The
 * source line cites each fact's locator once; how old the sources are is
 * added to it as to every chart's (datedChart, ./kind.ts), and each row of
 * its data is dated by the fact's own `as_of`.
 */
export function factChart(input: FactChartInput) {
  const { cluster, spec } = input;
  const slug = factChartSlug(spec);
  const name = cluster.short_name ?? cluster.name;
  const cited = [...new Set(spec.facts.map((f) => citationText(f.source, f.locator)))];
  return {
    kind: 'fact-bars' as const,
    input,
    id: `clusters/${cluster.id}/${slug}`,
    title: `${TOPIC_LABELS[spec.topic]} of ${name}, in ${spec.unit}${spec.period ? `, ${spec.period}` : ''}`,
    source: sentence(cited.join('; ')),
    fullPath: `/clusters/${cluster.id}/`,
    fullHash: `#chart-${slug}`,
    stateKeys: [],
    legend: [],
    key: cluster.short_name ? abbreviationKey([{ name: cluster.name, shortName: cluster.short_name }]) : [],
    height: 200 + spec.facts.length * 52,
  };
}

export const factBarsKind: ChartKind<'fact-bars', FactChartInput> = {
  kind: 'fact-bars',
  charts: (d) =>
    d.atlas.clusters.rows.flatMap((cluster) =>
      chartableFactSets(d.atlas.facts.where('cluster_id', cluster.id)).map((spec) => factChart({ cluster, spec })),
    ),
  table: (input, d) => factChartData(input, d.atlas.sources.rows),
};

/** The drawing of a fact chart (SVG markup, drawn at build time); `label` names it for screen readers. */
export const drawFactChart = (input: FactChartInput, label: string): string => factBarChart(svgDocument(), input.spec, { label });

/**
 * A chart of a cluster's facts: one row per bar, under the column names of
 * facts.csv, with the fact's id, so that each row joins back to its fact.
 */
export function factChartData({ cluster, spec }: FactChartInput, sources: readonly SourceDate[]): ChartTable {
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  return {
    columns: [
      { name: 'id', description: 'Id of the fact (facts.csv `id`).' },
      { name: 'cluster_id', description: 'Cluster the figures are about (facts.csv `cluster_id`).' },
      { name: 'cluster_name', description: 'Official name of the cluster (clusters.csv `name`).' },
      { name: 'label', description: 'What the figure is, in the atlas’s words.' },
      { name: 'value', description: 'The figure as the source states it.' },
      { name: 'number', description: 'The figure as a plain number: the length of the bar.' },
      { name: 'unit', description: 'Unit of the number.' },
      { name: 'period', description: 'Date or period the figure refers to; empty when not reported.' },
      AS_OF,
      SOURCE,
      LOCATOR,
    ],
    rows: spec.facts.map((f) => ({
      key: f.id,
      cells: [f.id, cluster.id, cluster.name, f.label, f.value, f.number, f.unit, f.period, asOf(f, sourceById.get(f.source)).compact, f.source, f.locator],
    })),
  };
}
