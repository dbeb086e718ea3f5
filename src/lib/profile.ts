/** Everything a cluster's profile page shows, assembled from the tables (pure). */
import { FACT_TOPICS } from './schema/facts.ts';
import type {
  CaseStudy,
  Cluster,
  ClusterTargetModel,
  Fact,
  Group,
  GroupCharacteristic,
  MethodologyNote,
  Partnership,
  PartnershipMember,
  PositiveEffect,
  PositiveEffectExample,
  Quote,
  SuccessFactor,
  TargetModel,
} from './schema/tables.ts';

export interface AtlasTables {
  clusters: readonly Cluster[];
  groups: readonly Group[];
  groupCharacteristics: readonly GroupCharacteristic[];
  targetModels: readonly TargetModel[];
  clusterTargetModels: readonly ClusterTargetModel[];
  successFactors: readonly SuccessFactor[];
  caseStudies: readonly CaseStudy[];
  quotes: readonly Quote[];
  facts: readonly Fact[];
  partnerships: readonly Partnership[];
  partnershipMembers: readonly PartnershipMember[];
  positiveEffects: readonly PositiveEffect[];
  positiveEffectExamples: readonly PositiveEffectExample[];
  methodologyNotes: readonly MethodologyNote[];
}

/** Topics every profile answers, with "not reported" where the sources are silent. */
export const KEY_TOPICS = [
  { topic: 'members', label: 'Members' },
  { topic: 'founding', label: 'Founded' },
  { topic: 'management', label: 'Management organisation' },
  { topic: 'legal-form', label: 'Legal form' },
  { topic: 'budget', label: 'Budget' },
] as const satisfies readonly { topic: (typeof FACT_TOPICS)[number]; label: string }[];

/** How many facts of a key topic the glance shows; the full list follows under «Facts and figures». */
const KEY_FACTS_SHOWN = 2;

export const TOPIC_LABELS: Record<(typeof FACT_TOPICS)[number], string> = {
  members: 'Members',
  founding: 'Founding',
  management: 'Management',
  'legal-form': 'Legal form',
  staff: 'Staff',
  budget: 'Budget',
  funding: 'Funding',
  fees: 'Fees',
  projects: 'Projects',
  infrastructure: 'Infrastructure',
  networks: 'Networks',
  programmes: 'Programmes',
  events: 'Events',
  goals: 'Goals',
  specialisation: 'Specialisation',
  outcomes: 'Outcomes',
  market: 'Market',
  international: 'International activity',
};

export interface PartnershipView {
  partnership: Partnership;
  role: string | null;
  partners: { cluster: Cluster; role: string | null }[];
}

export function clusterProfile(t: AtlasTables, id: string) {
  const cluster = t.clusters.find((c) => c.id === id);
  if (!cluster) throw new Error(`no cluster ${id}`);
  const ordered = [...t.clusters].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const at = ordered.indexOf(cluster);
  const group = t.groups.find((g) => g.id === cluster.group) ?? null;
  const facts = t.facts.filter((f) => f.cluster_id === id);
  const caseStudies = t.caseStudies
    .filter((s) => s.cluster_id === id)
    .map((s) => ({ study: s, factor: t.successFactors.find((f) => f.id === s.factor_id) ?? null }))
    .sort((a, b) => (a.factor?.number ?? 0) - (b.factor?.number ?? 0));
  const factorIds = new Set(caseStudies.map((c) => c.study.factor_id));
  const memberships = t.partnershipMembers.filter((m) => m.cluster_id === id);
  const partnerships: PartnershipView[] = memberships.flatMap((m) => {
    const partnership = t.partnerships.find((p) => p.id === m.partnership_id);
    if (!partnership) return [];
    const partners = t.partnershipMembers
      .filter((o) => o.partnership_id === partnership.id && o.cluster_id !== id)
      .flatMap((o) => {
        const c = t.clusters.find((x) => x.id === o.cluster_id);
        return c ? [{ cluster: c, role: o.role }] : [];
      });
    return [{ partnership, role: m.role, partners }];
  });
  const names = [cluster.id, cluster.name, ...(cluster.short_name ? [cluster.short_name] : [])];
  return {
    cluster,
    group,
    groupTraits: t.groupCharacteristics.filter((c) => c.group_id === cluster.group),
    models: t.clusterTargetModels
      .filter((l) => l.cluster_id === id)
      .map((l) => ({ link: l, model: t.targetModels.find((m) => m.id === l.target_model_id) }))
      .filter((x): x is { link: ClusterTargetModel; model: TargetModel } => x.model !== undefined)
      .sort((a, b) => a.model.number - b.model.number),
    factors: t.successFactors.filter((f) => factorIds.has(f.id)).sort((a, b) => a.number - b.number),
    caseStudies,
    quotes: t.quotes.filter((q) => q.cluster_id === id),
    keyFacts: KEY_TOPICS.map(({ topic, label }) => {
      const all = facts.filter((f) => f.topic === topic);
      return { topic, label, facts: all.slice(0, KEY_FACTS_SHOWN), more: Math.max(all.length - KEY_FACTS_SHOWN, 0) };
    }),
    factsByTopic: FACT_TOPICS.map((topic) => ({ topic, label: TOPIC_LABELS[topic], facts: facts.filter((f) => f.topic === topic) })).filter(
      (g) => g.facts.length > 0,
    ),
    facts,
    effects: t.positiveEffectExamples
      .filter((e) => e.cluster_id === id)
      .map((e) => ({ example: e, effect: t.positiveEffects.find((x) => x.id === e.effect_id) ?? null })),
    partnerships,
    notes: t.methodologyNotes.filter((n) => n.affects.some((a) => names.some((x) => a === x || a.endsWith(`:${x}`) || a.includes(x)))),
    previous: ordered[(at - 1 + ordered.length) % ordered.length] ?? cluster,
    next: ordered[(at + 1) % ordered.length] ?? cluster,
  };
}

export type ClusterProfile = ReturnType<typeof clusterProfile>;
