/** Cluster summaries of the whole atlas, computed once per build. */
import { atlas } from './atlas-data.ts';
import { clusterSummaries, type ClusterSummary } from './cluster-index.ts';

const byNumber = <T extends { number: number }>(rows: readonly T[]) => [...rows].sort((a, b) => a.number - b.number);

export const orderedFactors = byNumber(atlas.successFactors.rows);
export const orderedModels = byNumber(atlas.targetModels.rows);
export const orderedGroups = byNumber(atlas.groups.rows);

/** Every cluster's summary (clusterSummaries), by name. */
export const summaries = clusterSummaries(atlas).sort((a, b) => a.name.localeCompare(b.name, 'en'));

const summaryById = new Map(summaries.map((s) => [s.id, s]));
/** The summary of the cluster `id`; throws, naming it, when no cluster has the id. */
export function summaryOf(id: string): ClusterSummary {
  const summary = summaryById.get(id);
  if (!summary) throw new Error(`no cluster summary for «${id}»`);
  return summary;
}
