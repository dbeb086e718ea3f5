/**
 * The map's active filters in words, as its filter form labels them
 * («Group: 2. World-Class Biomedical Research Clusters»): for the line above
 * the map and for the title of a downloaded image. Pure, so the page, the
 * embed and the tests share one wording.
 */
import type { StateSpec, ViewState } from '../url-state.ts';

/** Labels of the filter values, keyed by facet then by value, built with the page (see mapFilterNames). */
export type FilterNames = Record<'group' | 'model' | 'factor' | 'country' | 'layer', Record<string, string>>;

/** Facets in the order of the form, with their legends. */
const FACETS = [
  ['layer', 'Layer'],
  ['group', 'Group'],
  ['model', 'Target model'],
  ['factor', 'Success factor evidenced'],
  ['country', 'Country'],
] as const;

/** The labels the filter form shows, for the facets' values. */
export function mapFilterNames(input: {
  groups: readonly { number: number; name: string }[];
  models: readonly { id: string; number: number; name: string }[];
  factors: readonly { id: string; number: number; name: string }[];
  countries: readonly { code: string; name: string }[];
}): FilterNames {
  return {
    layer: { sample: 'The HSE sample only', outside: 'Outside the sample only' },
    group: Object.fromEntries(input.groups.map((g) => [String(g.number), `${g.number}. ${g.name}`])),
    model: Object.fromEntries(input.models.map((m) => [m.id, `${m.number}. ${m.name}`])),
    factor: Object.fromEntries(input.factors.map((f) => [f.id, `${f.number}. ${f.name}`])),
    country: Object.fromEntries(input.countries.map((c) => [c.code, c.name])),
  };
}

/** One phrase per facet with a choice, e.g. ['Group: 2. World-Class …', 'Country: Denmark, Sweden']; «all» layers is no filter. */
export function filterPhrases(state: ViewState<StateSpec>, names: FilterNames): string[] {
  return FACETS.flatMap(([key, legend]) => {
    const chosen = (state[key] ?? []).filter((v) => !(key === 'layer' && v === 'all'));
    return chosen.length > 0 ? [`${legend}: ${chosen.map((v) => names[key][v] ?? v).join(', ')}`] : [];
  });
}
