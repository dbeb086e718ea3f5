/**
 * The data build without I/O: CSV bytes in, validated tables and every problem
 * out. scripts/build-data.ts feeds it files; the tests feed it fixtures.
 */
import type { z } from 'zod';
import { readCsv } from './csv-parse.ts';
import { checkForeignKeys, checkPrimaryKey } from './cross-checks.ts';
import type { CountryFeature } from './map/country-shapes.ts';
import { checkPointsInCountries } from './map/point-in-country.ts';
import { sortProblems, type Problem } from './problem.ts';
import {
  assessmentLinks,
  clusters,
  clusterTargetModels,
  groupProfilePoints,
  quotes,
  tables,
  type AssessmentLink,
  type Cluster,
  type ClusterTargetModel,
  type GroupProfilePoint,
  type Quote,
} from './schema/tables.ts';
import type { TableDef } from './schema/table.ts';
import { columnsOf, validateTable, type ValidatedTable } from './validate-table.ts';
import { asOf, type SourceDate } from './value-age.ts';

export interface SourceFile {
  /** Path as shown in problems, e.g. data/clusters.csv. */
  path: string;
  /** The file as read, undecoded: the build decodes it as UTF-8 and refuses anything else. */
  bytes: Uint8Array;
}

export type AnyTable = ValidatedTable<Record<string, unknown>>;

export interface DatasetBuild {
  tables: Map<string, AnyTable>;
  problems: Problem[];
}

/**
 * Reads, validates and cross-checks every table `defs` names; `readTable` gives a table's file
 * or undefined when there is none. Returns the tables by name (rows that passed, with their lines)
 * and every problem of every file, sorted by file, line and column; nothing throws on bad data.
 */
export function buildDataset(
  readTable: (name: string) => SourceFile | undefined,
  shapes: ReadonlyMap<string, CountryFeature>,
  defs: readonly TableDef[] = tables,
): DatasetBuild {
  const built = new Map<string, AnyTable>();
  const problems: Problem[] = [];
  for (const def of defs) {
    const file = readTable(def.name);
    if (!file) {
      problems.push({ file: `data/${def.name}.csv`, line: 1, column: 1, rule: 'missing-file', detail: `no file for table ${def.name}` });
      built.set(def.name, { file: `data/${def.name}.csv`, header: [], rows: [], read: 0, raw: [], problems: [] });
      continue;
    }
    const table = validateTable(curatedPart(def), file.path, readCsv(file.path, file.bytes)) as AnyTable;
    problems.push(...table.problems, ...checkPrimaryKey(def, table));
    built.set(def.name, table);
  }
  problems.push(...checkForeignKeys(defs, built));
  deriveAges(defs, built);
  copyReferencedColumns(defs, built);

  const clusterTable = built.get(clusters.name) as ValidatedTable<Cluster> | undefined;
  if (clusterTable) {
    const located = clusterTable.rows.map(({ line, row }) => ({ line, ...row }));
    problems.push(...checkPointsInCountries(clusterTable.file, located, shapes, clusterTable.header.indexOf('lat') + 1));
    const links = built.get(clusterTargetModels.name) as ValidatedTable<ClusterTargetModel> | undefined;
    if (links) problems.push(...checkListedGroups(clusterTable, links));
  }
  const assessLinks = built.get(assessmentLinks.name) as ValidatedTable<AssessmentLink> | undefined;
  const points = built.get(groupProfilePoints.name) as ValidatedTable<GroupProfilePoint> | undefined;
  if (assessLinks && points && points.header.length > 0) problems.push(...checkAssessmentPoints(assessLinks, points));
  const quoteTable = built.get(quotes.name) as ValidatedTable<Quote> | undefined;
  if (assessLinks && quoteTable) problems.push(...checkLinkQuotes(assessLinks, quoteTable));
  return { tables: built, problems: sortProblems(problems) };
}

/** The quotation an assessment link shows is one of its case study's own (an unknown quote_id is the foreign key's problem). */
function checkLinkQuotes(links: ValidatedTable<AssessmentLink>, quoteTable: ValidatedTable<Quote>): Problem[] {
  const caseOf = new Map(quoteTable.rows.map(({ row }) => [row.id, row.case_study_id]));
  const column = links.header.indexOf('quote_id') + 1;
  return links.rows.flatMap(({ line, row }) => {
    const owner = row.quote_id === null ? undefined : caseOf.get(row.quote_id);
    if (owner === undefined || owner === row.case_study_id) return [];
    return [{ file: links.file, line, column, rule: 'reference', detail: `quote ${row.quote_id} belongs to case study ${owner ?? 'none'}, not ${row.case_study_id ?? 'none'}` }];
  });
}

/**
 * An assessment link leads toward an answer some group's profile expects on its question (group-profile-points.csv):
 * any other pair is a question /assess/ does not ask or an answer the plan never aims at, so the link would never show.
 */
function checkAssessmentPoints(links: ValidatedTable<AssessmentLink>, points: ValidatedTable<GroupProfilePoint>): Problem[] {
  const expected = new Set(points.rows.flatMap(({ row }) => row.expected.map((value) => `${row.question}=${value}`)));
  const column = links.header.indexOf('toward') + 1;
  return links.rows.flatMap(({ line, row }) =>
    expected.has(`${row.question}=${row.toward}`)
      ? []
      : [
          {
            file: links.file,
            line,
            column,
            rule: 'reference',
            detail: `no group's profile in group-profile-points.csv expects «${row.toward}» on question «${row.question}»`,
          },
        ],
  );
}

/** Table 2.2 lists each cluster under a group column: it must be the cluster's own group. */
function checkListedGroups(clusterTable: ValidatedTable<Cluster>, links: ValidatedTable<ClusterTargetModel>): Problem[] {
  const groupOf = new Map<string, string | null>();
  for (const { row } of clusterTable.rows) if (!groupOf.has(row.id)) groupOf.set(row.id, row.group); // duplicates are reported elsewhere
  const column = links.header.indexOf('listed_under_group') + 1;
  return links.rows.flatMap(({ line, row }) => {
    const group = groupOf.get(row.cluster_id);
    if (group === undefined || group === row.listed_under_group) return [];
    return [
      {
        file: links.file,
        line,
        column,
        rule: 'group-mismatch',
        detail: `${row.cluster_id} is listed under ${row.listed_under_group} but belongs to ${group ?? 'no group'}`,
      },
    ];
  });
}

/** Fills every derived `as_of` column: how old each row's value is (asOf), from its period or its source's date. */
function deriveAges(defs: readonly TableDef[], built: Map<string, AnyTable>): void {
  const sourceRows = (built.get('sources')?.rows ?? []).map(({ row }) => row as unknown as SourceDate);
  const sourceById = new Map(sourceRows.map((s) => [s.id, s]));
  for (const def of defs) {
    if (!(def.derived ?? []).includes('as_of')) continue;
    for (const { row } of built.get(def.name)?.rows ?? []) {
      const source = String(row['source']);
      row['as_of'] = asOf({ period: (row['period'] as string | null) ?? null, source }, sourceById.get(source)).asOf;
    }
  }
}

/**
 * `def` as data/<name>.csv is read: without its derived columns, which are not parsed even where the file
 * holds them (a download does) and are derived after. zod's omit throws on a schema refined as a whole:
 * such a table cannot derive a column.
 */
function curatedPart(def: TableDef): TableDef {
  const derived = def.derived ?? [];
  if (derived.length === 0) return def;
  return { ...def, schema: def.schema.omit(Object.fromEntries(derived.map((c) => [c, true])) as z.core.util.Mask<string>) };
}

/**
 * Fills the derived columns a foreign key holds (cluster-indicator-values' value, source and locator) from
 * the row its other fields name (the fact), keeping the schema's column order. A row whose key names no
 * valid row leaves the valid rows: its reference, or the named row's own problem, is reported already.
 */
function copyReferencedColumns(defs: readonly TableDef[], built: Map<string, AnyTable>): void {
  const keyOf = (row: Record<string, unknown>, fields: readonly string[]) => JSON.stringify(fields.map((f) => row[f]));
  for (const def of defs) {
    const table = built.get(def.name);
    const derived = def.derived ?? [];
    if (!table) continue;
    for (const key of def.foreignKeys) {
      const copied = key.fields.flatMap((f, i) => (derived.includes(f) ? [[f, key.resourceFields[i] ?? f] as const] : []));
      const lookup = key.fields.flatMap((f, i) => (derived.includes(f) ? [] : [[f, key.resourceFields[i] ?? f] as const]));
      if (copied.length === 0 || lookup.length === 0) continue;
      const resourceKey = lookup.map(([, theirs]) => theirs);
      const target = new Map((built.get(key.resource)?.rows ?? []).map(({ row }) => [keyOf(row, resourceKey), row]));
      table.rows = table.rows.flatMap(({ line, row }) => {
        const named = target.get(keyOf(row, lookup.map(([own]) => own)));
        if (!named) return [];
        const filled: Record<string, unknown> = { ...row, ...Object.fromEntries(copied.map(([own, theirs]) => [own, named[theirs]])) };
        return [{ line, row: Object.fromEntries(columnsOf(def).filter((c) => c in filled).map((c) => [c, filled[c]])) }];
      });
    }
  }
}
