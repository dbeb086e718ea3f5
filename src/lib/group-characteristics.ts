/** How the site names the rows of HSE 2019 table 2.1 (the characteristics of the three groups). */
import type { GROUP_CHARACTERISTICS, GroupCharacteristic } from './schema/tables.ts';
import type { Atlas } from './table-access.ts';

/**
 * Each characteristic's label: the row heading of table 2.1 in sentence case
 * (the table prints them in capitals), with «Home countries» in the plural
 * since a group spans several.
 */
export const GROUP_CHARACTERISTIC_LABELS: Record<(typeof GROUP_CHARACTERISTICS)[number], string> = {
  'home-country': 'Home countries',
  specialisation: 'Specialisation',
  'competitive-advantage': 'Competitive advantage',
  'focus-of-activity': 'Focus of activity',
  size: 'Size',
  'innovation-activity': 'Innovation activity',
  'establishment-initiative': 'Establishment initiative',
  'public-agencies-involvement': 'Public agencies’ involvement in management',
  'esca-management-quality': 'ESCA management quality',
};

/**
 * A group's cells of table 2.1 (group-characteristics.csv), by characteristic; a
 * characteristic the report leaves empty for the group has no entry.
 */
export function groupTraits(a: Atlas, groupId: string): Map<GroupCharacteristic['characteristic'], GroupCharacteristic> {
  return new Map(a.groupCharacteristics.where('group_id', groupId).map((c) => [c.characteristic, c]));
}
