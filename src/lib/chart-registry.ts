/**
 * Every chart of the atlas that can be embedded, downloaded and linked: its
 * stable id (the path under /embed/), title, source line, full view, the
 * URL-state facets it honours and the legend drawn into its exported image.
 * Pure: pages feed it the data (src/lib/atlas-charts.ts).
 *
 * Embed URLs, stable once published:
 *   /embed/map/                              the world map (map URL state)
 *   /embed/factor-matrix/                    clusters × success factors (explorer URL state)
 *   /embed/factor-support/                   case studies and clusters per factor (?factor=)
 *   /embed/value-chains/<chain id>/          a value chain (?stage=)
 *   /embed/clusters/<cluster id>/<chart>/    a chart of a cluster's facts; <chart> is topic-unit[-period]
 *   /embed/guide-instruments/[<unit>/]      amounts of the support instruments, one chart per unit
 *                                            (EUR; per-year; per-year-and-person)
 */
import type { FactChartSpec } from './charts/fact-bars.ts';
import { citationText } from './citation.ts';
import { asOf, type SourceDate } from './value-age.ts';
import { groupColour } from './group-palette.ts';
import { TOPIC_LABELS } from './profile.ts';

export type LegendShape = 'disc' | 'square' | 'diamond' | 'ring';

export interface LegendItem {
  label: string;
  colour: string;
  shape: LegendShape;
}

/** Which URL-state codec the full view and the embed share. */
export type ChartStateSpec = 'map' | 'explorer' | 'value-chain';

export interface ChartEntry {
  /** Path under /embed/, e.g. `map` or `value-chains/mix-innovation-chain`. */
  id: string;
  title: string;
  /** Source line, without the «Source:» label. */
  source: string;
  /** Site path of the full view, and the fragment of the chart on it. */
  fullPath: string;
  fullHash: string;
  stateSpec: ChartStateSpec | null;
  /** Query parameters of that state the chart honours; others are dropped from its links. */
  stateKeys: readonly string[];
  legend: readonly LegendItem[];
  /**
   * Lines of text the exported image carries under its legend, so that it
   * reads without the page: what numbered columns stand for, abbreviations
   * spelled out.
   */
  key: readonly string[];
  /** A first guess of the embed's height in pixels, for the snippet; the embed script then sets the real one. */
  height: number;
}

export interface RegistryInput {
  groups: readonly { number: number; name: string }[];
  /** Rows of the success-factor matrix (clusters with case studies). */
  matrixRows: number;
  factorCount: number;
  /** Colours of the support chart's two measures. */
  supportColours: { cases: string; clusters: string };
  valueChains: readonly { id: string; title: string; sourceLine: readonly string[]; height: number; clusters?: readonly NamedCluster[] }[];
  factCharts: readonly { clusterId: string; clusterName: string; spec: FactChartSpec; fullName?: string }[];
  /** The source documents with their dates, for how old the fact charts' values are (asOf). */
  sources: readonly SourceDate[];
  /** The success factors, whose numbers head the matrix's columns. */
  factors?: readonly { number: number; name: string }[];
  /** The clusters the matrix draws (by short name where they have one). */
  matrixClusters?: readonly NamedCluster[];
  /** The support instruments' amount charts: one per unit, slug '' for one-off amounts (see guide.ts), with the regions drawn. */
  instrumentCharts: readonly { slug: string; unit: string; count: number; regions: readonly { label: string; colour: string }[] }[];
}

/** A cluster as charts label it: by its short name (ISEK, LitCare) where it has one. */
export interface NamedCluster {
  name: string;
  shortName: string | null;
}

/**
 * «Abbreviations: ISEK = Istanbul Health Industry Cluster; …» for the clusters a
 * chart labels by a short name, sorted; no line when there are none.
 */
export function abbreviationKey(clusters: readonly NamedCluster[]): string[] {
  const pairs = [...new Map(clusters.filter((c) => c.shortName && c.shortName !== c.name).map((c) => [c.shortName as string, c.name])).entries()].sort(
    ([a], [b]) => a.localeCompare(b, 'en'),
  );
  return pairs.length > 0 ? [`Abbreviations: ${pairs.map(([short, name]) => `${short} = ${name}`).join('; ')}.`] : [];
}

const INSTRUMENT_UNIT_TITLES: Record<string, string> = {
  EUR: 'Support instruments in the MIX report: the most each can pay, in EUR',
  'EUR per year': 'Support instruments in the MIX report: amounts a year, in EUR',
  'EUR per year and person': 'Support instruments in the MIX report: amounts a year per person, in EUR',
};

export const MAP_STATE_KEYS = ['group', 'model', 'country', 'factor', 'layer', 'cluster'] as const;
export const EXPLORER_STATE_KEYS = ['order', 'group', 'factor', 'cluster'] as const;

const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

/** The stable slug of a fact chart on its cluster's page: topic, unit and period. */
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
 * `sources`: the source documents with their dates: the source line says how
 * old the values are («As of 2019 (HSE 2019).») unless their own period, in
 * the title, dates them. `fullName`: the cluster's full name when
 * `clusterName` is its short name, spelled out in the exported image's key.
 */
export function factChartEntry(clusterId: string, clusterName: string, spec: FactChartSpec, sources: readonly SourceDate[], fullName?: string): ChartEntry {
  const slug = factChartSlug(spec);
  const cited = [...new Set(spec.facts.map((f) => citationText(f.source, f.locator)))];
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const ages = [...new Set(spec.facts.map((f) => asOf(f, sourceById.get(f.source)).words).filter(Boolean))];
  const agesLine = ages.length > 0 ? ` ${sentence(ages.join('; ').replace(/^./, (c) => c.toUpperCase()))}` : '';
  return {
    id: `clusters/${clusterId}/${slug}`,
    title: `${TOPIC_LABELS[spec.topic]} of ${clusterName}, in ${spec.unit}${spec.period ? `, ${spec.period}` : ''}`,
    source: `${sentence(cited.join('; '))}${agesLine}`,
    fullPath: `/clusters/${clusterId}/`,
    fullHash: `#chart-${slug}`,
    stateSpec: null,
    stateKeys: [],
    legend: [],
    key: fullName ? abbreviationKey([{ name: fullName, shortName: clusterName }]) : [],
    height: 200 + spec.facts.length * 52,
  };
}

export function chartRegistry(input: RegistryInput): ChartEntry[] {
  const groupItems = (shape: LegendShape): LegendItem[] =>
    input.groups.map((g) => ({ label: `Group ${g.number}: ${g.name}`, colour: groupColour(g.number), shape }));
  return [
    {
      id: 'map',
      title: 'World map of biomedical clusters',
      source:
        'HSE 2019, fig. 2.1 and figs 2.3–2.5 (the sample and its groups); bioXclusters, MIX 2016, AMI-4EUROPE D2.2, CEBR 2020 and HSE 2019 (clusters outside the sample). Locations are the atlas’s own: the seat of the cluster organisation, or only its region or country where that is all we know. Country shapes: Natural Earth.',
      fullPath: '/map/',
      fullHash: '',
      stateSpec: 'map',
      stateKeys: MAP_STATE_KEYS,
      legend: [
        ...groupItems('disc'),
        { label: 'Outside the HSE sample', colour: '#ffffff', shape: 'diamond' },
        { label: 'Ring: one cluster spanning two countries', colour: '#6b7580', shape: 'ring' },
      ],
      key: [],
      height: 760,
    },
    {
      id: 'factor-matrix',
      title: 'Which clusters’ case studies evidence which success factor',
      source: 'HSE 2019, ch. 3 (case studies) and figs 2.1–2.5 (groups).',
      fullPath: '/success-factors/',
      fullHash: '#matrix',
      stateSpec: 'explorer',
      stateKeys: EXPLORER_STATE_KEYS,
      legend: groupItems('square'),
      key: [
        ...(input.factors && input.factors.length > 0
          ? [`Columns, the success factors: ${[...input.factors].sort((a, b) => a.number - b.number).map((f) => `${f.number} ${f.name}`).join('; ')}.`]
          : []),
        ...abbreviationKey(input.matrixClusters ?? []),
      ],
      height: 420 + input.matrixRows * 34,
    },
    {
      id: 'factor-support',
      title: 'How many case studies and clusters back each factor',
      source: 'HSE 2019, ch. 3.',
      fullPath: '/success-factors/',
      fullHash: '#support',
      stateSpec: 'explorer',
      stateKeys: ['factor'],
      legend: [
        { label: 'Case studies', colour: input.supportColours.cases, shape: 'square' },
        { label: 'Clusters', colour: input.supportColours.clusters, shape: 'square' },
      ],
      key: [],
      height: 300 + input.factorCount * 62,
    },
    ...input.valueChains.map(
      (c): ChartEntry => ({
        id: `value-chains/${c.id}`,
        title: c.title,
        source: sentence(c.sourceLine.join('; ')),
        fullPath: `/value-chains/${c.id}/`,
        fullHash: '',
        stateSpec: 'value-chain',
        stateKeys: ['stage'],
        legend: [],
        key: abbreviationKey(c.clusters ?? []),
        height: c.height,
      }),
    ),
    ...input.factCharts.map((f) => factChartEntry(f.clusterId, f.clusterName, f.spec, input.sources, f.fullName)),
    ...input.instrumentCharts.map(
      (c): ChartEntry => ({
        id: c.slug ? `guide-instruments/${c.slug}` : 'guide-instruments',
        title: INSTRUMENT_UNIT_TITLES[c.unit] ?? `Support instruments in the MIX report, in ${c.unit}`,
        source: 'MIX 2016, ch. II.D (Flanders, Auvergne-Rhône-Alpes, Saxony). Amounts as stated, not converted; only stated ceilings and fixed sums are drawn.',
        fullPath: '/guide/instruments/',
        fullHash: `#chart-${c.slug || 'eur'}`,
        stateSpec: null,
        stateKeys: [],
        legend: c.regions.map((r) => ({ label: r.label, colour: r.colour, shape: 'disc' })),
        key: [],
        height: 260 + c.count * 34,
      }),
    ),
  ];
}

export function findChart(registry: readonly ChartEntry[], id: string): ChartEntry {
  const entry = registry.find((c) => c.id === id);
  if (!entry) throw new Error(`no embeddable chart "${id}" in the registry`);
  return entry;
}

/** Site path of a chart's embed page. */
export const embedPath = (entry: Pick<ChartEntry, 'id'>) => `/embed/${entry.id}/`;
