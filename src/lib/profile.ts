/** Everything a cluster's profile page shows, assembled from the tables (pure). */
import { shortSource } from './citation.ts';
import { countryInSentence } from './country-names.ts';
import { groupTraits } from './group-characteristics.ts';
import { FACT_TOPICS } from './schema/facts.ts';
import { notesAbout } from './source-notes.ts';
import type { Cluster, ClusterReference, Fact, GroupCharacteristic, Partnership } from './schema/tables.ts';
import type { Atlas } from './table-access.ts';


/** Topics every profile answers, with "not reported" where the sources are silent. */
export const KEY_TOPICS = [
  { topic: 'members', label: 'Members' },
  { topic: 'founding', label: 'Founded' },
  { topic: 'staff', label: 'Staff' },
  { topic: 'management', label: 'Management organisation' },
  { topic: 'legal-form', label: 'Legal form' },
  { topic: 'budget', label: 'Budget' },
] as const satisfies readonly { topic: (typeof FACT_TOPICS)[number]; label: string }[];

/** How many facts of a key topic the glance shows at least, when it has them; the full list follows under «Facts and figures». */
const KEY_FACTS_SHOWN = 2;
/** How many headline figures of a key topic the glance shows at most. */
const KEY_FIGURES_SHOWN = 6;

/**
 * A headline figure: a fact that gives a count, an amount or a date (a plain
 * number, digits in its value, or a period), as against a list of names.
 */
export function isHeadlineFigure(f: Pick<Fact, 'number' | 'value' | 'period'>): boolean {
  return f.number !== null || f.period !== null || /\d/.test(f.value);
}

/**
 * The facts of one key topic that «At a glance» shows, counts first: every
 * headline figure (up to KEY_FIGURES_SHOWN, in the order of facts.csv), then
 * names only to make up KEY_FACTS_SHOWN; `more` counts the rest, which
 * «Facts and figures» lists in full.
 */
export function glanceFacts<F extends Pick<Fact, 'number' | 'value' | 'period'>>(all: readonly F[]): { facts: F[]; more: number } {
  const figures = all.filter(isHeadlineFigure).slice(0, KEY_FIGURES_SHOWN);
  const names = all.filter((f) => !isHeadlineFigure(f)).slice(0, Math.max(KEY_FACTS_SHOWN - figures.length, 0));
  const facts = [...figures, ...names];
  return { facts, more: all.length - facts.length };
}

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
  /** How many figures the sources give the partnership as a whole; they are shown on its page, not as this cluster's. */
  figures: number;
}

/**
 * A cluster's profile page model: its row, group, target models, case studies,
 * facts by topic, partnerships, notes and neighbours in name order. Throws
 * when `id` is not a cluster's id.
 */
export function clusterProfile(a: Atlas, id: string) {
  const cluster = a.clusters.get(id);
  const ordered = [...a.clusters.rows].sort((x, y) => x.name.localeCompare(y.name, 'en'));
  const at = ordered.indexOf(cluster);
  const group = a.groups.find(cluster.group) ?? null;
  const facts = a.facts.where('cluster_id', id);
  const quotes = a.quotes.where('cluster_id', id);
  const quotesByCase = Map.groupBy(quotes, (q) => q.case_study_id);
  const caseStudies = a.caseStudies
    .where('cluster_id', id)
    .map((s) => ({ study: s, factor: a.successFactors.get(s.factor_id), quotes: quotesByCase.get(s.id) ?? [] }))
    .sort((x, y) => x.factor.number - y.factor.number);
  const factorIds = new Set(caseStudies.map((c) => c.study.factor_id));
  const partnershipsOf = (partnershipId: string) => a.partnershipMembers.where('partnership_id', partnershipId);
  const partnerships: PartnershipView[] = a.partnershipMembers.where('cluster_id', id).map((m) => {
    const partnership = a.partnerships.get(m.partnership_id);
    const partners = partnershipsOf(partnership.id)
      .filter((o) => o.cluster_id !== id)
      .map((o) => ({ cluster: a.clusters.get(o.cluster_id), role: o.role }));
    return { partnership, role: m.role, partners, figures: a.partnershipFacts.where('partnership_id', partnership.id).length };
  });
  // A meta-cluster listed both as a cluster and as a partnership (bioXclusters): its members are the partnership's.
  const asPartnership = a.partnerships.where('listed_as', id).map((partnership) => ({
    partnership,
    members: partnershipsOf(partnership.id).map((m) => ({ cluster: a.clusters.get(m.cluster_id), role: m.role })),
  }));
  const cites = (rows: readonly { source: string }[]) => rows.map((r) => r.source);
  // The documents that name the cluster: the one it is listed from first, then any other a row about it cites.
  const namedIn = [
    ...new Set([
      cluster.source,
      ...cites(facts),
      ...cites(a.caseStudies.where('cluster_id', id)),
      ...cites(quotes),
      ...cites(a.partnershipMembers.where('cluster_id', id)),
      ...cites(a.positiveEffectExamples.where('cluster_id', id)),
      ...cites(a.clusterTargetModels.where('cluster_id', id)),
      ...cites(a.valueChainActors.where('cluster_id', id)),
    ]),
  ];
  const byNumber = <R extends { number: number }>(x: R, y: R) => x.number - y.number;
  const recommendations = a.recommendations.where('cluster_id', id);
  return {
    cluster,
    group,
    /** The group's cells of table 2.1 by characteristic; empty outside the sample. */
    groupTraits: cluster.group === null ? new Map<GroupCharacteristic['characteristic'], GroupCharacteristic>() : groupTraits(a, cluster.group),
    models: a.clusterTargetModels
      .where('cluster_id', id)
      .map((l) => ({ link: l, model: a.targetModels.get(l.target_model_id) }))
      .sort((x, y) => byNumber(x.model, y.model)),
    factors: a.successFactors.rows.filter((f) => factorIds.has(f.id)).sort(byNumber),
    caseStudies,
    quotes,
    /** The cluster's quotations that belong to none of its case studies. */
    otherQuotes: quotesByCase.get(null) ?? [],
    keyFacts: KEY_TOPICS.map(({ topic, label }) => {
      return { topic, label, ...glanceFacts(facts.filter((f) => f.topic === topic)) };
    }),
    factsByTopic: FACT_TOPICS.map((topic) => ({ topic, label: TOPIC_LABELS[topic], facts: facts.filter((f) => f.topic === topic) })).filter(
      (g) => g.facts.length > 0,
    ),
    facts,
    /** The cluster's own web pages that the sources cite (HSE 2019's footnotes), in file order. */
    references: a.clusterReferences.where('cluster_id', id),
    effects: a.positiveEffectExamples.where('cluster_id', id).map((e) => ({ example: e, effect: a.positiveEffects.get(e.effect_id) })),
    partnerships,
    asPartnership,
    /** Partnerships the cluster's own document cites as examples, without saying it takes part. */
    cited: a.partnerships.where('cited_by', id),
    recommendations: recommendations.filter((r) => r.kind === 'recommendation').sort(byNumber),
    /** The atlas's own lessons drawn from the document of this cluster (not the document's words). */
    lessons: recommendations.filter((r) => r.kind === 'lesson').sort(byNumber),
    namedIn,
    // Notes naming the cluster or one of its own rows; never a note that only names a table or another id.
    notes: notesAbout(a.methodologyNotes.rows, [id, ...[...facts, ...quotes, ...a.caseStudies.where('cluster_id', id)].map((r) => r.id)]),
    previous: ordered[(at - 1 + ordered.length) % ordered.length] ?? cluster,
    next: ordered[(at + 1) % ordered.length] ?? cluster,
  };
}

export type ClusterProfile = ReturnType<typeof clusterProfile>;

/** One claim a profile sentence makes, and the column of the cluster's row (or the fact) it comes from. */
export interface LedeClaim {
  field: 'described_as' | 'countries' | 'city' | 'in_sample' | 'source' | 'fact';
  /** The value as the sentence prints it. */
  text: string;
  /** The fact a `fact` claim quotes. */
  factId?: string;
}

export interface LedeSentence {
  text: string;
  claims: LedeClaim[];
}

/** «a», «a and b», «a, b and c». */
export function listInSentence(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

/** «Members» → «members» inside a sentence; an initialism stays as it is («EU countries»). */
const lowerFirst = (label: string) => (/^\p{Lu}\p{Ll}/u.test(label) ? label[0]?.toLowerCase() + label.slice(1) : label);

const article = (phrase: string) => (/^[aeiou]/i.test(phrase) ? 'An' : 'A');

/**
 * The facts a network's or meta-cluster's lede quotes for its size: its members and the
 * countries it covers (a fact counted in countries), in file order. A cluster's size stays in
 * «At a glance»: its lede says where it is, while a network's countries column is only its seat.
 */
export function reachFacts(c: Pick<Cluster, 'id' | 'kind'>, facts: readonly Fact[]): Fact[] {
  if (c.kind !== 'network' && c.kind !== 'meta-cluster') return [];
  return facts.filter((f) => f.cluster_id === c.id && (f.topic === 'members' || f.unit === 'countries'));
}

/**
 * The opening sentences of a cluster's profile, each with the claims it makes.
 * Every claim comes from a column of the cluster's row, which names its source
 * and locator, or from a fact row: what the source calls it (`described_as`),
 * its countries, its city only where a source gives it (`location_basis` =
 * source; a point the atlas chose is described beside the map instead), and
 * whether it is in the HSE sample. `namedIn` lists the source ids of every row
 * about the cluster, its own source first (see clusterProfile).
 *
 * A network's countries are where its source places it, not what it covers
 * (CEBR: «Council of European BioRegions (CEBR) – Belgium», connecting ecosystems
 * «in Europe and beyond»), so its first sentence names them as such; a network or
 * meta-cluster then gets a sentence with its `reach` (see reachFacts).
 */
export function profileLede(c: Cluster, namedIn: readonly string[], reach: readonly Fact[] = []): LedeSentence[] {
  const countries = listInSentence(c.countries.map(countryInSentence));
  const basedIn = c.location_basis === 'source' && c.city !== null ? c.city : null;
  const where =
    c.kind === 'network'
      ? `; ${shortSource(c.source)} gives ${countries} as its country${basedIn ? ` and ${basedIn} as its city` : ''}`
      : ` in ${countries}${basedIn ? `, based in ${basedIn}` : ''}`;
  const first: LedeSentence = {
    text: `${article(c.described_as)} ${c.described_as}${where}.`,
    claims: [
      { field: 'described_as', text: c.described_as },
      { field: 'countries', text: countries },
      ...(basedIn ? [{ field: 'city' as const, text: basedIn }] : []),
    ],
  };
  const sentences = [first];
  if (reach.length > 0) {
    const periods = [...new Set(reach.map((f) => f.period))];
    const shared = periods.length === 1 ? (periods[0] ?? null) : null;
    const items = reach.map((f) => `${lowerFirst(f.label)}: ${f.value}${shared === null && f.period !== null ? ` (${f.period})` : ''}`);
    const sources = listInSentence([...new Set(reach.map((f) => shortSource(f.source)))]);
    sentences.push({
      text: `${shared ? `As of ${shared}, ` : ''}${sources} gives ${items.join('; ')}.`,
      claims: reach.map((f) => ({ field: 'fact' as const, text: f.value, factId: f.id })),
    });
  }
  const list = listInSentence((namedIn.length > 0 ? namedIn : [c.source]).map(shortSource));
  sentences.push(
    c.in_sample
      ? { text: 'One of the 40 clusters of the HSE sample.', claims: [{ field: 'in_sample', text: 'One of the 40 clusters of the HSE sample' }] }
      : {
          text: `Not one of the 40 clusters of the HSE sample; named in ${list}.`,
          claims: [
            { field: 'in_sample', text: 'Not one of the 40 clusters of the HSE sample' },
            { field: 'source', text: shortSource(c.source) },
          ],
        },
  );
  return sentences;
}

/**
 * The words beside a partnership on a member's profile when the sources give the
 * partnership figures of its own: the link text, and what the figures are not.
 * Null when there are none.
 */
export function partnershipFiguresNote(figures: number, partnership: string, member: string): { link: string; rest: string } | null {
  if (figures <= 0) return null;
  return {
    link: figures === 1 ? `The figure the sources give ${partnership}` : `The ${figures} figures the sources give ${partnership}`,
    rest: figures === 1 ? `is the partnership’s as a whole, not ${member}’s own.` : `are the partnership’s as a whole, not ${member}’s own.`,
  };
}

/** The sentence before the initiatives a cluster's own document cites without saying it takes part. */
export function citedInitiativesSentence(source: string, member: string, count: number): string {
  return `${shortSource(source)} cites ${count === 1 ? 'this initiative as an example' : `these ${count} initiatives as examples`}; it does not say whether ${member} takes part in ${count === 1 ? 'it' : 'them'}.`;
}

/** The sentence before a cluster's recommendations: how many, and whose words they are. */
export function recommendationsSentence(source: string, count: number): string {
  return `${count === 1 ? 'The recommendation' : `The ${count} recommendations`} of ${shortSource(source)}, in the atlas’s words.`;
}

/** The sentence before the lessons the atlas draws from a cluster's document: they are the atlas's reading, not the document's list. */
export function lessonsSentence(source: string, count: number): string {
  return `${shortSource(source)} lists no lessons; ${count === 1 ? 'this one is' : `these ${count} are`} the atlas’s distillation of what it reports, each citing the passage it rests on.`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** «9 September 2018», «September 2018» or «2018» for a date written YYYY-MM-DD, YYYY-MM or YYYY. */
export function dateInWords(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  return [day ? String(Number(day)) : '', monthName ?? '', year].filter(Boolean).join(' ');
}

/**
 * What a reference to a cluster's web page is, after its name and before its
 * citation: «external site, last accessed 9 September 2018». The date is the
 * source's authors' visit, not the atlas's: the atlas has not opened the page.
 */
export function referenceWords(r: Pick<ClusterReference, 'accessed'>): string {
  return r.accessed ? `external site, last accessed ${dateInWords(r.accessed)}` : 'external site, no date of access given';
}

/**
 * The sentence before a profile's references: which documents point to
 * these pages, and that their date is the authors' visit, not the atlas's.
 */
export function referencesLede(refs: readonly Pick<ClusterReference, 'source'>[], name: string): string {
  const cited = listInSentence([...new Set(refs.map((r) => shortSource(r.source)))]);
  return `${cited} points to these web pages about ${name} in its footnotes. They are as the authors found them then: the pages may have changed or gone since, and the atlas has not checked them.`;
}
