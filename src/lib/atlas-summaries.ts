/** Cluster summaries of the whole atlas, computed once per build. */
import { caseStudies, clusters, clusterTargetModels, groups, successFactors, targetModels } from './atlas-data.ts';
import { clusterSummaries } from './cluster-index.ts';

const byNumber = <T extends { number: number }>(rows: readonly T[]) => [...rows].sort((a, b) => a.number - b.number);

export const orderedFactors = byNumber(successFactors);
export const orderedModels = byNumber(targetModels);
export const orderedGroups = byNumber(groups);

export const summaries = clusterSummaries({
  clusters,
  groups,
  clusterTargetModels,
  caseStudies,
  factorOrder: orderedFactors.map((f) => f.id),
  modelOrder: orderedModels.map((m) => m.id),
}).sort((a, b) => a.name.localeCompare(b.name, 'en'));
