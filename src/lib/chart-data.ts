/**
 * The data of each chart as a reader can take it away: one table per chart,
 * with the labels, values, units, source and locator of what is drawn, and
 * the chart's metadata beside it (as Our World in Data ships a chart's CSV
 * with a metadata JSON). One pure builder per kind of chart; `chartCsv`
 * keeps only the rows of the view on screen. Types only and pure functions:
 * the chart toolbar's script uses this file too.
 */
import type { FactChartSpec } from './charts/fact-bars.ts';
import type { FactorSupport, MatrixRow } from './factor-matrix.ts';
import type { CompareColumn, CompareRow } from './compare-view.ts';
import type { CaseStudy, Cluster, Group, SuccessFactor, SupportInstrument } from './schema/tables.ts';
import type { ChainView } from './value-chain-view.ts';
import { asOf, type SourceDate } from './value-age.ts';

export interface ChartColumn {
  name: string;
  description: string;
  /** Unit of a numeric column, e.g. «case studies», «degrees (WGS 84)». */
  unit?: string;
}

export type ChartCell = string | number | boolean | null;

export interface ChartRow {
  /** What ties the row to a mark of the drawing (see `shownBy`): a cluster id, `cluster|factor`, a stage id, a fact id. */
  key: string;
  cells: ChartCell[];
}

export interface ChartTable {
  columns: ChartColumn[];
  rows: ChartRow[];
  /**
   * The marks of the drawing that show the rows: elements matching `selector`
   * inside the chart's drawing, whose `attributes` joined by `|` give the
   * row keys. Absent when the chart always shows every row.
   */
  shownBy?: { selector: string; attributes: string[] };
}

/** The ids of the source documents a table's rows cite, in order of first use (a cell may hold several, «;»-separated). */
export function tableSources(table: ChartTable): string[] {
  const i = table.columns.findIndex((c) => c.name === 'source');
  return i < 0 ? [] : [...new Set(table.rows.flatMap((r) => String(r.cells[i] ?? '').split(';').filter(Boolean)))];
}

const SOURCE: ChartColumn = { name: 'source', description: 'Source document (an id of sources.csv in the atlas’s data).' };
const LOCATOR: ChartColumn = { name: 'locator', description: 'Where in the source document the row’s content stands.' };
const AS_OF: ChartColumn = {
  name: 'as_of',
  description:
    'What the value is as of: its own period where that names a year, else the year of its source document (sources.csv date), else «date not reported».',
};
const list = (items: readonly string[]) => items.join(';');

/**
 * The world map: one row per cluster shown. `clusters` is the list the view
 * shows (after its filters), so the same builder serves the static map and
 * MapLibre's view; `groups` names the groups.
 */
export function mapChartData(clusters: readonly Cluster[], groups: readonly Pick<Group, 'id' | 'number' | 'name'>[]): ChartTable {
  const group = new Map(groups.map((g) => [g.id, g]));
  return {
    columns: [
      { name: 'cluster', description: 'Name of the cluster.' },
      { name: 'cluster_id', description: 'Cluster id in the atlas.' },
      { name: 'countries', description: 'ISO 3166-1 alpha-2 codes, «;»-separated.' },
      { name: 'city', description: 'City of the cluster organisation’s seat; empty when not reported.' },
      { name: 'latitude', unit: 'degrees (WGS 84)', description: 'Latitude of the marker: the atlas’s own addition, not the sources’.' },
      { name: 'longitude', unit: 'degrees (WGS 84)', description: 'Longitude of the marker: the atlas’s own addition.' },
      { name: 'location_precision', description: 'What the point stands for: the seat’s city, only the region, or only the country.' },
      { name: 'group', description: 'Group of the HSE 2019 sample (number and name); empty outside the sample.' },
      { name: 'in_hse_sample', description: 'Whether the cluster is one of the 40 of the HSE 2019 sample.' },
      SOURCE,
      LOCATOR,
    ],
    rows: clusters.map((c) => {
      const g = c.group === null ? undefined : group.get(c.group);
      return {
        key: c.id,
        cells: [c.name, c.id, list(c.countries), c.city, c.lat, c.lon, c.location_precision, g ? `${g.number}. ${g.name}` : null, c.in_sample, c.source, c.locator],
      };
    }),
    shownBy: { selector: '[data-id]:not([hidden])', attributes: ['data-id'] },
  };
}

/** The success-factor matrix: one row per case study behind a filled cell, in the order of the rows on screen. */
export function factorMatrixChartData(
  rows: readonly MatrixRow[],
  factors: readonly Pick<SuccessFactor, 'id' | 'number' | 'name'>[],
  groupNames: ReadonlyMap<number, string>,
): ChartTable {
  const factor = new Map(factors.map((f) => [f.id, f]));
  return {
    columns: [
      { name: 'cluster', description: 'Cluster (a row of the matrix).' },
      { name: 'group', description: 'Group of the HSE 2019 sample.' },
      { name: 'factor_number', description: 'Number of the success factor in HSE 2019 (a column of the matrix).' },
      { name: 'success_factor', description: 'Name of the success factor as HSE 2019 prints it.' },
      { name: 'case_studies_in_cell', unit: 'case studies', description: 'Case studies of this cluster for this factor: a cell is filled when there is at least one.' },
      { name: 'case_study', description: 'Title of the case study as printed.' },
      SOURCE,
      LOCATOR,
    ],
    rows: rows.flatMap((r) =>
      r.cells.flatMap((cell) =>
        cell.cases.map((study) => ({
          key: `${r.cluster.id}|${cell.factorId}`,
          cells: [
            r.cluster.name,
            r.cluster.group === null ? null : `${r.cluster.group}. ${groupNames.get(r.cluster.group) ?? ''}`,
            cell.factorNumber,
            factor.get(cell.factorId)?.name ?? cell.factorId,
            cell.cases.length,
            study.title,
            study.source,
            study.locator,
          ],
        })),
      ),
    ),
    // Cells of rows outside the chosen groups are dimmed, not removed: the data keeps the rows drawn in full.
    shownBy: { selector: '[data-cluster][data-factor]:not(.dimmed)', attributes: ['data-cluster', 'data-factor'] },
  };
}

/** How many case studies and clusters back each factor: two rows per factor, one per bar. */
export function factorSupportChartData(support: readonly FactorSupport[], studies: readonly CaseStudy[]): ChartTable {
  const locators = (factorId: string) => [...new Set(studies.filter((s) => s.factor_id === factorId).map((s) => s.locator))].join('; ');
  const sources = (factorId: string) => [...new Set(studies.filter((s) => s.factor_id === factorId).map((s) => s.source))].join(';');
  return {
    columns: [
      { name: 'factor_number', description: 'Number of the success factor in HSE 2019.' },
      { name: 'success_factor', description: 'Name of the success factor as HSE 2019 prints it.' },
      { name: 'measure', description: 'What the bar counts: the case studies of the factor, or the distinct clusters they come from.' },
      { name: 'value', description: 'The count.' },
      { name: 'unit', description: 'Unit of the value.' },
      SOURCE,
      { ...LOCATOR, description: 'The case studies counted, as they stand in the source.' },
    ],
    rows: support.flatMap((s) => [
      { key: s.factor.id, cells: [s.factor.number, s.factor.name, 'case studies', s.cases, 'case studies', sources(s.factor.id), locators(s.factor.id)] },
      { key: s.factor.id, cells: [s.factor.number, s.factor.name, 'clusters', s.clusters, 'clusters', sources(s.factor.id), locators(s.factor.id)] },
    ]),
  };
}

/** A value chain: one row per stage in reading order, with who acts there and where it leads. */
export function valueChainChartData(view: ChainView): ChartTable {
  return {
    columns: [
      { name: 'step', description: 'Position along the chain, from 1; empty for a condition that frames the whole chain.' },
      { name: 'stage', description: 'Name of the stage.' },
      { name: 'stage_id', description: 'Stage id in the atlas.' },
      { name: 'phase', description: 'Larger phase the stage belongs to, where the source gives one.' },
      { name: 'number', description: 'A number the source gives for this stage (e.g. a funnel count); empty when not reported.' },
      { name: 'unit', description: 'Unit of the number.' },
      { name: 'clusters', description: 'Clusters acting at this stage, «;»-separated.' },
      { name: 'stakeholders', description: 'Other actors at this stage, «;»-separated.' },
      { name: 'leads_to', description: 'Stages this one links to, «;»-separated.' },
      SOURCE,
      LOCATOR,
    ],
    rows: view.stages.map((s) => ({
      key: s.node.id,
      cells: [
        s.step,
        s.node.label,
        s.node.id,
        s.node.stage,
        s.node.number,
        s.node.unit,
        list(s.clusters.map((c) => c.name)),
        list(s.stakeholders),
        list(s.outgoing.map((o) => o.node.label)),
        s.node.source,
        s.node.locator,
      ],
    })),
  };
}

/** A chart of a cluster's facts: one row per bar. */
export function factChartData(spec: FactChartSpec, clusterName: string, sources: readonly SourceDate[]): ChartTable {
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  return {
    columns: [
      { name: 'cluster', description: 'Cluster the figures are about.' },
      { name: 'label', description: 'What the figure is, in the atlas’s words.' },
      { name: 'value_as_printed', description: 'The figure as the source states it.' },
      { name: 'number', description: 'The figure as a plain number: the length of the bar.' },
      { name: 'unit', description: 'Unit of the number.' },
      { name: 'period', description: 'Date or period the figure refers to; empty when not reported.' },
      AS_OF,
      SOURCE,
      LOCATOR,
    ],
    rows: spec.facts.map((f) => ({
      key: f.id,
      cells: [clusterName, f.label, f.value, f.number, f.unit, f.period, asOf(f, sourceById.get(f.source)).compact, f.source, f.locator],
    })),
  };
}

/**
 * An amount chart of the support instruments (one unit per chart): one row
 * per instrument drawn, in the chart's order, with the amount as the source
 * states it beside the number drawn. Amounts are never converted.
 */
export function instrumentChartData(instruments: readonly SupportInstrument[], regionLabel: (region: string) => string): ChartTable {
  return {
    columns: [
      { name: 'instrument', description: 'Name of the instrument as printed.' },
      { name: 'region', description: 'Region whose list the instrument stands in.' },
      { name: 'funder', description: 'Who funds or runs it, where the source says.' },
      { name: 'amount_as_stated', description: 'The amount exactly as the source states it.' },
      { name: 'amount', description: 'The amount as a number: the length of the bar.', unit: 'see amount_unit' },
      { name: 'amount_unit', description: 'Unit of the amount.' },
      { name: 'amount_kind', description: 'Ceiling, floor or fixed sum.' },
      { name: 'cost_share', description: 'Share of the costs covered, as stated.' },
      { name: 'duration', description: 'Duration of the support, as stated.' },
      SOURCE,
      LOCATOR,
    ],
    rows: instruments.map((i) => ({
      key: i.id,
      cells: [i.name, regionLabel(i.region), i.funder, i.amount_as_stated, i.amount, i.amount_unit, i.amount_kind, i.cost_share, i.duration, i.source, i.locator],
    })),
  };
}

/**
 * The compare view: one row per cluster, row of the comparison and entry of
 * its cell (a cell may hold several, e.g. target models), with the entry's
 * text, its second line, its source and locator; an
 * empty cell gives one row with the reason or «not reported». The clusters
 * shown are the columns of the table on screen (`th[data-column]`).
 */
export function compareChartData(rows: readonly CompareRow[], columns: readonly CompareColumn[]): ChartTable {
  return {
    columns: [
      { name: 'cluster', description: 'Name of the cluster.' },
      { name: 'cluster_id', description: 'Cluster id in the atlas.' },
      { name: 'section', description: 'Block of the comparison the row belongs to.' },
      { name: 'row', description: 'What the row of the comparison shows.' },
      { name: 'value', description: 'One entry of the cell as the comparison shows it.' },
      { name: 'detail', description: 'The line under the entry: a case study, a period, what a figure counts, who is quoted.' },
      { ...AS_OF, description: `${AS_OF.description} Empty for an entry that is not a value (a group, a model, a quotation).` },
      SOURCE,
      LOCATOR,
    ],
    rows: columns.flatMap((column) =>
      rows.flatMap((row) => {
        const cell = column.cells[row.id];
        const items = cell?.items ?? [];
        if (items.length === 0)
          return [{ key: column.id, cells: [column.name, column.id, row.section, row.label, cell?.empty ?? 'not reported', null, null, null, null] }];
        return items.map((item) => ({
          key: column.id,
          // A cell's lead (e.g. «No total given; by kind») says what the entry is: it travels with it in the detail.
          cells: [column.name, column.id, row.section, row.label, item.text, [cell?.lead, item.detail].filter(Boolean).join(' ') || null, item.asOf ?? null, item.cite?.source ?? null, item.cite?.locator ?? null],
        }));
      }),
    ),
    shownBy: { selector: 'thead th[data-column]', attributes: ['data-column'] },
  };
}

/** One CSV field per RFC 4180: quoted when it holds a comma, quote or line break. */
function field(cell: ChartCell): string {
  const text = cell === null ? '' : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The CSV of the view: the header, then the rows whose key is in `shown`, in
 * the order of `shown` (the order on screen); every row when `shown` is
 * undefined. UTF-8, no byte-order mark, LF line ends, as the atlas's tables.
 */
export function chartCsv(table: ChartTable, shown?: readonly string[]): string {
  let rows = table.rows;
  if (shown) {
    const order = new Map<string, number>();
    shown.forEach((k, i) => {
      if (!order.has(k)) order.set(k, i);
    });
    rows = rows.filter((r) => order.has(r.key)).sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
  }
  return [table.columns.map((c) => field(c.name)), ...rows.map((r) => r.cells.map(field))].map((r) => r.join(',')).join('\n') + '\n';
}

export interface ChartMetadataInput {
  title: string;
  /** The chart's source line. */
  source: string;
  /** Address of the view (with its state) and of its embed page, where the page is served. */
  url: string;
  /** The view's state in words, e.g. «group=1; layer=sample», or «the full chart». */
  view: string;
  citation: { text: string; bibtex: string };
  /** Full citations of the source documents of the rows shown. */
  sources: readonly string[];
  licence: { name: string; path: string };
  dataVersion: string;
  /** When the data was built (RFC 3339). */
  dataDate: string;
  /** Access date (YYYY-MM-DD). */
  accessed: string;
  columns: readonly ChartColumn[];
  rows: number;
}

/** The metadata JSON beside a chart's CSV. */
export function chartMetadata(m: ChartMetadataInput) {
  return {
    title: m.title,
    source: m.source,
    url: m.url,
    view: m.view,
    rows: m.rows,
    columns: m.columns,
    citation: m.citation.text,
    bibtex: m.citation.bibtex,
    sources: m.sources,
    licence: m.licence,
    dataVersion: m.dataVersion,
    dataDate: m.dataDate,
    accessed: m.accessed,
    publisher: 'Biomedical Clusters Atlas',
  };
}
