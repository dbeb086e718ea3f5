/**
 * The map's two standing views, shared by the static map (drawn at build
 * time) and the interactive one (which starts on the view the visitor
 * clicked): a module of its own so that page scripts can import them
 * without d3.
 */

/** [[west, south], [east, north]] in degrees. */
export type Bounds = readonly [readonly [number, number], readonly [number, number]];

/** The view of the world the atlas's clusters need: from San Diego to Kobe, Singapore to Tallinn, with a margin. */
export const WORLD_BOUNDS: Bounds = [
  [-130, -42],
  [158, 68],
];

/** Europe and its neighbours, from Madrid to Moscow and Istanbul to Tallinn. */
export const EUROPE_BOUNDS: Bounds = [
  [-11, 35],
  [41, 61.5],
];
