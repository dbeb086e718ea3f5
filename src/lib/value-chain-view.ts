/** Everything a value-chain page shows, gathered from the tables: stages in reading order with their actors and links, both layouts, the reading, sources and caveats. */
import { citationText } from './citation.ts';
import { capitalised } from './count-words.ts';
import type { Cluster, MethodologyNote, ValueChain, ValueChainLink, ValueChainNode } from './schema/tables.ts';
import type { Atlas } from './table-access.ts';
import { layoutChain, readingOrder, type ChainLayout } from './value-chain-layout.ts';

/** Actors of one stage that share a citation, so each citation is shown once. */
export interface ActorGroup {
  source: string;
  locator: string;
  clusters: Cluster[];
  stakeholders: string[];
  notes: string[];
}

export interface StageView {
  node: ValueChainNode;
  /** 1-based position among the steps, or null for a stage that frames the whole chain. */
  step: number | null;
  actorGroups: ActorGroup[];
  clusters: Cluster[];
  stakeholders: string[];
  outgoing: { link: ValueChainLink; node: ValueChainNode }[];
  incoming: { link: ValueChainLink; node: ValueChainNode }[];
}

export interface ChainView {
  chain: ValueChain;
  stages: StageView[];
  steps: number;
  links: readonly ValueChainLink[];
  /** Across, wrapped into rows that fit the box a wide screen gives it (ACROSS_WIDTH). */
  horizontal: ChainLayout;
  vertical: ChainLayout;
  /** Across in one row however long, at the page's content width: the chain's shape, for its thumbnail on the index. */
  strip: ChainLayout;
  reading: string;
  /** Distinct «source, locator» citations of the chain, its stages and links. */
  sourceLine: string[];
  clusters: { cluster: Cluster; stages: StageView[] }[];
  stakeholders: { name: string; stages: StageView[] }[];
  methodology: readonly MethodologyNote[];
}

/** The page's content width in px (72rem less its padding, global.css `main`): the spacing of the one-row thumbnail. */
const STRIP_WIDTH = 1120;

export const clusterName = (c: Cluster) => c.short_name ?? c.name;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The second line of a stage box: the clusters by name when few, else counts. */
export function stageCaption(clusters: readonly Cluster[], stakeholders: readonly string[]): string | null {
  const parts = [];
  if (clusters.length > 0) parts.push(clusters.length <= 2 ? clusters.map(clusterName).join(', ') : plural(clusters.length, 'cluster'));
  if (stakeholders.length > 0) parts.push(plural(stakeholders.length, 'stakeholder'));
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** A value chain's page model: its stages in reading order with their actors and links, both layouts, its reading and caveats. Throws for an id that is not a chain's. */
export function chainView(a: Atlas, id: string): ChainView {
  const chain = a.valueChains.get(id);
  const nodes = a.valueChainNodes.where('chain_id', id);
  const links = a.valueChainLinks.where('chain_id', id);
  const actors = a.valueChainActors.where('chain_id', id);
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const orders = [...new Set(nodes.flatMap((n) => (n.order === null ? [] : [n.order])))].sort((x, y) => x - y);

  const stages: StageView[] = readingOrder(nodes, links).map((node) => {
    const groups = new Map<string, ActorGroup>();
    for (const actor of actors.filter((x) => x.node_id === node.id)) {
      const key = `${actor.source}|${actor.locator}`;
      const g = groups.get(key) ?? { source: actor.source, locator: actor.locator, clusters: [], stakeholders: [], notes: [] };
      const cluster = actor.cluster_id === null ? undefined : a.clusters.get(actor.cluster_id);
      if (cluster && !g.clusters.includes(cluster)) g.clusters.push(cluster);
      if (actor.actor !== null && !g.stakeholders.includes(actor.actor)) g.stakeholders.push(actor.actor);
      if (actor.note !== null && !g.notes.includes(actor.note)) g.notes.push(actor.note);
      groups.set(key, g);
    }
    const actorGroups = [...groups.values()];
    return {
      node,
      step: node.order === null ? null : orders.indexOf(node.order) + 1,
      actorGroups,
      clusters: [...new Set(actorGroups.flatMap((g) => g.clusters))],
      stakeholders: [...new Set(actorGroups.flatMap((g) => g.stakeholders))],
      outgoing: links.filter((l) => l.from === node.id).map((link) => ({ link, node: nodeById.get(link.to) as ValueChainNode })),
      incoming: links.filter((l) => l.to === node.id).map((link) => ({ link, node: nodeById.get(link.from) as ValueChainNode })),
    };
  });

  const inputs = stages.map((s) => ({ ...s.node, caption: stageCaption(s.clusters, s.stakeholders) }));
  const horizontal = layoutChain(inputs, links, 'horizontal');
  const vertical = layoutChain(inputs, links, 'vertical');
  const strip = layoutChain(inputs, links, 'horizontal', { width: STRIP_WIDTH, wrap: false });

  const clusterIds = [...new Set(stages.flatMap((s) => s.clusters.map((c) => c.id)))];
  const chainClusters = clusterIds.map((cid) => ({
    cluster: a.clusters.get(cid),
    stages: stages.filter((s) => s.clusters.some((c) => c.id === cid)),
  }));
  const stakeholderNames = [...new Set(stages.flatMap((s) => s.stakeholders))];
  const chainStakeholders = stakeholderNames.map((name) => ({ name, stages: stages.filter((s) => s.stakeholders.includes(name)) }));

  // The chain's own citation covers its stages; rows from another document add theirs.
  const sourceLine = [
    ...new Set([
      citationText(chain.source, chain.locator),
      ...[...nodes, ...links, ...actors].filter((r) => r.source !== chain.source).map((r) => citationText(r.source, r.locator)),
    ]),
  ];
  // Notes on the sources that concern the value-chain tables of this chain's source document.
  const methodology = a.methodologyNotes.where('source', chain.source).filter((n) => n.affects.some((x) => x.startsWith('value-chain')));

  return {
    chain,
    stages,
    steps: orders.length,
    links,
    horizontal,
    vertical,
    strip,
    reading: chainReading(stages, orders.length, horizontal),
    sourceLine,
    clusters: chainClusters,
    stakeholders: chainStakeholders,
    methodology,
  };
}

/** The stages grouped by step, steps in the order they first come in `stages` (the reading order), each group's stages in that order too. */
export function stagesByStep(stages: readonly StageView[]): { step: number | null; stages: StageView[] }[] {
  return [...Map.groupBy(stages, (s) => s.step)].map(([step, group]) => ({ step, stages: group }));
}

/** One line on what the diagram shows, from its structure: steps, where clusters and other actors come in, how to read the numbers. */
export function chainReading(stages: readonly StageView[], steps: number, layout: ChainLayout): string {
  const framed = stages.filter((s) => s.step === null).length;
  const parts = [`${plural(stages.length - framed, 'stage')} in ${plural(steps, 'step')}${framed > 0 ? `, framed by ${plural(framed, 'condition')} that ${framed === 1 ? 'applies' : 'apply'} throughout` : ''}`];
  const clusters = new Set(stages.flatMap((s) => s.clusters.map((c) => c.id)));
  const withClusters = stages.filter((s) => s.clusters.length > 0).length;
  parts.push(
    clusters.size > 0
      ? `${plural(clusters.size, 'cluster')} ${clusters.size === 1 ? 'takes' : 'take'} part at ${withClusters === stages.length ? 'every one of them' : `${withClusters} of them`}`
      : 'the source ties no cluster to a stage',
  );
  const busiest = [...stages].sort((a, b) => b.clusters.length + b.stakeholders.length - (a.clusters.length + a.stakeholders.length))[0];
  const crowd = busiest ? busiest.clusters.length + busiest.stakeholders.length : 0;
  if (busiest && crowd > 1) parts.push(`most actors meet at «${busiest.node.label}» (${crowd})`);
  let sentence = `${parts.join('; ')}.`;
  const lanesWithNumbers = new Set(layout.stages.filter((s) => s.lane > 0 && stages.find((v) => v.node.id === s.id)?.node.number != null).map((s) => s.lane));
  if (lanesWithNumbers.size > 1)
    sentence += ' Bars compare figures of one unit; the shaded stages outside the main chain form separate groups, each with figures of its own: compare them, do not add them up.';
  else if (layout.stages.some((s) => s.bar !== null)) sentence += ' Bars compare figures of one unit.';
  return capitalised(sentence);
}

/**
 * The heading of one step of a chain's list of stages: «Step 2 of 6», «Step 2
 * of 6: 3 stages side by side» when several stages share it; «Around the whole
 * chain» for the stages outside the steps (`step` null).
 */
export function stepTitle(step: number | null, steps: number, stages: number): string {
  if (step === null) return 'Around the whole chain';
  return `Step ${step} of ${steps}${stages > 1 ? `: ${stages} stages side by side` : ''}`;
}

/**
 * The words before an actor group's names: «Cluster:» / «Clusters:» before its
 * clusters, and «Stakeholder: …» / «Stakeholders: a; b» (lower-case after
 * clusters: «…; stakeholders: a; b») for its other actors; empty when the
 * group has none of that kind.
 */
export function actorWords(group: Pick<ActorGroup, 'clusters' | 'stakeholders'>): { clusters: string; stakeholders: string } {
  const n = group.stakeholders.length;
  const stakeholders = n === 0 ? '' : `${group.clusters.length > 0 ? 's' : 'S'}takeholder${n === 1 ? '' : 's'}: ${group.stakeholders.join('; ')}`;
  return { clusters: group.clusters.length === 0 ? '' : group.clusters.length === 1 ? 'Cluster:' : 'Clusters:', stakeholders };
}
