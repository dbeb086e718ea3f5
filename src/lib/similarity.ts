/**
 * «Clusters like this one»: the atlas's own similarity between two clusters,
 * counted from the relations the data holds and nothing else —
 *
 * - the hse-2019 group (clusters.csv `group`, table 2.1 / figs 2.3–2.5),
 * - the target models table 2.2 cites the cluster as an EXAMPLE of (cluster-target-models.csv),
 * - the success factors a case study of the cluster evidences (case-studies.csv),
 * - the partnerships, joint projects and networks both take part in (partnership-members.csv).
 *
 * The score is a weighted count of what two clusters share (see SIMILARITY_WEIGHTS). It is not a
 * finding of any source: the report neither compares clusters pairwise nor assigns every cluster a
 * target model, so a missing relation means "the sources do not say", not "unlike".
 */
import { countOf } from './count-words.ts';
import type { Cluster } from './schema/tables.ts';
import type { Atlas } from './table-access.ts';

/**
 * Points per shared relation. Why these weights: a partnership is a tie the two clusters actually
 * work in, so it counts most (3); table 2.2 names a cluster as an example of a model only where the
 * report saw that model in it, so a shared model counts 2; a success factor both evidence with a
 * case counts 1 each; a shared group counts 1, because a group holds 10 to 20 clusters.
 */
export const SIMILARITY_WEIGHTS = { group: 1, targetModel: 2, successFactor: 1, partnership: 3 } as const;

/** The relations of one cluster that the similarity counts (ids of groups, models, factors, partnerships). */
export interface ClusterRelations {
  id: string;
  /** Name used to order clusters of equal score and equal structural ties (alphabetically, English collation). */
  name: string;
  /** Group id; null outside the hse-2019 sample. */
  group: string | null;
  targetModels: readonly string[];
  successFactors: readonly string[];
  partnerships: readonly string[];
}

/** What two clusters share, and the score it adds up to. */
export interface Kinship {
  id: string;
  score: number;
  sameGroup: string | null;
  targetModels: string[];
  successFactors: string[];
  partnerships: string[];
}

const shared = (a: readonly string[], b: readonly string[]) => {
  const other = new Set(b);
  return [...new Set(a)].filter((x) => other.has(x)).sort();
};

/** What `b` shares with `a`, and its score under SIMILARITY_WEIGHTS (0 when they share nothing). Two clusters without a group do not share one. */
export function kinship(a: ClusterRelations, b: ClusterRelations): Kinship {
  const sameGroup = a.group !== null && a.group === b.group ? a.group : null;
  const targetModels = shared(a.targetModels, b.targetModels);
  const successFactors = shared(a.successFactors, b.successFactors);
  const partnerships = shared(a.partnerships, b.partnerships);
  const w = SIMILARITY_WEIGHTS;
  const score =
    (sameGroup ? w.group : 0) + w.targetModel * targetModels.length + w.successFactor * successFactors.length + w.partnership * partnerships.length;
  return { id: b.id, score, sameGroup, targetModels, successFactors, partnerships };
}

/**
 * How many structural ties two clusters share: the same group, each target model, each partnership
 * or network. Success factors are not among them: a case study evidences what a cluster did, not how
 * it is built or whom it works with.
 */
export const structuralTies = (k: Kinship): number => (k.sameGroup ? 1 : 0) + k.targetModels.length + k.partnerships.length;

/**
 * The clusters that share anything with `target`, closest first: by score; equal scores by
 * structural ties (`structuralTies`), so that a peer of the same group and target model comes before
 * one that shares only success factors; then alphabetically by name. Since this is one total order,
 * any prefix of the list (what a page shows before «more») holds no peer less close than one left
 * out. The target itself is never listed. Throws if `target` is not in `all`.
 */
export function clustersLike(targetId: string, all: readonly ClusterRelations[]): Kinship[] {
  const target = all.find((c) => c.id === targetId);
  if (!target) throw new Error(`no cluster ${targetId}`);
  const name = new Map(all.map((c) => [c.id, c.name]));
  return all
    .filter((c) => c.id !== targetId)
    .map((c) => kinship(target, c))
    .filter((k) => k.score > 0)
    .sort(
      (x, y) =>
        y.score - x.score ||
        structuralTies(y) - structuralTies(x) ||
        (name.get(x.id) ?? '').localeCompare(name.get(y.id) ?? '', 'en'),
    );
}

/** The relations of every cluster, from the tables (pure), in the order of clusters.csv. */
export function clusterRelations(a: Atlas): ClusterRelations[] {
  return a.clusters.rows.map((c) => relationsOf(a, c));
}

const relationsOf = (a: Atlas, c: Cluster): ClusterRelations => ({
  id: c.id,
  name: c.name,
  group: c.group,
  targetModels: a.clusterTargetModels.where('cluster_id', c.id).map((l) => l.target_model_id),
  successFactors: a.caseStudies.where('cluster_id', c.id).map((s) => s.factor_id),
  partnerships: a.partnershipMembers.where('cluster_id', c.id).map((m) => m.partnership_id),
});

/** How to name a group, model, factor or partnership in a reason. */
export interface KinshipLabels {
  group: (id: string) => string;
  targetModel: (id: string) => string;
  successFactor: (id: string) => string;
  partnership: (id: string) => string;
}

/** «a», «a and b», «a, b and c», in numeric order of the labels («2» before «10»). */
const list = (xs: string[]) => {
  const s = [...xs].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return s.length <= 1 ? s.join('') : `${s.slice(0, -1).join(', ')} and ${s.at(-1)}`;
};

/**
 * The reason for a kinship in words, parts joined by «; », e.g.
 * «same group (group 2); both cited for target model 2; both evidence success factors 1 and 4; both in ReproUnion».
 */
export function kinshipReason(k: Kinship, labels: KinshipLabels): string {
  const parts: string[] = [];
  if (k.sameGroup) parts.push(`same group (${labels.group(k.sameGroup)})`);
  if (k.targetModels.length > 0)
    parts.push(`both cited for target model${k.targetModels.length > 1 ? 's' : ''} ${list(k.targetModels.map(labels.targetModel))}`);
  if (k.successFactors.length > 0)
    parts.push(`both evidence success factor${k.successFactors.length > 1 ? 's' : ''} ${list(k.successFactors.map(labels.successFactor))}`);
  if (k.partnerships.length > 0) parts.push(`both in ${list(k.partnerships.map(labels.partnership))}`);
  return parts.join('; ');
}

/** A kin's score in words: «one point», «3 points» (SIMILARITY_WEIGHTS). */
export function kinScore(score: number): string {
  return countOf(score, 'point', 'points');
}

/**
 * The summary over the kin folded under «more»: «5 more clusters, ranked», and, when every one of them shares only
 * the group, «(they share only group 2)» — or «(it shares only group 2)» for one.
 */
export function moreKinSummary(count: number, sharesOnlyGroup: number | null): string {
  const only = sharesOnlyGroup === null ? '' : ` (${count === 1 ? 'it shares' : 'they share'} only group ${sharesOnlyGroup})`;
  return `${countOf(count, 'more cluster', 'more clusters')}, ranked${only}`;
}

/** What a cluster without kin has, named for the sentence that says why nothing ties it to another cluster. */
export interface LoneRelations {
  /** Group number, when the cluster has a group of the HSE sample. */
  group: number | null;
  targetModels: readonly string[];
  successFactors: readonly string[];
  /** Names of the partnerships it takes part in (partnership-members.csv). */
  partnerships: readonly string[];
}

/**
 * Why «Clusters like this one» lists nobody, clause by clause: for each relation the
 * similarity counts, either that the cluster has none, or that it shares none with
 * another cluster — a network in a partnership of its own (CEBR and its Special
 * Interest Group) takes part in one, it just names no other cluster.
 */
export function noKinSentence(name: string, r: LoneRelations): string {
  const n = (count: number, one: string, many: string) => (count === 1 ? one : many);
  const clauses = [
    r.group === null ? 'it has no group of the HSE sample' : `no other cluster shares its group (group ${r.group})`,
    r.targetModels.length === 0
      ? 'it is cited for no target model'
      : `no other cluster is cited for its target ${n(r.targetModels.length, 'model', 'models')} ${list([...r.targetModels])}`,
    r.successFactors.length === 0
      ? 'it evidences no success factor with a case study'
      : `no other cluster evidences its success ${n(r.successFactors.length, 'factor', 'factors')} ${list([...r.successFactors])}`,
    r.partnerships.length === 0
      ? 'it takes part in no partnership the sources name'
      : r.partnerships.length === 1
        ? `the one partnership it takes part in, ${r.partnerships[0]}, names no other cluster`
        : `the ${r.partnerships.length} partnerships it takes part in, ${list([...r.partnerships])}, name no other cluster`,
  ];
  return `The sources tie ${name} to no other cluster: ${clauses.slice(0, -1).join(', ')} and ${clauses.at(-1)}.`;
}

/** How many kin «Clusters like this one» shows open, and at most how many more it ranks under «more». */
export interface LikeThisOneLimits {
  shown: number;
  more: number;
}

/**
 * «Clusters like this one» on a cluster's profile (pure): the cluster's short name; its kin ranked by
 * clustersLike, each with its short name and reason, split into the `shown` first and up to `more`
 * after them, and how many lower ones are left unlisted; the group number all of `rest` share when
 * that is all they share (else null); the sentence saying why there is no kin (null when there is);
 * and the target models and success factors the reasons name, in the order of their tables.
 * Throws, naming the id, when no cluster has it.
 */
export function likeThisOne(a: Atlas, clusterId: string, limits: LikeThisOneLimits) {
  const cluster = a.clusters.get(clusterId);
  const kin = clustersLike(clusterId, clusterRelations(a));
  const short = (id: string) => {
    const c = a.clusters.get(id);
    return c.short_name ?? c.name;
  };
  const labels: KinshipLabels = {
    group: (id) => `group ${a.groups.get(id).number}`,
    targetModel: (id) => String(a.targetModels.get(id).number),
    successFactor: (id) => String(a.successFactors.get(id).number),
    partnership: (id) => a.partnerships.get(id).name,
  };
  const group = cluster.group === null ? null : a.groups.get(cluster.group);
  const entry = (k: Kinship) => ({ kin: k, name: short(k.id), reason: kinshipReason(k, labels) });
  const shown = kin.slice(0, limits.shown).map(entry);
  const rest = kin.slice(limits.shown, limits.shown + limits.more).map(entry);
  const own = relationsOf(a, cluster);
  return {
    name: short(clusterId),
    count: kin.length,
    shown,
    rest,
    unlisted: kin.length - shown.length - rest.length,
    restShareOnlyGroup: group && rest.length > 0 && rest.every(({ kin: k }) => k.score === SIMILARITY_WEIGHTS.group && k.sameGroup) ? group.number : null,
    noKin:
      kin.length === 0
        ? noKinSentence(short(clusterId), {
            group: group?.number ?? null,
            targetModels: own.targetModels.map(labels.targetModel),
            successFactors: own.successFactors.map(labels.successFactor),
            partnerships: own.partnerships.map(labels.partnership),
          })
        : null,
    modelsNamed: a.targetModels.rows.filter((m) => kin.some((k) => k.targetModels.includes(m.id))),
    factorsNamed: a.successFactors.rows.filter((f) => kin.some((k) => k.successFactors.includes(f.id))),
  };
}
