/** Reads data/*.csv, makes the synthetic dataset at a given factor and writes it as CSV files into a directory. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoContains } from 'd3-geo';
import { loadCountryShapes } from '../../src/lib/map/load-country-shapes.ts';
import { tables } from '../../src/lib/schema/tables.ts';
import { readRawTable, syntheticDataset, writeRawTable, type InsideCountries, type RawTable, type SyntheticOptions } from './synthetic-data.ts';

/** The point-in-country test of the data build (Natural Earth 1:10m), for the synthetic points. */
export function insideCountries(): InsideCountries {
  const shapes = loadCountryShapes();
  return (lat, lon, countries) => countries.some((c) => {
    const shape = shapes.get(c);
    return shape !== undefined && geoContains(shape, [lon, lat]);
  });
}

/**
 * Writes `<outDir>/<table>.csv` for every table of the schema, synthetic at
 * `options.factor` times today's rows; returns the rows written per table.
 * @throws Error if a table of the schema has no CSV file in `dataDir`
 */
export function writeSyntheticData(dataDir: string, outDir: string, options: SyntheticOptions, inside = insideCountries()): Map<string, number> {
  const real = new Map<string, RawTable>(tables.map((def) => [def.name, readRawTable(readFileSync(join(dataDir, `${def.name}.csv`), 'utf8'))]));
  const synthetic = syntheticDataset(tables, real, inside, options);
  mkdirSync(outDir, { recursive: true });
  const counts = new Map<string, number>();
  for (const [name, table] of synthetic) {
    writeFileSync(join(outDir, `${name}.csv`), writeRawTable(table));
    counts.set(name, table.rows.length);
  }
  return counts;
}
