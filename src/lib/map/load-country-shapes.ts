/**
 * Natural Earth countries from world-atlas: the detailed 1:10m ones check that
 * points lie inside their countries; the 1:110m ones draw the maps.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { countryShapesByAlpha2 } from './country-shapes.ts';

type Scale = '10m' | '50m' | '110m';
type CountryShapes = ReturnType<typeof countryShapesByAlpha2>;

// Every profile's locator map asks for the same shapes: read and convert each scale once per process.
const loaded = new Map<Scale, CountryShapes>();

/** Natural Earth countries at a scale, by ISO 3166-1 alpha-2 code; read once per process and shared, so do not change them. */
export function loadCountryShapes(scale: Scale = '10m'): CountryShapes {
  let shapes = loaded.get(scale);
  if (!shapes) {
    const path = createRequire(import.meta.url).resolve(`world-atlas/countries-${scale}.json`);
    loaded.set(scale, (shapes = countryShapesByAlpha2(JSON.parse(readFileSync(path, 'utf8')) as Topology)));
  }
  return shapes;
}
