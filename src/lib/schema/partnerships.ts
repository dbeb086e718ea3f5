/** Clusters acting together: meta-clusters, joint projects, networks. */
import { z } from 'zod';
import { oneOf, optionalText, ref, slug, text } from './fields.ts';
import { provenance } from './provenance.ts';
import { defineTable, fk } from './table.ts';

export const PARTNERSHIP_KINDS = ['meta-cluster', 'joint-project', 'network', 'agreement', 'cross-border-cluster', 'programme'] as const;

export const partnerships = defineTable({
  name: 'partnerships',
  title: 'Partnerships',
  description: 'Meta-clusters, joint projects, networks and programmes in which clusters act together.',
  schema: z.object({
    id: slug('Partnership id.'),
    name: text('Name as the source gives it.'),
    kind: oneOf('Kind of partnership.', PARTNERSHIP_KINDS),
    period: optionalText('When, as the source gives it.'),
    description: text('What the partners do together, in our words.'),
    ...provenance,
  }),
  primaryKey: ['id'],
  foreignKeys: [fk('source', 'sources')],
});

export const partnershipMembers = defineTable({
  name: 'partnership-members',
  title: 'Partnership members',
  description: 'Which clusters take part in each partnership: the edge list of clusters acting together.',
  schema: z.object({
    partnership_id: ref('Partnership (see partnerships.csv).'),
    cluster_id: ref('Cluster taking part (see clusters.csv).'),
    role: optionalText('Role as the source names it.'),
    ...provenance,
  }),
  primaryKey: ['partnership_id', 'cluster_id'],
  foreignKeys: [fk('partnership_id', 'partnerships'), fk('cluster_id', 'clusters'), fk('source', 'sources')],
});
