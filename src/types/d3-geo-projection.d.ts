/** The one function of d3-geo-projection the atlas uses (the package ships no types). */
declare module 'd3-geo-projection' {
  import type { GeoProjection } from 'd3-geo';
  /** Projects a GeoJSON object through the projection's stream (with its clipping), returning planar GeoJSON. */
  export function geoProject<T>(object: T, projection: GeoProjection): T;
}
