/** Everything the partnership pages show, assembled from the tables (pure). */
import type { Cluster, Partnership, PartnershipMember } from './schema/tables.ts';
import { countOfCapitalised } from './count-words.ts';
import type { Atlas } from './table-access.ts';

export interface PartnershipMemberView {
  member: PartnershipMember;
  cluster: Cluster;
}

/** The kind of a partnership as running text: «cross-border-cluster» → «cross-border cluster». */
export const partnershipKindLabel = (kind: Partnership['kind']): string => kind.replace(/-/g, ' ').replace('cross border', 'cross-border');

/** Members of a partnership with their cluster rows, in the order partnership-members.csv lists them; [] for an id without members. */
export function partnershipMembersOf(a: Atlas, id: string): PartnershipMemberView[] {
  return a.partnershipMembers.where('partnership_id', id).map((member) => ({ member, cluster: a.clusters.get(member.cluster_id) }));
}

/** The partnerships index: every partnership with its members, in the order of partnerships.csv, and how many have no member cluster. */
export function partnershipIndex(a: Atlas) {
  const rows = a.partnerships.rows.map((partnership) => ({ partnership, members: partnershipMembersOf(a, partnership.id) }));
  return { rows, withoutMembers: rows.filter((r) => r.members.length === 0).length };
}

/**
 * A partnership's page: the row, its member clusters (none for the partnerships
 * the sources name without a member of the atlas, e.g. CEBR's examples), the
 * figures the sources give it as a whole (partnership-facts.csv, in file order),
 * the cluster row that stands for the same body (bioXclusters), the network whose
 * document cites it, and its neighbours in the order of partnerships.csv for the
 * pager. Throws, naming the id, when no partnership has it.
 */
export function partnershipPage(a: Atlas, id: string) {
  const partnership = a.partnerships.get(id);
  const at = a.partnerships.rows.indexOf(partnership);
  // listed_as and cited_by are nullable foreign keys: null when the partnership has none.
  const cluster = (key: string | null) => (key === null ? null : a.clusters.get(key));
  return {
    partnership,
    members: partnershipMembersOf(a, id),
    facts: a.partnershipFacts.where('partnership_id', id),
    listedAs: cluster(partnership.listed_as),
    citedBy: cluster(partnership.cited_by),
    previous: a.partnerships.rows[at - 1] ?? null,
    next: a.partnerships.rows[at + 1] ?? null,
  };
}

/** The sentence that sends a reader from a partnership to the cluster row standing for the same body (bioXclusters). */
export function listedAsSentence(cluster: Pick<Cluster, 'name' | 'kind'>): string {
  return `The atlas also lists it as ${/^[aeiou]/.test(cluster.kind) ? 'an' : 'a'} ${cluster.kind}, ${cluster.name}, with every figure its source gives about it.`;
}

/** The sentence naming the network whose document cites a partnership, without claiming it takes part. */
export function citedBySentence(cluster: Pick<Cluster, 'name' | 'short_name'>): string {
  return `Cited as an example by ${cluster.short_name ?? cluster.name}, whose document does not say whether it takes part.`;
}

/** The sentence before a partnership's figures: how many, and whose they are. */
export function partnershipFiguresSentence(name: string, count: number): string {
  return `${count === 1 ? 'The figure' : `The ${count} figures`} the sources give ${name} as a whole: ${count === 1 ? 'it belongs' : 'they belong'} to the partnership, not to any one member.`;
}

/**
 * The lede of /partnerships/: how many partnerships the sources name
 * (`total`), and how many of them have no member among the atlas's clusters
 * (`withoutMembers`): «The 36 meta-clusters, joint projects, networks and
 * programmes the sources name, in which clusters act together. 12 of them
 * have no member among the atlas’s clusters: …».
 */
export function partnershipsLede(total: number, withoutMembers: number): string {
  if (total === 0) return 'The sources name no meta-cluster, joint project, network or programme in which clusters act together.';
  const all =
    total === 1
      ? 'The one meta-cluster, joint project, network or programme the sources name, in which clusters act together.'
      : `The ${total} meta-clusters, joint projects, networks and programmes the sources name, in which clusters act together.`;
  const named = `the source names ${withoutMembers === 1 ? 'it' : 'them'} without saying which clusters take part.`;
  let unmatched: string;
  if (withoutMembers === 0) unmatched = `${total === 1 ? 'It has' : 'Each has'} a member among the atlas’s clusters.`;
  else if (withoutMembers === total) unmatched = `${total === 1 ? 'It has no member' : 'None of them has a member'} among the atlas’s clusters: ${named}`;
  else unmatched = `${countOfCapitalised(withoutMembers, 'of them has', 'of them have')} no member among the atlas’s clusters: ${named}`;
  return `${all} ${unmatched}`;
}
