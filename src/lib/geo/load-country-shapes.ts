/**
 * Natural Earth countries from world-atlas: the detailed 1:10m ones check that
 * points lie inside their countries; the 1:110m ones draw the maps.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { countryShapesByAlpha2 } from './country-shapes.ts';

export function loadCountryShapes(scale: '10m' | '50m' | '110m' = '10m') {
  const path = createRequire(import.meta.url).resolve(`world-atlas/countries-${scale}.json`);
  return countryShapesByAlpha2(JSON.parse(readFileSync(path, 'utf8')) as Topology);
}
