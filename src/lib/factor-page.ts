/** Everything a success factor's page shows (pure). */
import type { CaseStudy, Cluster, Fact, Partnership, PartnershipFact, PositiveEffect, PositiveEffectExample, Practice, Quote, SuccessFactor } from './schema/tables.ts';

export interface FactorTables {
  successFactors: readonly SuccessFactor[];
  caseStudies: readonly CaseStudy[];
  quotes: readonly Quote[];
  facts: readonly Fact[];
  partnershipFacts: readonly PartnershipFact[];
  partnerships: readonly Partnership[];
  clusters: readonly Cluster[];
  positiveEffects: readonly PositiveEffect[];
  positiveEffectExamples: readonly PositiveEffectExample[];
  practices: readonly Practice[];
}

export function factorPage(t: FactorTables, id: string) {
  const factor = t.successFactors.find((f) => f.id === id);
  if (!factor) throw new Error(`no success factor ${id}`);
  const ordered = [...t.successFactors].sort((a, b) => a.number - b.number);
  const cases = t.caseStudies
    .filter((s) => s.factor_id === id)
    .map((study) => ({
      study,
      cluster: t.clusters.find((c) => c.id === study.cluster_id) ?? null,
      quotes: t.quotes.filter((q) => q.case_study_id === study.id),
      facts: [
        ...t.facts.filter((f) => f.case_study_id === study.id),
        // A case also reports figures of a partnership (ReproUnion in Medicon Valley's case): named as the partnership's.
        ...t.partnershipFacts
          .filter((f) => f.case_study_id === study.id)
          .map((f) => ({ ...f, label: `${t.partnerships.find((p) => p.id === f.partnership_id)?.name ?? f.partnership_id}: ${f.label}` })),
      ],
    }));
  const clusterIds = new Set(cases.map((c) => c.study.cluster_id));
  // The report does not tie factors to effects; we show the effects ch. 1 cites the same clusters for, and say so.
  const effects = t.positiveEffects
    .map((effect) => ({
      effect,
      clusters: t.positiveEffectExamples
        .filter((e) => e.effect_id === effect.id && clusterIds.has(e.cluster_id))
        .map((e) => t.clusters.find((c) => c.id === e.cluster_id))
        .filter((c): c is Cluster => c !== undefined),
    }))
    .filter((e) => e.clusters.length > 0);
  // «Practices to copy»: each case's practice (practices.csv), in the order of the cases.
  const practices = cases.flatMap(({ study, cluster }) =>
    t.practices.filter((p) => p.case_study_id === study.id).map((practice) => ({ practice, study, cluster })),
  );
  const at = ordered.indexOf(factor);
  return {
    factor,
    cases,
    clusters: t.clusters.filter((c) => clusterIds.has(c.id)).sort((a, b) => a.name.localeCompare(b.name, 'en')),
    effects,
    practices,
    previous: ordered[at - 1] ?? null,
    next: ordered[at + 1] ?? null,
  };
}
