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
import { atlasCitationText, bibliography } from '../src/lib/atlas-citation.ts';
import { sourceCitationText } from '../src/lib/citation.ts';
import { servedCitationCff } from '../src/lib/citation-file.ts';
import { dataArchive } from '../src/lib/data-archive.ts';
import { ATLAS, TERMS, atlasCitation, dataPackage, fileInfo } from '../src/lib/data-package.ts';
import { dataReadme } from '../src/lib/data-readme.ts';
import type { DownloadManifest } from '../src/lib/download-manifest.ts';
import { clustersGeoJson, toCsv } from '../src/lib/downloads.ts';
import { basemapGeoJson } from '../src/lib/map/basemap.ts';
import { loadCountryShapes } from '../src/lib/map/load-country-shapes.ts';
import { publishedUrl } from '../src/lib/paths.ts';
import { workbook } from '../src/lib/spreadsheet.ts';
import { compareSnapshots, snapshotOf, type VersionFile } from '../src/lib/data-version.ts';
import { dataSnapshotInput } from '../src/lib/data-version-input.ts';
import { formatProblem } from '../src/lib/problem.ts';
import { derivedTables, factsWithClusters as factsWithClustersDef, publishedTables } from '../src/lib/schema/derived.ts';
import { factsWithClusters } from '../src/lib/fact-slices.ts';
import { tables, type Cluster, type Fact, type MethodologyNote, type Source } from '../src/lib/schema/tables.ts';
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
  return existsSync(path) ? { path: relative(root, path), bytes: readFileSync(path) } : undefined;
}, loadCountryShapes());

if (result.problems.length > 0) {
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(`\n${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in ${relative(root, dataDir)}/: nothing was written.`);
  process.exit(1);
}

// Tables changed since the release of this data version: say so (the curator then runs npm run data-version).
if (!process.env['ATLAS_DATA_DIR']) {
  const release = JSON.parse(readFileSync(join(root, 'data', 'VERSION.json'), 'utf8')) as VersionFile;
  const { level, changes } = compareSnapshots(release.snapshot, snapshotOf(dataSnapshotInput((name) => readFileSync(join(dataDir, `${name}.csv`), 'utf8'))));
  if (level !== 'none')
    console.warn(`warning: data/ has ${level} changes since data version ${release.version} (${changes.length} listed by npm run data-version -- --check); run npm run data-version to release them`);
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
// SOURCE_DATE_EPOCH (seconds) makes the descriptor and the zip reproducible; otherwise the build time.
const createdAt = process.env['SOURCE_DATE_EPOCH'] ? new Date(Number(process.env['SOURCE_DATE_EPOCH']) * 1000) : new Date();
const created = createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
const base = process.env['BASE_PATH'] ?? '/';
const siteUrl = process.env['SITE_URL'];
// Canonical URLs, the data package's homepage and the citations' URL need the published address; the pages
// themselves take their address from where they are served, so a build without it works but should say so.
if (!siteUrl) console.warn('warning: SITE_URL is not set: canonical URLs use http://127.0.0.1:4321 and datapackage.json, README.txt, the .bib file and CITATION.cff carry no homepage');

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
/** Every download, by file name: written to public/data/ and packed into the zip. */
const downloads = new Map<string, string | Uint8Array>();
const rowCounts = new Map<string, number>();
const citedSources = new Map<string, Set<string>>();
for (const def of tables) {
  const table = result.tables.get(def.name);
  if (!table) throw new Error(`table ${def.name} was not built`);
  const rows = table.rows.map(({ row }) => row);
  writeFileSync(join(generatedDir, `${def.name}.json`), json(rows));
  downloads.set(`${def.name}.csv`, toCsv(columnsOf(def), rows));
  downloads.set(`${def.name}.json`, json(rows));
  rowCounts.set(def.name, rows.length);
  citedSources.set(def.name, new Set(rows.flatMap((r) => (typeof r['source'] === 'string' ? [r['source']] : []))));
  console.log(`${table.file}: ${table.read} rows read, ${rows.length} written`);
}
const rowsOf = <T>(name: string) => (result.tables.get(name)?.rows ?? []).map(({ row }) => row as T);
const clusterRows = rowsOf<Cluster>('clusters');
const sourceRows = rowsOf<Source>('sources');
downloads.set('clusters.geojson', json(clustersGeoJson(clusterRows)));
// Derived tables (src/lib/schema/derived.ts): built from the curated rows, published like them, never kept in data/.
const derivedRows = new Map<string, readonly Record<string, unknown>[]>([
  [factsWithClustersDef.name, factsWithClusters(rowsOf<Fact>('facts'), clusterRows)],
]);
for (const def of derivedTables) {
  const rows = derivedRows.get(def.name);
  if (!rows) throw new Error(`derived table ${def.name} was not built`);
  downloads.set(`${def.name}.csv`, toCsv(columnsOf(def), rows));
  downloads.set(`${def.name}.json`, json(rows));
  rowCounts.set(def.name, rows.length);
  citedSources.set(def.name, new Set(rows.flatMap((r) => (typeof r['source'] === 'string' ? [r['source']] : []))));
  console.log(`${def.name}.csv: ${rows.length} rows derived`);
}
const published = publishedTables;
const pkg = dataPackage({
  defs: published,
  sources: sourceRows,
  citedSources,
  files: new Map([...downloads].filter(([path]) => path.endsWith('.csv') || path.endsWith('.geojson')).map(([path, text]) => [path, fileInfo(text)])),
  created,
  homepage: publishedUrl('/data/', siteUrl, base),
});
downloads.set('datapackage.json', json(pkg));
const citation = atlasCitation(created, publishedUrl('/', siteUrl, base));
downloads.set(ATLAS.bibliography, bibliography(citation, sourceRows));
downloads.set(ATLAS.citationFile, servedCitationCff(readFileSync(join(root, 'CITATION.cff'), 'utf8'), citation.url));
downloads.set(
  ATLAS.readme,
  dataReadme({ citation, created, defs: published, rows: rowCounts, sources: sourceRows, notes: rowsOf<MethodologyNote>('methodology-notes') }),
);
downloads.set(
  ATLAS.workbook,
  await workbook({
    defs: published,
    rows: new Map([...tables.map((def) => [def.name, rowsOf<Record<string, unknown>>(def.name)] as const), ...derivedRows]),
    title: ATLAS.title,
    version: ATLAS.version,
    citation: atlasCitationText(citation),
    sourceCitations: sourceRows.map((s) => `[${s.id}] ${sourceCitationText(s)}`),
    terms: [TERMS.data, TERMS.quotes],
    created: createdAt,
  }),
);
for (const [name, text] of downloads) writeFileSync(join(downloadsDir, name), text);
const archive = dataArchive(downloads, createdAt);
writeFileSync(join(downloadsDir, ATLAS.archive), archive);

const manifest: DownloadManifest = {
  created,
  bytes: Object.fromEntries([
    ...[...downloads].map(([name, content]) => [name, typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength] as const),
    [ATLAS.archive, archive.byteLength] as const,
  ]),
  rows: Object.fromEntries(rowCounts),
};
writeFileSync(join(generatedDir, 'downloads.json'), json(manifest));
writeFileSync(join(basemapDir, 'countries.geojson'), JSON.stringify(basemapGeoJson(loadCountryShapes('110m'))));
console.log(`clusters.geojson: ${clusterRows.length} features; datapackage.json: ${pkg.resources.length} resources; ${ATLAS.archive}: ${downloads.size} files, ${archive.byteLength} bytes`);
console.log(`data build done in ${Math.round(performance.now() - started)} ms`);
