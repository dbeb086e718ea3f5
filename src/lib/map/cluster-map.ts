/**
 * The world map of clusters as plain data, in Web Mercator (the projection
 * MapLibre uses, so the static map and the interactive one agree), laid out
 * in panels so that every marker can be seen, told apart and chosen:
 *
 * - Europe holds 53 of the 69 clusters: it gets a panel of its own at a
 *   scale where its markers do not overlap, and the world panel shows its
 *   frame instead of its markers.
 * - Markers that would overlap (clusters sharing a point, or cities a few
 *   kilometres apart) are pushed apart by a collision layout (d3-force) and
 *   keep a thin leader line to their true point, and no two leader lines
 *   cross (`crossingLeaders`). The offset is for display only: the data
 *   keeps the true coordinates.
 * - A panel holds at most one marker per `pixelsPerMarker` square pixels
 *   when the caller asks for it: beyond that, markers spread far from their
 *   points and the map no longer reads. The countries with the most points
 *   are then drawn as one marker each, with their count (a `MarkerGroup`),
 *   largest first, until the panel is within its capacity. Today's data
 *   fills no panel; a dataset many times larger does.
 *
 * Pure and DOM-free: the build draws the static map with it, the browser
 * draws the downloaded image of the interactive view with it.
 */
import { forceCollide, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { geoMercator, type GeoPermissibleObjects } from 'd3-geo';
import { EUROPE_BOUNDS, WORLD_BOUNDS, type Bounds } from './map-views.ts';
import { relativePath } from './svg-path.ts';

export type { Bounds };

export interface MapPoint {
  id: string;
  lon: number;
  lat: number;
  /** A cluster spanning countries is drawn with a ring, which takes more room. */
  ring?: boolean;
}

export interface PanelSpec {
  id: string;
  /** What the panel shows, in a few words («Europe, enlarged»). */
  label: string;
  bounds: Bounds;
  /** The panel's box in the drawing, in pixels: x, y, width, height. */
  rect: readonly [number, number, number, number];
  /** Points inside these bounds are drawn in that panel, not in this one (an enlarged region). */
  exclude?: readonly Bounds[];
}

export interface LaidMarker<T extends MapPoint> {
  datum: T;
  /** Where the marker is drawn. */
  x: number;
  y: number;
  /** The true point, projected. */
  px: number;
  py: number;
}

/** The points of one country drawn as one marker, at the mean of their projected points (the atlas's placement). */
export interface MarkerGroup extends MapPoint {
  /** The grouping key: the country code the caller's `keyOf` gives. */
  key: string;
  /** Ids of the points drawn in the group, in input order. */
  ids: string[];
}

/** When and how a crowded panel groups its points. */
export interface Crowding<T extends MapPoint> {
  /** Square pixels of a panel per marker: a panel may draw area / pixelsPerMarker markers, groups included. */
  pixelsPerMarker: number;
  /** The group a point falls in (its country). */
  keyOf: (point: T) => string;
}

export interface Panel<T extends MapPoint> {
  spec: PanelSpec;
  countries: { code: string; d: string }[];
  /** Rectangles (x, y, width, height) of the regions drawn enlarged in another panel. */
  frames: { x: number; y: number; width: number; height: number }[];
  markers: LaidMarker<T>[];
  /** Points drawn as one marker per country in a crowded panel (empty unless `crowding` was given and needed). */
  groups: LaidMarker<MarkerGroup>[];
}

export interface ClusterMapModel<T extends MapPoint> {
  width: number;
  height: number;
  panels: Panel<T>[];
}

/** Marker radius in pixels, and the extra radius of a cross-border ring. */
export const MARKER_RADIUS = 5;
export const RING_EXTRA = 3;
/** Radius in pixels of a group's marker, wide enough for a four-digit count. */
export const GROUP_RADIUS = 11;

const round = (n: number) => Math.round(n * 10) / 10;

/** Web Mercator fitted so that the bounds fill the rectangle's width or height, centred (as MapLibre's fitBounds does). */
export function mercatorFor(bounds: Bounds, rect: readonly [number, number, number, number]) {
  const [x, y, w, h] = rect;
  const [[west, south], [east, north]] = bounds;
  return geoMercator()
    .fitExtent(
      [
        [x, y],
        [x + w, y + h],
      ],
      { type: 'MultiPoint', coordinates: [[west, south], [east, north], [west, north], [east, south]] },
    )
    .clipExtent([
      [x, y],
      [x + w, y + h],
    ]);
}

const inside = (b: Bounds, lon: number, lat: number) => lon >= b[0][0] && lon <= b[1][0] && lat >= b[0][1] && lat <= b[1][1];

/** Half the side of the square a marker of radius r occupies, with a pixel of air. */
const halfSide = (p: MapPoint, r: number) => r + (p.ring ? RING_EXTRA : r * 0.3) + 1;

interface Node<T extends MapPoint> extends SimulationNodeDatum {
  datum: T;
  px: number;
  py: number;
  half: number;
  x: number;
  y: number;
}

/**
 * Moves markers off each other: markers at one point start on a small
 * circle around it, then a collision force (circles round each marker's
 * square, so that even the squares do not overlap) balances a pull back to
 * the true point; a final pass separates any pair still overlapping and
 * keeps markers inside the panel. Deterministic (d3-force seeds its own
 * random source).
 */
export function layOutMarkers<T extends MapPoint>(
  points: readonly { datum: T; px: number; py: number; /** Half the side of the marker's square; by default from the radius. */ half?: number }[],
  rect: readonly [number, number, number, number],
  radius = MARKER_RADIUS,
): LaidMarker<T>[] {
  const [rx, ry, rw, rh] = rect;
  const byPoint = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const p of points) counts.set(`${p.px},${p.py}`, (counts.get(`${p.px},${p.py}`) ?? 0) + 1);
  const nodes: Node<T>[] = points.map((p) => {
    const key = `${p.px},${p.py}`;
    const n = counts.get(key) ?? 1;
    const i = byPoint.get(key) ?? 0;
    byPoint.set(key, i + 1);
    const half = p.half ?? halfSide(p.datum, radius);
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    const r = n === 1 ? 0 : 2 * half;
    return { datum: p.datum, px: p.px, py: p.py, half, x: p.px + r * Math.cos(angle), y: p.py + r * Math.sin(angle) };
  });
  const clamp = (node: Node<T>) => {
    node.x = Math.min(rx + rw - node.half, Math.max(rx + node.half, node.x));
    node.y = Math.min(ry + rh - node.half, Math.max(ry + node.half, node.y));
  };
  const simulation = forceSimulation(nodes)
    .force('x', forceX<Node<T>>((d) => d.px).strength(0.08))
    .force('y', forceY<Node<T>>((d) => d.py).strength(0.08))
    .force('collide', forceCollide<Node<T>>((d) => d.half * Math.SQRT2).strength(0.9).iterations(3))
    .stop();
  for (let i = 0; i < 300; i++) {
    simulation.tick();
    nodes.forEach(clamp);
  }
  // Squares must not overlap at all: push apart any pair that still does, along the axis of least overlap.
  const separate = () => {
    for (let pass = 0; pass < 200; pass++) {
      let moved = false;
      for (let a = 0; a < nodes.length; a++)
        for (let b = a + 1; b < nodes.length; b++) {
          const p = nodes[a] as Node<T>;
          const q = nodes[b] as Node<T>;
          const ox = p.half + q.half - Math.abs(p.x - q.x);
          const oy = p.half + q.half - Math.abs(p.y - q.y);
          if (ox <= 0 || oy <= 0) continue;
          moved = true;
          if (ox < oy) {
            const s = (p.x < q.x || (p.x === q.x && a < b) ? -1 : 1) * (ox / 2 + 0.05);
            p.x += s;
            q.x -= s;
          } else {
            const s = (p.y < q.y || (p.y === q.y && a < b) ? -1 : 1) * (oy / 2 + 0.05);
            p.y += s;
            q.y -= s;
          }
          clamp(p);
          clamp(q);
        }
      if (!moved) break;
    }
  };
  separate();
  // Leader lines must not cross: two markers whose lines cross swap places (their new lines are shorter in sum and
  // do not cross each other), then any overlap a swap made is pushed apart again, until no two lines cross.
  for (let attempt = 0; attempt < 20; attempt++) {
    const pairs = crossingLeaders(nodes, radius);
    if (pairs.length === 0) break;
    const swapped = new Set<Node<T>>();
    for (const [p, q] of pairs) {
      if (swapped.has(p) || swapped.has(q)) continue;
      [p.x, q.x] = [q.x, p.x];
      [p.y, q.y] = [q.y, p.y];
      swapped.add(p).add(q);
    }
    separate();
  }
  return nodes.map((n) => ({ datum: n.datum, x: round(n.x), y: round(n.y), px: round(n.px), py: round(n.py) }));
}

/**
 * Markers in the order the keyboard goes through them: from west to east as
 * drawn (left to right, then top to bottom at one x), the way a map is
 * scanned, rather than the order of the data. A new array.
 */
export const westToEast = <M extends { x: number; y: number }>(markers: readonly M[]): M[] => [...markers].sort((a, b) => a.x - b.x || a.y - b.y);

/** Whether a marker drawn at (x, y) for its true point (px, py) has a leader line: it was moved more than its radius. */
export const hasLeader = (m: { x: number; y: number; px: number; py: number }, radius = MARKER_RADIUS): boolean =>
  Math.hypot(m.x - m.px, m.y - m.py) > radius;

/** Twice the signed area of the triangle a, b, c: its sign says on which side of the line a → b the point c lies. */
const turn = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) => (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);

/**
 * The pairs of markers whose leader lines cross. A leader line runs from
 * the true point (px, py) to the marker (x, y) of a marker moved more than
 * `radius` (`hasLeader`); two cross when each has the other's ends strictly
 * on either side, so lines that only touch, or share their true point
 * (clusters at one place), do not. Pairs in input order, each once.
 */
export function crossingLeaders<M extends { x: number; y: number; px: number; py: number }>(markers: readonly M[], radius = MARKER_RADIUS): [M, M][] {
  const lines = markers.filter((m) => hasLeader(m, radius));
  const out: [M, M][] = [];
  for (const [i, a] of lines.entries())
    for (const b of lines.slice(i + 1)) {
      const sidesOfA = turn(a.px, a.py, a.x, a.y, b.px, b.py) * turn(a.px, a.py, a.x, a.y, b.x, b.y);
      const sidesOfB = turn(b.px, b.py, b.x, b.y, a.px, a.py) * turn(b.px, b.py, b.x, b.y, a.x, a.y);
      if (sidesOfA < 0 && sidesOfB < 0) out.push([a, b]);
    }
  return out;
}

/**
 * Which keys of a crowded panel to draw as groups: none if the points fit
 * `capacity` markers; else keys with the most points first (ties by key),
 * each group taking the room of one marker, until the markers fit or no key
 * holds two points or more.
 */
export function crowdedKeys<T extends MapPoint>(points: readonly T[], capacity: number, keyOf: (p: T) => string): Set<string> {
  const counts = new Map<string, number>();
  for (const p of points) counts.set(keyOf(p), (counts.get(keyOf(p)) ?? 0) + 1);
  const grouped = new Set<string>();
  let markers = points.length;
  const largest = [...counts].filter(([, n]) => n > 1).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [key, n] of largest) {
    if (markers <= capacity) break;
    grouped.add(key);
    markers -= n - 1;
  }
  return grouped;
}

/**
 * Draws the panels: country paths clipped to each panel, the frames of the
 * regions enlarged elsewhere, and the markers laid out panel by panel (a
 * point lies in the first panel that covers it and does not exclude it;
 * points in no panel are left out). With `crowding`, a panel with more
 * points than it can draw legibly groups them by country (`crowdedKeys`).
 */
export function clusterMapModel<T extends MapPoint>(
  countries: readonly { code: string; shape: GeoPermissibleObjects }[],
  points: readonly T[],
  panels: readonly PanelSpec[],
  radius = MARKER_RADIUS,
  crowding?: Crowding<T>,
): ClusterMapModel<T> {
  const taken = new Set<string>();
  const out = panels.map((spec): Panel<T> => {
    const projection = mercatorFor(spec.bounds, spec.rect);
    const path = relativePath(projection, 1);
    const own = points.filter(
      (p) => !taken.has(p.id) && inside(spec.bounds, p.lon, p.lat) && !(spec.exclude ?? []).some((b) => inside(b, p.lon, p.lat)),
    );
    for (const p of own) taken.add(p.id);
    const projected = own.flatMap((datum) => {
      const xy = projection([datum.lon, datum.lat]);
      return xy ? [{ datum, px: round(xy[0]), py: round(xy[1]) }] : [];
    });
    const [, , pw, ph] = spec.rect;
    const grouped = crowding
      ? crowdedKeys(
          projected.map((p) => p.datum),
          Math.floor((pw * ph) / crowding.pixelsPerMarker),
          crowding.keyOf,
        )
      : new Set<string>();
    const single = projected.filter((p) => !grouped.has(crowding?.keyOf(p.datum) ?? ''));
    const groups = [...grouped].map((key) => {
      const members = projected.filter((p) => crowding?.keyOf(p.datum) === key);
      const mean = (f: (p: (typeof members)[number]) => number) => round(members.reduce((sum, p) => sum + f(p), 0) / members.length);
      const datum: MarkerGroup = { id: key, key, ids: members.map((p) => p.datum.id), lon: mean((p) => p.datum.lon), lat: mean((p) => p.datum.lat) };
      return { datum, px: mean((p) => p.px), py: mean((p) => p.py), half: GROUP_RADIUS + 2 };
    });
    const laid = layOutMarkers<T | MarkerGroup>([...single, ...groups], spec.rect, radius);
    const frames = (spec.exclude ?? []).map(([[w, s], [e, n]]) => {
      const [x0, y0] = projection([w, n]) ?? [0, 0];
      const [x1, y1] = projection([e, s]) ?? [0, 0];
      return { x: round(x0), y: round(y0), width: round(x1 - x0), height: round(y1 - y0) };
    });
    return {
      spec,
      countries: countries.map((c) => ({ code: c.code, d: path(c.shape) })).filter((c) => c.d !== ''),
      frames,
      // layOutMarkers keeps the order of its input: the single markers first, then the groups.
      markers: laid.slice(0, single.length) as LaidMarker<T>[],
      groups: laid.slice(single.length) as LaidMarker<MarkerGroup>[],
    };
  });
  const width = Math.max(...panels.map((p) => p.rect[0] + p.rect[2]));
  const height = Math.max(...panels.map((p) => p.rect[1] + p.rect[3]));
  return { width, height, panels: out };
}

/** Height in pixels of a Web Mercator view of the bounds at the given width. */
export function mercatorHeight(bounds: Bounds, width: number): number {
  const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const [[west, south], [east, north]] = bounds;
  return Math.round((width * (y(north) - y(south))) / (((east - west) * Math.PI) / 180));
}

/**
 * The static map's two layouts: «wide» puts the world and Europe side by
 * side (960 × 340 px; the world panel shows a little more latitude than its
 * bounds to share Europe's height), «narrow» stacks them (360 px wide, for
 * phones).
 */
export function staticPanels(layout: 'wide' | 'narrow'): PanelSpec[] {
  const label = 'Europe, enlarged';
  if (layout === 'wide') {
    const height = 340;
    return [
      { id: 'world', label: 'World', bounds: WORLD_BOUNDS, rect: [0, 0, 530, height], exclude: [EUROPE_BOUNDS] },
      { id: 'europe', label, bounds: EUROPE_BOUNDS, rect: [530, 0, 430, height] },
    ];
  }
  const worldHeight = mercatorHeight(WORLD_BOUNDS, 360);
  return [
    { id: 'world', label: 'World', bounds: WORLD_BOUNDS, rect: [0, 0, 360, worldHeight], exclude: [EUROPE_BOUNDS] },
    { id: 'europe', label, bounds: EUROPE_BOUNDS, rect: [0, worldHeight, 360, mercatorHeight(EUROPE_BOUNDS, 360)] },
  ];
}
