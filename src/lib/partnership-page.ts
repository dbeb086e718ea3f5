/** Everything the partnership pages show, assembled from the tables (pure). */
import type { Cluster, Partnership, PartnershipMember } from './schema/tables.ts';

export interface PartnershipTables {
  partnerships: readonly Partnership[];
  partnershipMembers: readonly PartnershipMember[];
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

/**
 * A partnership's page: the row, its member clusters (none for the partnerships
 * the sources name without a member of the atlas, e.g. CEBR's examples), and
 * its neighbours in the order of partnerships.csv for the pager.
 * Throws when no partnership has the id.
 */
export function partnershipPage(t: PartnershipTables, id: string) {
  const at = t.partnerships.findIndex((p) => p.id === id);
  const partnership = t.partnerships[at];
  if (!partnership) throw new Error(`no partnership ${id}`);
  return {
    partnership,
    members: partnershipMembersOf(t, id),
    previous: t.partnerships[at - 1] ?? null,
    next: t.partnerships[at + 1] ?? null,
  };
}
