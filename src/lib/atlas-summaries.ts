/** Cluster summaries of the whole atlas, computed once per build. */
import { atlas } from './atlas-data.ts';
import { clusterSummaries } from './cluster-index.ts';

const byNumber = <T extends { number: number }>(rows: readonly T[]) => [...rows].sort((a, b) => a.number - b.number);

export const orderedFactors = byNumber(atlas.successFactors.rows);
export const orderedModels = byNumber(atlas.targetModels.rows);
export const orderedGroups = byNumber(atlas.groups.rows);

/** Every cluster's summary (clusterSummaries), by name. */
export const summaries = clusterSummaries(atlas).sort((a, b) => a.name.localeCompare(b.name, 'en'));
