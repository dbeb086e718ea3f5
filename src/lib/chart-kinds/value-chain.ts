/** A value chain (/value-chains/<id>/): one chart per chain; its view state is the chosen stage. */
import { LOCATOR, SOURCE, list, type ChartTable } from '../chart-data.ts';
import { abbreviationKey } from '../chart-registry.ts';
import { VALUE_CHAIN_STATE_KEYS } from '../value-chain-state.ts';
import { chainView, type ChainView } from '../value-chain-view.ts';
import { sentence, type ChartKind } from './kind.ts';

export const valueChainKind: ChartKind<'value-chain', ChainView> = {
  kind: 'value-chain',
  charts: (d) =>
    d.atlas.valueChains.rows.map((c) => {
      const view = chainView(d.atlas, c.id);
      return {
        kind: 'value-chain',
        input: view,
        id: `value-chains/${c.id}`,
        title: c.title,
        source: sentence(view.sourceLine.join('; ')),
        fullPath: `/value-chains/${c.id}/`,
        fullHash: '',
        stateKeys: VALUE_CHAIN_STATE_KEYS,
        legend: [],
        key: abbreviationKey(view.clusters.map(({ cluster }) => ({ name: cluster.name, shortName: cluster.short_name }))),
        height: view.horizontal.height + 260,
      };
    }),
  table: (view) => valueChainChartData(view),
};

/** A value chain: one row per stage in reading order, with who acts there and where it leads. */
export function valueChainChartData(view: ChainView): ChartTable {
  return {
    columns: [
      { name: 'step', description: 'Position along the chain, from 1; empty for a condition that frames the whole chain.' },
      { name: 'stage', description: 'Name of the stage.' },
      { name: 'stage_id', description: 'Stage id in the atlas.' },
      { name: 'phase', description: 'Larger phase the stage belongs to, where the source gives one.' },
      { name: 'number', description: 'A number the source gives for this stage (e.g. a funnel count); empty when not reported.' },
      { name: 'unit', description: 'Unit of the number.' },
      { name: 'clusters', description: 'Clusters acting at this stage, «;»-separated.' },
      { name: 'stakeholders', description: 'Other actors at this stage, «;»-separated.' },
      { name: 'leads_to', description: 'Stages this one links to, «;»-separated.' },
      SOURCE,
      LOCATOR,
    ],
    rows: view.stages.map((s) => ({
      key: s.node.id,
      cells: [
        s.step,
        s.node.label,
        s.node.id,
        s.node.stage,
        s.node.number,
        s.node.unit,
        list(s.clusters.map((c) => c.name)),
        list(s.stakeholders),
        list(s.outgoing.map((o) => o.node.label)),
        s.node.source,
        s.node.locator,
      ],
    })),
  };
}
