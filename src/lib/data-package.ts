/**
 * Frictionless Data Package (v2) descriptor, written from the same zod schemas
 * that validate the CSVs: field types, constraints, keys and descriptions all
 * come from the field constructors in schema/fields.ts and the table
 * definitions in schema/tables.ts.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import versionFile from '../../data/VERSION.json' with { type: 'json' };
import type { AtlasCitation } from './atlas-citation.ts';
import { sourceCitationText } from './citation.ts';
import type { FieldMeta, TableSchemaType } from './schema/fields.ts';
import type { Source } from './schema/tables.ts';
import type { TableDef } from './schema/table.ts';

export const ATLAS = {
  name: 'biomedical-clusters-atlas',
  title: 'Biomedical Clusters Atlas',
  /** The data version (data/VERSION.json, raised by `npm run data-version`; see data-version.ts), not the code's. */
  version: versionFile.version,
  /** When that version was released, YYYY-MM-DD. */
  released: versionFile.released,
  author: 'Biomedical Clusters Atlas contributors',
  description:
    'Curated data on the world’s leading biomedical clusters, every row traceable to a published report and a locator within it.',
  keywords: ['biomedical clusters', 'life sciences', 'innovation clusters', 'health', 'regional development', 'success factors'],
  dataLicense: {
    name: 'CC-BY-4.0',
    path: 'https://creativecommons.org/licenses/by/4.0/',
    title: 'Creative Commons Attribution 4.0 International',
  },
  codeLicense: { name: 'MIT', path: 'https://opensource.org/license/mit', title: 'MIT License' },
  /** The downloads: one zip with everything, and a BibTeX file of the atlas and its sources. */
  archive: `biomedical-clusters-atlas-data-${versionFile.version}.zip`,
  bibliography: 'biomedical-clusters-atlas.bib',
  /** The repository's CITATION.cff, served beside the downloads (servedCitationCff). */
  citationFile: 'CITATION.cff',
  /** Every table as a sheet of one workbook, for spreadsheets (src/lib/spreadsheet.ts). */
  workbook: 'biomedical-clusters-atlas.xlsx',
  readme: 'README.txt',
} as const;

/** Who may reuse what, in one place for the descriptor, the README and the data page. */
export const TERMS = {
  data: `The tables curated by the atlas (our selection, structure, summaries, ids, coordinates and notes) are licensed under ${ATLAS.dataLicense.title} (${ATLAS.dataLicense.name}): reuse them freely, also commercially, if you credit the Biomedical Clusters Atlas and the source document of the rows you use.`,
  quotes:
    'Quotations (quotes.csv) and the figures and facts taken from the reports remain the words and findings of the people and documents quoted; the atlas reproduces them as attributed citations. They are not ours to license: attribute each to its speaker and source report (the person, source and locator columns say which).',
  code: 'The code that builds the atlas is under the MIT licence (see the LICENSE file of the repository).',
} as const;

function fieldMeta(schema: z.ZodType): FieldMeta {
  const meta = schema.meta() as FieldMeta | undefined;
  if (!meta?.type) throw new Error('field without table-schema metadata');
  return meta;
}

/** Table Schema patterns are implicitly anchored (XML Schema regular expressions): no ^ or $. */
const unanchored = (pattern: string) => pattern.replace(/^\^/, '').replace(/\$$/, '');

export interface TableSchemaField {
  name: string;
  type: TableSchemaType;
  description: string;
  format?: string;
  constraints: {
    required: boolean;
    unique?: boolean;
    enum?: string[];
    pattern?: string;
    minimum?: number;
    maximum?: number;
  };
}

export interface TableSchemaDescriptor {
  fields: TableSchemaField[];
  missingValues: string[];
  primaryKey?: string[];
  /** Absent when the table has none: the profile wants at least one foreign key in the array. */
  foreignKeys?: { fields: string[]; reference: { resource?: string; fields: string[] } }[];
}

/** What the description of a list column says about its cells, so that readers without list types can split them. */
export const listNote = (separator: string) =>
  ` Several values in one cell are separated by «${separator}»; in the JSON download this column is an array.`;

/**
 * Items of a list as a pattern over the whole cell: each item matches `item`
 * (a pattern without anchors), items joined by the separator.
 */
function listPattern(item: string, separator: string): string {
  const sep = separator.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return `${item}(${sep}${item})*`;
}

export function tableField(name: string, schema: z.ZodType): TableSchemaField {
  const m = fieldMeta(schema);
  const constraints: TableSchemaField['constraints'] = { required: m.required };
  if (m.unique) constraints.unique = true;
  if (m.enum) constraints.enum = [...m.enum];
  if (m.pattern && !m.separator) constraints.pattern = unanchored(m.pattern);
  if (m.minimum !== undefined) constraints.minimum = m.minimum;
  if (m.maximum !== undefined) constraints.maximum = m.maximum;
  // A `;`-separated cell is declared as a string with a pattern over its items, not as a v2 `list`: the v1 Table
  // Schema readers in wide use (npm `tableschema`, `datapackage`) reject the `list` type and with it the whole table.
  // Its description says how to split it, and the JSON downloads carry the typed lists.
  if (m.separator) {
    constraints.pattern = listPattern(m.itemPattern ? unanchored(m.itemPattern) : `[^${m.separator}]*\\S[^${m.separator}]*`, m.separator);
    return { name, type: m.type, description: `${m.description}${listNote(m.separator)}`, constraints };
  }
  return { name, type: m.type, description: m.description, ...(m.format && { format: m.format }), constraints };
}

/**
 * A table's Table Schema: its fields, `missingValues`, and its primary key and foreign keys
 * when it has any (the Data Package 2.0 profile requires at least one item in each array
 * it is given, so an empty key is left out, not written as []).
 */
export function tableSchema(def: TableDef): TableSchemaDescriptor {
  return {
    fields: Object.entries(def.schema.shape).map(([name, schema]) => tableField(name, schema as z.ZodType)),
    missingValues: [''],
    ...(def.primaryKey.length > 0 && { primaryKey: [...def.primaryKey] }),
    ...(def.foreignKeys.length > 0 && {
      foreignKeys: def.foreignKeys.map((fk) => ({
        fields: [...fk.fields],
        // v2: a reference to the table itself omits `resource`.
        reference: { ...(fk.resource !== def.name && { resource: fk.resource }), fields: [...fk.resourceFields] },
      })),
    }),
  };
}

export interface FileInfo {
  bytes: number;
  /** `sha256:<hex>`, the Data Package form for a hash other than MD5. */
  hash: string;
}

export function fileInfo(content: string | Uint8Array): FileInfo {
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { bytes: data.byteLength, hash: `sha256:${createHash('sha256').update(data).digest('hex')}` };
}

export const GEOJSON_RESOURCE = {
  name: 'clusters-geojson',
  path: 'clusters.geojson',
  title: 'Biomedical clusters as GeoJSON points',
  description:
    'The rows of clusters.csv as an RFC 7946 FeatureCollection: one Point per cluster at [longitude, latitude] (WGS 84), the other columns as properties, the cluster id as feature id. The coordinates are the atlas’s own addition.',
} as const;

export interface DataPackageInput {
  defs: readonly TableDef[];
  sources: readonly Source[];
  /** Ids of the source documents each table's rows cite. */
  citedSources: ReadonlyMap<string, ReadonlySet<string>>;
  /** Size and hash of every file, by path relative to the descriptor. */
  files: ReadonlyMap<string, FileInfo>;
  /** RFC 3339 datetime. */
  created: string;
  homepage?: string | undefined;
}

function info(files: ReadonlyMap<string, FileInfo>, path: string): FileInfo {
  const f = files.get(path);
  if (!f) throw new Error(`datapackage: no file ${path}`);
  return f;
}

export function dataPackage({ defs, sources, citedSources, files, created, homepage }: DataPackageInput) {
  const sourceEntry = (s: Source) => ({ title: sourceCitationText(s) });
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: ATLAS.name,
    title: ATLAS.title,
    description: `${ATLAS.description}\n\nEach table is also published as JSON (<name>.json, an array of rows with typed values and lists as arrays) next to its CSV. ${TERMS.data} ${TERMS.quotes}`,
    version: ATLAS.version,
    created,
    ...(homepage && { homepage }),
    keywords: [...ATLAS.keywords],
    licenses: [{ ...ATLAS.dataLicense }],
    contributors: [{ title: ATLAS.author, roles: ['creator', 'dataCurator'] }],
    sources: sources.map(sourceEntry),
    resources: [
      ...defs.map((def) => {
        const cited = citedSources.get(def.name);
        return {
          name: def.name,
          type: 'table',
          path: `${def.name}.csv`,
          title: def.title,
          description: def.description,
          format: 'csv',
          mediatype: 'text/csv',
          encoding: 'utf-8',
          ...info(files, `${def.name}.csv`),
          ...(cited && cited.size > 0 && { sources: sources.filter((s) => cited.has(s.id)).map(sourceEntry) }),
          schema: tableSchema(def),
        };
      }),
      {
        ...GEOJSON_RESOURCE,
        format: 'geojson',
        mediatype: 'application/geo+json',
        encoding: 'utf-8',
        ...info(files, GEOJSON_RESOURCE.path),
      },
    ],
  };
}

export type DataPackage = ReturnType<typeof dataPackage>;

export function atlasCitation(created: string, url?: string): AtlasCitation {
  return {
    author: ATLAS.author,
    title: ATLAS.title,
    version: ATLAS.version,
    year: created.slice(0, 4),
    ...(url && { url }),
    licence: `CC BY 4.0 (${ATLAS.dataLicense.path})`,
  };
}
