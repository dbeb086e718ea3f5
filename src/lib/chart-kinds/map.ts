/**
 * The world map (/map/, /embed/map/, the overview): one chart, every cluster
 * placed; its view state is the map's filters.
 */
import { LOCATOR, SOURCE, list, type ChartTable } from '../chart-data.ts';
import { groupColour } from '../group-palette.ts';
import { MAP_STATE_KEYS } from '../map/state-spec.ts';
import type { Cluster, Group } from '../schema/tables.ts';
import type { ChartKind } from './kind.ts';

export const mapKind: ChartKind<'map', { clusters: readonly Cluster[]; groups: readonly Group[] }> = {
  kind: 'map',
  charts: (d) => [
    {
      kind: 'map',
      input: { clusters: d.atlas.clusters.rows, groups: d.groups },
      id: 'map',
      title: 'World map of biomedical clusters',
      source:
        'HSE 2019, fig. 2.1 and figs 2.3–2.5 (the sample and its groups); bioXclusters, MIX 2016, AMI-4EUROPE D2.2, CEBR 2020 and HSE 2019 (clusters outside the sample). Locations are the atlas’s own: the seat of the cluster organisation, or only its region or country where that is all we know. Country shapes: Natural Earth.',
      fullPath: '/map/',
      fullHash: '',
      stateKeys: MAP_STATE_KEYS,
      legend: [
        ...d.groups.map((g) => ({ label: `Group ${g.number}: ${g.name}`, colour: groupColour(g.number), shape: 'disc' as const })),
        { label: 'Outside the HSE sample', colour: '#ffffff', shape: 'diamond' },
        { label: 'Ring: one cluster spanning more than one country', colour: '#6b7580', shape: 'ring' },
      ],
      key: [],
      height: 760,
    },
  ],
  table: (input) => mapChartData(input.clusters, input.groups),
};

/**
 * The world map: one row per cluster shown. `clusters` is the list the view
 * shows (after its filters), so the same builder serves the static map and
 * MapLibre's view; `groups` names the groups.
 */
export function mapChartData(clusters: readonly Cluster[], groups: readonly Pick<Group, 'id' | 'number' | 'name'>[]): ChartTable {
  const group = new Map(groups.map((g) => [g.id, g]));
  return {
    columns: [
      { name: 'cluster', description: 'Name of the cluster.' },
      { name: 'cluster_id', description: 'Cluster id in the atlas.' },
      { name: 'countries', description: 'ISO 3166-1 alpha-2 codes, «;»-separated.' },
      { name: 'city', description: 'City of the cluster organisation’s seat; empty when not reported.' },
      { name: 'latitude', unit: 'degrees (WGS 84)', description: 'Latitude of the marker: the atlas’s own addition, not the sources’.' },
      { name: 'longitude', unit: 'degrees (WGS 84)', description: 'Longitude of the marker: the atlas’s own addition.' },
      { name: 'location_precision', description: 'What the point stands for: the seat’s city, only the region, or only the country.' },
      { name: 'group', description: 'Group of the HSE 2019 sample (number and name); empty outside the sample.' },
      { name: 'in_hse_sample', description: 'Whether the cluster is one of the 40 of the HSE 2019 sample.' },
      SOURCE,
      LOCATOR,
    ],
    rows: clusters.map((c) => {
      const g = c.group === null ? undefined : group.get(c.group);
      return {
        key: c.id,
        cells: [c.name, c.id, list(c.countries), c.city, c.lat, c.lon, c.location_precision, g ? `${g.number}. ${g.name}` : null, c.in_sample, c.source, c.locator],
      };
    }),
    shownBy: { selector: '[data-id]:not([hidden])', attributes: ['data-id'] },
  };
}
