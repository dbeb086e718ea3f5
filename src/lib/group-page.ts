/**
 * A group's page (/groups/<id>/): everything the atlas holds about one of the
 * three groups of the HSE sample, in one place (pure).
 */
import { GROUP_CHARACTERISTIC_LABELS } from './group-characteristics.ts';
import { indicatorValuesByCluster, type IndicatorValue } from './comparable-indicators.ts';
import { groupWithClusters } from './overview.ts';
import { GROUP_BASES, GROUP_CHARACTERISTICS, type Group } from './schema/tables.ts';
import { countOf, countOfCapitalised } from './count-words.ts';
import type { Atlas } from './table-access.ts';

/** How a member was placed in its group (clusters.csv `group_basis`), as the page says it beside the member. */
export const GROUP_BASIS_LABELS: Record<(typeof GROUP_BASES)[number], string> = {
  text: 'placed by the report’s text',
  figure: 'listed in the report’s figure of the group',
  elimination: 'placed by elimination',
};

const byNumber = <T extends { number: number }>(rows: readonly T[]) => [...rows].sort((x, y) => x.number - y.number);

/**
 * The page of the group `groupId`:
 * - `group`, its sample clusters by name (`members`, each with how it was placed), whether any was placed by the
 *   text or by elimination, and its `traits` (the group's cells of table 2.1, as the overview's GroupWithClusters);
 * - `column`: its column of table 2.1, one entry per characteristic in the table's order, `cell` null where the
 *   report leaves it empty;
 * - `models`: the target models by number, each with the clusters table 2.2 lists as examples under this group
 *   (cluster-target-models.csv `listed_under_group`), each with its row for source and locator;
 * - `factors`: the success factors by number that its members' case studies evidence, each with those case studies
 *   (case-studies.csv order) with their cluster and quotes (quotes.csv) and the members they come from;
 *   factors without such a case are left out;
 * - `figures`: the comparable indicators (comparable-indicators.csv order) at least one member has a value for, the
 *   others by label (`unreported`), and per member its values by indicator id (cluster-indicator-values.csv);
 * - `others`: the other groups by number, for the links between group pages.
 * Throws, naming the id, when no group has it.
 */
export function groupPage(a: Atlas, groupId: string) {
  const g = groupWithClusters(a, a.groups.get(groupId));
  const memberIds = new Set(g.clusters.map((c) => c.id));
  const values = indicatorValuesByCluster(
    a.clusterIndicatorValues.rows.filter((v) => memberIds.has(v.cluster_id)),
    a.facts.rows,
    a.sources.rows,
  );
  const indicators = a.comparableIndicators.rows;
  const reported = indicators.filter((i) => g.clusters.some((c) => values.get(c.id)?.has(i.id)));
  return {
    ...g,
    members: g.clusters.map((cluster) => ({
      cluster,
      basis: cluster.group_basis === null ? null : GROUP_BASIS_LABELS[cluster.group_basis],
    })),
    column: GROUP_CHARACTERISTICS.map((characteristic) => ({
      characteristic,
      label: GROUP_CHARACTERISTIC_LABELS[characteristic],
      cell: g.traits.get(characteristic) ?? null,
    })),
    models: byNumber(a.targetModels.rows).map((model) => ({
      model,
      examples: a.clusterTargetModels
        .where('target_model_id', model.id)
        .filter((link) => link.listed_under_group === groupId)
        .map((link) => ({ link, cluster: a.clusters.get(link.cluster_id) })),
    })),
    factors: byNumber(a.successFactors.rows)
      .map((factor) => {
        const cases = a.caseStudies
          .where('factor_id', factor.id)
          .filter((study) => memberIds.has(study.cluster_id))
          .map((study) => ({ study, cluster: a.clusters.get(study.cluster_id), quotes: a.quotes.where('case_study_id', study.id) }));
        const clusters = [...new Set(cases.map((c) => c.cluster))].sort((x, y) => x.name.localeCompare(y.name, 'en'));
        return { factor, cases, clusters };
      })
      .filter((f) => f.cases.length > 0),
    figures: {
      indicators: reported,
      unreported: indicators.filter((i) => !reported.includes(i)).map((i) => i.label),
      rows: g.clusters.map((cluster) => ({ cluster, values: values.get(cluster.id) ?? new Map<string, IndicatorValue>() })),
    },
    others: byNumber(a.groups.rows).filter((other) => other.id !== groupId),
  };
}

export type GroupPage = ReturnType<typeof groupPage>;

/** A group page's description for search engines and link previews: its number, name and number of clusters. */
export function groupPageDescription(group: Pick<Group, 'number' | 'name'>, members: number): string {
  return `Group ${group.number} of the HSE 2019 study, ${group.name}: its ${countOf(members, 'cluster', 'clusters')}, its column of table 2.1, the report’s target-model examples, its members’ case studies and figures.`;
}

/**
 * How many clusters a group has, as its pages state it: `count` («12 clusters»,
 * the clusters the atlas lists), and, where the report states another number
 * (`stated`, groups.csv `stated_count`), `discrepancy` («the report states 13;
 * see the note below»); null when the two agree. A group whose stated number
 * is missing says so («the report states no number; see the note below»).
 */
export function groupCount(listed: number, stated: number | null | undefined): { count: string; discrepancy: string | null } {
  const count = countOf(listed, 'cluster', 'clusters');
  if (stated === listed) return { count, discrepancy: null };
  return { count, discrepancy: `the report states ${stated === null || stated === undefined ? 'no number' : stated}; see the note below` };
}

/** The summary of a case study's quotes: «A quote from the interview», «3 quotes from the interview»; «No quotes from the interview» for none. */
export function quotesSummary(quotes: number): string {
  return quotes === 1 ? 'A quote from the interview' : `${countOfCapitalised(quotes, 'quote', 'quotes')} from the interview`;
}

/** The heading of a group's list of members: «Its 12 clusters», «Its one cluster»; «No clusters listed» for none. */
export function groupMembersHeading(members: number): string {
  return members === 0 ? 'No clusters listed' : `Its ${countOf(members, 'cluster', 'clusters')}`;
}

/** Whose figures a group's table sets side by side: «the 12 clusters of group 1», «the one cluster of group 3», «no cluster of group 3». */
export function groupFiguresCount(clusters: number, groupNumber: number): string {
  return clusters === 0 ? `no cluster of group ${groupNumber}` : `the ${countOf(clusters, 'cluster', 'clusters')} of group ${groupNumber}`;
}

/** How many of a group's clusters the sources give a figure for, in a column's header: «5 of 12 clusters», «0 of 12 clusters», «1 of 1 cluster». */
export function reportedOf(reported: number, clusters: number): string {
  return `${reported} of ${clusters} ${clusters === 1 ? 'cluster' : 'clusters'}`;
}
