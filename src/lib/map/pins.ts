/**
 * The zoomable map's pins as data for MapLibre: one GeoJSON point per cluster
 * shown, which MapLibre groups into numbered bubbles where pins would crowd
 * (its `cluster` option), and what is drawn, read back. Pure and DOM-free;
 * src/client/map/maplibre-view.ts draws it.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';

/** The zoomable map's deepest zoom: the pins are grouped up to it, so that at no zoom do two lie on each other. */
export const MAX_ZOOM = 9;

/**
 * Radius in pixels of the disc a pin's symbol keeps to itself: the static
 * map's disc of radius 6, its cross-border ring at 9.5 and the ring's line.
 */
export const PIN_RADIUS = 10.5;

/** Radius in pixels of a bubble holding `count` clusters: room for its count, up to «999» and «1.4k». */
export const bubbleRadius = (count: number): number => (count < 10 ? 12 : count < 100 ? 14 : 17);

/**
 * How close, in pixels, two pins may come before MapLibre draws them as one
 * bubble (its `clusterRadius`). Pins left single at a zoom are at least this
 * far apart; a bubble sits at the mean of its members, so it can come closer
 * to a pin than that, but by far not as close as the two largest symbols'
 * radii: 40 px keeps every symbol clear of the others, and pins at least
 * 24 px apart (the smallest target WCAG 2.5.8 allows).
 */
export const GROUPING_RADIUS = 40;

/** The cluster fields a pin is drawn from. */
export interface PinCluster {
  id: string;
  name: string;
  lon: number;
  lat: number;
  inSample: boolean;
  group: number | null;
  countries: readonly string[];
}

/** A pin's symbol, the static map's: a disc in the group's colour, or a white diamond outside the sample (group null); a ring round a cluster spanning countries. */
export interface PinSymbol {
  group: number | null;
  ring: boolean;
}

export const pinSymbol = (c: Pick<PinCluster, 'inSample' | 'group' | 'countries'>): PinSymbol => ({
  group: c.inSample ? c.group : null,
  ring: c.countries.length > 1,
});

/** The name of a symbol's image: `pin-g1`…`pin-g3` or `pin-outside`, with `-ring` for a ring. */
export const pinImage = (s: PinSymbol): string => `pin-${s.group === null ? 'outside' : `g${s.group}`}${s.ring ? '-ring' : ''}`;

/** Every symbol a pin can have: the three groups and outside the sample, each with and without a ring. */
export const PIN_SYMBOLS: readonly PinSymbol[] = [1, 2, 3, null].flatMap((group) => [false, true].map((ring) => ({ group, ring })));

export interface PinProperties {
  id: string;
  name: string;
  image: string;
}

/**
 * The clusters of `shown` as GeoJSON points at their true coordinates
 * ([lon, lat] in degrees), in the order of `clusters`, with what a pin
 * needs: id, name, image (`pinImage`).
 */
export function pinFeatures(clusters: readonly PinCluster[], shown: ReadonlySet<string>): FeatureCollection<Point, PinProperties> {
  return {
    type: 'FeatureCollection',
    features: clusters
      .filter((c) => shown.has(c.id))
      .map(
        (c): Feature<Point, PinProperties> => ({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [c.lon, c.lat] },
          properties: { id: c.id, name: c.name, image: pinImage(pinSymbol(c)) },
        }),
      ),
  };
}

/** A pin or a bubble as MapLibre reports it drawn (a bubble has `cluster_id` and `point_count`), at [lon, lat] in degrees. */
export interface DrawnFeature {
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates?: unknown };
}

/** One symbol on the map: a cluster's pin, or a bubble of `count` clusters (MapLibre's `cluster_id` names it). */
export type Drawn =
  | { kind: 'pin'; id: string; name: string; lon: number; lat: number }
  | { kind: 'bubble'; clusterId: number; count: number; lon: number; lat: number };

/**
 * The symbols drawn, each once: MapLibre reports a feature once per tile it
 * is drawn in, so pins are told apart by id and bubbles by `cluster_id`.
 * In the order first reported.
 */
export function uniqueDrawn(features: readonly DrawnFeature[]): Drawn[] {
  const seen = new Map<string, Drawn>();
  for (const { properties: p, geometry } of features) {
    const [lon, lat] = Array.isArray(geometry.coordinates) ? (geometry.coordinates as number[]) : [];
    if (lon === undefined || lat === undefined) continue;
    const bubble = typeof p['cluster_id'] === 'number';
    const key = bubble ? `bubble ${p['cluster_id']}` : `pin ${p['id']}`;
    if (seen.has(key)) continue;
    seen.set(
      key,
      bubble
        ? { kind: 'bubble', clusterId: Number(p['cluster_id']), count: Number(p['point_count']), lon, lat }
        : { kind: 'pin', id: String(p['id']), name: String(p['name']), lon, lat },
    );
  }
  return [...seen.values()];
}

/** How many clusters the drawn symbols stand for: one per pin, its count per bubble. */
export const clustersDrawn = (drawn: readonly Drawn[]): number => drawn.reduce((n, d) => n + (d.kind === 'pin' ? 1 : d.count), 0);
