/** Everything the partnership pages show, assembled from the tables (pure). */
import type { Cluster, Partnership, PartnershipFact, PartnershipMember } from './schema/tables.ts';

export interface PartnershipTables {
  partnerships: readonly Partnership[];
  partnershipMembers: readonly PartnershipMember[];
  partnershipFacts: readonly PartnershipFact[];
  clusters: readonly Cluster[];
}

export interface PartnershipMemberView {
  member: PartnershipMember;
  cluster: Cluster;
}

/** The kind of a partnership as running text: «cross-border-cluster» → «cross-border cluster». */
export const partnershipKindLabel = (kind: Partnership['kind']): string => kind.replace(/-/g, ' ').replace('cross border', 'cross-border');

/** Members of a partnership with their cluster rows, in the order partnership-members.csv lists them. */
export function partnershipMembersOf(t: PartnershipTables, id: string): PartnershipMemberView[] {
  return t.partnershipMembers
    .filter((m) => m.partnership_id === id)
    .flatMap((member) => {
      const cluster = t.clusters.find((c) => c.id === member.cluster_id);
      return cluster ? [{ member, cluster }] : [];
    });
}

/** The figures the sources give a partnership as a whole (partnership-facts.csv), in file order. */
export const partnershipFactsOf = (t: Pick<PartnershipTables, 'partnershipFacts'>, id: string): PartnershipFact[] =>
  t.partnershipFacts.filter((f) => f.partnership_id === id);

/**
 * A partnership's page: the row, its member clusters (none for the partnerships
 * the sources name without a member of the atlas, e.g. CEBR's examples), the
 * figures the sources give it as a whole, the cluster row that stands for the
 * same body (bioXclusters), the network whose document cites it, and its
 * neighbours in the order of partnerships.csv for the pager.
 * Throws when no partnership has the id.
 */
export function partnershipPage(t: PartnershipTables, id: string) {
  const at = t.partnerships.findIndex((p) => p.id === id);
  const partnership = t.partnerships[at];
  if (!partnership) throw new Error(`no partnership ${id}`);
  return {
    partnership,
    members: partnershipMembersOf(t, id),
    facts: partnershipFactsOf(t, id),
    listedAs: t.clusters.find((c) => c.id === partnership.listed_as) ?? null,
    citedBy: t.clusters.find((c) => c.id === partnership.cited_by) ?? null,
    previous: t.partnerships[at - 1] ?? null,
    next: t.partnerships[at + 1] ?? null,
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
