/** Value chains as data: stages (nodes), the links between them and who acts at each stage. */
import { z } from 'zod';
import { oneOf, optionalDecimal, optionalInteger, optionalRef, optionalText, ref, slug, text } from './fields.ts';
import { provenance } from './provenance.ts';
import { defineTable, fk } from './table.ts';

export const valueChains = defineTable({
  name: 'value-chains',
  title: 'Value chains',
  description: 'How value flows through a cluster or market, stage by stage, as the sources describe it.',
  schema: z.object({
    id: slug('Chain id.'),
    title: text('Title of the chain.'),
    description: text('What the chain shows, in our words.'),
    ...provenance,
  }),
  primaryKey: ['id'],
  foreignKeys: [fk('source', 'sources')],
});

export const valueChainNodes = defineTable({
  name: 'value-chain-nodes',
  title: 'Value-chain stages',
  description: 'The stages of each value chain; `order` is the position along the chain (stages at the same step share it).',
  schema: z.object({
    chain_id: ref('Chain (see value-chains.csv).'),
    id: slug('Stage id, unique within its chain.'),
    label: text('Name of the stage.'),
    order: optionalInteger('Position along the chain, from 1; empty for conditions that frame the whole chain rather than a step.', { minimum: 1 }),
    stage: optionalText('Larger phase the stage belongs to.'),
    description: text('What happens at this stage, in our words.'),
    number: optionalDecimal('A number the source gives for this stage (e.g. a funnel count).'),
    unit: optionalText('Unit of the number.'),
    ...provenance,
  }),
  primaryKey: ['chain_id', 'id'],
  foreignKeys: [fk('chain_id', 'value-chains'), fk('source', 'sources')],
});

export const valueChainLinks = defineTable({
  name: 'value-chain-links',
  title: 'Value-chain links',
  description: 'The links from stage to stage in each value chain.',
  schema: z.object({
    chain_id: ref('Chain (see value-chains.csv).'),
    from: ref('Stage the link starts at.'),
    to: ref('Stage the link leads to.'),
    label: optionalText('What passes along the link.'),
    ...provenance,
  }),
  primaryKey: ['chain_id', 'from', 'to'],
  foreignKeys: [
    fk('chain_id', 'value-chains'),
    fk(['chain_id', 'from'], 'value-chain-nodes', ['chain_id', 'id']),
    fk(['chain_id', 'to'], 'value-chain-nodes', ['chain_id', 'id']),
    fk('source', 'sources'),
  ],
});

export const ACTOR_KINDS = ['cluster', 'stakeholder'] as const;

export const valueChainActors = defineTable({
  name: 'value-chain-actors',
  title: 'Who acts at each value-chain stage',
  description: 'Clusters and stakeholder categories attached to each stage: a cluster row names a cluster, a stakeholder row a category or organisation.',
  schema: z
    .object({
      chain_id: ref('Chain (see value-chains.csv).'),
      node_id: ref('Stage (see value-chain-nodes.csv).'),
      actor_kind: oneOf('Whether the actor is a cluster of the atlas or a stakeholder category.', ACTOR_KINDS),
      cluster_id: optionalRef('Cluster, for actor_kind = cluster.'),
      actor: optionalText('Stakeholder category or organisation as named, for actor_kind = stakeholder.'),
      ...provenance,
    })
    .superRefine((row, ctx) => {
      const issue = (path: string, message: string) =>
        ctx.addIssue({ code: 'custom', path: [path], message, params: { rule: 'actor-kind' } });
      if (row.actor_kind === 'cluster' && row.cluster_id === null) issue('cluster_id', 'a cluster actor needs cluster_id');
      if (row.actor_kind === 'stakeholder' && row.actor === null) issue('actor', 'a stakeholder actor needs actor');
    }),
  primaryKey: [],
  foreignKeys: [
    fk('chain_id', 'value-chains'),
    fk(['chain_id', 'node_id'], 'value-chain-nodes', ['chain_id', 'id']),
    fk('cluster_id', 'clusters'),
    fk('source', 'sources'),
  ],
});
