/** Everything a cluster's profile page shows, assembled from the tables (pure). */
import { shortSource } from './citation.ts';
import { countryInSentence } from './country-names.ts';
import { FACT_TOPICS } from './schema/facts.ts';
import { notesAbout } from './source-notes.ts';
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
  ValueChainActor,
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
  valueChainActors: readonly ValueChainActor[];
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
  const cites = (rows: readonly { cluster_id: string | null; source: string }[]) => rows.filter((r) => r.cluster_id === id).map((r) => r.source);
  // The documents that name the cluster: the one it is listed from first, then any other a row about it cites.
  const namedIn = [
    ...new Set([
      cluster.source,
      ...cites(t.facts),
      ...cites(t.caseStudies),
      ...cites(t.quotes),
      ...cites(t.partnershipMembers),
      ...cites(t.positiveEffectExamples),
      ...cites(t.clusterTargetModels),
      ...cites(t.valueChainActors),
    ]),
  ];
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
    namedIn,
    // Notes naming the cluster or one of its own rows; never a note that only names a table or another id.
    notes: notesAbout(t.methodologyNotes, [
      id,
      ...[...t.facts, ...t.quotes, ...t.caseStudies].filter((r) => r.cluster_id === id).map((r) => r.id),
    ]),
    previous: ordered[(at - 1 + ordered.length) % ordered.length] ?? cluster,
    next: ordered[(at + 1) % ordered.length] ?? cluster,
  };
}

export type ClusterProfile = ReturnType<typeof clusterProfile>;

/** One claim a profile sentence makes, and the column of the cluster's row it comes from. */
export interface LedeClaim {
  field: 'described_as' | 'countries' | 'city' | 'in_sample' | 'source';
  /** The value as the sentence prints it. */
  text: string;
}

export interface LedeSentence {
  text: string;
  claims: LedeClaim[];
}

/** «a», «a and b», «a, b and c». */
export function listInSentence(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

const article = (phrase: string) => (/^[aeiou]/i.test(phrase) ? 'An' : 'A');

/**
 * The opening sentences of a cluster's profile, each with the claims it makes.
 * Every claim comes from a column of the cluster's row, which names its source
 * and locator: what the source calls it (`described_as`), its countries, its
 * city only where a source gives it (`location_basis` = source; a point the
 * atlas chose is described beside the map instead), and whether it is in the
 * HSE sample. `namedIn` lists the source ids of every row about the cluster,
 * its own source first (see clusterProfile).
 */
export function profileLede(c: Cluster, namedIn: readonly string[]): LedeSentence[] {
  const countries = listInSentence(c.countries.map(countryInSentence));
  const basedIn = c.location_basis === 'source' && c.city !== null ? c.city : null;
  const first: LedeSentence = {
    text: `${article(c.described_as)} ${c.described_as} in ${countries}${basedIn ? `, based in ${basedIn}` : ''}.`,
    claims: [
      { field: 'described_as', text: c.described_as },
      { field: 'countries', text: countries },
      ...(basedIn ? [{ field: 'city' as const, text: basedIn }] : []),
    ],
  };
  const list = listInSentence((namedIn.length > 0 ? namedIn : [c.source]).map(shortSource));
  const second: LedeSentence = c.in_sample
    ? { text: 'One of the 40 clusters of the HSE sample.', claims: [{ field: 'in_sample', text: 'One of the 40 clusters of the HSE sample' }] }
    : {
        text: `Not one of the 40 clusters of the HSE sample; named in ${list}.`,
        claims: [
          { field: 'in_sample', text: 'Not one of the 40 clusters of the HSE sample' },
          { field: 'source', text: shortSource(c.source) },
        ],
      };
  return [first, second];
}
