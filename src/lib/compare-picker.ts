/** What the compare view's picker and example name (pure): the clusters to choose from, grouped, and the example's names. */
import type { Atlas } from './table-access.ts';

/**
 * The compare view's choices: `optionGroups`, one per group of the sample by
 * number («Group 1: …») and one for the clusters outside it, each list by
 * name; `names`, every cluster's [id, name] by name, for the page's script;
 * and `exampleNames`, the names of the example's clusters (`exampleIds`, ids
 * of clusters.csv) in their order. Throws, naming the id, for an example id
 * that is no cluster's.
 */
export function comparePicker(a: Atlas, exampleIds: readonly string[]) {
  const byName = <C extends { name: string }>(rows: readonly C[]) => [...rows].sort((x, y) => x.name.localeCompare(y.name, 'en'));
  return {
    optionGroups: [
      ...[...a.groups.rows]
        .sort((x, y) => x.number - y.number)
        .map((g) => ({ label: `Group ${g.number}: ${g.name}`, clusters: byName(a.clusters.where('group', g.id)) })),
      { label: 'Outside the HSE sample', clusters: byName(a.clusters.rows.filter((c) => !c.in_sample)) },
    ],
    names: byName(a.clusters.rows).map((c): [string, string] => [c.id, c.name]),
    exampleNames: exampleIds.map((id) => a.clusters.get(id).name),
  };
}
