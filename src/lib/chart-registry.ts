/**
 * What every chart of the atlas that can be embedded, downloaded and linked
 * carries: its stable id (the path under /embed/), title, source line, full
 * view, the URL-state facets it honours and the legend drawn into its
 * exported image. Each chart kind builds its entries (src/lib/chart-kinds/);
 * src/lib/atlas-charts.ts holds the atlas's.
 *
 * Embed URLs, stable once published:
 *   /embed/map/                              the world map (map URL state)
 *   /embed/factor-matrix/                    clusters × success factors (explorer URL state)
 *   /embed/factor-support/                   case studies and clusters per factor (?factor=)
 *   /embed/value-chains/<chain id>/          a value chain (?stage=)
 *   /embed/clusters/<cluster id>/<chart>/    a chart of a cluster's facts; <chart> is topic-unit[-period]
 *   /embed/guide-instruments/[<unit>/]      amounts of the support instruments, one chart per unit
 *                                            (EUR; per-year; per-year-and-person)
 *   /embed/groups/<group id>/                the figures of a group's clusters, a table (?sort=)
 */

export type LegendShape = 'disc' | 'square' | 'diamond' | 'ring';

export interface LegendItem {
  label: string;
  colour: string;
  shape: LegendShape;
}

export interface ChartEntry {
  /** Path under /embed/, e.g. `map` or `value-chains/mix-innovation-chain`. */
  id: string;
  title: string;
  /** Source line, without the «Source:» label. */
  source: string;
  /** Site path of the full view, and the fragment of the chart on it. */
  fullPath: string;
  fullHash: string;
  /** Query parameters of its full view's state the chart honours; others are dropped from its links. */
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

/** Site path of a chart's embed page. */
export const embedPath = (entry: Pick<ChartEntry, 'id'>) => `/embed/${entry.id}/`;
