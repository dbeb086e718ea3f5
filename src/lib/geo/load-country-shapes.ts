/** Loads the detailed (1:10m) Natural Earth countries used to check that points lie inside their countries. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { countryShapesByAlpha2 } from './country-shapes.ts';

export function loadCountryShapes() {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-10m.json');
  return countryShapesByAlpha2(JSON.parse(readFileSync(path, 'utf8')) as Topology);
}
