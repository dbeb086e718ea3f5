import { geoContains } from 'd3-geo';
import type { Problem } from '../problem.ts';
import type { CountryFeature } from './country-shapes.ts';

export interface LocatedRow {
  line: number;
  id: string;
  countries: readonly string[];
  lat: number;
  lon: number;
}

/** Each point must lie inside the polygon of one of its countries (a cross-border cluster may sit on either side). */
export function checkPointsInCountries(
  file: string,
  rows: readonly LocatedRow[],
  shapes: ReadonlyMap<string, CountryFeature>,
  column: number,
): Problem[] {
  const problems: Problem[] = [];
  for (const r of rows) {
    const known = r.countries.filter((c) => shapes.has(c));
    if (known.length === 0) {
      problems.push({ file, line: r.line, column, rule: 'inside-country', detail: `${r.id}: no polygon for ${r.countries.join(', ')}` });
      continue;
    }
    const inside = known.some((c) => geoContains(shapes.get(c) as CountryFeature, [r.lon, r.lat]));
    if (!inside)
      problems.push({
        file,
        line: r.line,
        column,
        rule: 'inside-country',
        detail: `${r.id}: point ${r.lat}, ${r.lon} lies outside ${r.countries.join(' and ')}`,
      });
  }
  return problems;
}
