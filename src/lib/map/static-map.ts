/**
 * The static map of clusters in its two layouts (src/lib/map/cluster-map.ts),
 * laid out once per build for a set of clusters: the home page, the map
 * page, its embed and the legends all draw the same model.
 */
import type { ClusterSummary } from '../cluster-filter.ts';
import { clusterMapModel, MARKER_RADIUS, staticPanels, type ClusterMapModel } from './cluster-map.ts';
import { loadCountryShapes } from './load-country-shapes.ts';

/** A point of the static map: a cluster, with a ring if it spans countries. */
export type StaticMapPoint = ClusterSummary & { ring: boolean };

/**
 * Square pixels of a panel per marker. Today's most crowded panel, Europe
 * on a phone (360 × 285 px for 53 clusters), has about 1,940; beyond this
 * density markers are pushed far from their points, so a fuller panel draws
 * its most crowded countries as one marker each.
 */
export const PIXELS_PER_MARKER = 1800;

export type StaticLayout = 'wide' | 'narrow';

const laidOut = new WeakMap<readonly ClusterSummary[], Record<StaticLayout, ClusterMapModel<StaticMapPoint>>>();

/**
 * Both layouts of the static map for these clusters: «wide» (world and
 * Europe side by side, 960 px) and «narrow» (stacked, 360 px). A crowded
 * panel groups clusters by the first country they name. Memoised per array.
 */
export function staticMapModels(clusters: readonly ClusterSummary[]): Record<StaticLayout, ClusterMapModel<StaticMapPoint>> {
  let models = laidOut.get(clusters);
  if (!models) {
    const countries = [...loadCountryShapes('110m')].filter(([code]) => code !== 'AQ').map(([code, shape]) => ({ code, shape }));
    const points: StaticMapPoint[] = clusters.map((c) => ({ ...c, ring: c.countries.length > 1 }));
    const crowding = { pixelsPerMarker: PIXELS_PER_MARKER, keyOf: (p: StaticMapPoint) => p.countries[0] ?? '' };
    const model = (layout: StaticLayout) => clusterMapModel(countries, points, staticPanels(layout), MARKER_RADIUS, crowding);
    models = { wide: model('wide'), narrow: model('narrow') };
    laidOut.set(clusters, models);
  }
  return models;
}

/** Whether either layout draws a group marker (the legend then explains it). */
export const drawsGroups = (clusters: readonly ClusterSummary[]): boolean =>
  Object.values(staticMapModels(clusters)).some((m) => m.panels.some((p) => p.groups.length > 0));
