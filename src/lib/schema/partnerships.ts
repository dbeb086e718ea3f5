/** Clusters acting together: meta-clusters, joint projects, networks. */
import { z } from 'zod';
import { derivedAsOf, factValue } from './facts.ts';
import { oneOf, optionalRef, optionalText, ref, slug, text } from './fields.ts';
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
    listed_as: optionalRef('The row of clusters.csv that stands for this same body, where the atlas also lists the partnership as a cluster (a meta-cluster such as bioXclusters).'),
    cited_by: optionalRef(
      'The cluster or network whose own document cites this partnership as an example without saying that it takes part (who takes part is in partnership-members.csv).',
    ),
    ...provenance,
  }),
  primaryKey: ['id'],
  foreignKeys: [fk('listed_as', 'clusters'), fk('cited_by', 'clusters'), fk('source', 'sources')],
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

export const partnershipFacts = defineTable({
  name: 'partnership-facts',
  title: 'Partnership facts',
  description:
    'Every figure and dated fact the sources give about a partnership, consortium or joint project as a whole, one per row with its citation; shown on the partnership’s page, never as a member’s own. `value` is what the source states; `number` repeats it as a plain number when the source states a single number.',
  schema: z.object({
    id: slug('Fact id: <partnership>-<topic>-<n>.'),
    partnership_id: ref('Partnership the fact is about (see partnerships.csv).'),
    ...factValue,
    ...provenance,
    ...derivedAsOf,
  }),
  primaryKey: ['id'],
  foreignKeys: [fk('partnership_id', 'partnerships'), fk('case_study_id', 'case-studies'), fk('source', 'sources')],
  derived: ['as_of'],
});
