/** Everything a success factor's page shows (pure). */
import { countOf, countOfCapitalised } from './count-words.ts';
import type { Atlas } from './table-access.ts';

/**
 * A success factor's page: its row; its case studies in the order of
 * case-studies.csv, each with its cluster, quotes and figures (the cluster's
 * facts and any partnership's, labelled with the partnership's name); the
 * clusters of those cases by name; the positive effects ch. 1 cites the same
 * clusters for; each case's practice; and the factors before and after it by
 * number. Throws, naming the id, when no factor has it.
 */
export function factorPage(a: Atlas, id: string) {
  const factor = a.successFactors.get(id);
  const ordered = [...a.successFactors.rows].sort((x, y) => x.number - y.number);
  const cases = a.caseStudies.where('factor_id', id).map((study) => ({
    study,
    cluster: a.clusters.get(study.cluster_id),
    quotes: a.quotes.where('case_study_id', study.id),
    facts: [
      ...a.facts.where('case_study_id', study.id),
      // A case also reports figures of a partnership (ReproUnion in Medicon Valley's case): named as the partnership's.
      ...a.partnershipFacts
        .where('case_study_id', study.id)
        .map((f) => ({ ...f, label: `${a.partnerships.get(f.partnership_id).name}: ${f.label}` })),
    ],
  }));
  const clusterIds = new Set(cases.map((c) => c.study.cluster_id));
  // The report does not tie factors to effects; we show the effects ch. 1 cites the same clusters for, and say so.
  const effects = a.positiveEffects.rows
    .map((effect) => ({
      effect,
      clusters: a.positiveEffectExamples
        .where('effect_id', effect.id)
        .filter((e) => clusterIds.has(e.cluster_id))
        .map((e) => a.clusters.get(e.cluster_id)),
    }))
    .filter((e) => e.clusters.length > 0);
  // «Practices to copy»: each case's practice (practices.csv), in the order of the cases.
  const practices = cases.flatMap(({ study, cluster }) => a.practices.where('case_study_id', study.id).map((practice) => ({ practice, study, cluster })));
  const at = ordered.indexOf(factor);
  return {
    factor,
    cases,
    clusters: [...clusterIds].map((c) => a.clusters.get(c)).sort((x, y) => x.name.localeCompare(y.name, 'en')),
    effects,
    practices,
    previous: ordered[at - 1] ?? null,
    next: ordered[at + 1] ?? null,
  };
}

/** A success factor's page description for search engines and link previews: «NAME: what it means and the 6 case studies behind it.» */
export function factorPageDescription(name: string, cases: number): string {
  return `${name}: what it means and the ${countOf(cases, 'case study', 'case studies')} behind it.`;
}

/**
 * The count at the head of a factor's cases: `cases` («6 case studies»,
 * «One case study») and `clusters` («from 4 clusters:», «from one cluster:»);
 * `clusters` is empty when there are no cases.
 */
export function factorCasesCount(cases: number, clusters: number): { cases: string; clusters: string } {
  return {
    cases: countOfCapitalised(cases, 'case study', 'case studies'),
    clusters: cases === 0 ? '' : `from ${countOf(clusters, 'cluster', 'clusters')}:`,
  };
}

/** The summary of the facts a case study reports: «Facts this case reports (3)». */
export function caseFactsSummary(facts: number): string {
  return `Facts this case reports (${facts})`;
}
