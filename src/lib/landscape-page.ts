/** The landscape page (/landscape/): groups, target models, indicators, positive effects and the sample (pure). */
import { GROUP_CHARACTERISTIC_LABELS, groupTraits } from './group-characteristics.ts';
import { sampleStats } from './overview.ts';
import { INDICATOR_CATEGORIES } from './schema/landscape.ts';
import { GROUP_CHARACTERISTICS, type ClusterTargetModel } from './schema/tables.ts';
import { countOf } from './count-words.ts';
import type { Atlas } from './table-access.ts';

const byNumber = <T extends { number: number }>(rows: readonly T[]) => [...rows].sort((x, y) => x.number - y.number);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The landscape page's model:
 * - `groups` by number, each with its count of sample clusters (to set beside its `stated_count`);
 * - `traits`: the rows of table 2.1, one per characteristic, each with the group's cell (or
 *   undefined where the report leaves it empty), groups by number;
 * - `models` by number, each with the clusters table 2.2 cites as its examples under each group;
 * - `indicators`: how many, and by category of fig. 2.2 (the category's name from indicators.csv);
 * - `effects`: the beneficiaries of ch. 1, each with its positive effects and their example clusters;
 * - the sample: its figures (sampleStats), the selection criteria and the exclusions in a sentence
 *   (null when sample-criteria.csv lists none), and how many partnerships the sources name.
 */
export function landscapePage(a: Atlas) {
  const groups = byNumber(a.groups.rows).map((group) => ({
    group,
    count: a.clusters.where('group', group.id).filter((c) => c.in_sample).length,
    traits: groupTraits(a, group.id),
  }));
  const exclusions = a.sampleCriteria.where('kind', 'exclusion');
  return {
    stats: sampleStats(a),
    partnerships: a.partnerships.rows.length,
    groups: groups.map(({ group, count }) => ({ group, count })),
    traits: GROUP_CHARACTERISTICS.map((characteristic) => ({
      label: GROUP_CHARACTERISTIC_LABELS[characteristic],
      cells: groups.map((g) => g.traits.get(characteristic)),
    })),
    models: byNumber(a.targetModels.rows).map((model) => {
      const underGroup = Map.groupBy(a.clusterTargetModels.where('target_model_id', model.id), (l: ClusterTargetModel) => l.listed_under_group);
      return {
        model,
        byGroup: groups.map(({ group }) => (underGroup.get(group.id) ?? []).map((link) => a.clusters.get(link.cluster_id))),
      };
    }),
    indicators: {
      count: a.indicators.rows.length,
      categories: INDICATOR_CATEGORIES.map((category) => {
        const indicators = a.indicators.where('category', category);
        return { name: indicators[0]?.category_name ?? category, indicators };
      }),
    },
    effects: {
      count: a.positiveEffects.rows.length,
      beneficiaries: a.beneficiaries.rows.map((beneficiary) => ({
        beneficiary,
        effects: a.positiveEffects.where('beneficiary_id', beneficiary.id).map((effect) => ({
          effect,
          examples: a.positiveEffectExamples.where('effect_id', effect.id).map((example) => ({ example, cluster: a.clusters.get(example.cluster_id) })),
        })),
      })),
    },
    criteria: a.sampleCriteria.where('kind', 'criterion'),
    leftOut: exclusions.length > 0 ? exclusions.map((c) => lowerFirst(c.name)).join('; ') : null,
  };
}

/** The lede of the landscape's positive effects: «The report’s first chapter describes 12 positive effects for 4 kinds of beneficiary, with clusters as examples.» */
export function effectsLede(effects: number, kinds: number): string {
  return `The report’s first chapter describes ${countOf(effects, 'positive effect', 'positive effects')} for ${countOf(kinds, 'kind of beneficiary', 'kinds of beneficiary')}, with clusters as examples.`;
}
