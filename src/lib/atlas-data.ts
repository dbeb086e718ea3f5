/** Typed access to the data build's output for pages and components (build time only). */
import clusterTargetModelsJson from '../generated/cluster-target-models.json' with { type: 'json' };
import clustersJson from '../generated/clusters.json' with { type: 'json' };
import groupCharacteristicsJson from '../generated/group-characteristics.json' with { type: 'json' };
import groupsJson from '../generated/groups.json' with { type: 'json' };
import sourcesJson from '../generated/sources.json' with { type: 'json' };
import targetModelsJson from '../generated/target-models.json' with { type: 'json' };
import type { Cluster, ClusterTargetModel, Group, GroupCharacteristic, Source, TargetModel } from './schema/tables.ts';

export const clusters = clustersJson as Cluster[];
export const groups = groupsJson as Group[];
export const groupCharacteristics = groupCharacteristicsJson as GroupCharacteristic[];
export const targetModels = targetModelsJson as TargetModel[];
export const clusterTargetModels = clusterTargetModelsJson as ClusterTargetModel[];
export const sources = sourcesJson as Source[];
