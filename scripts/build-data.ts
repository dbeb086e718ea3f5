/**
 * Data build: data/*.csv → validated → src/generated/*.json (for the pages)
 * and public/data/* (the downloads). Any problem stops the build with every
 * problem listed as file:line:column rule: detail.
 *
 * ATLAS_DATA_DIR reads the CSV files from another directory; ATLAS_OUT_DIR
 * writes <dir>/generated and <dir>/public (a copy of public/ with these data)
 * instead, for `astro build` with the same variable (see astro.config.mjs).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildDataset } from '../src/lib/data-build.ts';
import { dataPackage } from '../src/lib/data-package.ts';
import { clustersGeoJson, toCsv } from '../src/lib/downloads.ts';
import { basemapGeoJson } from '../src/lib/geo/basemap.ts';
import { loadCountryShapes } from '../src/lib/geo/load-country-shapes.ts';
import { formatProblem } from '../src/lib/problem.ts';
import { tables, type Cluster, type Source } from '../src/lib/schema/tables.ts';
import { columnsOf } from '../src/lib/validate-table.ts';

const root = join(import.meta.dirname, '..');
const dataDir = resolve(root, process.env['ATLAS_DATA_DIR'] ?? 'data');
const outRoot = process.env['ATLAS_OUT_DIR'] ? resolve(process.env['ATLAS_OUT_DIR']) : undefined;
const generatedDir = outRoot ? join(outRoot, 'generated') : join(root, 'src', 'generated');
const publicDir = outRoot ? join(outRoot, 'public') : join(root, 'public');
const downloadsDir = join(publicDir, 'data');
const basemapDir = join(publicDir, 'basemap');

const started = performance.now();
const result = buildDataset((name) => {
  const path = join(dataDir, `${name}.csv`);
  return existsSync(path) ? { path: relative(root, path), text: readFileSync(path, 'utf8') } : undefined;
}, loadCountryShapes());

if (result.problems.length > 0) {
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(`\n${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in ${relative(root, dataDir)}/: nothing was written.`);
  process.exit(1);
}

if (outRoot) {
  rmSync(publicDir, { recursive: true, force: true });
  const builtHere = [join(root, 'public', 'data'), join(root, 'public', 'basemap')];
  cpSync(join(root, 'public'), publicDir, { recursive: true, filter: (src) => !builtHere.includes(src) });
}
for (const dir of [generatedDir, downloadsDir, basemapDir]) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
for (const def of tables) {
  const table = result.tables.get(def.name);
  if (!table) throw new Error(`table ${def.name} was not built`);
  const rows = table.rows.map(({ row }) => row);
  writeFileSync(join(generatedDir, `${def.name}.json`), json(rows));
  writeFileSync(join(downloadsDir, `${def.name}.json`), json(rows));
  writeFileSync(join(downloadsDir, `${def.name}.csv`), toCsv(columnsOf(def), rows));
  console.log(`${table.file}: ${table.read} rows read, ${rows.length} written`);
}
const clusterRows = (result.tables.get('clusters')?.rows ?? []).map(({ row }) => row as Cluster);
writeFileSync(join(downloadsDir, 'clusters.geojson'), json(clustersGeoJson(clusterRows)));
const sourceRows = (result.tables.get('sources')?.rows ?? []).map(({ row }) => row as Source);
writeFileSync(join(downloadsDir, 'datapackage.json'), json(dataPackage(tables, sourceRows, new Date().toISOString().slice(0, 10))));
writeFileSync(join(basemapDir, 'countries.geojson'), JSON.stringify(basemapGeoJson(loadCountryShapes('110m'))));
console.log(`clusters.geojson: ${clusterRows.length} features; datapackage.json: ${tables.length} resources`);
console.log(`data build done in ${Math.round(performance.now() - started)} ms`);
