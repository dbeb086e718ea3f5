/** The success-factor explorer (/success-factors/): its lede, controls and the MIMC comparison (pure). */
import { countOf } from './count-words.ts';
import type { Atlas } from './table-access.ts';

/**
 * The explorer page's model: the factors by number; how many case studies
 * case-studies.csv holds; the clusters they come from (each once, by name),
 * for the lede's count and the «highlight a cluster» choice; and the rows of
 * mimc-comparison.csv in file order, each with the factor it is compared with
 * (null where it names none).
 */
export function successFactorsPage(a: Atlas) {
  const clusterIds = new Set(a.caseStudies.rows.map((s) => s.cluster_id));
  return {
    factors: [...a.successFactors.rows].sort((x, y) => x.number - y.number),
    caseStudies: a.caseStudies.rows.length,
    clusters: [...clusterIds].map((id) => a.clusters.get(id)).sort((x, y) => x.name.localeCompare(y.name, 'en')),
    mimc: a.mimcComparison.rows.map((row) => ({ row, factor: row.factor_id === null ? null : a.successFactors.get(row.factor_id) })),
  };
}

/**
 * The explorer's lede: how many clusters' managers the study interviewed, how
 * many factors it drew, from how many case studies; the foreword's 30 is the
 * report's own other count, which the lede states beside the chapter's.
 */
export function successFactorsLede(clusters: number, factors: number, caseStudies: number): string {
  return `The HSE study interviewed the managers of ${countOf(clusters, 'cluster', 'clusters')} and drew ${countOf(factors, 'success factor', 'success factors')} from ${countOf(caseStudies, 'case study', 'case studies')} (chapter 3 has ${caseStudies}; the report’s foreword speaks of 30). See which cluster’s cases back which factor, and read each case.`;
}
